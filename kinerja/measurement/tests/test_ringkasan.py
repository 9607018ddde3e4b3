"""The roll-up's cache: a kept figure is used only while the satker's data is unchanged, every
write path changes the data version in its own transaction, and a figure computed before a
write is never taken for a current one."""

import re

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kinerja.agreements.models import BarisPerjanjian
from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.exporting.tests.satker_lengkap import SLUG, satker_lengkap
from kinerja.measurement import ringkasan
from kinerja.measurement.models import (
    Realisasi,
    RingkasanPengukuran,
    VersiDataSatker,
)
from kinerja.measurement.rekap import rollup_induk
from kinerja.measurement.ringkasan import Angka, angka_banyak
from kinerja.measurement.satker_year import satker_tahun_banyak
from kinerja.measurement.selectors import pengukuran_banyak
from kinerja.measurement.tests.tulisan import (
    TAHUN,
    TULISAN,
    dunia_uji,
    nama_langkah,
    ubah_realisasi,
)
from kinerja.measurement.versi_data import PEMILIK, SEMUA, versi_banyak
from kinerja.organisations.models import Satker
from kinerja.planning.models import BarisRKT, IndikatorKinerja, TargetTahunan

pytestmark = pytest.mark.django_db


@pytest.fixture
def dunia():
    return dunia_uji()


def _ids(provinsi):
    return [node.pk for node in provinsi.descendants(include_self=True)]


def _segar(ids):
    """The figures computed now, without the cache."""
    return {
        pk: Angka(result.capaian, *result.total()[:2])
        for pk, result in pengukuran_banyak(ids, TAHUN).items()
    }


def _kept(ids) -> dict[int, Angka]:
    """Warm the cache and check it holds what is computed."""
    figures = angka_banyak(ids, TAHUN)
    assert figures == _segar(ids)
    assert RingkasanPengukuran.objects.filter(satker_id__in=ids, tahun=TAHUN).count() == len(ids)
    return figures


def test_the_second_read_uses_the_kept_figures_and_reads_nothing_else(dunia):
    ids = _ids(dunia[0])
    _kept(ids)
    with CaptureQueriesContext(connection) as queries:
        again = angka_banyak(ids, TAHUN)
    assert again == _segar(ids)
    assert len(queries) == 2  # the versions, the kept figures


@pytest.mark.parametrize(("prepare", "write"), TULISAN, ids=nama_langkah)
def test_a_write_is_visible_at_once_in_the_roll_up(dunia, prepare, write):
    provinsi, satu, dua = dunia
    ids = _ids(provinsi)
    if prepare:
        prepare(provinsi, satu, dua)
        # (a bulk update in the preparation sends no signal: the version is changed by hand)
        VersiDataSatker.objects.update(versi=999)
    before = _kept(ids)  # a draft PK, a target without a realisation: nothing changes yet
    rekap_before = rollup_induk(provinsi, TAHUN)
    changed = write(provinsi, satu, dua)
    after = angka_banyak(ids, TAHUN)
    assert after == _segar(ids)
    assert {pk for pk in ids if after[pk] != before[pk]} == {item.pk for item in changed}
    rekap = rollup_induk(provinsi, TAHUN)
    assert (rekap.capaian, rekap.pagu, rekap.realisasi_anggaran) != (
        rekap_before.capaian,
        rekap_before.pagu,
        rekap_before.realisasi_anggaran,
    )


def test_a_figure_computed_before_a_write_and_kept_after_it_is_not_used(dunia):
    provinsi, satu, _ = dunia
    ids = _ids(provinsi)
    # A slow reader: it reads the versions and computes ...
    versions = versi_banyak(ids)
    stale = _segar(ids)
    # ... a write commits meanwhile ...
    ubah_realisasi(*dunia)
    # ... and the reader keeps what it computed, after the write.
    ringkasan._simpan(stale, versions, TAHUN)
    assert angka_banyak(ids, TAHUN) == _segar(ids)
    assert angka_banyak(ids, TAHUN)[satu.pk] != stale[satu.pk]


def test_figures_kept_by_other_rules_are_not_used(dunia, monkeypatch):
    ids = _ids(dunia[0])
    _kept(ids)
    RingkasanPengukuran.objects.update(capaian="1")  # what an older release would have kept
    assert angka_banyak(ids, TAHUN) != _segar(ids)  # (the tamper is seen while rules agree)
    monkeypatch.setattr(ringkasan, "SIDIK_ATURAN", "aturan-baru")
    assert angka_banyak(ids, TAHUN) == _segar(ids)


def test_a_cache_that_cannot_be_written_never_breaks_the_page(dunia, monkeypatch):
    def refuse(*args, **kwargs):
        # A real failed statement: on PostgreSQL it aborts the transaction around it, unless
        # the write runs in a savepoint of its own.
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM tabel_yang_tidak_ada")

    monkeypatch.setattr(RingkasanPengukuran.objects, "bulk_create", refuse)
    ids = _ids(dunia[0])
    assert angka_banyak(ids, TAHUN) == _segar(ids)
    assert not RingkasanPengukuran.objects.exists()
    assert Satker.objects.filter(pk__in=ids).count() == 3  # the transaction is still usable


def test_a_satker_made_without_signals_gets_its_version_when_first_read(dunia):
    provinsi = dunia[0]
    baru = Satker.objects.bulk_create(
        [Satker(nama="KPU Kota Massal", slug="massal", parent=provinsi)]
    )
    assert not VersiDataSatker.objects.filter(satker=baru[0]).exists()
    ids = _ids(provinsi)
    assert angka_banyak(ids, TAHUN) == _segar(ids)
    assert VersiDataSatker.objects.filter(satker=baru[0]).exists()


def _tables(model) -> set[str]:
    return {model._meta.db_table}


def test_every_table_the_reading_layer_reads_is_watched(db):
    """A model read for figures but missing from PEMILIK would leave stale figures."""
    satker_lengkap()
    satker = Satker.objects.get(slug=SLUG)
    with CaptureQueriesContext(connection) as queries:
        satker_tahun_banyak([satker.pk], 2025, tahun_lalu=True)
    sql = " ".join(query["sql"] for query in queries)
    read = {
        model for model in apps.get_models() if re.search(rf'\b"?{model._meta.db_table}"?\b', sql)
    }
    # The satker's own row (its name, its place in the tree) is watched apart: versi_data.
    assert read - {Satker} <= set(PEMILIK)
    assert {Realisasi, TargetTahunan, Pagu, RealisasiAnggaran, BarisRKT, BarisPerjanjian} <= read


@pytest.mark.parametrize("model", list(PEMILIK), ids=lambda model: model._meta.label)
def test_saving_or_deleting_any_watched_row_changes_its_owners_version(db, model):
    satker_lengkap()
    for satker in Satker.objects.all():
        VersiDataSatker.objects.get_or_create(satker=satker)
    row = model.objects.order_by("pk").first()
    assert row is not None, f"satker_lengkap has no {model._meta.label}"

    def versions():
        return dict(VersiDataSatker.objects.values_list("satker_id", "versi"))

    path = PEMILIK[model]
    owners = (
        set(versions())
        if path is SEMUA
        else set(model.objects.filter(pk=row.pk).values_list(f"{path}_id", flat=True))
    )
    before = versions()
    row.save()
    after = versions()
    assert {pk for pk in after if after[pk] != before.get(pk)} == owners
    if model is IndikatorKinerja:
        return  # protected by the rows that name it; its cascade is tested above
    try:
        row.delete()
    except Exception:  # noqa: BLE001 - a PROTECT reference: nothing was deleted
        return
    deleted = versions()
    assert all(deleted[pk] != after[pk] for pk in owners)
