"""State changes of a Perjanjian Kinerja: draft, submit, sign, return, revise. Each is one
function with an explicit actor whose role it checks (kinerja.accounts.access), one transaction
and its own audit records; views and the admin call these, never set `status` themselves. A
signed PK is never edited in place: it is revised, with a reason, and the revision replaces it
only once it is signed itself."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils import translation
from django.utils.translation import gettext as _

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.agreements.choices import AlasanRevisi, StatusPerjanjian, TingkatPerjanjian
from kinerja.agreements.models import BarisPerjanjian, PerjanjianKinerja
from kinerja.agreements.pihak import tetapkan_pihak
from kinerja.core.audit import catat, record_change, snapshot, stored_snapshot
from kinerja.core.formatting import format_tanggal
from kinerja.core.models import AuditLog
from kinerja.core.pesan import terjemahkan
from kinerja.planning.models import BarisRKT


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
    revise the PK in force, which it then replaces. Its parties are whoever held each role on
    its date (kinerja.agreements.pihak)."""
    pk = _locked(perjanjian)
    wajib_boleh(actor, Aksi.TANDA_TANGAN_PK, pk.satker)
    if pk.is_signed:
        raise ValidationError(_("Perjanjian Kinerja ini sudah ditandatangani."))
    if pk.revisi_dari_id and not (
        PerjanjianKinerja.objects.berlaku().filter(pk=pk.revisi_dari_id).exists()
    ):
        raise ValidationError(
            _(
                "PK yang direvisi sudah tidak berlaku (sudah diganti revisi lain); revisi ini "
                "tidak dapat ditandatangani."
            )
        )
    if not pk.baris.exists():
        raise ValidationError(_("PK tanpa baris indikator tidak dapat ditandatangani."))
    before = snapshot(pk)
    pk.status = StatusPerjanjian.DITANDATANGANI
    if tanggal is not None:
        pk.tanggal = tanggal
    if tempat is not None:
        pk.tempat = tempat
    if not pk.tanggal:
        raise ValidationError({"tanggal": _("Tanggal penandatanganan wajib diisi.")})
    if pk.revisi_dari_id:
        asal = pk.revisi_dari
        if asal.tanggal and pk.tanggal < asal.tanggal:
            # A revision replaces the PK in force; dated before it, the report would show the
            # later agreement signed first.
            raise ValidationError(
                {
                    "tanggal": _(
                        "Tanggal revisi tidak boleh sebelum tanggal PK yang direvisi (%(tanggal)s)."
                    )
                    % {"tanggal": terjemahkan(format_tanggal(asal.tanggal))}
                }
            )
    for field, value in tetapkan_pihak(pk, pk.tanggal).items():
        setattr(pk, field, value)
    pk.full_clean()
    pk.save()
    record_change(
        actor=actor,
        instance=pk,
        action=AuditLog.Action.UPDATE,
        before=before,
        after=stored_snapshot(pk),
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
    wajib_boleh(actor, Aksi.SUSUN_PK, pk.satker, pk.unit)
    if alasan not in AlasanRevisi.values:
        raise ValidationError(
            {"alasan_revisi": _("Alasan revisi harus salah satu alasan PermenPANRB 53/2014.")}
        )
    if not pk.is_signed:
        raise ValidationError(_("Hanya PK yang sudah ditandatangani yang direvisi; draf diubah."))
    if not PerjanjianKinerja.objects.berlaku().filter(pk=pk.pk).exists():
        raise ValidationError(_("PK ini sudah diganti revisi yang ditandatangani."))
    if pk.revisi.exclude(status=StatusPerjanjian.DITANDATANGANI).exists():
        raise ValidationError(_("PK ini sudah memiliki draf revisi; lanjutkan draf itu."))
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
    with translation.override(settings.LANGUAGE_CODE):  # the audit trail stays Indonesian
        reason = f"Revisi Perjanjian Kinerja: {AlasanRevisi(alasan).label}" + (
            f" — {keterangan}" if keterangan else ""
        )
    record_change(
        actor=actor,
        instance=revision,
        action=AuditLog.Action.CREATE,
        before=None,
        after=stored_snapshot(revision),
        reason=reason,
    )
    parent = _induk_berlaku(revision)
    if parent is not None:
        # The satker PK was revised since: the unit's revision answers to the one in force.
        revision.induk = parent
        revision.save(update_fields=["induk"])
    parent_rows = {row.indikator_id: row for row in parent.baris.all()} if parent else {}
    # The rows just read become their copies: the originals are not used again.
    for copy in [*lines, *budget]:
        copy.pk = None
        copy._state.adding = True
        copy.perjanjian = revision
        if parent is not None and isinstance(copy, BarisPerjanjian):
            _turunkan_dari(copy, parent_rows.get(copy.indikator_id))
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
            after=stored_snapshot(copy),
            reason=reason,
        )
    return revision


def _induk_berlaku(revision: PerjanjianKinerja) -> PerjanjianKinerja | None:
    """The satker PK in force when it is not the one a unit PK's revision was copied with."""
    if revision.tingkat != TingkatPerjanjian.UNIT:
        return None
    parent = (
        PerjanjianKinerja.objects.berlaku(revision.satker, revision.tahun)
        .filter(tingkat=TingkatPerjanjian.SATKER)
        .first()
    )
    return parent if parent is not None and parent.pk != revision.induk_id else None


def _turunkan_dari(line: BarisPerjanjian, parent_row: BarisPerjanjian | None) -> None:
    """A unit line traced to the parent in force's line of the same indicator, with its target
    (the cascade: a unit answers for the satker's target). A line the new parent no longer has
    is left untraced: signing refuses it until it is removed or drawn again."""
    line.induk_baris = parent_row
    if parent_row is not None:
        line.target, line.target_teks = parent_row.target, parent_row.target_teks


# Drafting: a PK is drafted from the lines it answers to — a satker PK from the RKT's rows, a
# unit PK from the lines of the satker PK in force (the cascade) — edited while it is a draft,
# submitted for signature (locked), then signed or returned to draft.


def _wajib_draf(pk: PerjanjianKinerja) -> None:
    if pk.status != StatusPerjanjian.DRAFT:
        raise ValidationError(
            (
                _("PK berstatus %(status)s tidak dapat diubah; buat revisi dengan alasan.")
                if pk.is_signed
                else _("PK berstatus %(status)s tidak dapat diubah; kembalikan ke draf dulu.")
            )
            % {"status": pk.get_status_display().lower()}
        )


def sumber_baris(pk: PerjanjianKinerja) -> list:
    """The lines a draft may draw from: the parent PK's (unit PK) or the RKT's (satker PK), the
    ones not drawn yet."""
    lines = pk.baris.all() if pk.pk else BarisPerjanjian.objects.none()  # an unsaved draft
    if pk.tingkat == TingkatPerjanjian.UNIT:
        if pk.induk_id is None:
            return []
        drawn = set(lines.exclude(induk_baris=None).values_list("induk_baris_id", flat=True))
        rows = pk.induk.baris.select_related("indikator").order_by("urutan")
        return [row for row in rows if row.pk not in drawn]
    drawn = set(lines.exclude(baris_rkt=None).values_list("baris_rkt_id", flat=True))
    rows = BarisRKT.objects.filter(rkt__satker=pk.satker, rkt__tahun=pk.tahun).select_related(
        "indikator"
    )
    return [row for row in rows.order_by("urutan") if row.pk not in drawn]


@transaction.atomic
def buat_draf(
    *, actor, satker, tahun: int, unit=None, tempat: str = "", sumber_ids: list[int]
) -> PerjanjianKinerja:
    """A new draft PK for the satker (unit None) or one of its units, with the chosen lines of
    its source (the RKT, or the satker PK in force). Its parties are settled when it is signed,
    from the jabatan history on its date."""
    wajib_boleh(actor, Aksi.SUSUN_PK, satker, unit)
    induk = None
    if unit is not None:
        induk = (
            PerjanjianKinerja.objects.berlaku(satker, tahun)
            .filter(tingkat=TingkatPerjanjian.SATKER)
            .first()
        )
        if induk is None:
            raise ValidationError(
                _("PK unit diturunkan dari PK satker yang berlaku; tanda tangani PK satker dulu.")
            )
    versions = PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun, unit=unit)
    if versions.exclude(status=StatusPerjanjian.DITANDATANGANI).exists():
        raise ValidationError(_("Sudah ada draf PK ini; lanjutkan draf itu."))
    if versions.exists():
        raise ValidationError(_("PK ini sudah ditandatangani; ubah dengan revisi beralasan."))
    pk = PerjanjianKinerja(
        satker=satker,
        tahun=tahun,
        tingkat=TingkatPerjanjian.UNIT if unit else TingkatPerjanjian.SATKER,
        unit=unit,
        induk=induk,
        judul=f"Perjanjian Kinerja Tahun {tahun}",
        status=StatusPerjanjian.DRAFT,
        tempat=" ".join(tempat.split())[:100],
    )
    pk.full_clean()
    pk.save()
    catat(actor, pk, AuditLog.Action.CREATE, None, "Draf Perjanjian Kinerja")
    if sumber_ids:
        tambah_baris(actor=actor, perjanjian=pk, sumber_ids=sumber_ids)
    return pk


@transaction.atomic
def tambah_baris(*, actor, perjanjian: PerjanjianKinerja, sumber_ids: list[int]) -> int:
    pk = _locked(perjanjian)
    wajib_boleh(actor, Aksi.SUSUN_PK, pk.satker, pk.unit)
    _wajib_draf(pk)
    available = {row.pk: row for row in sumber_baris(pk)}
    chosen = [available[pk_id] for pk_id in sumber_ids if pk_id in available]
    if len(chosen) != len(set(sumber_ids)):
        raise ValidationError(_("Baris yang dipilih tidak ada pada sumber PK ini."))
    last = pk.baris.aggregate(Max("urutan"))["urutan__max"] or 0
    for offset, row in enumerate(chosen, start=1):
        line = BarisPerjanjian(
            perjanjian=pk,
            urutan=last + offset,
            nomor_tercetak=row.nomor_tercetak,
            sasaran_tercetak=row.sasaran_tercetak,
            kegiatan_id=row.kegiatan_id,
            indikator_id=row.indikator_id,
            target=row.target,
            target_teks=row.target_teks,
            **(
                {"induk_baris": row} if pk.tingkat == TingkatPerjanjian.UNIT else {"baris_rkt": row}
            ),
        )
        line.full_clean()
        line.save()
        catat(actor, line, AuditLog.Action.CREATE, None, "Baris PK ditambahkan")
    return len(chosen)


@transaction.atomic
def ubah_target(*, actor, baris: BarisPerjanjian, target, target_teks: str) -> BarisPerjanjian:
    pk = _locked(baris.perjanjian)
    wajib_boleh(actor, Aksi.SUSUN_PK, pk.satker, pk.unit)
    _wajib_draf(pk)
    line = BarisPerjanjian.objects.select_for_update().get(pk=baris.pk)
    before = snapshot(line)
    line.target, line.target_teks = target, target_teks.strip()
    line.full_clean()
    line.save()
    catat(actor, line, AuditLog.Action.UPDATE, before, "Target baris PK diubah")
    return line


@transaction.atomic
def hapus_baris(*, actor, baris: BarisPerjanjian) -> None:
    pk = _locked(baris.perjanjian)
    wajib_boleh(actor, Aksi.SUSUN_PK, pk.satker, pk.unit)
    _wajib_draf(pk)
    if baris.turunan.exists():
        raise ValidationError(_("Baris ini sudah diturunkan ke PK unit; hapus di sana dulu."))
    before = snapshot(baris)
    baris.delete()
    catat(actor, baris, AuditLog.Action.DELETE, before, "Baris PK dihapus")


@transaction.atomic
def ajukan_perjanjian(*, actor, perjanjian: PerjanjianKinerja) -> PerjanjianKinerja:
    pk = _locked(perjanjian)
    wajib_boleh(actor, Aksi.SUSUN_PK, pk.satker, pk.unit)
    _wajib_draf(pk)
    if not pk.baris.exists():
        raise ValidationError(_("PK tanpa baris indikator tidak dapat diajukan."))
    untraced = [line for line in pk.baris.all() if line.trace_error()]
    if untraced:
        raise ValidationError(
            _("%(jumlah)s baris belum tertelusur ke PK induk atau RKT.") % {"jumlah": len(untraced)}
        )
    before = snapshot(pk)
    pk.status = StatusPerjanjian.DIAJUKAN
    pk.save()
    catat(actor, pk, AuditLog.Action.UPDATE, before, DIAJUKAN)
    return pk


# The audit's reasons for submitting and returning: the return's reason is read back from it.
DIAJUKAN = "PK diajukan untuk ditandatangani"
DIKEMBALIKAN = "PK dikembalikan: "


@dataclass(frozen=True)
class Pengembalian:
    oleh: str
    pada: datetime.datetime
    alasan: str


def pengembalian_terakhir(pk: PerjanjianKinerja) -> Pengembalian | None:
    """The return that sent this draft back, if it was returned and not submitted since."""
    if pk.status != StatusPerjanjian.DRAFT:
        return None
    last = (
        AuditLog.objects.filter(model=pk._meta.label, object_id=str(pk.pk))
        .filter(Q(reason=DIAJUKAN) | Q(reason__startswith=DIKEMBALIKAN))
        .order_by("-at", "-pk")
        .first()
    )
    if last is None or not last.reason.startswith(DIKEMBALIKAN):
        return None
    return Pengembalian(last.actor_label, last.at, last.reason.removeprefix(DIKEMBALIKAN))


@transaction.atomic
def kembalikan_perjanjian(*, actor, perjanjian: PerjanjianKinerja, alasan: str):
    pk = _locked(perjanjian)
    wajib_boleh(actor, Aksi.TANDA_TANGAN_PK, pk.satker)
    if pk.status != StatusPerjanjian.DIAJUKAN:
        raise ValidationError(_("Hanya PK yang diajukan yang dapat dikembalikan ke draf."))
    if not alasan.strip():
        raise ValidationError({"alasan": _("Sebutkan alasan PK dikembalikan ke draf.")})
    before = snapshot(pk)
    pk.status = StatusPerjanjian.DRAFT
    pk.save()
    catat(actor, pk, AuditLog.Action.UPDATE, before, f"{DIKEMBALIKAN}{alasan.strip()}"[:300])
    return pk
