"""The review notes' services: who may write, answer and close a note, what each refuses, and
the audit record of every change."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from kinerja.core.models import AuditLog
from kinerja.evaluation import services
from kinerja.evaluation.choices import StatusCatatan
from kinerja.evaluation.models import CatatanReviu
from kinerja.evaluation.reviu.rules import jalankan
from kinerja.evaluation.selectors import fakta_reviu

pytestmark = pytest.mark.django_db
TAHUN = 2024


def _catat(actor, satker, teks="Realisasi anggaran 3355 melebihi pagu: mohon dijelaskan.", **kw):
    return services.catat_reviu(actor=actor, satker=satker, tahun=TAHUN, teks=teks, **kw)


def _audit(note):
    return list(
        AuditLog.objects.filter(model="evaluation.CatatanReviu", object_id=str(note.pk)).order_by(
            "id"
        )
    )


def test_the_provinces_inspector_notes_a_kota_under_it(prabumulih, orang):
    note = _catat(orang.inspektur_provinsi, prabumulih)
    assert note.status == StatusCatatan.TERBUKA
    assert note.penulis == orang.inspektur_provinsi
    [entry] = _audit(note)
    assert entry.action == AuditLog.Action.CREATE
    assert entry.actor == orang.inspektur_provinsi
    assert entry.after["teks"].startswith("Realisasi anggaran 3355")


def test_a_note_about_a_finding_keeps_its_rule_place_and_message(prabumulih, orang):
    finding = next(
        item
        for item in jalankan(fakta_reviu(prabumulih, TAHUN))
        if item.aturan == "anggaran-melebihi-pagu"
    )
    note = _catat(orang.inspektur, prabumulih, temuan=finding)
    assert note.aturan == "anggaran-melebihi-pagu"
    assert note.lokasi.startswith(str(finding.tabel))
    assert note.pesan_temuan == str(finding.pesan)


@pytest.mark.parametrize("persona", ["admin", "pimpinan", "operator", "kasubbag", "admin_provinsi"])
def test_the_satker_and_its_staff_may_not_write_review_notes(prabumulih, orang, persona):
    with pytest.raises(PermissionDenied):
        _catat(getattr(orang, persona), prabumulih)
    assert not CatatanReviu.objects.exists()


@pytest.mark.parametrize("persona", ["inspektur_lain", "orang_luar"])
def test_another_satkers_inspector_or_admin_does_not_find_the_satker(prabumulih, orang, persona):
    with pytest.raises(Http404):
        _catat(getattr(orang, persona), prabumulih)


def test_a_kotas_inspector_does_not_review_its_province(orang):
    province = orang.admin_provinsi.memberships.get().satker
    with pytest.raises(Http404):
        _catat(orang.inspektur, province)


def test_an_empty_note_or_an_unknown_rule_is_refused(prabumulih, orang):
    with pytest.raises(ValidationError, match="catatan kosong tidak disimpan"):
        _catat(orang.inspektur, prabumulih, teks="   ")
    finding = jalankan(fakta_reviu(prabumulih, TAHUN))[0]
    forged = type(finding)(**{**finding.__dict__, "aturan": "tidak-ada"})
    with pytest.raises(ValidationError, match="tidak dikenal"):
        _catat(orang.inspektur, prabumulih, temuan=forged)


@pytest.mark.parametrize("persona", ["admin", "pimpinan"])
def test_the_admin_or_the_sekretaris_answers_a_note(prabumulih, orang, persona):
    actor = getattr(orang, persona)
    note = _catat(orang.inspektur_provinsi, prabumulih)
    note = services.tanggapi(
        actor=actor, satker=prabumulih, catatan_id=note.pk, tanggapan=" Sudah direvisi. "
    )
    assert (note.status, note.tanggapan, note.ditanggapi_oleh) == (
        StatusCatatan.DITANGGAPI,
        "Sudah direvisi.",
        actor,
    )
    assert note.ditanggapi_pada is not None
    entry = _audit(note)[-1]
    assert entry.action == AuditLog.Action.UPDATE
    assert (entry.before["status"], entry.after["status"]) == ("terbuka", "ditanggapi")


@pytest.mark.parametrize(
    ("persona", "refusal"),
    [("operator", PermissionDenied), ("kasubbag", PermissionDenied),
     ("inspektur", PermissionDenied), ("admin_provinsi", PermissionDenied),
     ("orang_luar", Http404)],
)  # fmt: skip
def test_others_may_not_answer_for_the_satker(prabumulih, orang, persona, refusal):
    note = _catat(orang.inspektur, prabumulih)
    with pytest.raises(refusal):
        services.tanggapi(
            actor=getattr(orang, persona), satker=prabumulih, catatan_id=note.pk, tanggapan="Oke"
        )
    note.refresh_from_db()
    assert note.status == StatusCatatan.TERBUKA


def test_an_empty_answer_is_refused(prabumulih, orang):
    note = _catat(orang.inspektur, prabumulih)
    with pytest.raises(ValidationError, match="tanggapan kosong"):
        services.tanggapi(actor=orang.admin, satker=prabumulih, catatan_id=note.pk, tanggapan="")


@pytest.mark.parametrize("persona", ["admin", "pimpinan"])
def test_the_satker_cannot_close_its_own_note(prabumulih, orang, persona):
    note = _catat(orang.inspektur, prabumulih)
    services.tanggapi(actor=orang.admin, satker=prabumulih, catatan_id=note.pk, tanggapan="Oke")
    with pytest.raises(PermissionDenied, match="diselesaikan oleh inspektorat"):
        services.selesaikan(actor=getattr(orang, persona), satker=prabumulih, catatan_id=note.pk)
    note.refresh_from_db()
    assert note.status == StatusCatatan.DITANGGAPI


@pytest.mark.parametrize(
    ("persona", "refusal"),
    [("operator", PermissionDenied), ("kasubbag", PermissionDenied),
     ("inspektur_lain", Http404), ("orang_luar", Http404)],
)  # fmt: skip
def test_only_the_inspectorate_over_the_satker_closes_a_note(prabumulih, orang, persona, refusal):
    note = _catat(orang.inspektur, prabumulih)
    with pytest.raises(refusal):
        services.selesaikan(actor=getattr(orang, persona), satker=prabumulih, catatan_id=note.pk)


def test_the_inspector_closes_a_note_and_then_it_is_neither_answered_nor_closed_again(
    prabumulih, orang
):
    note = _catat(orang.inspektur, prabumulih)
    services.tanggapi(actor=orang.pimpinan, satker=prabumulih, catatan_id=note.pk, tanggapan="Ok")
    # The province's inspectorate closes a note its kota's inspector wrote.
    province = orang.inspektur_provinsi
    note = services.selesaikan(actor=province, satker=prabumulih, catatan_id=note.pk)
    assert (note.status, note.diselesaikan_oleh) == (StatusCatatan.SELESAI, province)
    entry = _audit(note)[-1]
    assert (entry.before["status"], entry.after["status"]) == ("ditanggapi", "selesai")
    with pytest.raises(ValidationError, match="sudah diselesaikan inspektorat"):
        services.tanggapi(actor=orang.admin, satker=prabumulih, catatan_id=note.pk, tanggapan="X")
    with pytest.raises(ValidationError, match="sudah selesai"):
        services.selesaikan(actor=orang.inspektur, satker=prabumulih, catatan_id=note.pk)
    assert len(_audit(note)) == 3


def test_an_unanswered_note_may_be_closed(prabumulih, orang):
    note = _catat(orang.inspektur, prabumulih)
    note = services.selesaikan(actor=orang.inspektur, satker=prabumulih, catatan_id=note.pk)
    assert note.status == StatusCatatan.SELESAI


def test_another_satkers_note_is_not_found_through_this_satker(prabumulih, other_satker, orang):
    note = _catat(orang.inspektur, prabumulih)
    with pytest.raises(CatatanReviu.DoesNotExist):
        services.selesaikan(actor=orang.inspektur_provinsi, satker=other_satker, catatan_id=note.pk)
