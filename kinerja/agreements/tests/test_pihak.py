"""A PK's parties are whoever held each role on the PK's date, from the satker's jabatan
history, settled when it is signed: never typed, never today's holder."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kinerja.accounts.tests.factories import UserFactory
from kinerja.agreements.choices import AlasanRevisi, StatusPerjanjian
from kinerja.agreements.models import PerjanjianKinerja
from kinerja.agreements.pihak import BELUM_DITENTUKAN
from kinerja.agreements.services import revise_perjanjian, sign_perjanjian
from kinerja.agreements.tests.factories import (
    BarisPerjanjianFactory,
    PerjanjianSatkerFactory,
    PerjanjianUnitFactory,
)
from kinerja.documents.pk import dokumen_pk, perjanjian_untuk_dokumen
from kinerja.organisations.models import Anggota, RiwayatJabatan
from kinerja.organisations.tests.factories import PegawaiFactory, SatkerFactory, UnitFactory

pytestmark = pytest.mark.django_db

SIGNED = StatusPerjanjian.DITANDATANGANI
UNPARTIED = {
    "pihak_pertama_nama": "",
    "pihak_pertama_jabatan": "",
    "pihak_kedua_nama": "",
    "pihak_kedua_jabatan": "",
}


@pytest.fixture
def actor():
    return UserFactory(username="penanda-tangan-uji", is_superuser=True)


@pytest.fixture
def kantor():
    """A satker whose Sekretaris changed on 1 Juli 2025; the Ketua (a commissioner) and the
    Kasubbag of its one unit held their posts all year."""
    satker = SatkerFactory(slug="kpu-pihak-uji")
    unit = UnitFactory(satker=satker, nama="Subbagian Umum")
    old = PegawaiFactory(satker=satker, nama="Andi Lama", nip="197001012000031001")
    new = PegawaiFactory(satker=satker, nama="Budi Baru", nip="198002022005012002")
    kasubbag = PegawaiFactory(satker=satker, nama="Citra Kasubbag", nip="198503032010012003")
    ketua = Anggota.objects.create(satker=satker, nama="Dewi Ketua", is_ketua=True, jabatan="K")
    post = "Sekretaris KPU Kabupaten Uji"
    start = datetime.date(2025, 1, 1)
    RiwayatJabatan.objects.create(
        satker=satker, pegawai=old, jabatan=post, kepala=True, mulai=start,
        selesai=datetime.date(2025, 6, 30),
    )  # fmt: skip
    RiwayatJabatan.objects.create(
        satker=satker, pegawai=new, jabatan=post, kepala=True, mulai=datetime.date(2025, 7, 1)
    )
    RiwayatJabatan.objects.create(
        satker=satker, anggota=ketua, jabatan="Ketua KPU Kabupaten Uji", atasan=True, mulai=start
    )
    RiwayatJabatan.objects.create(
        satker=satker, pegawai=kasubbag, jabatan="Kasubbag Umum", unit=unit, mulai=start
    )
    return {"satker": satker, "unit": unit, "ketua": ketua, "old": old, "new": new}


def _draft(kantor, unit=None, induk=None, **fields):
    factory = PerjanjianUnitFactory if unit else PerjanjianSatkerFactory
    extra = {"unit": unit, "induk": induk} if unit else {}
    pk = factory(satker=kantor["satker"], tanggal=None, **UNPARTIED, **extra, **fields)
    parent_line = induk.baris.first() if induk else None
    BarisPerjanjianFactory(perjanjian=pk, induk_baris=parent_line, target=Decimal(90))
    return pk


def _parties(pk):
    pk.refresh_from_db()
    return (
        (pk.pihak_pertama_nama, pk.pihak_pertama_jabatan, pk.pihak_pertama_nip_tercetak),
        (pk.pihak_kedua_nama, pk.pihak_kedua_jabatan, pk.pihak_kedua_nip_tercetak),
    )


def test_the_satker_pk_takes_the_head_and_the_superior_on_its_date(kantor, actor):
    early = _draft(kantor)
    sign_perjanjian(early, actor=actor, tanggal=datetime.date(2025, 1, 30))
    assert _parties(early) == (
        ("Andi Lama", "Sekretaris KPU Kabupaten Uji", "19700101 200003 1 001"),
        ("Dewi Ketua", "Ketua KPU Kabupaten Uji", ""),
    )
    assert early.pihak_pertama_pegawai == kantor["old"]
    assert early.pihak_kedua_anggota == kantor["ketua"]
    assert early.pihak_kedua_pegawai is None


def test_a_revision_for_a_change_of_official_takes_the_new_holder(kantor, actor):
    first = _draft(kantor)
    sign_perjanjian(first, actor=actor, tanggal=datetime.date(2025, 1, 30))
    revision = revise_perjanjian(first, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT)
    sign_perjanjian(revision, actor=actor, tanggal=datetime.date(2025, 7, 15))
    assert _parties(revision)[0][0] == "Budi Baru"
    # The signed version keeps who signed it.
    assert _parties(first)[0][0] == "Andi Lama"


def test_the_unit_pk_takes_the_unit_head_and_the_satker_head(kantor, actor):
    parent = _draft(kantor)
    sign_perjanjian(parent, actor=actor, tanggal=datetime.date(2025, 1, 30))
    unit_pk = _draft(kantor, unit=kantor["unit"], induk=parent)
    sign_perjanjian(unit_pk, actor=actor, tanggal=datetime.date(2025, 8, 1))
    assert _parties(unit_pk) == (
        ("Citra Kasubbag", "Kasubbag Umum", "19850303 201001 2 003"),
        ("Budi Baru", "Sekretaris KPU Kabupaten Uji", "19800202 200501 2 002"),
    )


def test_a_role_nobody_held_that_day_refuses_signing_and_names_it(kantor, actor):
    RiwayatJabatan.objects.filter(atasan=True).update(selesai=datetime.date(2025, 3, 31))
    pk = _draft(kantor)
    with pytest.raises(ValidationError) as refused:
        sign_perjanjian(pk, actor=actor, tanggal=datetime.date(2025, 4, 1))
    assert "tidak mencatat siapa atasan pimpinan satker pada 1 April 2025" in str(refused.value)
    pk.refresh_from_db()
    assert (pk.status, pk.pihak_pertama_nama) == ("draft", "")


def test_without_any_history_a_draft_keeps_its_recorded_parties_or_is_refused(actor):
    recorded = PerjanjianSatkerFactory(tanggal=None)
    BarisPerjanjianFactory(perjanjian=recorded)
    sign_perjanjian(recorded, actor=actor, tanggal=datetime.date(2025, 1, 30))
    assert _parties(recorded)[0][0] == "Sekretaris Uji"
    blank = PerjanjianSatkerFactory(tanggal=None, **UNPARTIED)
    BarisPerjanjianFactory(perjanjian=blank)
    with pytest.raises(ValidationError, match="riwayat jabatan satker, yang belum dicatat"):
        sign_perjanjian(blank, actor=actor, tanggal=datetime.date(2025, 1, 30))


def test_a_signed_pk_without_parties_is_refused_by_the_model(kantor):
    pk = PerjanjianKinerja(
        satker=kantor["satker"], tahun=2025, tingkat="satker", judul="PK", status=SIGNED,
        **UNPARTIED,
    )  # fmt: skip
    with pytest.raises(ValidationError, match="menyebut kedua pihak"):
        pk.full_clean()


def test_a_draft_document_says_how_its_parties_will_be_settled(kantor):
    pk = _draft(kantor)
    document = dokumen_pk(perjanjian_untuk_dokumen([pk.pk]).get())
    text = repr(document)
    assert BELUM_DITENTUKAN in text
    assert "Andi Lama" not in text
