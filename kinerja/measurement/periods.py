"""Rolling period realisations (quarters, months) up to the year. Plain Python, Decimal only.

Only reported values enter a roll-up; a period not reported is left out, never read as 0.
"""

from decimal import Decimal
from enum import StrEnum


class MetodeAgregasi(StrEnum):
    JUMLAH = "jumlah"  # counts and amounts that accumulate (dokumen, kegiatan)
    TERAKHIR = "terakhir"  # cumulative percentages: the latest reported period stands
    RATA_RATA = "rata_rata"  # rates measured afresh each period
    MAKSIMUM = "maksimum"  # the best level reached in the year


def rollup(values: list[Decimal | None], metode: MetodeAgregasi) -> Decimal | None:
    """Values in period order (None = not reported); None when nothing was reported."""
    reported = [value for value in values if value is not None]
    for value in reported:
        if not isinstance(value, Decimal):
            raise TypeError(f"Realisasi periode harus Decimal, bukan {type(value).__name__}.")
    if not reported:
        return None
    match metode:
        case MetodeAgregasi.JUMLAH:
            return sum(reported, Decimal(0))
        case MetodeAgregasi.TERAKHIR:
            return reported[-1]
        case MetodeAgregasi.RATA_RATA:
            return sum(reported, Decimal(0)) / len(reported)
        case MetodeAgregasi.MAKSIMUM:
            return max(reported)
    raise ValueError(f"Metode agregasi tidak dikenal: {metode!r}")
