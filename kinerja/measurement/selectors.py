"""Entry points of the measurement: one satker-year with its comparisons, or many satkers at
once for a parent satker's roll-up. Both read through the reading layer (satker_year) and
compute with the same pure engine (pengukuran), so they give the same figures. A parent's
roll-up (kinerja.measurement.rekap) reads them through the cache (measurement.ringkasan)."""

from django.db.models import QuerySet

from kinerja.core.bulk import collector_paused
from kinerja.measurement.pengukuran import Pengukuran, hitung_pengukuran
from kinerja.measurement.satker_year import satker_tahun, satker_tahun_banyak
from kinerja.organisations.models import Satker


def pengukuran(satker: Satker, tahun: int, *, sampai: str | None = None) -> Pengukuran:
    return hitung_pengukuran(satker_tahun(satker, tahun, dokumen=False), sampai=sampai)


def pengukuran_banyak(
    satkers: list[int] | QuerySet, tahun: int, *, tahun_lalu: bool = False
) -> dict[int, Pengukuran]:
    """The measurement of many satker-years in a fixed handful of queries."""
    with collector_paused():
        return {
            satker_id: hitung_pengukuran(snapshot)
            for satker_id, snapshot in satker_tahun_banyak(
                satkers, tahun, tahun_lalu=tahun_lalu
            ).items()
        }
