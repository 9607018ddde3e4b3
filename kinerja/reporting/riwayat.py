"""A record's history as its users read it: who changed what and when, before → after, from
the audit trail — only for a record of a satker the user may read."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import DecimalField, Model

from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.core.formatting import desimal_koma
from kinerja.core.models import AuditLog
from kinerja.measurement.models import HambatanUpaya, Realisasi
from kinerja.organisations.models import Satker
from kinerja.planning.models import (
    RKT,
    BarisRKT,
    IndikatorKinerja,
    Misi,
    Renstra,
    SasaranStrategis,
    TargetTahunan,
    Tujuan,
)
from kinerja.reporting.models import BuktiDukung, IsianRealisasi, LaporanRealisasi

# The records whose history a satker's users read, with the path from a row to its satker.
PEMILIK: dict[type[Model], str] = {
    PerjanjianKinerja: "satker",
    BarisPerjanjian: "perjanjian__satker",
    AnggaranPerjanjian: "perjanjian__satker",
    LaporanRealisasi: "satker",
    IsianRealisasi: "laporan__satker",
    BuktiDukung: "laporan__satker",
    Realisasi: "indikator__satker",
    IndikatorKinerja: "satker",
    TargetTahunan: "indikator__satker",
    Renstra: "satker",
    Misi: "renstra__satker",
    Tujuan: "renstra__satker",
    SasaranStrategis: "renstra__satker",
    RKT: "satker",
    BarisRKT: "rkt__satker",
    Pagu: "satker",
    RealisasiAnggaran: "satker",
    HambatanUpaya: "satker",
}
MODEL = {model._meta.label_lower: model for model in PEMILIK}
TINDAKAN = dict(AuditLog.Action.choices)


@dataclass
class Perubahan:
    kolom: str
    sebelum: object
    sesudah: object


@dataclass
class Entri:
    log: AuditLog
    perubahan: list[Perubahan]

    @property
    def tindakan(self) -> str:
        return TINDAKAN.get(self.log.action, self.log.action)


def rekaman(satker: Satker, label: str, object_id: str) -> Model | None:
    """The record, if it is this satker's (None otherwise: not found)."""
    model = MODEL.get(label)
    if model is None or not object_id.isdigit():
        return None
    return model.objects.filter(pk=object_id, **{PEMILIK[model]: satker}).first()


def _kolom(model, attname: str):
    return next((field for field in model._meta.concrete_fields if field.attname == attname), None)


def _tampil(field, value):
    """A stored value the way the pages show it: decimals with a comma, choices by label."""
    if value is None or field is None:
        return value
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(field, DecimalField):
        return desimal_koma(Decimal(str(value)))
    return value


def riwayat(instance: Model) -> list[Entri]:
    model = type(instance)
    entries = []
    for log in (
        AuditLog.objects.filter(model=model._meta.label, object_id=str(instance.pk))
        .select_related("actor")
        .order_by("-at", "-pk")
    ):
        before, after = log.before or {}, log.after or {}
        keys = [key for key in {**before, **after} if key != "id"]
        changes = []
        for key in keys:
            if before.get(key) == after.get(key):
                continue
            field = _kolom(model, key)
            changes.append(
                Perubahan(
                    str(field.verbose_name) if field else key,
                    _tampil(field, before.get(key)),
                    _tampil(field, after.get(key)),
                )
            )
        entries.append(Entri(log, changes))
    return entries
