"""Realisation reports in the export: a report made through the services, with its entries and
evidence, survives export (--bukti) → import into an empty database → export byte for byte,
its files restored from the folder; an import that cannot have the files writes nothing."""

import json
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import TestCase

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.exporting.tests.support import (
    baris_tersimpan_di,
    ekspor_di_sini,
    impor_ditolak,
    kinerja,
    kinerja_ok,
)
from kinerja.organisations.tests.factories import SatkerFactory, UnitFactory
from kinerja.planning.tests.factories import IndikatorKinerjaFactory
from kinerja.reporting import services
from kinerja.reporting.models import BuktiDukung
from kinerja.reporting.selectors import laporan_atau_baru
from kinerja.reporting.tests.conftest import TAHUN, _buat_pk

pytestmark = pytest.mark.django_db

SLUG = "kpu-kota-uji-laporan"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\x00" * 32
Peran = Membership.Peran


@pytest.fixture
def dilaporkan(db):
    """A unit whose TW I report was submitted with two files and approved, and whose TW II
    report is a draft with the same PDF attached again."""
    satker = SatkerFactory(nama="KPU Kota Uji Laporan", slug=SLUG)
    unit = UnitFactory(satker=satker, nama="Subbagian Keuangan", urutan=1)
    kegiatan = KegiatanFactory()
    a = IndikatorKinerjaFactory(satker=satker, kegiatan=kegiatan, kode="L-1", satuan="%")
    b = IndikatorKinerjaFactory(satker=satker, kegiatan=kegiatan, kode="L-2", satuan="dokumen")
    _buat_pk(satker, unit, (a, Decimal(100)), (b, Decimal(4)))
    operator = MembershipFactory(satker=satker, unit=unit, peran=Peran.OPERATOR_UNIT).user
    kasubbag = MembershipFactory(satker=satker, unit=unit, peran=Peran.KASUBBAG).user

    def entry(nilai):
        return {"status": "dilaporkan", "nilai_teks": "", "alasan": "", "nilai": Decimal(nilai)}

    tw1 = services.simpan(
        laporan_atau_baru(unit, TAHUN, "tw1"),
        actor=operator,
        versi=None,
        isian={a.pk: entry("100"), b.pk: entry("4")},
        narasi="Semua kegiatan berjalan",
    )
    for name, content in (("notulen.pdf", PDF), ("foto", PNG)):
        services.unggah_bukti(tw1, actor=operator, berkas=SimpleUploadedFile(name, content))
    tw1 = services.ajukan(tw1, actor=operator, versi=tw1.versi)
    services.setujui(tw1, actor=kasubbag, versi=tw1.versi)
    tw2 = services.simpan(
        laporan_atau_baru(unit, TAHUN, "tw2"),
        actor=operator,
        versi=None,
        isian={a.pk: entry("50.5")},
        narasi="",
    )
    services.unggah_bukti(tw2, actor=operator, berkas=SimpleUploadedFile("lagi.pdf", PDF))
    return satker


def test_reports_with_entries_and_evidence_round_trip_byte_identically(
    dilaporkan, empty_database, tmp_path
):
    folder = tmp_path / "bukti"
    exported = ekspor_di_sini(SLUG, TAHUN, bukti=folder)
    document = json.loads(exported)
    reports = document["laporan_realisasi"]
    assert [(row["periode"], row["status"]) for row in reports] == [
        ("tw1", "disetujui"),
        ("tw2", "draf"),
    ]
    assert [item["realisasi"] for item in reports[0]["isian"]] == ["100", "4"]
    assert [item["nama"] for item in reports[0]["bukti"]] == ["notulen.pdf", "foto"]
    # Named by their hash, the PDF attached twice is one file.
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        {item.sha256 for item in BuktiDukung.objects.filter(laporan__satker=dilaporkan)}
    )
    path = tmp_path / "laporan.json"
    path.write_bytes(exported)

    kinerja_ok(empty_database, "impor", str(path), "--bukti", str(folder))

    again = kinerja_ok(empty_database, "ekspor", "--satker", SLUG, "--tahun", str(TAHUN))
    assert again == exported
    restored = baris_tersimpan_di(empty_database, SLUG, TAHUN)["reporting.BuktiDukung"]
    # Each file is back in the other database's storage with its bytes (compared by hash).
    assert sorted(row["berkas"] for row in restored) == sorted(
        f"sha256:{row['sha256']}" for row in restored
    )
    assert {row["diunggah_oleh"] for row in restored} == {None}  # accounts are not exported


def _media_files(database) -> list:
    media = database.parent / "media"
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


def test_evidence_without_its_folder_is_refused_and_nothing_is_written(
    dilaporkan, empty_database, tmp_path
):
    path = tmp_path / "laporan.json"
    path.write_bytes(ekspor_di_sini(SLUG, TAHUN))
    result = kinerja(empty_database, "impor", str(path))
    assert result.returncode != 0
    assert "sebutkan folder berkas bukti" in result.stderr.decode()
    assert "laporan realisasi Subbagian Keuangan tw1 bukti 1 (notulen.pdf)" in (
        result.stderr.decode()
    )
    check = kinerja(empty_database, "ekspor", "--satker", SLUG, "--tahun", str(TAHUN))
    assert "tidak ditemukan" in check.stderr.decode()


def test_a_file_whose_hash_differs_is_refused_and_no_stored_file_is_left(
    dilaporkan, empty_database, tmp_path
):
    folder = tmp_path / "bukti"
    exported = ekspor_di_sini(SLUG, TAHUN, bukti=folder)
    png = json.loads(exported)["laporan_realisasi"][0]["bukti"][1]
    (folder / png["sha256"]).write_bytes(PNG[:-1] + b"\x01")  # altered after the export
    path = tmp_path / "laporan.json"
    path.write_bytes(exported)

    result = kinerja(empty_database, "impor", str(path), "--bukti", str(folder))

    assert result.returncode != 0
    assert "tidak sesuai SHA-256-nya" in result.stderr.decode()
    # The PDF before it was stored, then removed with the rolled-back import.
    assert _media_files(empty_database) == []
    check = kinerja(empty_database, "ekspor", "--satker", SLUG, "--tahun", str(TAHUN))
    assert "tidak ditemukan" in check.stderr.decode()


def test_a_hash_that_is_no_hash_is_refused_before_any_file_is_read(dilaporkan, tmp_path):
    document = json.loads(ekspor_di_sini(SLUG, TAHUN, bukti=tmp_path / "bukti"))
    document["laporan_realisasi"][0]["bukti"][0]["sha256"] = "../../../etc/passwd"
    path = tmp_path / "laporan.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = impor_ditolak(path, "--ganti", "--bukti", tmp_path / "bukti")
    assert "SHA-256 '../../../etc/passwd' tidak sah" in message


def test_ganti_replaces_the_reports_and_their_files(dilaporkan, tmp_path, settings):
    folder = tmp_path / "bukti"
    path = tmp_path / "laporan.json"
    path.write_bytes(ekspor_di_sini(SLUG, TAHUN, bukti=folder))
    before = set(BuktiDukung.objects.values_list("berkas", flat=True))

    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("impor", str(path), "--ganti", "--bukti", str(folder))

    after = set(BuktiDukung.objects.values_list("berkas", flat=True))
    assert len(after) == len(before) == 3
    assert after.isdisjoint(before)  # new rows, new files
    media = settings.MEDIA_ROOT
    stored = {str(p.relative_to(media)) for p in media.rglob("*") if p.is_file()}
    assert stored == after  # the replaced rows' files are gone once the import committed
    assert ekspor_di_sini(SLUG, TAHUN) == path.read_bytes()


def test_a_format_2_file_without_reports_is_still_restored(prabumulih, empty_database, tmp_path):
    document = json.loads(ekspor_di_sini("kpu-kota-prabumulih", 2024))
    document["versi_format"] = 2
    del document["laporan_realisasi"]
    path = tmp_path / "format-2.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    kinerja_ok(empty_database, "impor", str(path))
    again = json.loads(
        kinerja_ok(empty_database, "ekspor", "--satker", "kpu-kota-prabumulih", "--tahun", "2024")
    )
    assert again["laporan_realisasi"] == []
    assert {**again, "versi_format": 2, "laporan_realisasi": None} == {
        **document,
        "laporan_realisasi": None,
    }
