"""Every row the reviu's findings read changes the satker's data version (kinerja.dashboards.
versi): a dashboard's drawn part, findings included, is kept under it."""

import datetime
from decimal import Decimal

import pytest

from kinerja.agreements.models import BarisPerjanjian
from kinerja.agreements.tests.factories import PerjanjianSatkerFactory
from kinerja.measurement.models import NilaiTercatat
from kinerja.measurement.tests.tulisan import TAHUN, dunia_uji
from kinerja.measurement.versi_data import versi_banyak
from kinerja.organisations.tests.factories import PegawaiFactory

pytestmark = pytest.mark.django_db


def _versi(*satkers):
    versions = versi_banyak([satker.pk for satker in satkers])
    return [versions[satker.pk] for satker in satkers]


def test_a_stated_value_written_or_deleted_changes_its_satkers_version():
    _provinsi, satu, dua = dunia_uji()
    before = _versi(satu, dua)
    stated = NilaiTercatat.objects.create(
        satker=satu, tahun=TAHUN, sumber="LKjIP", besaran="capaian", nilai=Decimal(95)
    )
    middle = _versi(satu, dua)
    assert middle[0] > before[0]
    assert middle[1] == before[1]
    stated.delete()
    assert _versi(satu)[0] > middle[0]


def test_a_staff_member_written_changes_its_satkers_version():
    _provinsi, satu, dua = dunia_uji()
    before = _versi(satu, dua)
    person = PegawaiFactory(satker=satu)
    middle = _versi(satu, dua)
    assert middle[0] > before[0]
    assert middle[1] == before[1]
    person.nip = "199001012015031001"
    person.save()
    assert _versi(satu)[0] > middle[0]


def _pk_berjenjang():
    """A province's PK and a kab/kota's PK cascaded from it, line from line."""
    provinsi, satu, dua = dunia_uji()
    on = datetime.date(2024, 1, 30)
    induk = PerjanjianSatkerFactory(satker=provinsi, tahun=TAHUN, tanggal=on)
    induk_baris = BarisPerjanjian.objects.create(
        perjanjian=induk, urutan=1, sasaran_tercetak="S", indikator=satu.indikator.get(),
        target=Decimal(90),
    )  # fmt: skip
    anak = PerjanjianSatkerFactory(satker=satu, tahun=TAHUN, tanggal=on, induk=induk)
    BarisPerjanjian.objects.create(
        perjanjian=anak, urutan=1, sasaran_tercetak="S", indikator=satu.indikator.get(),
        target=Decimal(90), induk_baris=induk_baris,
    )  # fmt: skip
    return provinsi, satu, dua, induk, induk_baris


def test_a_parent_pk_of_another_satker_changes_the_version_of_what_is_cascaded_from_it():
    _provinsi, satu, dua, induk, _induk_baris = _pk_berjenjang()
    before = _versi(satu, dua)
    induk.status = "ditandatangani"
    induk.save()
    after = _versi(satu, dua)
    assert after[0] > before[0]
    assert after[1] == before[1]


def test_a_parent_pk_line_of_another_satker_changes_the_version_of_its_cascaded_lines():
    _provinsi, satu, dua, _induk, induk_baris = _pk_berjenjang()
    before = _versi(satu, dua)
    induk_baris.target = Decimal(95)
    induk_baris.save()
    after = _versi(satu, dua)
    assert after[0] > before[0]
    assert after[1] == before[1]


def test_a_revision_of_a_parent_pk_changes_the_version_of_what_the_old_one_cascaded_to():
    provinsi, satu, dua, induk, _induk_baris = _pk_berjenjang()
    before = _versi(satu, dua)
    PerjanjianSatkerFactory(
        satker=provinsi, tahun=TAHUN, tanggal=datetime.date(2024, 6, 1), revisi_dari=induk,
        versi=2, alasan_revisi="perubahan_strategi",
    )  # fmt: skip
    after = _versi(satu, dua)
    assert after[0] > before[0]
    assert after[1] == before[1]
