"""The LKE evaluation travels with its satker-year: a published evaluation made through the
services — three sides' answers, file evidence accepted and rejected, a pinned link, the
snapshot, narratives, signer, a recommendation with a follow-up file — is restored into an
empty database byte for byte and prints the same LHE; a worksheet version of that year that
differs, or a snapshot that no longer matches its hash, is refused and nothing is written."""

import datetime
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from kinerja.core.models import AuditLog
from kinerja.exporting.tests.satker_lengkap import SLUG as LENGKAP
from kinerja.exporting.tests.satker_lengkap import TAHUN as LENGKAP_TAHUN
from kinerja.exporting.tests.satker_lengkap import satker_lengkap
from kinerja.exporting.tests.support import (
    ekspor_di_sini,
    impor_ditolak,
    kinerja,
    kinerja_ok,
    lhe_tersimpan,
    lhe_tersimpan_di,
    tautan_berubah,
    tautan_berubah_di,
)
from kinerja.lke import rekomendasi, services
from kinerja.lke.bukti import periksa_bukti_lke, tautkan_bukti_lke
from kinerja.lke.models import BuktiLke, EvaluasiLke, VersiLembar
from kinerja.lke.models_rekomendasi import Rekomendasi
from kinerja.lke.rekaman import rekaman_tersedia
from kinerja.lke.tests.builders import CAMPURAN
from kinerja.lke.tests.conftest import PDF, evaluasi, isi, orang  # noqa: F401  (fixtures)
from kinerja.lke.tests.hasil_bangun import FINAL, pemeriksa, versi  # noqa: F401  (versi)
from kinerja.lke.usulan_bukti import JenisRekaman

pytestmark = pytest.mark.django_db

SLUG = "kpu-kota-prabumulih"


@pytest.fixture
def terbit(evaluasi, orang, prabumulih):  # noqa: F811
    """Prabumulih's 2025 evaluation taken to `terbit` through the services."""
    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)  # with a file for each answer above 0
    # A signed 2024 PK of the head: a record of the year before, not in the 2025 file.
    record = next(
        found
        for found in rekaman_tersedia(prabumulih, 2025)[JenisRekaman.PK_SATKER]
        if found.tahun == 2024
    )
    link = tautkan_bukti_lke(
        actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.2", kunci=record.kunci
    )
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    evaluator = orang.inspektur_pusat
    services.mulai_reviu(actor=evaluator, evaluasi=evaluasi)
    periksa_bukti_lke(actor=evaluator, bukti=link, diterima=True)
    periksa_bukti_lke(
        actor=evaluator,
        bukti=BuktiLke.objects.get(evaluasi=evaluasi, kriteria__kode="1.b.1"),
        diterima=False,
        alasan="Berkas tidak memuat indikator",
    )
    isi(evaluasi, orang.reviewer, "reviewer", {"1.a.1": "Y", "1.b.1": "A", "2.a.2": "N/A"})
    isi(evaluasi, evaluator, "evaluator", FINAL)
    services.finalkan(actor=evaluator, evaluasi=evaluasi)
    rekomendasi.tetapkan_penanda_tangan_lhe(
        actor=evaluator, evaluasi=evaluasi, pemeriksa_id=pemeriksa().pk, tempat="Jakarta"
    )
    rekomendasi.simpan_narasi(
        actor=evaluator, evaluasi=evaluasi, kode_komponen="1", teks="Renstra telah terukur."
    )
    item = rekomendasi.tambah_rekomendasi(
        actor=evaluator,
        evaluasi=evaluasi,
        uraian="Lengkapi pedoman teknis perencanaan kinerja.",
        kode_kriteria=["1.a.2", "1.b.2"],
        prioritas="tinggi",
        penanggung_jawab="Sekretaris",
        batas_waktu=datetime.date(2026, 6, 30),
    )
    services.terbitkan(actor=evaluator, evaluasi=evaluasi)
    rekomendasi.tambah_tindak_lanjut(
        actor=orang.admin,
        rekomendasi=item,
        uraian="Pedoman disusun dan ditetapkan.",
        berkas=SimpleUploadedFile("sk pedoman.pdf", PDF + b"% tindak lanjut\n"),
    )
    return EvaluasiLke.objects.get(pk=evaluasi.pk)


def test_a_published_evaluation_is_restored_byte_identical_and_prints_the_same_lhe(
    terbit, empty_database, tmp_path
):
    folder = tmp_path / "bukti"
    exported = ekspor_di_sini(SLUG, 2025, bukti=folder)
    document = json.loads(exported)["evaluasi_lke"]
    assert document["status"] == "terbit"
    assert {row["peran"] for row in document["jawaban"]} == {"mandiri", "reviewer", "evaluator"}
    assert {(row["jenis_tautan"], row["status"]) for row in document["bukti"]} >= {
        ("pk_satker", "diterima"),
        (None, "ditolak"),
    }
    (tmp_path / "2025.json").write_bytes(exported)
    (tmp_path / "2024.json").write_bytes(ekspor_di_sini(SLUG, 2024))

    # The link names a 2024 PK: refused until that year is restored, and nothing is written.
    refused = kinerja(empty_database, "impor", str(tmp_path / "2025.json"), "--bukti", str(folder))
    assert refused.returncode != 0
    assert "Impor dulu data tahun 2024 satker ini" in refused.stderr.decode()

    kinerja_ok(empty_database, "impor", str(tmp_path / "2024.json"))
    kinerja_ok(
        empty_database, "impor", "--ganti", str(tmp_path / "2025.json"), "--bukti", str(folder)
    )

    again = kinerja_ok(empty_database, "ekspor", "--satker", SLUG, "--tahun", "2025")
    assert again == exported
    # The LHE is read from the restored snapshot (its hash verified on reading): same content.
    original = lhe_tersimpan(SLUG, 2025)
    assert "68,60" in original
    assert lhe_tersimpan_di(empty_database, SLUG, 2025) == original
    # The linked 2024 PK was restored under new ids: it has not changed since it was linked.
    label = BuktiLke.objects.exclude(jenis_tautan="").get(evaluasi=terbit).label
    assert tautan_berubah(SLUG, 2025) == {label: False}
    assert tautan_berubah_di(empty_database, SLUG, 2025) == {label: False}


def test_the_demos_open_self_assessment_round_trips_with_its_worksheet(
    prabumulih, empty_database, tmp_path
):
    exported = ekspor_di_sini(SLUG, 2025)
    document = json.loads(exported)["evaluasi_lke"]
    assert (document["status"], document["jawaban"], document["snapshot"]) == ("draf", [], None)
    path = tmp_path / "2025.json"
    path.write_bytes(exported)

    kinerja_ok(empty_database, "impor", str(path))

    assert kinerja_ok(empty_database, "ekspor", "--satker", SLUG, "--tahun", "2025") == exported


# --- the file itself, and refusals --------------------------------------------------------------


@pytest.fixture
def lengkap(tmp_path) -> dict:
    satker_lengkap()
    return json.loads(ekspor_di_sini(LENGKAP, LENGKAP_TAHUN, bukti=tmp_path / "bukti"))


def _write(tmp_path, document) -> str:
    path = tmp_path / "lengkap.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _refused(tmp_path, document) -> str:
    """`kinerja impor --ganti` of the changed file, refused with nothing written."""
    return impor_ditolak(_write(tmp_path, document), "--ganti", "--bukti", tmp_path / "bukti")


def test_the_export_names_criteria_by_code_links_by_key_and_no_account(lengkap):
    document = lengkap["evaluasi_lke"]
    first = document["lembar"]["komponen"][0]["sub"][0]["kriteria"][0]["kode"]
    assert [(row["kriteria"], row["peran"]) for row in document["jawaban"]][:3] == [
        (first, "mandiri"),
        (first, "reviewer"),
        (first, "evaluator"),
    ]
    links = [(row["jenis_tautan"], row["kunci_tautan"]) for row in document["bukti"]]
    assert links == [(None, None), (None, None), ("pk_satker", "satker#v1"), ("pengukuran", None)]
    text = json.dumps(document)
    for key in ("tautan_id", "penulis", "ditambahkan_oleh", "dibuat_oleh", "pemeriksa"):
        assert f'"{key}"' not in text
    assert [len(row["tindak_lanjut"]) for row in document["rekomendasi"]] == [0, 1]


def test_a_worksheet_of_that_year_that_differs_is_refused_and_nothing_is_written(lengkap, tmp_path):
    komponen = lengkap["evaluasi_lke"]["lembar"]["komponen"][0]
    sub = komponen["sub"][0]
    criterion = sub["kriteria"][0]
    criterion["teks"] += " (diubah)"

    message = _refused(tmp_path, lengkap)

    assert (
        f"Lembar kerja evaluasi {LENGKAP_TAHUN} di basis data berbeda dengan lembar kerja di "
        f"berkas (komponen {komponen['kode']}, sub-komponen {sub['kode']}, kriteria "
        f"{criterion['kode']}, teks). Impor tidak mengubah lembar kerja yang sudah ada"
    ) in message


def test_a_worksheet_published_at_another_moment_is_the_same_worksheet(lengkap, tmp_path):
    lengkap["evaluasi_lke"]["lembar"]["diterbitkan_pada"] = "2020-01-01T00:00:00+00:00"
    before = VersiLembar.objects.get(tahun=LENGKAP_TAHUN).diterbitkan_pada

    call_command("impor", _write(tmp_path, lengkap), "--ganti", "--bukti", str(tmp_path / "bukti"))

    assert VersiLembar.objects.get(tahun=LENGKAP_TAHUN).diterbitkan_pada == before


def test_a_snapshot_that_no_longer_matches_its_hash_is_refused(lengkap, tmp_path):
    lengkap["evaluasi_lke"]["snapshot"]["isi"] = lengkap["evaluasi_lke"]["snapshot"]["isi"].replace(
        "hasil uji", "hasil lain"
    )
    message = _refused(tmp_path, lengkap)
    assert f"snapshot evaluasi LKE {LENGKAP_TAHUN}: isi tidak cocok dengan SHA-256-nya." in message


def test_a_pinned_copy_that_no_longer_matches_its_hash_is_refused(lengkap, tmp_path):
    link = next(row for row in lengkap["evaluasi_lke"]["bukti"] if row["kunci_tautan"])
    link["isi_tautan"] = link["isi_tautan"].replace("1", "2")
    message = _refused(tmp_path, lengkap)
    assert "salinan rekaman yang ditautkan tidak cocok dengan SHA-256-nya." in message


def test_an_answer_outside_the_criterions_scale_is_refused_with_its_location(lengkap, tmp_path):
    answer = lengkap["evaluasi_lke"]["jawaban"][0]
    answer["kode"] = "ZZ"
    message = _refused(tmp_path, lengkap)
    assert f"jawaban LKE {answer['kriteria']} (mandiri): jawaban ZZ bukan pilihan skala" in message


def test_ganti_replaces_the_evaluation_audits_it_and_keeps_the_export_identical(lengkap, tmp_path):
    path = _write(tmp_path, lengkap)
    exported = ekspor_di_sini(LENGKAP, LENGKAP_TAHUN)
    old = EvaluasiLke.objects.get(satker__slug=LENGKAP, tahun=LENGKAP_TAHUN).pk

    call_command("impor", path, "--ganti", "--bukti", str(tmp_path / "bukti"))

    assert ekspor_di_sini(LENGKAP, LENGKAP_TAHUN) == exported
    removed = AuditLog.objects.get(
        model="lke.EvaluasiLke", object_id=str(old), action=AuditLog.Action.DELETE
    )
    assert removed.actor_label == "kinerja impor"
    restored = Rekomendasi.objects.get(evaluasi__satker__slug=LENGKAP, nomor=2)
    assert restored.tindak_lanjut.get().berkas.read().endswith(b"% tindak lanjut\n")
