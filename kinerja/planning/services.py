"""Planning data kept by the admin satker: indicators with their capaian rules and annual
targets, and the year's RKT rows. One function each, with the actor whose role it checks, one
transaction and the audit; an edited indicator is compared with the fingerprint of the row as
it was opened (a row changed meanwhile is never overwritten). An indicator that realisations,
PK lines or RKT rows depend on is never deleted, nor an RKT row a PK line was drawn from."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import catat, catat_simpan, snapshot
from kinerja.core.concurrency import sidik
from kinerja.core.models import AuditLog
from kinerja.core.tahun import TAHUN_MAKS, TAHUN_MIN, tahun_dalam_rentang
from kinerja.planning.models import RKT, BarisRKT, IndikatorKinerja, Renstra, TargetTahunan


class DataBerubah(Exception):
    def __init__(self, current):
        super().__init__(
            _(
                "Data ini telah diubah orang lain sejak Anda membukanya; isian Anda tidak "
                "disimpan. Nilai terkini ditampilkan."
            )
        )
        self.current = current


@transaction.atomic
def simpan_indikator(
    *,
    actor,
    satker,
    indikator: IndikatorKinerja | None,
    data: dict,
    sidik_awal: str,
    tahun: int,
    target_teks: str,
) -> IndikatorKinerja:
    """Create or change an indicator (`data`: its form's fields) and set its target for `tahun`
    as typed (`95`, `94,5`, `WTP`; the model keeps a bare number as a number), or none when
    `target_teks` is blank."""
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, satker)
    before = None
    if indikator is not None:
        indikator = IndikatorKinerja.objects.select_for_update().get(pk=indikator.pk, satker=satker)
        if sidik(indikator) != sidik_awal:
            raise DataBerubah(indikator)
        before = snapshot(indikator)
    else:
        indikator = IndikatorKinerja(satker=satker)
    for key, value in data.items():
        setattr(indikator, key, value)
    indikator.full_clean()
    indikator.save()
    catat_simpan(actor, indikator, before, "Perencanaan: indikator")
    text = target_teks.strip()
    row = TargetTahunan.objects.filter(indikator=indikator, tahun=tahun).first()
    if not text:
        if row is not None:
            old = snapshot(row)
            row.delete()
            catat(actor, row, AuditLog.Action.DELETE, old, f"Target {tahun} dikosongkan")
        return indikator
    old = snapshot(row) if row else None
    row = row or TargetTahunan(indikator=indikator, tahun=tahun)
    row.target, row.target_teks = None, text
    row.full_clean()
    row.save()
    catat_simpan(actor, row, old, f"Perencanaan: target {tahun}")
    return indikator


def ketergantungan(indikator: IndikatorKinerja) -> list[str]:
    """What depends on the indicator, in words; empty when it may be deleted."""
    found = []
    for label, count in (
        (_("realisasi"), indikator.realisasi.count()),
        (_("baris PK"), indikator.baris_perjanjian.count()),
        (_("baris RKT"), indikator.baris_rkt.count()),
        (_("isian laporan realisasi"), indikator.isian_realisasi.count()),
    ):
        if count:
            found.append(f"{count} {label}")
    return found


@transaction.atomic
def hapus_indikator(*, actor, indikator: IndikatorKinerja) -> None:
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, indikator.satker)
    indikator = IndikatorKinerja.objects.select_for_update().get(pk=indikator.pk)
    blocking = ketergantungan(indikator)
    if blocking:
        raise ValidationError(
            _("Indikator ini tidak dapat dihapus karena dipakai oleh %(pemakai)s.")
            % {"pemakai": ", ".join(blocking)}
        )
    for row in indikator.target_tahunan.all():
        catat(actor, row, AuditLog.Action.DELETE, snapshot(row), "Ikut terhapus bersama indikator")
    for row in indikator.target_periode.all():
        catat(actor, row, AuditLog.Action.DELETE, snapshot(row), "Ikut terhapus bersama indikator")
    before = snapshot(indikator)
    indikator.delete()
    catat(actor, indikator, AuditLog.Action.DELETE, before, "Perencanaan: indikator dihapus")


@transaction.atomic
def buat_rkt(*, actor, satker, tahun: int) -> RKT:
    """Open a year's RKT (from then on the year is offered on every page of the satker)."""
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, satker)
    if not tahun_dalam_rentang(tahun):
        raise ValidationError(
            {
                "tahun": _("Tahun harus antara %(awal)s dan %(akhir)s.")
                % {"awal": TAHUN_MIN, "akhir": TAHUN_MAKS}
            }
        )
    if RKT.objects.filter(satker=satker, tahun=tahun).exists():
        raise ValidationError({"tahun": _("RKT %(tahun)s sudah ada.") % {"tahun": tahun}})
    renstra = (
        Renstra.objects.filter(satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
        .order_by("-tahun_awal")
        .first()
    )
    rkt = RKT(satker=satker, tahun=tahun, renstra=renstra)
    rkt.full_clean()
    rkt.save()
    catat(actor, rkt, AuditLog.Action.CREATE, None, f"RKT {tahun} dibuka")
    if renstra is not None:
        _baris_dari_renstra(actor, rkt, renstra)
    return rkt


def _baris_dari_renstra(actor, rkt: RKT, renstra: Renstra) -> None:
    """An RKT starts from its Renstra: each indicator linked to one of the plan's sasaran with
    a target for the year becomes a row (sasaran and target as the plan states them), to be
    corrected row by row like any other."""
    targets = {
        row.indikator_id: row
        for row in TargetTahunan.objects.filter(
            indikator__sasaran__renstra=renstra, indikator__satker=rkt.satker, tahun=rkt.tahun
        )
    }
    indicators = (
        IndikatorKinerja.objects.filter(pk__in=targets)
        .select_related("sasaran")
        .order_by("sasaran__nomor", "kode")
    )
    for urutan, indikator in enumerate(indicators, start=1):
        target = targets[indikator.pk]
        row = BarisRKT(
            rkt=rkt,
            urutan=urutan,
            sasaran_tercetak=indikator.sasaran.uraian[:300],
            indikator=indikator,
            kegiatan_id=indikator.kegiatan_id,
            target=target.target,
            target_teks=target.target_teks,
        )
        row.full_clean()
        row.save()
        catat(actor, row, AuditLog.Action.CREATE, None, f"RKT {rkt.tahun}: baris dari Renstra")


@transaction.atomic
def tambah_baris_rkt(
    *, actor, rkt: RKT, indikator: IndikatorKinerja, sasaran: str, target_teks: str
) -> BarisRKT:
    """Add a row; the target as typed (the model keeps a bare number as a number)."""
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, rkt.satker)
    rkt = RKT.objects.select_for_update().get(pk=rkt.pk)
    last = rkt.baris.aggregate(Max("urutan"))["urutan__max"] or 0
    row = BarisRKT(
        rkt=rkt,
        urutan=last + 1,
        sasaran_tercetak=sasaran.strip(),
        indikator=indikator,
        kegiatan_id=indikator.kegiatan_id,
        target_teks=target_teks.strip(),
    )
    row.full_clean()
    row.save()
    catat(actor, row, AuditLog.Action.CREATE, None, f"RKT {rkt.tahun}: baris ditambahkan")
    return row


@transaction.atomic
def ubah_baris_rkt(*, actor, baris: BarisRKT, target_teks: str) -> BarisRKT:
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, baris.rkt.satker)
    row = BarisRKT.objects.select_for_update().get(pk=baris.pk)
    before = snapshot(row)
    row.target, row.target_teks = None, target_teks.strip()
    row.full_clean()
    row.save()
    catat(actor, row, AuditLog.Action.UPDATE, before, f"RKT {row.rkt.tahun}: target diubah")
    return row


@transaction.atomic
def hapus_baris_rkt(*, actor, baris: BarisRKT) -> None:
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, baris.rkt.satker)
    drawn = baris.baris_perjanjian.count()
    if drawn:
        raise ValidationError(
            _("Baris RKT ini tidak dapat dihapus: %(jumlah)s baris PK diturunkan darinya.")
            % {"jumlah": drawn}
        )
    before = snapshot(baris)
    baris.delete()
    catat(actor, baris, AuditLog.Action.DELETE, before, f"RKT {baris.rkt.tahun}: baris dihapus")
