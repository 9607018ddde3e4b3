"""The data version of each satker: changed in the same transaction as every write to the data
its measurement reads, so that a cached figure (kinerja.measurement.ringkasan) computed before
the write can never be taken for a current one.

Signals, not services, change it: the cache must follow every write — the admin, the services,
the importer, the demo loader and cascaded deletes alike — and a write path that forgot to
call a service would leave a stale figure on a parent's page. Bulk writes, which send no
signal, call `tandai_berubah` themselves (kinerja.demo.nasional).
"""

from collections.abc import Iterable

from django.db import connection
from django.db.models import F, Model, QuerySet
from django.db.models.signals import post_delete, post_save, pre_save

from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.models import KRO, Kegiatan, Pagu, Program, RealisasiAnggaran
from kinerja.measurement.models import (
    PengaturanPengukuran,
    PitaPredikat,
    Realisasi,
    SkalaPredikat,
    VersiDataSatker,
)
from kinerja.organisations.models import Satker, Unit
from kinerja.planning.models import (
    RKT,
    BarisRKT,
    IndikatorKinerja,
    Renstra,
    SasaranStrategis,
    TargetPeriode,
    TargetTahunan,
)

SEMUA = None
# Every model the reading layer (kinerja.measurement.satker_year) reads figures from, with the
# path from a row to the satker that owns it; SEMUA for the rows many satkers share.
PEMILIK: dict[type[Model], str | None] = {
    Realisasi: "indikator__satker",
    TargetTahunan: "indikator__satker",
    TargetPeriode: "indikator__satker",
    IndikatorKinerja: "satker",
    SasaranStrategis: "renstra__satker",
    Renstra: "satker",
    RKT: "satker",
    BarisRKT: "rkt__satker",
    PerjanjianKinerja: "satker",
    BarisPerjanjian: "perjanjian__satker",
    AnggaranPerjanjian: "perjanjian__satker",
    Pagu: "satker",
    RealisasiAnggaran: "satker",
    PengaturanPengukuran: "satker",
    Unit: "satker",
    Kegiatan: SEMUA,
    KRO: SEMUA,  # a KRO pagu is grouped and named by its KRO
    Program: SEMUA,
    SkalaPredikat: SEMUA,
    PitaPredikat: SEMUA,
}


def tandai_berubah(satker_ids: Iterable[int] | QuerySet | None) -> None:
    """Changes the data version of these satkers (None: of every satker)."""
    rows = VersiDataSatker.objects.all()
    if satker_ids is not None:
        rows = rows.filter(satker_id__in=satker_ids)
    rows.update(versi=F("versi") + 1)


def buat_versi(satker_ids: Iterable[int]) -> None:
    """Gives satkers made by a bulk insert (no signal) their data version; a no-op for the
    others."""
    VersiDataSatker.objects.bulk_create(
        [VersiDataSatker(satker_id=pk) for pk in satker_ids], ignore_conflicts=True, batch_size=1000
    )


def versi_banyak(satker_ids: list[int]) -> dict[int, int]:
    """The data version of each of these satkers (one made for a satker that has none yet)."""
    versions = dict(
        VersiDataSatker.objects.filter(satker_id__in=satker_ids).values_list("satker_id", "versi")
    )
    missing = [pk for pk in satker_ids if pk not in versions]
    if missing:
        buat_versi(missing)
        versions.update(
            VersiDataSatker.objects.filter(satker_id__in=missing).values_list("satker_id", "versi")
        )
    return versions


def stempel_pohon(satker_id: int) -> tuple[int, int] | None:
    """The stamp of a satker's tree (itself and every satker below it): (how many satkers,
    the sum of their data versions), in one query; None when one of them has no version yet.

    A write anywhere in the tree raises the sum (a version only grows); a satker joining or
    leaving the tree changes the count or, through its own save, its version. So a value kept
    under the stamp is never found again once anything it was computed from has changed.
    """
    # A recursive query written out: the tree's ORM helper loads every satker of the tree as an
    # object first, 553 of them for KPU RI, on every page view.
    satker_table = connection.ops.quote_name(Satker._meta.db_table)
    version_table = connection.ops.quote_name(VersiDataSatker._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH RECURSIVE pohon(id) AS (
                SELECT id FROM {satker_table} WHERE id = %s
                UNION ALL
                SELECT anak.id FROM {satker_table} anak JOIN pohon ON anak.parent_id = pohon.id
            )
            SELECT COUNT(*), COUNT(versi.satker_id), COALESCE(SUM(versi.versi), 0)
            FROM pohon LEFT JOIN {version_table} versi ON versi.satker_id = pohon.id
            """,  # noqa: S608 - table names from the models, the id a parameter
            [satker_id],
        )
        count, versioned, total = cursor.fetchone()
    if versioned != count:
        return None
    return count, int(total)


def _pemilik_baris(instance: Model, path: str) -> list[int] | QuerySet:
    """The owner of a row from its own values (its row may already be deleted)."""
    first, _, rest = path.partition("__")
    value = getattr(instance, f"{first}_id")
    if not rest:
        return [value]
    related = instance._meta.get_field(first).related_model
    return related.objects.filter(pk=value).values(f"{rest}_id")


def _sebelum_simpan(sender, instance, raw=False, **kwargs) -> None:
    path = PEMILIK[sender]
    if path is SEMUA or instance._state.adding or instance.pk is None:
        return
    # A row moved to another satker (or to another parent row) changes the one it leaves too.
    first = path.partition("__")[0]
    instance._pemilik_lama = (
        sender.objects.filter(pk=instance.pk).values_list(f"{first}_id", f"{path}_id").first()
    )


def _setelah_simpan(sender, instance, raw=False, **kwargs) -> None:
    path = PEMILIK[sender]
    if path is SEMUA:
        tandai_berubah(None)
        return
    tandai_berubah(_pemilik_baris(instance, path))
    before = instance.__dict__.pop("_pemilik_lama", None)
    if before and before[0] != getattr(instance, f"{path.partition('__')[0]}_id"):
        tandai_berubah([before[1]])


def _setelah_hapus(sender, instance, **kwargs) -> None:
    path = PEMILIK[sender]
    tandai_berubah(None if path is SEMUA else _pemilik_baris(instance, path))


def _satker_disimpan(sender, instance, created=False, **kwargs) -> None:
    if created:
        buat_versi([instance.pk])
    else:
        # A satker-year's figures carry its name and slug (the measurement's heading).
        tandai_berubah([instance.pk])


def hubungkan() -> None:
    for model in PEMILIK:
        uid = f"versi-data-{model._meta.label_lower}"
        pre_save.connect(_sebelum_simpan, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(_setelah_simpan, sender=model, dispatch_uid=f"{uid}-post")
        post_delete.connect(_setelah_hapus, sender=model, dispatch_uid=f"{uid}-delete")
    post_save.connect(_satker_disimpan, sender=Satker, dispatch_uid="versi-data-satker")
