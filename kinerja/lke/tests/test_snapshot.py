"""Finalising writes what the evaluation was; the results shown afterwards come from it, so
nothing changed later (a worksheet of another year, an answer, the version itself) moves
them."""

import hashlib
import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from kinerja.lke import services
from kinerja.lke.bukti import periksa_bukti_lke
from kinerja.lke.models import BuktiLke, JawabanLke, KriteriaLke, SnapshotLke, SubKomponenLke
from kinerja.lke.selectors import halaman_lke
from kinerja.lke.snapshot import baca_snapshot
from kinerja.lke.tests.builders import CAMPURAN, lembar_kecil
from kinerja.lke.tests.conftest import PDF, isi
from kinerja.lke.versi import simpan_lembar, ubah_kriteria


@pytest.fixture
def final(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    isi(evaluasi, orang.inspektur, "evaluator", {**CAMPURAN, "1.b.1": "AA"})
    return services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)


def test_finalising_writes_the_answers_worksheet_scores_and_predicate_with_their_hash(final):
    row = SnapshotLke.objects.get(evaluasi=final)
    assert row.sha256 == hashlib.sha256(row.isi.encode()).hexdigest()
    content = json.loads(row.isi)
    assert content["hasil"]["evaluator"]["total"] == "68.6"
    assert content["hasil"]["evaluator"]["predikat"] == "B"
    assert content["hasil"]["mandiri"]["total"] == "66.8"
    assert content["jawaban"]["evaluator"]["1.b.1"]["kode"] == "AA"
    assert content["jawaban"]["mandiri"]["2.a.2"]["catatan"] == "tidak ada aplikasi"
    assert content["lembar"]["komponen"][0]["sub"][0]["kriteria"][0]["teks"] == (
        "Terdapat pedoman teknis."
    )


def test_the_snapshot_keeps_each_criterions_evidence_with_its_hash_and_verdict(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    rejected = BuktiLke.objects.get(evaluasi=evaluasi, kriteria__kode="1.b.2")
    periksa_bukti_lke(actor=orang.inspektur, bukti=rejected, diterima=False, alasan="Tidak terbaca")
    accepted = BuktiLke.objects.get(evaluasi=evaluasi, kriteria__kode="1.a.1")
    periksa_bukti_lke(actor=orang.inspektur, bukti=accepted, diterima=True)
    isi(evaluasi, orang.inspektur, "evaluator", CAMPURAN)
    services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)

    evidence = json.loads(SnapshotLke.objects.get(evaluasi=evaluasi).isi)["bukti"]
    pdf_hash = hashlib.sha256(PDF).hexdigest()
    # Evidence was attached to every self-assessed answer above 0, and only to those.
    assert sorted(evidence) == ["1.a.1", "1.b.1", "1.b.2", "2.a.1", "2.a.3"]
    assert evidence["1.b.2"] == [
        {
            "label": "bukti-1.b.2.pdf",
            "jenis": "berkas",
            "tahun": None,
            "sha256": pdf_hash,
            "status": "ditolak",
            "alasan_penolakan": "Tidak terbaca",
        }
    ]
    assert evidence["1.a.1"][0]["status"] == "diterima"
    assert evidence["2.a.1"][0]["status"] == "diajukan"


def test_answers_are_refused_after_finalising(final, orang):
    with pytest.raises(ValidationError, match="tidak dapat diubah pada status"):
        isi(final, orang.inspektur, "evaluator", {"1.a.1": "T"})


def test_later_changes_do_not_move_the_results_shown(final, orang, client, superuser):
    before = halaman_lke(final, orang.inspektur)
    # Next year's worksheet, edited; an answer changed behind the services' back; even the
    # finalised version's rows changed directly in the database.
    simpan_lembar(lembar_kecil(2026), tahun=2026, actor=superuser)
    ubah_kriteria(
        actor=superuser,
        kriteria=KriteriaLke.objects.get(versi__tahun=2026, kode="1.a.1"),
        teks="Teks 2026",
    )
    JawabanLke.objects.filter(evaluasi=final, peran="evaluator").update(kode="E")
    SubKomponenLke.objects.filter(komponen__versi=final.versi).update(bobot=1)
    KriteriaLke.objects.filter(versi=final.versi, kode="1.a.1").update(teks="diubah")
    after = halaman_lke(final, orang.inspektur)
    assert [r.total for r in after.ringkasan] == [r.total for r in before.ringkasan]
    assert [k.nilai for k in after.komponen] == [k.nilai for k in before.komponen]
    client.force_login(orang.admin)
    page = client.get(reverse("lke:lembar_kerja", args=["kpu-kota-prabumulih", 2025]))
    text = page.content.decode()
    assert "Terdapat pedoman teknis." in text
    assert "diubah" not in text


def test_a_snapshot_whose_text_no_longer_matches_its_hash_is_refused(final):
    SnapshotLke.objects.filter(evaluasi=final).update(isi='{"hasil": {}}')
    with pytest.raises(ValueError, match="tidak cocok"):
        baca_snapshot(final)
