import pytest
from django.core.exceptions import ValidationError

from kinerja.organisations.models import Pegawai
from kinerja.organisations.tests.factories import PegawaiFactory, SatkerFactory, UnitFactory

pytestmark = pytest.mark.django_db


def test_pns_with_a_nineteen_digit_nip_is_refused_in_indonesian_and_not_saved():
    satker = SatkerFactory()
    pegawai = Pegawai(
        satker=satker, nama="Yasrin Abidin", jenis="PNS", nip="19780429 2009021 1 003"
    )
    with pytest.raises(ValidationError) as error:
        pegawai.full_clean()
    assert error.value.message_dict["nip"] == ["NIP PNS harus 18 digit, bukan 19 digit."]
    assert not Pegawai.objects.filter(nama="Yasrin Abidin", satker=satker).exists()


def test_pns_nip_with_an_impossible_birth_date_is_refused():
    pegawai = PegawaiFactory.build(satker=SatkerFactory(), nip="198302302009021004")
    with pytest.raises(ValidationError, match="Tanggal lahir"):
        pegawai.full_clean()


def test_printed_nip_with_spaces_is_stored_without_them():
    pegawai = PegawaiFactory.build(satker=SatkerFactory(), nip="NIP. 19900101 201501 1 001")
    pegawai.full_clean()
    assert pegawai.nip == "199001012015011001"


def test_pppk_number_skips_the_month_check_but_not_the_length():
    satker = SatkerFactory()
    PegawaiFactory.build(satker=satker, jenis="PPPK", nip="199009132025242014").full_clean()
    with pytest.raises(ValidationError, match="NI PPPK harus 18 digit"):
        PegawaiFactory.build(satker=satker, jenis="PPPK", nip="19900913202524201").full_clean()


def test_ppnpn_has_no_nip():
    pegawai = PegawaiFactory.build(satker=SatkerFactory(), jenis="PPNPN", nip="123")
    with pytest.raises(ValidationError, match="PPNPN tidak memiliki NIP"):
        pegawai.full_clean()


def test_two_people_cannot_share_a_nip(prabumulih):
    pegawai = PegawaiFactory.build(satker=SatkerFactory(), nip="198307292009021004")
    with pytest.raises(ValidationError, match="NIP ini sudah dipakai pegawai lain"):
        pegawai.full_clean()


def test_pegawai_unit_must_belong_to_the_same_satker(prabumulih):
    pegawai = PegawaiFactory.build(satker=prabumulih, unit=UnitFactory())
    with pytest.raises(ValidationError, match="satker yang sama"):
        pegawai.full_clean()


def test_a_wrong_nip_is_explained_in_the_readers_language():
    from django.utils import translation

    satker = SatkerFactory()
    pegawai = Pegawai(satker=satker, nama="Yasrin Abidin", jenis="PNS", nip="197804292009021")
    with translation.override("en"), pytest.raises(ValidationError) as error:
        pegawai.full_clean()
    assert error.value.message_dict["nip"] == ["A civil servant's NIP has 18 digits, not 15."]
