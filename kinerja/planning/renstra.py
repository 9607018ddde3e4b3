"""The Renstra kept by the admin satker without the Django admin: the plan's period, visi and
legal basis; its misi, tujuan and sasaran strategis; and the indicators' targets for each year
of the plan. One function each, with the actor whose role it checks, one transaction and the
audit. An edit is compared with the fingerprint of the row as it was opened, and a row that
other records depend on is never deleted: the message says what uses it."""

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
from kinerja.planning.models import (
    IndikatorKinerja,
    Misi,
    Renstra,
    SasaranStrategis,
    TargetTahunan,
    Tujuan,
)
from kinerja.planning.services import DataBerubah

# The three kinds of numbered statements of a Renstra, by the name the pages use.
BUTIR = {"misi": Misi, "tujuan": Tujuan, "sasaran": SasaranStrategis}
KOLOM_RENSTRA = ("tahun_awal", "tahun_akhir", "visi", "dasar_hukum")


def _tahun(value, field: str) -> int:
    text = str(value or "").strip()
    if not (text.isascii() and text.isdigit()) or not tahun_dalam_rentang(int(text)):
        raise ValidationError(
            {
                field: _("Isi tahun antara %(min)s dan %(max)s.")
                % {"min": TAHUN_MIN, "max": TAHUN_MAKS}
            }
        )
    return int(text)


def _periode_bertumpuk(satker, awal: int, akhir: int, kecuali: int | None) -> Renstra | None:
    others = Renstra.objects.filter(satker=satker, tahun_awal__lte=akhir, tahun_akhir__gte=awal)
    if kecuali is not None:
        others = others.exclude(pk=kecuali)
    return others.first()


@transaction.atomic
def simpan_renstra(*, actor, satker, renstra: Renstra | None, data: dict, sidik_awal: str = ""):
    """Create a Renstra or change its period, visi and legal basis. Two plans of one satker
    never cover the same year (an RKT takes the plan covering its year), and a plan never
    shrinks away from an RKT that refers to it."""
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, satker)
    awal = _tahun(data.get("tahun_awal"), "tahun_awal")
    akhir = _tahun(data.get("tahun_akhir"), "tahun_akhir")
    before = None
    if renstra is not None:
        renstra = Renstra.objects.select_for_update().get(pk=renstra.pk, satker=satker)
        if sidik(renstra) != sidik_awal:
            raise DataBerubah(renstra)
        before = snapshot(renstra)
    else:
        renstra = Renstra(satker=satker)
    renstra.tahun_awal, renstra.tahun_akhir = awal, akhir
    renstra.visi = str(data.get("visi", "")).strip()
    renstra.dasar_hukum = str(data.get("dasar_hukum", "")).strip()[:300]
    renstra.full_clean()
    other = _periode_bertumpuk(satker, awal, akhir, renstra.pk)
    if other is not None:
        raise ValidationError(
            {
                "tahun_awal": _(
                    "Periode ini bertumpuk dengan Renstra %(awal)s–%(akhir)s satker ini."
                )
                % {"awal": other.tahun_awal, "akhir": other.tahun_akhir}
            }
        )
    if renstra.pk:
        outside = sorted(
            renstra.rkt.exclude(tahun__gte=awal, tahun__lte=akhir).values_list("tahun", flat=True)
        )
        if outside:
            raise ValidationError(
                {
                    "tahun_awal": _(
                        "RKT %(tahun)s mengacu ke Renstra ini; periodenya harus mencakupnya."
                    )
                    % {"tahun": ", ".join(str(year) for year in outside)}
                }
            )
    renstra.save()
    catat_simpan(actor, renstra, before, "Renstra")
    return renstra


def ketergantungan_renstra(renstra: Renstra) -> list[str]:
    """What keeps a Renstra from being deleted, in words."""
    found = []
    rkt = renstra.rkt.count()
    if rkt:
        found.append(_("%(n)s RKT") % {"n": rkt})
    linked = IndikatorKinerja.objects.filter(sasaran__renstra=renstra).count()
    if linked:
        found.append(_("%(n)s indikator pada sasarannya") % {"n": linked})
    return found


@transaction.atomic
def hapus_renstra(*, actor, renstra: Renstra) -> None:
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, renstra.satker)
    renstra = Renstra.objects.select_for_update().get(pk=renstra.pk)
    blocking = ketergantungan_renstra(renstra)
    if blocking:
        raise ValidationError(
            _("Renstra ini tidak dapat dihapus karena dipakai oleh %(apa)s.")
            % {"apa": ", ".join(blocking)}
        )
    for model in (SasaranStrategis, Tujuan, Misi):
        for row in model.objects.filter(renstra=renstra):
            catat(
                actor, row, AuditLog.Action.DELETE, snapshot(row), "Ikut terhapus bersama Renstra"
            )
    before = snapshot(renstra)
    renstra.delete()
    catat(actor, renstra, AuditLog.Action.DELETE, before, "Renstra dihapus")


def nomor_berikut(renstra: Renstra, jenis: str) -> int:
    return (
        BUTIR[jenis].objects.filter(renstra=renstra).aggregate(Max("nomor"))["nomor__max"] or 0
    ) + 1


@transaction.atomic
def simpan_butir(
    *,
    actor,
    renstra: Renstra,
    jenis: str,
    butir=None,
    nomor=None,
    uraian: str,
    tujuan: Tujuan | None = None,
    sidik_awal: str = "",
):
    """Add or change one misi, tujuan or sasaran strategis (a sasaran under one of the plan's
    tujuan). A new statement without a number takes the next one."""
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, renstra.satker)
    model = BUTIR[jenis]
    before = None
    if butir is not None:
        butir = model.objects.select_for_update().get(pk=butir.pk, renstra=renstra)
        if sidik(butir) != sidik_awal:
            raise DataBerubah(butir)
        before = snapshot(butir)
    else:
        butir = model(renstra=renstra)
    text = str(nomor or "").strip()
    if text:
        if not (text.isascii() and text.isdigit()) or int(text) < 1:
            raise ValidationError({"nomor": _("Nomor harus bilangan bulat positif.")})
        butir.nomor = int(text)
    elif butir.pk is None:
        butir.nomor = nomor_berikut(renstra, jenis)
    taken = model.objects.filter(renstra=renstra, nomor=butir.nomor).exclude(pk=butir.pk)
    if butir.nomor and taken.exists():
        raise ValidationError(
            {"nomor": _("Nomor %(nomor)s sudah dipakai.") % {"nomor": butir.nomor}}
        )
    butir.uraian = uraian.strip()
    if jenis == "sasaran":
        butir.tujuan = tujuan
    butir.full_clean()
    butir.save()
    catat_simpan(
        actor, butir, before, f"Renstra {renstra.tahun_awal}–{renstra.tahun_akhir}: {jenis}"
    )
    return butir


def ketergantungan_butir(butir) -> list[str]:
    found = []
    if isinstance(butir, Tujuan):
        count = butir.sasaran.count()
        if count:
            found.append(_("%(n)s sasaran strategis") % {"n": count})
    if isinstance(butir, SasaranStrategis):
        count = butir.indikator.count()
        if count:
            found.append(_("%(n)s indikator kinerja") % {"n": count})
    return found


@transaction.atomic
def hapus_butir(*, actor, butir) -> None:
    renstra = butir.renstra
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, renstra.satker)
    butir = type(butir).objects.select_for_update().get(pk=butir.pk)
    blocking = ketergantungan_butir(butir)
    if blocking:
        raise ValidationError(
            _("Butir ini tidak dapat dihapus karena dipakai oleh %(apa)s.")
            % {"apa": ", ".join(blocking)}
        )
    before = snapshot(butir)
    butir.delete()
    catat(
        actor,
        butir,
        AuditLog.Action.DELETE,
        before,
        f"Renstra {renstra.tahun_awal}–{renstra.tahun_akhir}: dihapus",
    )


@transaction.atomic
def simpan_target_renstra(
    *, actor, renstra: Renstra, indikator: IndikatorKinerja, target: dict[int, str]
) -> list[str]:
    """Set an indicator's annual targets for the plan's years as typed (`95`, `94,5`, `WTP`;
    blank removes the year's target). All years or none: one bad year saves nothing.
    Returns the years changed."""
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, renstra.satker)
    if indikator.satker_id != renstra.satker_id:
        raise ValidationError(_("Indikator ini bukan milik satker Renstra ini."))
    years = range(renstra.tahun_awal, renstra.tahun_akhir + 1)
    unknown = set(target) - set(years)
    if unknown:
        raise ValidationError(
            _("Tahun %(tahun)s di luar periode Renstra.")
            % {"tahun": ", ".join(str(y) for y in sorted(unknown))}
        )
    rows = {
        row.tahun: row
        for row in TargetTahunan.objects.select_for_update().filter(
            indikator=indikator, tahun__in=list(target)
        )
    }
    errors: dict[str, list[str]] = {}
    changed = []
    for tahun in sorted(target):
        text = target[tahun].strip()
        row = rows.get(tahun)
        if not text:
            if row is not None:
                old = snapshot(row)
                row.delete()
                catat(
                    actor, row, AuditLog.Action.DELETE, old, f"Renstra: target {tahun} dikosongkan"
                )
                changed.append(str(tahun))
            continue
        old = snapshot(row) if row else None
        row = row or TargetTahunan(indikator=indikator, tahun=tahun)
        row.target, row.target_teks = None, text[:100]
        try:
            row.full_clean()
        except ValidationError as error:
            errors[str(tahun)] = error.messages
            continue
        row.save()
        if catat_simpan(actor, row, old, f"Renstra: target {tahun}"):
            changed.append(str(tahun))
    if errors:
        # Nothing half-saved: the years already written roll back with the transaction.
        raise ValidationError(errors)
    return changed
