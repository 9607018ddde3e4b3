"""Signing and revising a PK go through the services: one PK in force per chain, a draft
revision changes nothing until it is signed, every refusal is Indonesian and writes nothing."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kinerja.accounts.tests.factories import UserFactory
from kinerja.agreements.choices import AlasanRevisi, StatusPerjanjian
from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.agreements.services import revise_perjanjian, sign_perjanjian
from kinerja.agreements.tests.factories import (
    BarisPerjanjianFactory,
    PerjanjianSatkerFactory,
    PerjanjianUnitFactory,
)
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.core.models import AuditLog
from kinerja.evaluation.reviu.rules import jalankan
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.measurement.satker_year import satker_tahun
from kinerja.measurement.selectors import pengukuran
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db

SIGNED = StatusPerjanjian.DITANDATANGANI
DRAFT = StatusPerjanjian.DRAFT


@pytest.fixture
def actor():
    # Roles are tested below and in kinerja/reporting; here, one who may do everything.
    return UserFactory(username="pengelola-uji", is_superuser=True)


@pytest.fixture
def signed_pk():
    """A signed satker PK with two lines (one with a written target) and one budget line."""
    pk = PerjanjianSatkerFactory(status=SIGNED)
    kegiatan = KegiatanFactory()
    BarisPerjanjianFactory(
        perjanjian=pk,
        urutan=1,
        kegiatan=kegiatan,
        indikator=IndikatorKinerjaFactory(satker=pk.satker, kegiatan=kegiatan),
        target=Decimal("95.5"),
    )
    BarisPerjanjianFactory(perjanjian=pk, urutan=2, target=None, target_teks="WTP")
    AnggaranPerjanjian.objects.create(
        perjanjian=pk,
        urutan=1,
        jenis="kegiatan",
        kegiatan=kegiatan,
        uraian_tercetak=f"{kegiatan.kode} {kegiatan.nama}",
        anggaran=Decimal("1250000000"),
    )
    return pk


def _written():
    return (
        PerjanjianKinerja.objects.count(),
        BarisPerjanjian.objects.count(),
        AnggaranPerjanjian.objects.count(),
        AuditLog.objects.count(),
    )


def _refused(call, *args, **kwargs) -> str:
    before = _written()
    with pytest.raises(ValidationError) as error:
        call(*args, **kwargs)
    assert _written() == before, "a refused call must write nothing"
    return " ".join(error.value.messages)


def _in_force(pk):
    return set(PerjanjianKinerja.objects.berlaku(pk.satker, pk.tahun))


# --- the rule: one PK in force per chain -----------------------------------------------------


def test_a_draft_revision_leaves_the_signed_pk_in_force(signed_pk, actor):
    revision = revise_perjanjian(signed_pk, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT)
    assert revision.status == DRAFT
    assert _in_force(signed_pk) == {signed_pk}


def test_a_signed_revision_replaces_the_pk_it_revises(signed_pk, actor):
    revision = revise_perjanjian(signed_pk, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT)
    sign_perjanjian(revision, actor=actor, tanggal=datetime.date(2025, 7, 1))
    assert _in_force(signed_pk) == {revision}


def test_only_the_last_signed_version_of_a_chain_is_in_force(signed_pk, actor):
    second = revise_perjanjian(signed_pk, actor=actor, alasan=AlasanRevisi.PERUBAHAN_STRATEGI)
    sign_perjanjian(second, actor=actor, tanggal=datetime.date(2025, 4, 1))
    third = revise_perjanjian(second, actor=actor, alasan=AlasanRevisi.PERUBAHAN_PRIORITAS)
    assert _in_force(signed_pk) == {second}
    sign_perjanjian(third, actor=actor, tanggal=datetime.date(2025, 9, 1))
    assert _in_force(signed_pk) == {third}
    assert third.versi == 3


def test_a_draft_pk_is_never_in_force():
    draft = BarisPerjanjianFactory().perjanjian
    assert _in_force(draft) == set()


def test_berlaku_filters_by_satker_and_year(signed_pk):
    other_year = PerjanjianSatkerFactory(satker=signed_pk.satker, tahun=2024, status=SIGNED)
    other_satker = PerjanjianSatkerFactory(status=SIGNED)
    assert set(PerjanjianKinerja.objects.berlaku(signed_pk.satker, 2025)) == {signed_pk}
    assert set(PerjanjianKinerja.objects.berlaku(signed_pk.satker, 2024)) == {other_year}
    assert other_satker in PerjanjianKinerja.objects.berlaku(tahun=2025)


def test_demo_draft_revision_of_the_sekretaris_pk_drops_no_pk_and_no_indicator(prabumulih, actor):
    """The old bug: a draft revision hid the signed PK it revises — 5 PKs became 4 and 48
    measured indicators became 37."""
    sekretaris = PerjanjianKinerja.objects.get(
        satker=prabumulih, tahun=2024, tingkat="satker", pihak_kedua_nama="Marta Dinata"
    )
    in_force = set(PerjanjianKinerja.objects.berlaku(prabumulih, 2024))
    measured = [row.indikator.kode for row in pengukuran(prabumulih, 2024).baris]
    assert (len(in_force), len(measured)) == (5, 48)

    revision = revise_perjanjian(
        sekretaris, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT, keterangan="Ketua baru"
    )
    assert set(PerjanjianKinerja.objects.berlaku(prabumulih, 2024)) == in_force
    assert [row.indikator.kode for row in pengukuran(prabumulih, 2024).baris] == measured

    sign_perjanjian(revision, actor=actor, tanggal=datetime.date(2024, 8, 1))
    assert set(PerjanjianKinerja.objects.berlaku(prabumulih, 2024)) == (in_force - {sekretaris}) | {
        revision
    }
    assert [row.indikator.kode for row in pengukuran(prabumulih, 2024).baris] == measured
    # The satker page still lists the satker PK first, the superseded one among the others.
    documents = satker_tahun(prabumulih, 2024, angka=False)
    assert [pk.pk for pk in documents.perjanjian][0] == revision.pk
    assert [pk.tingkat for pk in documents.perjanjian] == ["satker"] + ["unit"] * 4
    assert [pk.pk for pk in documents.perjanjian_lain] == [sekretaris.pk]
    # The four unit PKs still descend from the replaced PK: the reviu says so, once each.
    findings = [
        finding
        for finding in jalankan(fakta_reviu(prabumulih, 2024))
        if finding.aturan == "pk-induk-diganti"
    ]
    assert len(findings) == 4
    assert findings[0].tercatat == f"{sekretaris.sumber} (versi 1, 25 Januari 2024)"
    assert findings[0].seharusnya == f"{sekretaris.sumber} (versi 2, 1 Agustus 2024)"


# --- revise ----------------------------------------------------------------------------------


def test_revise_copies_lines_and_budget_into_a_new_draft_version(signed_pk, actor):
    revision = revise_perjanjian(
        signed_pk,
        actor=actor,
        alasan=AlasanRevisi.PERUBAHAN_STRATEGI,
        keterangan="Revisi DIPA",
    )
    revision.refresh_from_db()
    assert revision.pk != signed_pk.pk
    assert (revision.versi, revision.status, revision.revisi_dari) == (2, DRAFT, signed_pk)
    assert (revision.alasan_revisi, revision.keterangan_revisi) == (
        "perubahan_strategi",
        "Revisi DIPA",
    )
    assert revision.tanggal is None  # signed anew, on its own date
    assert (revision.satker, revision.tahun, revision.unit, revision.judul) == (
        signed_pk.satker,
        signed_pk.tahun,
        signed_pk.unit,
        signed_pk.judul,
    )

    def lines(pk):
        return [
            (row.urutan, row.indikator_id, row.kegiatan_id, row.target, row.target_teks)
            for row in pk.baris.order_by("urutan")
        ]

    def budget(pk):
        return [
            (row.urutan, row.jenis, row.kegiatan_id, row.uraian_tercetak, row.anggaran)
            for row in pk.anggaran.order_by("urutan")
        ]

    assert lines(revision) == lines(signed_pk)
    assert len(lines(revision)) == 2
    assert budget(revision) == budget(signed_pk)
    assert len(budget(revision)) == 1
    # The signed PK keeps its own rows.
    assert signed_pk.baris.count() == 2
    assert signed_pk.anggaran.count() == 1


def test_revise_audits_the_new_version_and_every_copied_row_with_actor_and_reason(signed_pk, actor):
    revision = revise_perjanjian(
        signed_pk,
        actor=actor,
        alasan=AlasanRevisi.PERGANTIAN_PEJABAT,
        keterangan="Sekretaris diganti",
    )
    records = AuditLog.objects.filter(actor=actor)
    assert records.count() == 1 + 2 + 1
    assert {record.action for record in records} == {AuditLog.Action.CREATE}
    assert {record.model for record in records} == {
        "agreements.PerjanjianKinerja",
        "agreements.BarisPerjanjian",
        "agreements.AnggaranPerjanjian",
    }
    for record in records:
        assert "Pergantian pejabat" in record.reason
        assert "Sekretaris diganti" in record.reason
        assert record.actor_label == "pengelola-uji"
        assert record.before is None
    head = records.get(model="agreements.PerjanjianKinerja")
    assert head.object_id == str(revision.pk)
    assert head.after["versi"] == 2
    assert head.after["revisi_dari_id"] == signed_pk.pk
    assert head.after["status"] == "draft"


def test_a_revision_of_a_unit_pk_keeps_its_trace_to_the_parent_line(actor):
    unit_pk = PerjanjianUnitFactory(status=SIGNED, induk__status=SIGNED)
    parent_line = BarisPerjanjianFactory(perjanjian=unit_pk.induk)
    BarisPerjanjianFactory(
        perjanjian=unit_pk, indikator=parent_line.indikator, induk_baris=parent_line
    )
    revision = revise_perjanjian(unit_pk, actor=actor, alasan=AlasanRevisi.PERUBAHAN_PRIORITAS)
    assert revision.unit == unit_pk.unit
    assert revision.baris.get().induk_baris == parent_line
    sign_perjanjian(revision, actor=actor, tanggal=datetime.date(2025, 6, 1))
    assert _in_force(unit_pk) == {unit_pk.induk, revision}


def test_revise_refuses_a_draft(actor):
    draft = BarisPerjanjianFactory().perjanjian
    message = _refused(
        revise_perjanjian, draft, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT
    )
    assert message == "Hanya PK yang sudah ditandatangani yang direvisi; draf diubah."


def test_revise_refuses_a_pk_already_replaced(signed_pk, actor):
    revision = revise_perjanjian(signed_pk, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT)
    sign_perjanjian(revision, actor=actor, tanggal=datetime.date(2025, 7, 1))
    message = _refused(
        revise_perjanjian, signed_pk, actor=actor, alasan=AlasanRevisi.PERUBAHAN_STRATEGI
    )
    assert message == "PK ini sudah diganti revisi yang ditandatangani."


def test_revise_refuses_a_second_draft_revision(signed_pk, actor):
    revise_perjanjian(signed_pk, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT)
    message = _refused(
        revise_perjanjian, signed_pk, actor=actor, alasan=AlasanRevisi.PERUBAHAN_STRATEGI
    )
    assert message == "PK ini sudah memiliki draf revisi; lanjutkan draf itu."


@pytest.mark.parametrize("alasan", ["", "salah_ketik", "Pergantian pejabat"])
def test_revise_refuses_an_unknown_reason(signed_pk, actor, alasan):
    message = _refused(revise_perjanjian, signed_pk, actor=actor, alasan=alasan)
    assert message == "Alasan revisi harus salah satu alasan PermenPANRB 53/2014."


# --- sign ------------------------------------------------------------------------------------


def test_sign_audits_before_and_after_with_the_actor(actor):
    draft = BarisPerjanjianFactory().perjanjian
    signed = sign_perjanjian(
        draft, actor=actor, tanggal=datetime.date(2025, 2, 3), tempat="Palembang"
    )
    draft.refresh_from_db()
    assert (draft.status, draft.tanggal, draft.tempat) == (
        SIGNED,
        datetime.date(2025, 2, 3),
        "Palembang",
    )
    assert signed.is_signed
    record = AuditLog.objects.get(model="agreements.PerjanjianKinerja", object_id=str(draft.pk))
    assert (record.actor, record.action) == (actor, AuditLog.Action.UPDATE)
    assert record.reason == "Penandatanganan Perjanjian Kinerja"
    assert (record.before["status"], record.after["status"]) == ("draft", "ditandatangani")
    assert (record.before["tanggal"], record.after["tanggal"]) == ("2025-01-30", "2025-02-03")


def test_sign_refuses_an_already_signed_pk(signed_pk, actor):
    message = _refused(sign_perjanjian, signed_pk, actor=actor)
    assert message == "Perjanjian Kinerja ini sudah ditandatangani."


def test_sign_refuses_a_pk_without_lines(actor):
    message = _refused(sign_perjanjian, PerjanjianSatkerFactory(), actor=actor)
    assert message == "PK tanpa baris indikator tidak dapat ditandatangani."


def test_sign_refuses_a_revision_without_a_signing_date(signed_pk, actor):
    revision = revise_perjanjian(signed_pk, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT)
    message = _refused(sign_perjanjian, revision, actor=actor)
    assert message == "Tanggal penandatanganan wajib diisi."
    revision.refresh_from_db()
    assert revision.status == DRAFT


def test_sign_refuses_a_revision_dated_before_the_pk_it_revises(signed_pk, actor):
    revision = revise_perjanjian(signed_pk, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT)
    message = _refused(sign_perjanjian, revision, actor=actor, tanggal=datetime.date(2025, 1, 29))
    assert message == (
        "Tanggal revisi tidak boleh sebelum tanggal PK yang direvisi (30 Januari 2025)."
    )
    revision.refresh_from_db()
    assert revision.status == DRAFT
    # The same day as the original is allowed: an official replaced on the day of signing.
    sign_perjanjian(revision, actor=actor, tanggal=datetime.date(2025, 1, 30))
    assert _in_force(signed_pk) == {revision}


def test_sign_refuses_a_revision_whose_original_is_no_longer_in_force(signed_pk, actor):
    first = revise_perjanjian(signed_pk, actor=actor, alasan=AlasanRevisi.PERGANTIAN_PEJABAT)
    # A second, competing draft of the same original (entered before the first was signed).
    competing = PerjanjianSatkerFactory(
        satker=signed_pk.satker,
        versi=3,
        revisi_dari=signed_pk,
        alasan_revisi=AlasanRevisi.PERUBAHAN_STRATEGI,
    )
    BarisPerjanjianFactory(perjanjian=competing)
    sign_perjanjian(first, actor=actor, tanggal=datetime.date(2025, 7, 1))
    message = _refused(sign_perjanjian, competing, actor=actor)
    assert "sudah tidak berlaku" in message
    assert "tidak dapat ditandatangani" in message
    assert _in_force(signed_pk) == {first}


def test_sign_refuses_a_unit_pk_with_an_untraced_line(actor):
    unit_pk = PerjanjianUnitFactory()
    BarisPerjanjian.objects.create(
        perjanjian=unit_pk,
        urutan=1,
        sasaran_tercetak="Sasaran uji",
        target=100,
        indikator=IndikatorKinerjaFactory(satker=unit_pk.satker),
    )
    message = _refused(sign_perjanjian, unit_pk, actor=actor)
    assert message == (
        "1 baris PK belum tertelusur ke PK induk atau RKT; PK tidak dapat ditandatangani."
    )
    unit_pk.refresh_from_db()
    assert unit_pk.status == DRAFT


def test_each_state_change_checks_the_actors_role(signed_pk):
    from django.core.exceptions import PermissionDenied

    from kinerja.accounts.models import Membership
    from kinerja.accounts.tests.factories import MembershipFactory
    from kinerja.core.http import TidakDitemukan

    drafter = MembershipFactory(satker=signed_pk.satker, peran=Membership.Peran.ADMIN_SATKER).user
    with pytest.raises(PermissionDenied, match="menandatangani"):
        sign_perjanjian(
            revise_perjanjian(signed_pk, actor=drafter, alasan=AlasanRevisi.PERGANTIAN_PEJABAT),
            actor=drafter,
            tanggal=datetime.date(2025, 7, 1),
        )
    stranger = UserFactory()
    with pytest.raises(TidakDitemukan):
        revise_perjanjian(signed_pk, actor=stranger, alasan=AlasanRevisi.PERGANTIAN_PEJABAT)


def test_a_unit_pk_revised_after_its_parent_cascades_from_the_parent_in_force(actor):
    unit_pk = PerjanjianUnitFactory(status=SIGNED, induk__status=SIGNED)
    satker_v1 = unit_pk.induk
    kept = BarisPerjanjianFactory(perjanjian=satker_v1, urutan=1, target=Decimal(90))
    dropped = BarisPerjanjianFactory(perjanjian=satker_v1, urutan=2, target=Decimal(80))
    for urutan, row in enumerate((kept, dropped), start=1):
        BarisPerjanjianFactory(
            perjanjian=unit_pk,
            urutan=urutan,
            indikator=row.indikator,
            induk_baris=row,
            target=row.target,
        )
    # The satker PK is revised: 90 becomes 92,5 and the second indicator is dropped.
    satker_v2 = revise_perjanjian(satker_v1, actor=actor, alasan=AlasanRevisi.PERUBAHAN_PRIORITAS)
    satker_v2.baris.filter(indikator=dropped.indikator).delete()
    satker_v2.baris.filter(indikator=kept.indikator).update(target=Decimal("92.5"))
    sign_perjanjian(satker_v2, actor=actor, tanggal=datetime.date(2025, 6, 15))

    revision = revise_perjanjian(unit_pk, actor=actor, alasan=AlasanRevisi.PERUBAHAN_PRIORITAS)

    assert revision.induk == satker_v2
    traced = revision.baris.get(indikator=kept.indikator)
    assert traced.induk_baris == satker_v2.baris.get(indikator=kept.indikator)
    assert traced.target == Decimal("92.5")
    # The line the parent no longer has must be removed before the revision can be signed.
    assert revision.baris.get(indikator=dropped.indikator).induk_baris is None
    message = _refused(sign_perjanjian, revision, actor=actor, tanggal=datetime.date(2025, 6, 20))
    assert "1 baris PK belum tertelusur" in message
    revision.baris.filter(indikator=dropped.indikator).delete()
    sign_perjanjian(revision, actor=actor, tanggal=datetime.date(2025, 6, 20))
    assert _in_force(unit_pk) == {satker_v2, revision}
