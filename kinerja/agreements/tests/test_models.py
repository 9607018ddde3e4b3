import pytest
from django.core.exceptions import ValidationError

from kinerja.agreements.models import BarisPerjanjian, PerjanjianKinerja
from kinerja.agreements.tests.factories import BarisPerjanjianFactory, PerjanjianUnitFactory
from kinerja.planning.tests.factories import BarisRKTFactory, IndikatorKinerjaFactory, RKTFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit_pk():
    return PerjanjianUnitFactory()


def test_unit_pk_line_without_a_parent_is_refused_in_indonesian_and_not_saved(unit_pk):
    line = BarisPerjanjianFactory.build(
        perjanjian=unit_pk, indikator=IndikatorKinerjaFactory(satker=unit_pk.satker)
    )
    with pytest.raises(ValidationError) as error:
        line.full_clean()
    assert error.value.message_dict["induk_baris"] == [
        "Baris PK unit harus tertelusur ke baris PK induk atau baris RKT."
    ]
    assert not unit_pk.baris.exists()


def test_unit_pk_line_traced_to_its_parent_pk_is_accepted(unit_pk):
    parent_line = BarisPerjanjianFactory(perjanjian=unit_pk.induk)
    line = BarisPerjanjianFactory.build(
        perjanjian=unit_pk, indikator=parent_line.indikator, induk_baris=parent_line
    )
    line.full_clean()


def test_unit_pk_line_traced_to_the_rkt_of_the_year_is_accepted(unit_pk):
    rkt_row = BarisRKTFactory(rkt=RKTFactory(satker=unit_pk.satker, tahun=unit_pk.tahun))
    line = BarisPerjanjianFactory.build(
        perjanjian=unit_pk, indikator=rkt_row.indikator, baris_rkt=rkt_row
    )
    line.full_clean()


def test_parent_line_from_another_pk_does_not_count(unit_pk):
    stranger = BarisPerjanjianFactory()
    line = BarisPerjanjianFactory.build(
        perjanjian=unit_pk,
        indikator=IndikatorKinerjaFactory(satker=unit_pk.satker),
        induk_baris=stranger,
    )
    with pytest.raises(ValidationError, match="PK induk perjanjian ini"):
        line.full_clean()


def test_rkt_row_of_another_year_does_not_count(unit_pk):
    rkt_row = BarisRKTFactory(rkt=RKTFactory(satker=unit_pk.satker, tahun=unit_pk.tahun - 1))
    line = BarisPerjanjianFactory.build(
        perjanjian=unit_pk, indikator=rkt_row.indikator, baris_rkt=rkt_row
    )
    with pytest.raises(ValidationError, match="tahun yang sama"):
        line.full_clean()


def test_satker_level_pk_lines_need_no_parent():
    satker_pk = PerjanjianUnitFactory().induk
    line = BarisPerjanjianFactory.build(
        perjanjian=satker_pk, indikator=IndikatorKinerjaFactory(satker=satker_pk.satker)
    )
    line.full_clean()


def test_signed_pk_is_never_edited_in_place(prabumulih):
    signed = PerjanjianKinerja.objects.get(satker=prabumulih, tahun=2024, unit__isnull=True)
    signed.judul = "Judul diganti"
    with pytest.raises(ValidationError, match="tidak dapat diubah; buat revisi"):
        signed.full_clean()
    new_line = BarisPerjanjian(
        perjanjian=signed,
        urutan=99,
        sasaran_tercetak="x",
        target=1,
        indikator=prabumulih.indikator.first(),
    )
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        new_line.full_clean()


def test_a_pk_with_untraced_lines_cannot_be_signed(unit_pk):
    BarisPerjanjian.objects.create(
        perjanjian=unit_pk,
        urutan=1,
        sasaran_tercetak="x",
        target=100,
        indikator=IndikatorKinerjaFactory(satker=unit_pk.satker),
    )
    unit_pk.status = "ditandatangani"
    with pytest.raises(ValidationError, match="belum tertelusur"):
        unit_pk.full_clean()


def test_unit_pk_must_name_a_unit_of_its_own_satker(unit_pk, prabumulih):
    unit_pk.unit = prabumulih.units.first()
    with pytest.raises(ValidationError, match="satker yang sama"):
        unit_pk.full_clean()


def test_a_revision_needs_a_reason(unit_pk):
    revision = PerjanjianUnitFactory.build(
        satker=unit_pk.satker,
        unit=unit_pk.unit,
        induk=unit_pk.induk,
        versi=2,
        revisi_dari=unit_pk,
    )
    with pytest.raises(ValidationError, match="wajib menyebut alasannya"):
        revision.full_clean()
