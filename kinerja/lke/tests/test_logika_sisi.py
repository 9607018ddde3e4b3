"""Missing evidence is the satker's error, which blocks its submission; on the evaluator's
side the same finding only warns (the evidence is the satker's job, and it never blocks the
final)."""

from django.urls import reverse

from kinerja.lke import services
from kinerja.lke.logika import GALAT, PERINGATAN, periksa_logika
from kinerja.lke.tests.builders import ATAS, lembar_kecil
from kinerja.lke.tests.conftest import isi


def test_an_answer_without_evidence_is_an_error_by_default_and_a_warning_when_asked():
    lembar = lembar_kecil()
    answers = {"1.a.1": "Y", "1.a.2": "N/A"}
    satker = periksa_logika(lembar, answers, {}, {})
    assert [(t.kode, t.tingkat) for t in satker] == [("1.a.1", GALAT), ("1.a.2", GALAT)]
    evaluator = periksa_logika(lembar, answers, {}, {}, tanpa_bukti=PERINGATAN)
    # N/A without a reason stays an error on both sides: it is the answer's own defect.
    assert [(t.kode, t.tingkat) for t in evaluator] == [("1.a.2", GALAT), ("1.a.1", PERINGATAN)]
    assert evaluator[1].pesan == "Kriteria 1.a.1 dijawab Y tanpa bukti dukung."


def test_the_worksheet_shows_missing_evidence_as_error_for_the_satker_warning_for_the_final(
    client, evaluasi, orang
):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "T"})
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    isi(evaluasi, orang.inspektur, "evaluator", ATAS)  # every answer at the top, no evidence
    client.force_login(orang.inspektur)
    html = client.get(reverse("lke:lembar_kerja", args=["kpu-kota-prabumulih", 2025])).text
    final = html[html.index("Pemeriksaan logika: Evaluator (final)") :]
    final = final[: final.index("</ul>")]
    assert "Peringatan: Kriteria 1.a.1 dijawab Y tanpa bukti dukung." in final
    assert "Galat:" not in final
    services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)  # nothing blocks it


def test_the_satkers_answer_without_evidence_stays_an_error_and_blocks_submission(
    client, evaluasi, orang
):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"}, bukti=False)
    client.force_login(orang.admin)
    html = client.get(reverse("lke:lembar_kerja", args=["kpu-kota-prabumulih", 2025])).text
    own = html[html.index("Pemeriksaan logika: Penilaian mandiri") :]
    assert "Galat: Kriteria 1.a.1 dijawab Y tanpa bukti dukung." in own[: own.index("</ul>")]
    client.post(
        reverse("lke:evaluasi_langkah", args=["kpu-kota-prabumulih", 2025]),
        {"aksi": "ajukan_mandiri", "konfirmasi": "on"},
    )
    evaluasi.refresh_from_db()
    assert evaluasi.status == "draf"
