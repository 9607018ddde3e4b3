"""Entry points of the measurement: one satker-year with its comparisons, or many satkers at
once for a parent satker's roll-up. Both read through the reading layer (satker_year) and
compute with the same pure engine (pengukuran), so they give the same figures. A page's
measurement is kept in the cache (kinerja.measurement.cache) until a write changes its data;
a parent's roll-up (kinerja.measurement.rekap) keeps its figures in measurement.ringkasan."""

from django.db.models import QuerySet

from kinerja.core.bulk import collector_paused
from kinerja.measurement import cache
from kinerja.measurement.pengukuran import Pengukuran, hitung_pengukuran
from kinerja.measurement.satker_year import satker_tahun_banyak, satker_tahun_tersimpan
from kinerja.measurement.snapshot import SatkerTahun
from kinerja.organisations.models import Satker


def pengukuran_tersimpan(
    snapshots: dict[int, SatkerTahun], *, sampai: str | None = None
) -> dict[int, Pengukuran]:
    """The measurement of these satker-years (to date, or to the end of `sampai`), each kept
    in the cache under the data version its snapshot was read at (kinerja.measurement.cache);
    computed, and not kept, for a snapshot read around the cache."""
    kept = {pk: snapshot for pk, snapshot in snapshots.items() if snapshot.versi is not None}
    result = {
        pk: hitung_pengukuran(snapshot, sampai=sampai)
        for pk, snapshot in snapshots.items()
        if pk not in kept
    }
    for tahun, lalu in {(item.tahun, item.realisasi_lalu is not None) for item in kept.values()}:
        group = {
            pk: item
            for pk, item in kept.items()
            if item.tahun == tahun and (item.realisasi_lalu is not None) == lalu
        }
        result |= cache.ambil_banyak(
            f"pengukuran-{int(lalu)}-{sampai or 'kini'}",
            list(group),
            tahun,
            lambda missing, group=group: {
                pk: hitung_pengukuran(group[pk], sampai=sampai) for pk in missing
            },
            versi={pk: item.versi for pk, item in group.items()},
        )
    return {pk: result[pk] for pk in snapshots}


def pengukuran(satker: Satker, tahun: int, *, sampai: str | None = None) -> Pengukuran:
    snapshot = satker_tahun_tersimpan([satker.pk], tahun, tahun_lalu=True)[satker.pk]
    return pengukuran_tersimpan({satker.pk: snapshot}, sampai=sampai)[satker.pk]


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
