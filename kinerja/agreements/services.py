"""State changes of a Perjanjian Kinerja: sign it, revise it. Each is one function with an
explicit actor, one transaction, and its own audit records; views and the admin call these,
never set `status` themselves. A signed PK is never edited in place: it is revised, with a
reason, and the revision replaces it only once it is signed itself."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from kinerja.agreements.choices import AlasanRevisi, StatusPerjanjian
from kinerja.agreements.models import PerjanjianKinerja
from kinerja.core.audit import record_change, snapshot
from kinerja.core.formatting import format_tanggal
from kinerja.core.models import AuditLog


def _locked(perjanjian: PerjanjianKinerja) -> PerjanjianKinerja:
    # Two people signing or revising the same PK at once must not both succeed.
    return PerjanjianKinerja.objects.select_for_update().get(pk=perjanjian.pk)


@transaction.atomic
def sign_perjanjian(
    perjanjian: PerjanjianKinerja,
    *,
    actor,
    tanggal: datetime.date | None = None,
    tempat: str | None = None,
) -> PerjanjianKinerja:
    """Sign a draft PK. Its lines must trace to the parent PK or the RKT; a revision must
    revise the PK in force, which it then replaces."""
    pk = _locked(perjanjian)
    if pk.is_signed:
        raise ValidationError("Perjanjian Kinerja ini sudah ditandatangani.")
    if pk.revisi_dari_id and not (
        PerjanjianKinerja.objects.berlaku().filter(pk=pk.revisi_dari_id).exists()
    ):
        raise ValidationError(
            "PK yang direvisi sudah tidak berlaku (sudah diganti revisi lain); revisi ini tidak "
            "dapat ditandatangani."
        )
    if not pk.baris.exists():
        raise ValidationError("PK tanpa baris indikator tidak dapat ditandatangani.")
    before = snapshot(pk)
    pk.status = StatusPerjanjian.DITANDATANGANI
    if tanggal is not None:
        pk.tanggal = tanggal
    if tempat is not None:
        pk.tempat = tempat
    if not pk.tanggal:
        raise ValidationError({"tanggal": "Tanggal penandatanganan wajib diisi."})
    if pk.revisi_dari_id:
        asal = pk.revisi_dari
        if asal.tanggal and pk.tanggal < asal.tanggal:
            # A revision replaces the PK in force; dated before it, the report would show the
            # later agreement signed first.
            raise ValidationError(
                {
                    "tanggal": "Tanggal revisi tidak boleh sebelum tanggal PK yang direvisi "
                    f"({format_tanggal(asal.tanggal)})."
                }
            )
    pk.full_clean()
    pk.save()
    record_change(
        actor=actor,
        instance=pk,
        action=AuditLog.Action.UPDATE,
        before=before,
        after=snapshot(pk),
        reason="Penandatanganan Perjanjian Kinerja",
    )
    return pk


@transaction.atomic
def revise_perjanjian(
    perjanjian: PerjanjianKinerja, *, actor, alasan: str, keterangan: str = ""
) -> PerjanjianKinerja:
    """Open a revision of a signed PK in force: a new draft version with the same lines and
    budget, to be edited and signed. The signed PK stays in force until then."""
    pk = _locked(perjanjian)
    if alasan not in AlasanRevisi.values:
        raise ValidationError(
            {"alasan_revisi": "Alasan revisi harus salah satu alasan PermenPANRB 53/2014."}
        )
    if not pk.is_signed:
        raise ValidationError("Hanya PK yang sudah ditandatangani yang direvisi; draf diubah.")
    if not PerjanjianKinerja.objects.berlaku().filter(pk=pk.pk).exists():
        raise ValidationError("PK ini sudah diganti revisi yang ditandatangani.")
    if pk.revisi.filter(status=StatusPerjanjian.DRAFT).exists():
        raise ValidationError("PK ini sudah memiliki draf revisi; lanjutkan draf itu.")
    versions = PerjanjianKinerja.objects.filter(satker=pk.satker, tahun=pk.tahun, unit=pk.unit)
    lines = list(pk.baris.all())
    budget = list(pk.anggaran.all())
    revision = PerjanjianKinerja.objects.get(pk=pk.pk)
    revision.pk = None
    revision._state.adding = True
    revision.versi = versions.aggregate(Max("versi"))["versi__max"] + 1
    revision.status = StatusPerjanjian.DRAFT
    revision.revisi_dari = pk
    revision.alasan_revisi = alasan
    revision.keterangan_revisi = keterangan
    revision.tanggal = None
    revision.full_clean()
    revision.save()
    reason = f"Revisi Perjanjian Kinerja: {AlasanRevisi(alasan).label}" + (
        f" — {keterangan}" if keterangan else ""
    )
    record_change(
        actor=actor,
        instance=revision,
        action=AuditLog.Action.CREATE,
        before=None,
        after=snapshot(revision),
        reason=reason,
    )
    # The rows just read become their copies: the originals are not used again.
    for copy in [*lines, *budget]:
        copy.pk = None
        copy._state.adding = True
        copy.perjanjian = revision
        # The copy is checked field by field; whether every line traces to its parent is
        # checked when the revision is signed, after the lines have been corrected.
        copy.clean_fields()
        copy.validate_constraints()
        copy.save()
        record_change(
            actor=actor,
            instance=copy,
            action=AuditLog.Action.CREATE,
            before=None,
            after=snapshot(copy),
            reason=reason,
        )
    return revision
