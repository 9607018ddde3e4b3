"""Planning data kept by the admin satker: indicators with their capaian rules and their annual
targets. One function each, with the actor whose role it checks, the fingerprint of the row as
it was opened (a row changed meanwhile is never overwritten), one transaction and the audit.
An indicator that realisations, PK lines or RKT rows depend on is never deleted."""

from django.core.exceptions import ValidationError
from django.db import transaction

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import catat, snapshot
from kinerja.core.concurrency import sidik
from kinerja.core.models import AuditLog
from kinerja.planning.models import IndikatorKinerja, TargetTahunan


class DataBerubah(Exception):
    def __init__(self, current):
        super().__init__(
            "Data ini telah diubah orang lain sejak Anda membukanya; isian Anda tidak disimpan. "
            "Nilai terkini ditampilkan."
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
    target: tuple,
) -> IndikatorKinerja:
    """Create or change an indicator (`data`: its form's fields) and set its target for `tahun`
    (`target`: (number, text), or (None, "") to leave none)."""
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
    after = snapshot(indikator)
    if before != after:
        catat(
            actor,
            indikator,
            AuditLog.Action.UPDATE if before else AuditLog.Action.CREATE,
            before,
            "Perencanaan: indikator",
        )
    number, text = target
    row = TargetTahunan.objects.filter(indikator=indikator, tahun=tahun).first()
    if number is None and not text:
        if row is not None:
            old = snapshot(row)
            row.delete()
            catat(actor, row, AuditLog.Action.DELETE, old, f"Target {tahun} dikosongkan")
        return indikator
    old = snapshot(row) if row else None
    row = row or TargetTahunan(indikator=indikator, tahun=tahun)
    row.target, row.target_teks = number, text
    row.full_clean()
    row.save()
    if old != snapshot(row):
        catat(
            actor,
            row,
            AuditLog.Action.UPDATE if old else AuditLog.Action.CREATE,
            old,
            f"Perencanaan: target {tahun}",
        )
    return indikator


def ketergantungan(indikator: IndikatorKinerja) -> list[str]:
    """What depends on the indicator, in words; empty when it may be deleted."""
    found = []
    for label, count in (
        ("realisasi", indikator.realisasi.count()),
        ("baris PK", indikator.baris_perjanjian.count()),
        ("baris RKT", indikator.baris_rkt.count()),
        ("isian laporan realisasi", indikator.isian_realisasi.count()),
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
            "Indikator ini tidak dapat dihapus karena dipakai oleh " + ", ".join(blocking) + "."
        )
    for row in indikator.target_tahunan.all():
        catat(actor, row, AuditLog.Action.DELETE, snapshot(row), "Ikut terhapus bersama indikator")
    for row in indikator.target_periode.all():
        catat(actor, row, AuditLog.Action.DELETE, snapshot(row), "Ikut terhapus bersama indikator")
    before = snapshot(indikator)
    indikator.delete()
    catat(actor, indikator, AuditLog.Action.DELETE, before, "Perencanaan: indikator dihapus")
