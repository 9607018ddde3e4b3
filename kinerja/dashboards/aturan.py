"""The dashboard's own rules (docs/dasbor.md). Plain Python, Decimal only.

- Expected pace of budget absorption: linear by quarter, 25% of the pagu at the end of TW I,
  50% at TW II, 75% at TW III, 100% at TW IV. On a given day the pace is that of the last
  quarter ended by then: a year already over expects 100%, a year not begun 0%. The data holds
  no quarterly budget plan (no rencana penarikan dana), so none is pretended.
- Reporting deadline: a period's realisation is due BATAS_HARI days after the period ends.
  Nothing in the data or the regulations read states a day, so it is a setting of this module.
  A missing realisation needs attention from MENJELANG_HARI days before its deadline on, and
  stays so once overdue, until a realisation for the period (or for the whole year) is
  recorded — reported, or "not executed" with its reason.
"""

import calendar
import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kinerja.measurement.periods import BULAN, TAHUNAN, TRIWULAN

BATAS_HARI = 10
MENJELANG_HARI = 7
PER_TRIWULAN = Decimal(25)
# A realisation row in these states says something for its period; "belum dilaporkan" does not.
BELUM_DILAPORKAN = "belum_dilaporkan"


def akhir_periode(tahun: int, periode: str) -> datetime.date:
    """The last day of a quarter (tw1–tw4) or a month (b01–b12)."""
    if periode in TRIWULAN:
        month = (TRIWULAN.index(periode) + 1) * 3
    elif periode in BULAN:
        month = BULAN.index(periode) + 1
    else:
        raise ValueError(f"Periode tidak dikenal: {periode!r}")
    return datetime.date(tahun, month, calendar.monthrange(tahun, month)[1])


def triwulan_selesai(tahun: int, hari_ini: datetime.date) -> int:
    """How many quarters of `tahun` have ended by the end of `hari_ini` (0–4)."""
    return sum(1 for periode in TRIWULAN if akhir_periode(tahun, periode) <= hari_ini)


def laju_serapan(tahun: int, hari_ini: datetime.date) -> Decimal:
    """The share of the pagu (in %) expected to be absorbed by `hari_ini`."""
    return PER_TRIWULAN * triwulan_selesai(tahun, hari_ini)


def laju_triwulan(periode: str) -> Decimal:
    """The share expected at the end of quarter `periode`."""
    return PER_TRIWULAN * (TRIWULAN.index(periode) + 1)


def batas_lapor(tahun: int, periode: str) -> datetime.date:
    return akhir_periode(tahun, periode) + datetime.timedelta(days=BATAS_HARI)


@dataclass(frozen=True)
class PeriodeJatuhTempo:
    periode: str
    batas: datetime.date
    terlambat: bool  # the deadline has passed


def periode_jatuh_tempo(
    tahun: int, deret: Iterable[str], hari_ini: datetime.date
) -> list[PeriodeJatuhTempo]:
    """The periods whose realisation is due within MENJELANG_HARI days, or overdue."""
    result = []
    for periode in deret:
        batas = batas_lapor(tahun, periode)
        if hari_ini >= batas - datetime.timedelta(days=MENJELANG_HARI):
            result.append(PeriodeJatuhTempo(periode, batas, hari_ini > batas))
    return result


def periode_tercatat(baris: Iterable[tuple[str, str]]) -> set[str]:
    """The periods (and TAHUNAN) a satker's realisation rows of one indicator speak for, from
    (periode, status) pairs."""
    return {periode for periode, status in baris if status != BELUM_DILAPORKAN}


def belum_direalisasi(tercatat: set[str], periode: str) -> bool:
    return periode not in tercatat and TAHUNAN not in tercatat
