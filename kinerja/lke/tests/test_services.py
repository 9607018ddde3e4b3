"""Answers and the evaluation's steps through the services: golden totals through the models,
the scale and N/A rules, the state machine, the time windows, the snapshot on finalising."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from kinerja.core.models import AuditLog
from kinerja.lke import services
from kinerja.lke.hasil import hitung_peran, jawaban_per_peran
from kinerja.lke.models import JawabanLke
from kinerja.lke.tests.builders import ATAS, BAWAH, CAMPURAN, jadwal
from kinerja.lke.tests.conftest import isi
from kinerja.lke.versi import lembar_dari_versi

D = Decimal


def _hasil(evaluasi, peran="mandiri"):
    return hitung_peran(lembar_dari_versi(evaluasi.versi), jawaban_per_peran(evaluasi)[peran])


def _ke_reviu(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    return services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)


def test_every_answer_at_the_top_scores_exactly_100_through_the_models(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", ATAS)
    hasil = _hasil(evaluasi)
    assert hasil.total == D("100")
    assert hasil.predikat == "AA"
    assert hasil.kelengkapan == D("100")


def test_every_answer_at_the_bottom_scores_exactly_0_through_the_models(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", BAWAH)
    assert _hasil(evaluasi).total == D("0")
    assert _hasil(evaluasi).predikat == "D"


def test_a_mixed_worksheet_scores_the_hand_computed_66_80_b(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)
    hasil = _hasil(evaluasi)
    assert [k.nilai for k in hasil.komponen] == [D("40.8"), D("26")]
    assert hasil.total == D("66.8")
    assert hasil.predikat == "B"


def test_an_answer_outside_the_criterions_scale_is_refused(evaluasi, orang):
    for kode, jawaban in (("1.a.1", "AA"), ("1.b.1", "Y"), ("1.b.1", "F")):
        with pytest.raises(ValidationError, match="bukan pilihan skala"):
            isi(evaluasi, orang.admin, "mandiri", {kode: jawaban})
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_not_applicable_without_a_reason_is_refused(evaluasi, orang):
    with pytest.raises(ValidationError, match="harus disertai alasan"):
        services.simpan_jawaban(
            actor=orang.admin, evaluasi=evaluasi, kode_kriteria="2.a.2", peran="mandiri", kode="N/A"
        )


def test_every_answer_is_audited_with_before_and_after(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"1.b.1": "B"})
    isi(evaluasi, orang.admin, "mandiri", {"1.b.1": "A"})
    log = AuditLog.objects.filter(model="lke.JawabanLke").order_by("pk").last()
    assert (log.before["kode"], log.after["kode"]) == ("B", "A")
    assert log.actor == orang.admin


def test_self_answers_are_closed_once_submitted(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    with pytest.raises(ValidationError, match="tidak dapat diubah pada status"):
        isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"}, bukti=False)


def test_submitting_is_refused_while_an_answer_lacks_evidence(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y", "1.a.2": "T"}, bukti=False)
    with pytest.raises(ValidationError, match="Kriteria 1.a.1 dijawab Y tanpa bukti dukung."):
        services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    evaluasi.refresh_from_db()
    assert evaluasi.status == "draf"
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})  # now with a file
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    evaluasi.refresh_from_db()
    assert evaluasi.status == "mandiri_diajukan"


def test_returning_needs_a_reason_and_reopens_the_self_assessment(evaluasi, orang):
    _ke_reviu(evaluasi, orang)
    with pytest.raises(ValidationError, match="alasan"):
        services.kembalikan(actor=orang.inspektur, evaluasi=evaluasi, alasan="  ")
    services.kembalikan(actor=orang.inspektur, evaluasi=evaluasi, alasan="Bukti 1.a kurang")
    evaluasi.refresh_from_db()
    assert (evaluasi.status, evaluasi.alasan_dikembalikan) == ("dikembalikan", "Bukti 1.a kurang")
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})
    assert services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi).status == (
        "mandiri_diajukan"
    )


def test_a_step_out_of_order_is_refused(evaluasi, orang):
    with pytest.raises(ValidationError, match="tidak dapat dilakukan pada status"):
        services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)
    with pytest.raises(ValidationError, match="tidak dapat dilakukan pada status"):
        services.terbitkan(actor=orang.inspektur, evaluasi=evaluasi)
    evaluasi.refresh_from_db()
    assert evaluasi.status == "draf"


def test_finalising_is_refused_while_a_required_criterion_lacks_a_final_answer(evaluasi, orang):
    _ke_reviu(evaluasi, orang)
    final = {kode: nilai for kode, nilai in CAMPURAN.items() if kode not in {"1.b.2", "2.a.2"}}
    isi(evaluasi, orang.inspektur, "evaluator", final)
    with pytest.raises(ValidationError, match="1 kriteria wajib: 1.b.2"):
        services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)
    # 2.a.2 is not required: without it the worksheet may be finalised.
    isi(evaluasi, orang.inspektur, "evaluator", {"1.b.2": "B"})
    assert services.finalkan(actor=orang.inspektur, evaluasi=evaluasi).status == "final"


def test_each_step_is_audited_with_the_status_before_and_after(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.pimpinan, evaluasi=evaluasi)
    log = (
        AuditLog.objects.filter(model="lke.EvaluasiLke", object_id=str(evaluasi.pk))
        .order_by("pk")
        .last()
    )
    assert (log.before["status"], log.after["status"]) == ("draf", "mandiri_diajukan")
    assert log.actor == orang.pimpinan


def test_a_write_outside_the_self_assessment_window_is_refused(evaluasi, orang):
    today = timezone.localdate()
    jadwal(2025, "mandiri", today - datetime.timedelta(days=60), today - datetime.timedelta(days=1))
    with pytest.raises(ValidationError, match="Di luar jadwal"):
        isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})
    with pytest.raises(ValidationError, match="Di luar jadwal"):
        services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)


def test_a_write_before_the_evaluation_window_opens_is_refused(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    today = timezone.localdate()
    jadwal(2025, "evaluasi", today + datetime.timedelta(days=1), today + datetime.timedelta(days=9))
    with pytest.raises(ValidationError, match="Di luar jadwal"):
        services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)


def test_without_a_schedule_nothing_can_be_written(evaluasi, orang):
    from kinerja.lke.models import JadwalLke

    JadwalLke.objects.filter(tahun=2025, fase="mandiri").delete()
    with pytest.raises(ValidationError, match="belum ditetapkan"):
        isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})


def test_an_evaluation_is_opened_only_on_a_published_worksheet(prabumulih, orang, db):
    from kinerja.lke.models import VersiLembar
    from kinerja.lke.tests.builders import jadwal_terbuka, lembar_kecil
    from kinerja.lke.versi import simpan_lembar

    VersiLembar.objects.filter(tahun=2031).delete()
    jadwal_terbuka(2031)
    simpan_lembar(lembar_kecil(2031), tahun=2031, actor=None)
    with pytest.raises(ValidationError, match="belum terbit"):
        services.buka_evaluasi(actor=orang.admin, satker=prabumulih, tahun=2031)
