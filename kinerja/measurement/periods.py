"""Reporting periods of a year and rolling period realisations up. Plain Python, Decimal only.

Only reported values enter a roll-up; a period not reported is left out, never read as 0.
"""

from decimal import Decimal
from enum import StrEnum

from kinerja.core.formatting import BULAN as NAMA_BULAN
from kinerja.core.pesan import Pesan

TAHUNAN = "tahunan"
TRIWULAN = ("tw1", "tw2", "tw3", "tw4")
BULAN = tuple(f"b{month:02d}" for month in range(1, 13))
# Shown on pages in the reader's language. The month names are the catalogue's own entries
# (kinerja.core.choices marks them), so a variable msgid here still finds its translation.
SINGKATAN = {
    TAHUNAN: Pesan("tahunan"),
    "tw1": Pesan("TW I"),
    "tw2": Pesan("TW II"),
    "tw3": Pesan("TW III"),
    "tw4": Pesan("TW IV"),
    **{code: Pesan(nama) for code, nama in zip(BULAN, NAMA_BULAN, strict=True)},
}


class MetodeAgregasi(StrEnum):
    JUMLAH = "jumlah"  # counts and amounts that accumulate (dokumen, kegiatan)
    TERAKHIR = "terakhir"  # cumulative percentages: the latest reported period stands
    RATA_RATA = "rata_rata"  # rates measured afresh each period
    MAKSIMUM = "maksimum"  # the best level reached in the year


# How a roll-up is named beside the periods it read ("TW I, TW II (jumlah)").
NAMA_METODE = {
    MetodeAgregasi.JUMLAH: Pesan("jumlah"),
    MetodeAgregasi.TERAKHIR: Pesan("terakhir"),
    MetodeAgregasi.RATA_RATA: Pesan("rata-rata"),
    MetodeAgregasi.MAKSIMUM: Pesan("maksimum"),
}


def deret(periode: str) -> tuple[str, ...]:
    """The periods of the year `periode` belongs to (quarters or months)."""
    if periode in TRIWULAN:
        return TRIWULAN
    if periode in BULAN:
        return BULAN
    raise ValueError(f"Periode tidak dikenal: {periode!r}")


# Position in the year: quarters and months share one scale (TW I ends with March).
URUTAN = {
    **{code: (index + 1) * 3 for index, code in enumerate(TRIWULAN)},
    **{code: index + 1 for index, code in enumerate(BULAN)},
}


def akhir_tahun(periode: str) -> bool:
    return periode in ("tw4", "b12")


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
