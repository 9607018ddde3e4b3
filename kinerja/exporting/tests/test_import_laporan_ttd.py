"""Restoring the report's signed versions and its signer's history: a signed version whose
content no longer matches its SHA-256 is refused, as is a history naming unknown staff."""

import json

import pytest

from kinerja.documents.isi import Dokumen, Judul
from kinerja.documents.serial import ke_json, sidik
from kinerja.exporting.tests.support import ekspor_di_sini, impor_ditolak

pytestmark = pytest.mark.django_db
SLUG = "kpu-kota-prabumulih"


@pytest.fixture
def demo_2024(prabumulih) -> dict:
    return json.loads(ekspor_di_sini(SLUG, 2024))


def _write(tmp_path, document):
    path = tmp_path / "ekspor.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _signed(content: str, hash_: str) -> dict:
    return {
        "versi": 1, "isi": content, "sidik": hash_, "tanggal": "2025-01-16",
        "tempat": "Prabumulih", "nomor": "", "penanda_tangan": "Yasrin Abidin",
        "penanda_tangan_nip": "", "penanda_tangan_jabatan": "Sekretaris",
        "revisi_dari_versi": None, "alasan": "", "ditandatangani_pada": None,
    }  # fmt: skip


def test_the_demo_exports_its_signers_history_and_the_reports_date(demo_2024):
    terms = demo_2024["riwayat_jabatan"]
    assert [
        (term["pegawai"] and term["pegawai"]["nomor_urut"], term["anggota"], term["mulai"])
        for term in terms[:2]
    ] == [(1, None, "2024-01-01"), (None, 1, "2024-01-01")]
    assert [(term["kepala"], term["atasan"], term["unit"]) for term in terms[:3]] == [
        (True, False, None),
        (False, True, None),
        (False, False, "Subbagian Keuangan, Umum dan Logistik"),
    ]
    assert len(terms) == 6
    assert demo_2024["identitas_laporan"] == {"tanggal": "2025-01-16", "tempat": "", "nomor": ""}


def test_a_signed_version_whose_content_changed_is_refused(demo_2024, tmp_path):
    content = ke_json(Dokumen("LKjIP", [Judul("Capaian 94,74%")]))
    tampered = content.replace("94,74%", "99,00%")
    demo_2024["laporan_tertandatangan"] = [_signed(tampered, sidik(content))]
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith("laporan tertandatangan versi 1: isi tidak cocok dengan SHA-256-nya.")


def test_a_history_naming_an_unknown_commissioner_or_unit_is_refused(demo_2024, tmp_path):
    demo_2024["riwayat_jabatan"][1]["anggota"] = 9
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert "anggota nomor urut 9 tidak ada di berkas." in message
    demo_2024["riwayat_jabatan"][1]["anggota"] = 1
    demo_2024["riwayat_jabatan"][2]["unit"] = "Subbagian Lain"
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert "unit Subbagian Lain tidak ada di berkas." in message


def test_a_history_naming_unknown_staff_is_refused(demo_2024, tmp_path):
    demo_2024["riwayat_jabatan"][0]["pegawai"]["nomor_urut"] = 99
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert "pegawai Tabel 2 nomor urut 99 tidak ada di berkas." in message


def test_a_signed_version_whose_source_data_changed_is_refused(demo_2024, tmp_path):
    content = ke_json(Dokumen("LKjIP", [Judul("Capaian 94,74%")]))
    data = '{"realisasi":[{"nilai":"94.74"}]}'
    signed = _signed(content, sidik(content)) | {
        "data": data.replace("94.74", "99"),
        "data_sidik": sidik(data),
    }
    demo_2024["laporan_tertandatangan"] = [signed]
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith(
        "laporan tertandatangan versi 1: data sumber tidak cocok dengan SHA-256-nya."
    )


def test_optional_texts_written_as_null_are_loaded_empty_not_a_crash(demo_2024, tmp_path):
    """Found by the garbage-file property test: a null in an optional text (the satker's town,
    a PK's place) passed validation and crashed in the database."""
    from django.core.management import call_command

    from kinerja.agreements.models import PerjanjianKinerja
    from kinerja.organisations.models import Satker

    demo_2024["satker"]["kota"] = None
    demo_2024["perjanjian"][0]["tempat"] = None
    call_command("impor", str(_write(tmp_path, demo_2024)), "--ganti")
    assert Satker.objects.get(slug=SLUG).kota == ""
    assert PerjanjianKinerja.objects.filter(satker__slug=SLUG, tahun=2024, tempat="").exists()
