"""Roll-ups over computed capaian and budget figures. Plain Python, Decimal only.

- Capaian of a sasaran: the mean of its assessed indicators' capaian, or the weighted mean
  when every assessed indicator has a weight. Indicators not assessed (not reported, not
  executed) are left out of the mean, never counted as 0.
- Capaian of the satker: the mean of its sasaran.
- Serapan: Σ realisasi anggaran / Σ pagu × 100 (undefined for a pagu of 0).
- Efisiensi (docs/pengukuran.md): capaian − serapan in percentage points; ≥ 0 means the
  result was reached with no more budget than the result warrants. Claimed only for a target
  met (capaian ≥ 100% as printed) with something spent: a budget left unspent on a result not
  reached is not a saving, and neither is a budget not spent at all.
"""

from collections.abc import Iterable
from decimal import Decimal

from kinerja.core.formatting import round_half_up
from kinerja.measurement.capaian import SERATUS


def jumlah(values: Iterable[Decimal | None]) -> Decimal | None:
    """The sum of the figures there are; None when there is none — no data is shown "–",
    never as 0."""
    present = [value for value in values if value is not None]
    return sum(present, Decimal(0)) if present else None


def beda_tercetak(tercatat: Decimal | None, dihitung: Decimal | None) -> bool:
    """Whether a printed percentage disagrees with the computed one: both are compared after
    rounding half-up to two decimals, as they are printed."""
    if tercatat is None or dihitung is None:
        return tercatat is not dihitung
    return round_half_up(tercatat) != round_half_up(dihitung)


def rata_rata(
    nilai: Iterable[Decimal | None], bobot: Iterable[Decimal | None] | None = None
) -> Decimal | None:
    pairs = (
        list(zip(nilai, bobot, strict=True))
        if bobot is not None
        else [(value, None) for value in nilai]
    )
    assessed = [(value, weight) for value, weight in pairs if value is not None]
    if not assessed:
        return None
    if all(weight is not None for _, weight in assessed):
        total_weight = sum((weight for _, weight in assessed), Decimal(0))
        if total_weight > 0:
            return sum((value * weight for value, weight in assessed), Decimal(0)) / total_weight
    return sum((value for value, _ in assessed), Decimal(0)) / len(assessed)


def serapan(realisasi: Decimal | None, pagu: Decimal | None) -> Decimal | None:
    if realisasi is None or pagu is None or pagu == 0:
        return None
    return realisasi / pagu * SERATUS


def efisiensi(capaian: Decimal | None, serapan_persen: Decimal | None) -> Decimal | None:
    """None where no efficiency can be claimed (see the module's docstring)."""
    if capaian is None or serapan_persen is None or serapan_persen == 0:
        return None
    # Compared as printed: a capaian shown "100,00%" is a target met.
    if round_half_up(capaian) < SERATUS:
        return None
    return capaian - serapan_persen
