"""Who may do what on an evaluation: the satker self-assesses, an intermediate reviewer on the
satker or above it writes the reviewer answers and nothing else, the inspectorate on the
satker or above it evaluates, nobody else writes; another satker's people are not even told
it exists (404 through the pages: test_views, test_reviewer_pages)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from kinerja.core.http import TidakDitemukan
from kinerja.lke import rekomendasi, services
from kinerja.lke.bukti import periksa_bukti_lke
from kinerja.lke.models import BuktiLke, JawabanLke
from kinerja.lke.tests.builders import ATAS, jadwal
from kinerja.lke.tests.conftest import isi


def _ke_reviu(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    return services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)


@pytest.mark.parametrize("siapa", ["admin", "pimpinan"])
def test_the_satkers_admin_and_sekretaris_self_assess(evaluasi, orang, siapa):
    isi(evaluasi, getattr(orang, siapa), "mandiri", {"1.a.1": "Y"})
    assert JawabanLke.objects.get(evaluasi=evaluasi, peran="mandiri").kode == "Y"


@pytest.mark.parametrize("siapa", ["operator", "inspektur", "inspektur_pusat", "reviewer"])
def test_a_units_operator_the_inspectorate_and_a_reviewer_cannot_write_the_self_assessment(
    evaluasi, orang, siapa
):
    with pytest.raises(PermissionDenied):
        isi(evaluasi, getattr(orang, siapa), "mandiri", {"1.a.1": "Y"})


@pytest.mark.parametrize(
    ("peran", "pesan"),
    [
        ("evaluator", "inspektorat, bukan oleh satker"),
        ("reviewer", "reviewer LKE, bukan oleh satker"),
    ],
)
def test_the_satker_cannot_write_evaluator_or_reviewer_answers(evaluasi, orang, peran, pesan):
    _ke_reviu(evaluasi, orang)
    with pytest.raises(PermissionDenied, match=pesan):
        isi(evaluasi, orang.admin, peran, {"1.a.1": "Y"})
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


@pytest.mark.parametrize("langkah", ["mulai_reviu", "finalkan", "terbitkan"])
def test_the_satker_cannot_take_the_evaluators_steps(evaluasi, orang, langkah):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    with pytest.raises(PermissionDenied):
        getattr(services, langkah)(actor=orang.admin, evaluasi=evaluasi)


def test_the_satker_cannot_return_or_hide_scores(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    with pytest.raises(PermissionDenied):
        services.kembalikan(actor=orang.pimpinan, evaluasi=evaluasi, alasan="x")
    with pytest.raises(PermissionDenied):
        services.atur_sembunyikan_nilai(actor=orang.admin, evaluasi=evaluasi, sembunyikan=True)


def test_the_central_inspectorate_evaluates_a_satker_below_it(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur_pusat, evaluasi=evaluasi)
    isi(evaluasi, orang.inspektur_pusat, "evaluator", {"1.a.1": "T"})
    assert JawabanLke.objects.get(evaluasi=evaluasi, peran="evaluator").penulis == (
        orang.inspektur_pusat
    )


@pytest.mark.parametrize("siapa", ["orang_luar", "inspektur_lain", "reviewer_lain"])
def test_another_satkers_people_are_told_nothing_exists(evaluasi, orang, siapa):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    someone = getattr(orang, siapa)
    with pytest.raises(TidakDitemukan):
        services.mulai_reviu(actor=someone, evaluasi=evaluasi)
    with pytest.raises(TidakDitemukan):
        isi(evaluasi, someone, "mandiri", {"1.a.1": "Y"})
    with pytest.raises(TidakDitemukan):
        isi(evaluasi, someone, "reviewer", {"1.a.1": "Y"})


# The intermediate reviewer ("Reviewer LKE"), here granted on the province above the kota.


def _jawab_reviu(evaluasi, actor, kode="T", catatan="Pedoman teknis belum ditetapkan."):
    return services.simpan_jawaban(
        actor=actor,
        evaluasi=evaluasi,
        kode_kriteria="1.a.1",
        peran="reviewer",
        kode=kode,
        catatan=catatan,
    )


def test_a_reviewer_above_the_satker_writes_the_reviewer_answer_with_its_note(evaluasi, orang):
    _ke_reviu(evaluasi, orang)
    _jawab_reviu(evaluasi, orang.reviewer)
    answer = JawabanLke.objects.get(evaluasi=evaluasi)
    assert (answer.peran, answer.kode, answer.catatan, answer.penulis) == (
        "reviewer",
        "T",
        "Pedoman teknis belum ditetapkan.",
        orang.reviewer,
    )


def test_a_reviewer_cannot_write_the_final_answer(evaluasi, orang):
    _ke_reviu(evaluasi, orang)
    with pytest.raises(PermissionDenied):
        isi(evaluasi, orang.reviewer, "evaluator", {"1.a.1": "Y"})
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


@pytest.mark.parametrize("siapa", ["inspektur", "inspektur_pusat"])
def test_reviewer_answers_belong_to_reviewers_not_to_the_evaluator(evaluasi, orang, siapa):
    _ke_reviu(evaluasi, orang)
    with pytest.raises(PermissionDenied, match="evaluator menulis jawaban final"):
        _jawab_reviu(evaluasi, getattr(orang, siapa))
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_a_reviewer_writes_only_while_the_evaluation_is_under_review(evaluasi, orang):
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        _jawab_reviu(evaluasi, orang.reviewer)
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        _jawab_reviu(evaluasi, orang.reviewer)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    _jawab_reviu(evaluasi, orang.reviewer)
    isi(evaluasi, orang.inspektur, "evaluator", ATAS)
    services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        _jawab_reviu(evaluasi, orang.reviewer, kode="Y")
    assert JawabanLke.objects.get(evaluasi=evaluasi, peran="reviewer").kode == "T"


def test_a_reviewer_writes_only_inside_the_evaluation_window(evaluasi, orang):
    _ke_reviu(evaluasi, orang)
    today = timezone.localdate()
    jadwal(
        2025, "evaluasi", today - datetime.timedelta(days=20), today - datetime.timedelta(days=1)
    )
    with pytest.raises(ValidationError, match="Di luar jadwal Evaluasi tahun 2025"):
        _jawab_reviu(evaluasi, orang.reviewer)
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_a_reviewer_takes_no_step_of_the_evaluation(evaluasi, orang):
    with pytest.raises(PermissionDenied):
        services.ajukan_mandiri(actor=orang.reviewer, evaluasi=evaluasi)
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    with pytest.raises(PermissionDenied):
        services.mulai_reviu(actor=orang.reviewer, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    isi(evaluasi, orang.inspektur, "evaluator", ATAS)
    with pytest.raises(PermissionDenied):
        services.kembalikan(actor=orang.reviewer, evaluasi=evaluasi, alasan="kurang bukti")
    with pytest.raises(PermissionDenied):
        services.atur_sembunyikan_nilai(actor=orang.reviewer, evaluasi=evaluasi, sembunyikan=True)
    with pytest.raises(PermissionDenied):
        services.finalkan(actor=orang.reviewer, evaluasi=evaluasi)
    services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)
    with pytest.raises(PermissionDenied):
        services.terbitkan(actor=orang.reviewer, evaluasi=evaluasi)
    evaluasi.refresh_from_db()
    assert (evaluasi.status, evaluasi.sembunyikan_nilai) == ("final", False)


def test_a_reviewer_neither_checks_evidence_nor_writes_or_closes_recommendations(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})  # with its evidence file
    _ke_reviu(evaluasi, orang)
    bukti = BuktiLke.objects.get(evaluasi=evaluasi)
    with pytest.raises(PermissionDenied):
        periksa_bukti_lke(actor=orang.reviewer, bukti=bukti, diterima=True)
    with pytest.raises(PermissionDenied):
        rekomendasi.simpan_narasi(
            actor=orang.reviewer, evaluasi=evaluasi, kode_komponen="1", teks="Perlu perbaikan."
        )
    recommendation = dict(
        evaluasi=evaluasi,
        uraian="Tetapkan pedoman teknis.",
        kode_kriteria=["1.a.1"],
        prioritas="tinggi",
        penanggung_jawab="Sekretaris",
        batas_waktu=datetime.date(2026, 6, 30),
    )
    with pytest.raises(PermissionDenied):
        rekomendasi.tambah_rekomendasi(actor=orang.reviewer, **recommendation)
    item = rekomendasi.tambah_rekomendasi(actor=orang.inspektur, **recommendation)
    isi(evaluasi, orang.inspektur, "evaluator", ATAS)
    services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)
    services.terbitkan(actor=orang.inspektur, evaluasi=evaluasi)
    with pytest.raises(PermissionDenied):
        rekomendasi.tutup_rekomendasi(actor=orang.reviewer, rekomendasi=item, catatan="Selesai.")
    bukti.refresh_from_db()
    item.refresh_from_db()
    assert (bukti.status, item.status) == ("diajukan", "terbuka")
