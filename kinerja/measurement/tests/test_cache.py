"""The pages' cache of computed satker-years (kinerja.measurement.cache): a kept measurement
is read without recomputing it, and every kind of write is on the pages at once."""

import pytest
from django.core.cache import cache
from django.db import transaction

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.measurement import satker_year, selectors
from kinerja.measurement.models import Realisasi
from kinerja.measurement.pengukuran import hitung_pengukuran
from kinerja.measurement.satker_year import (
    satker_tahun_banyak,
    satker_tahun_tersimpan,
    tahun_tersedia,
)
from kinerja.measurement.selectors import pengukuran
from kinerja.measurement.tests.tulisan import (
    TAHUN,
    TULISAN,
    dunia_uji,
    nama_langkah,
    ubah_realisasi,
)
from kinerja.measurement.versi_data import tandai_berubah

pytestmark = pytest.mark.django_db


class Batal(Exception):
    pass


@pytest.fixture
def dunia():
    return dunia_uji()


@pytest.fixture
def inspektur_provinsi(dunia):
    """Persona: the province's inspector, who reads every satker below it."""
    return MembershipFactory(satker=dunia[0], peran=Membership.Peran.INSPEKTUR).user


def _ringkas(result):
    """What a reader sees of a measurement: the satker's capaian, its budget, each indicator's."""
    return (
        result.capaian,
        result.total(),
        [(row.indikator.kode, row.hasil.nilai, row.realisasi) for row in result.baris],
    )


def _segar(satker):
    """The measurement computed now, around the cache."""
    snapshot = satker_tahun_banyak([satker.pk], TAHUN, tahun_lalu=True)[satker.pk]
    return _ringkas(hitung_pengukuran(snapshot))


@pytest.mark.parametrize(("prepare", "write"), TULISAN, ids=nama_langkah)
def test_a_write_is_in_the_kept_measurement_at_once(
    dunia, prepare, write, django_capture_on_commit_callbacks
):
    provinsi, satu, dua = dunia
    if prepare:
        prepare(*dunia)
        tandai_berubah(None)  # a bulk update in the preparation sends no signal
    with django_capture_on_commit_callbacks(execute=True):
        before = {satker.pk: _ringkas(pengukuran(satker, TAHUN)) for satker in (satu, dua)}
    changed = write(*dunia)
    for satker in (satu, dua):
        after = _ringkas(pengukuran(satker, TAHUN))
        assert after == _segar(satker)
        assert (after != before[satker.pk]) == (satker in changed)


def _pages(*satkers):
    return [
        f"/satker/{satker.slug}/{page}/" for satker in satkers for page in ("pengukuran", "dasbor")
    ]


def test_a_new_realisation_is_on_every_page_at_once(
    client, dunia, inspektur_provinsi, django_capture_on_commit_callbacks
):
    provinsi, satu, _ = dunia
    client.force_login(inspektur_provinsi)
    with django_capture_on_commit_callbacks(execute=True):
        for page in _pages(satu):
            assert "80,00%" in client.get(page, {"tahun": TAHUN}).content.decode()
    ubah_realisasi(*dunia)
    for page in _pages(satu):
        html = client.get(page, {"tahun": TAHUN}).content.decode()
        assert "50,00%" in html
        assert "80,00%" not in html


def test_a_kept_measurement_is_read_without_recomputing(
    client, dunia, inspektur_provinsi, monkeypatch, django_capture_on_commit_callbacks
):
    provinsi, satu, _ = dunia
    client.force_login(inspektur_provinsi)
    pages = [*_pages(satu), f"/satker/{provinsi.slug}/dasbor/"]
    with django_capture_on_commit_callbacks(execute=True):
        for page in pages:
            client.get(page, {"tahun": TAHUN})

    def refuse(*args, **kwargs):
        raise AssertionError("recomputed")

    monkeypatch.setattr(satker_year, "satker_tahun_banyak", refuse)
    monkeypatch.setattr(selectors, "hitung_pengukuran", refuse)
    again = [client.get(page, {"tahun": TAHUN}) for page in pages]
    assert [response.status_code for response in again] == [200] * len(pages)
    assert all("80,00%" in response.content.decode() for response in again)


def test_a_figure_computed_in_a_transaction_rolled_back_is_not_kept(
    dunia, django_capture_on_commit_callbacks
):
    _, satu, _ = dunia
    seen = []

    def write_read_and_fail():
        with transaction.atomic():
            ubah_realisasi(*dunia)
            seen.append(pengukuran(satu, TAHUN).capaian)
            raise Batal

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(Batal):
        write_read_and_fail()
    assert seen == [50]
    # The version the write gave is taken again by the next write: nothing may wait under it.
    assert callbacks == []
    assert pengukuran(satu, TAHUN).capaian == 80


def test_a_renamed_satker_is_named_anew_at_once(dunia, django_capture_on_commit_callbacks):
    _, satu, _ = dunia
    with django_capture_on_commit_callbacks(execute=True):
        satker_tahun_tersimpan([satu.pk], TAHUN)
    satu.nama = "KPU Kota Satu Baru"
    satu.save()
    assert satker_tahun_tersimpan([satu.pk], TAHUN)[satu.pk].nama == "KPU Kota Satu Baru"


def test_an_unreachable_cache_never_breaks_the_page(
    client, dunia, inspektur_provinsi, monkeypatch, django_capture_on_commit_callbacks
):
    def down(*args, **kwargs):
        raise ConnectionError("cache server down")

    monkeypatch.setattr(cache, "get_many", down)
    monkeypatch.setattr(cache, "set_many", down)
    client.force_login(inspektur_provinsi)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(_pages(dunia[1])[0], {"tahun": TAHUN})
    assert response.status_code == 200
    assert "80,00%" in response.content.decode()


def test_a_new_year_below_a_parent_is_offered_at_once(dunia, django_capture_on_commit_callbacks):
    provinsi, satu, _ = dunia
    with django_capture_on_commit_callbacks(execute=True):
        assert tahun_tersedia(provinsi) == [TAHUN]
    Realisasi.objects.create(
        indikator=satu.indikator.get(), tahun=TAHUN + 1, nilai=10, sumber="uji"
    )
    assert tahun_tersedia(provinsi) == [TAHUN + 1, TAHUN]
