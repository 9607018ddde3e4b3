"""A parent's dashboard keeps each child's items needing attention (selectors.
perhatian_tersimpan) until a write changes them: a reviu note, a hambatan/upaya, or a figure."""

import datetime

import pytest

from kinerja.dashboards import selectors
from kinerja.dashboards.selectors import perhatian_banyak, perhatian_tersimpan
from kinerja.evaluation.models import CatatanReviu
from kinerja.measurement.models import HambatanUpaya
from kinerja.measurement.pengukuran import hitung_pengukuran
from kinerja.measurement.satker_year import satker_tahun_banyak
from kinerja.measurement.tests.tulisan import TAHUN, dunia_uji

pytestmark = pytest.mark.django_db
HARI_INI = datetime.date(2025, 6, 1)


def _segar(ids):
    snapshots = satker_tahun_banyak(ids, TAHUN)
    measured = {pk: hitung_pengukuran(snapshot) for pk, snapshot in snapshots.items()}
    return perhatian_banyak(snapshots, measured, TAHUN, HARI_INI)


def _jumlah(items):
    return {pk: (item.jumlah, len(item.tanpa_penjelasan), len(item.catatan_terbuka))
            for pk, item in items.items()}  # fmt: skip


def _catatan(provinsi, satu, dua):
    CatatanReviu.objects.create(satker=satu, tahun=TAHUN, teks="Data dukung belum lengkap.")


def _hambatan(provinsi, satu, dua):
    # Satu's capaian (80%) is below its threshold: explained now, no longer an item.
    HambatanUpaya.objects.create(
        satker=satu, tahun=TAHUN, nomor=1, aspek="Realisasi", indikator=satu.indikator.get(),
        hambatan="Anggaran terlambat.", upaya="Percepatan.",
    )  # fmt: skip


def _realisasi(provinsi, satu, dua):
    row = satu.indikator.get().realisasi.get()
    row.nilai = 100
    row.save()  # its target met: no longer an item


@pytest.mark.parametrize("write", [_catatan, _hambatan, _realisasi], ids=lambda step: step.__name__)
def test_a_write_is_in_the_kept_items_at_once(write, django_capture_on_commit_callbacks):
    dunia = dunia_uji()
    ids = [satker.pk for satker in dunia[1:]]
    with django_capture_on_commit_callbacks(execute=True):
        before = _jumlah(perhatian_tersimpan(ids, TAHUN, HARI_INI))
    write(*dunia)
    after = _jumlah(perhatian_tersimpan(ids, TAHUN, HARI_INI))
    assert after == _jumlah(_segar(ids))
    assert after[dunia[1].pk] != before[dunia[1].pk]
    assert after[dunia[2].pk] == before[dunia[2].pk]


def test_kept_items_are_read_without_computing(monkeypatch, django_capture_on_commit_callbacks):
    dunia = dunia_uji()
    ids = [satker.pk for satker in dunia[1:]]
    with django_capture_on_commit_callbacks(execute=True):
        before = _jumlah(perhatian_tersimpan(ids, TAHUN, HARI_INI))

    def refuse(*args, **kwargs):
        raise AssertionError("computed again")

    monkeypatch.setattr(selectors, "perhatian_banyak", refuse)
    assert _jumlah(perhatian_tersimpan(ids, TAHUN, HARI_INI)) == before
    # Another day, other deadlines: computed anew.
    with pytest.raises(AssertionError, match="computed again"):
        perhatian_tersimpan(ids, TAHUN, HARI_INI + datetime.timedelta(days=1))
