"""The hambatan/upaya register: record an obstacle, link it to the indicator (or sasaran, or
kegiatan) it explains, record the upaya and follow it up. One service with the actor, the role
check, the fingerprint check (a record changed meanwhile is never overwritten) and the audit."""

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from kinerja.accounts.access import boleh, wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.agreements.choices import TingkatPerjanjian
from kinerja.agreements.models import BarisPerjanjian, PerjanjianKinerja
from kinerja.core.audit import record_change, snapshot, stored_snapshot
from kinerja.core.concurrency import sidik
from kinerja.core.models import AuditLog
from kinerja.measurement.models import HambatanUpaya
from kinerja.organisations.models import Satker, Unit

KOLOM = ("aspek", "indikator", "hambatan", "upaya", "keterangan", "tindak_lanjut")


class HambatanBerubah(Exception):
    def __init__(self, current: HambatanUpaya):
        super().__init__(
            _(
                "Hambatan ini telah diubah orang lain sejak Anda membukanya; isian Anda tidak "
                "disimpan. Nilai terkini ditampilkan."
            )
        )
        self.current = current


def unit_indikator(indikator_id: int | None, tahun: int) -> list[Unit]:
    """The units whose PK in force for the year holds the indicator."""
    if indikator_id is None:
        return []
    pks = PerjanjianKinerja.objects.berlaku(tahun=tahun).filter(tingkat=TingkatPerjanjian.UNIT)
    ids = BarisPerjanjian.objects.filter(perjanjian__in=pks, indikator_id=indikator_id).values(
        "perjanjian__unit_id"
    )
    return list(Unit.objects.filter(pk__in=ids))


def boleh_catat(user, satker: Satker, tahun: int, indikator_id: int | None) -> bool:
    """A satker-wide grant records any hambatan; a unit's operator or Kasubbag records those of
    its own unit's indicators."""
    if boleh(user, Aksi.KELOLA_HAMBATAN, satker):
        return True
    return any(
        boleh(user, Aksi.KELOLA_HAMBATAN, satker, unit)
        for unit in unit_indikator(indikator_id, tahun)
    )


@transaction.atomic
def simpan_hambatan(
    *,
    actor,
    satker: Satker,
    tahun: int,
    hambatan: HambatanUpaya | None,
    data: dict,
    sidik_awal: str,
) -> HambatanUpaya:
    """Create (hambatan None) or change a row; `data` holds KOLOM, already validated by the
    form (the indicator is the satker's)."""
    indikator = data.get("indikator")
    if hambatan is not None:
        hambatan = HambatanUpaya.objects.select_for_update().get(pk=hambatan.pk, satker=satker)
        if sidik(hambatan) != sidik_awal:
            raise HambatanBerubah(hambatan)
    for checked in {indikator.pk if indikator else None} | (
        {hambatan.indikator_id} if hambatan else set()
    ):
        if not boleh_catat(actor, satker, tahun, checked):
            wajib_boleh(actor, Aksi.KELOLA_HAMBATAN, satker)  # 404 or 403, with the message
    before = snapshot(hambatan) if hambatan else None
    if hambatan is None:
        last = HambatanUpaya.objects.filter(satker=satker, tahun=tahun).aggregate(Max("nomor"))
        hambatan = HambatanUpaya(satker=satker, tahun=tahun, nomor=(last["nomor__max"] or 0) + 1)
    for key in KOLOM:
        setattr(hambatan, key, data[key])
    if indikator is not None and not hambatan.kegiatan_id:
        hambatan.kegiatan_id = indikator.kegiatan_id
    hambatan.full_clean()
    hambatan.save()
    record_change(
        actor=actor,
        instance=hambatan,
        action=AuditLog.Action.CREATE if before is None else AuditLog.Action.UPDATE,
        before=before,
        after=stored_snapshot(hambatan),
        reason="Register hambatan dan upaya",
    )
    return hambatan


def daftar(satker: Satker, tahun: int) -> list[HambatanUpaya]:
    return list(
        HambatanUpaya.objects.filter(satker=satker, tahun=tahun)
        .select_related("indikator", "kegiatan", "sasaran")
        .order_by("nomor")
    )
