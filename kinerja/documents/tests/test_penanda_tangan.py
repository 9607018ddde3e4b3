"""The LKjIP's signer is the head on the report's date, from the jabatan history (hand-made:
two Sekretaris with a vacancy between them), never typed and never today's; the date, place
and number are the report's own record, and a report without a date says so."""

import datetime

import pytest

from kinerja.documents.isi import Paragraf, TandaTangan
from kinerja.documents.kesiapan import Jenis
from kinerja.documents.kesiapan_data import kesiapan
from kinerja.documents.lkjip import laporan_kinerja
from kinerja.documents.models import LaporanTahunan
from kinerja.documents.penanda_tangan import TANGGAL_BELUM_DITETAPKAN
from kinerja.organisations.models import RiwayatJabatan
from kinerja.organisations.tests.factories import PegawaiFactory

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def dua_kepala(siap):
    """The ready satker, its head's history replaced by two terms with a vacancy between."""
    RiwayatJabatan.objects.filter(satker=siap).delete()
    for nama, nip, pangkat, mulai, selesai in [
        ("Andi Lama", "196501012000031001", "Pembina / IV.a", D(2022, 1, 1), D(2025, 12, 31)),
        ("Budi Baru", "197203152001122002", "Pembina Tk. I / IV.b", D(2026, 2, 1), None),
    ]:
        RiwayatJabatan.objects.create(
            satker=siap,
            pegawai=PegawaiFactory(satker=siap, nama=nama, nip=nip, pangkat_golongan="Penata"),
            jabatan="Sekretaris",
            kepala=True,
            mulai=mulai,
            selesai=selesai,
            pangkat_golongan=pangkat,
        )
    return siap


def _dated(satker, tanggal) -> None:
    LaporanTahunan.objects.filter(satker=satker, tahun=2025).update(tanggal=tanggal)


def _signatures(satker) -> list[TandaTangan]:
    """The report's own signature blocks (the attached PK carries its parties' own, the
    inspectorate's statement its reviewer's)."""
    return [
        block
        for block in laporan_kinerja(satker, 2025).blok
        if isinstance(block, TandaTangan)
        and block.tempat_tanggal.startswith("Kota")
        and block.penanda[0].nama != "BUDI INSPEKTUR"
    ]


@pytest.mark.parametrize(
    ("tanggal", "nama", "nip", "pangkat", "baris"),
    [
        (
            D(2025, 12, 31),
            "ANDI LAMA",
            "19650101 200003 1 001",
            "Pembina / IV.a",
            "31 Desember 2025",
        ),
        (
            D(2026, 2, 1),
            "BUDI BARU",
            "19720315 200112 2 002",
            "Pembina Tk. I / IV.b",
            "1 Februari 2026",
        ),
    ],
)
def test_the_signer_is_whoever_held_the_head_post_on_the_reports_date(
    dua_kepala, tanggal, nama, nip, pangkat, baris
):
    _dated(dua_kepala, tanggal)
    foreword, end = _signatures(dua_kepala)[:2]
    assert foreword == end
    assert end.tempat_tanggal == f"Kota Siap, {baris}"
    (signer,) = end.penanda
    # The pangkat of the term, not the one the Pegawai holds today.
    assert (signer.atas, signer.nama, signer.nip, signer.pangkat) == (
        ("SEKRETARIS,",),
        nama,
        nip,
        pangkat,
    )
    assert not [item for item in kesiapan(dua_kepala, 2025).penghalang]


def test_a_date_in_the_vacancy_names_no_signer_and_blocks_the_report(dua_kepala):
    _dated(dua_kepala, D(2026, 1, 15))
    document = laporan_kinerja(dua_kepala, 2025)
    assert _signatures(dua_kepala) == []
    assert (
        Paragraf(
            "Penanda tangan belum dapat ditentukan: riwayat jabatan tidak mencatat pimpinan satker "
            "pada tanggal laporan.",
            rata="kanan",
        )
        in document.blok
    )
    (blocker,) = kesiapan(dua_kepala, 2025).penghalang
    assert blocker.jenis == Jenis.PENANDA_TANGAN
    assert blocker.pesan.endswith("pada tanggal laporan (15 Januari 2026).")


def test_a_report_without_a_date_prints_the_placeholder_never_today(dua_kepala):
    _dated(dua_kepala, None)
    document = laporan_kinerja(dua_kepala, 2025)
    places = [block.teks for block in document.blok if isinstance(block, Paragraf)]
    assert f"Kota Siap, {TANGGAL_BELUM_DITETAPKAN}" in places
    assert _signatures(dua_kepala) == []
    (blocker,) = kesiapan(dua_kepala, 2025).penghalang
    assert blocker.pesan.startswith("Tanggal laporan tahun 2025 belum diisi")


def test_the_place_and_number_are_the_reports_own(dua_kepala):
    LaporanTahunan.objects.filter(satker=dua_kepala, tahun=2025).update(
        tanggal=D(2026, 2, 3), tempat="Kota Lain", nomor="001/PL.01/2026"
    )
    document = laporan_kinerja(dua_kepala, 2025)
    assert _signatures(dua_kepala)[0].tempat_tanggal == "Kota Lain, 3 Februari 2026"
    assert Paragraf("Nomor: 001/PL.01/2026", rata="tengah") in document.blok


def test_without_any_history_the_pk_first_party_signs_and_the_page_says_so(siap):
    RiwayatJabatan.objects.filter(satker=siap).delete()
    (signature,) = _signatures(siap)[:1]
    assert signature.penanda[0].nama  # the PK's first party, as before the history existed
    (blocker,) = kesiapan(siap, 2025).penghalang
    assert blocker.jenis == Jenis.PENANDA_TANGAN
    assert blocker.pesan.startswith("Penanda tangan belum dapat ditentukan dari riwayat jabatan")
