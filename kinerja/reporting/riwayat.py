"""A record's history as its users read it: who changed what and when, before → after, from
the audit trail — only for a record of a satker the user may read."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import DateField, DateTimeField, DecimalField, ForeignKey, Model, Q
from django.utils import timezone

from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.core.formatting import desimal_koma, format_angka, format_tanggal
from kinerja.core.models import AuditLog
from kinerja.core.pesan import Pesan
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
    baris: str = ""  # the row of the record this entry is about ("" : the record itself)

    @property
    def tindakan(self) -> str:
        return TINDAKAN.get(self.log.action, self.log.action)


def rekaman(satker: Satker, label: str, object_id: str) -> Model | None:
    """The record, if it is this satker's (None otherwise: not found)."""
    model = MODEL.get(label)
    if model is None or not (object_id.isascii() and object_id.isdigit()):
        return None
    return model.objects.filter(pk=object_id, **{PEMILIK[model]: satker}).first()


def _kolom(model, attname: str):
    return next((field for field in model._meta.concrete_fields if field.attname == attname), None)


# A record's own rows, whose changes its history shows beside its own: the figures of a
# realisation report are its isian rows, the lines of a PK its rows.
ANAK: dict[type[Model], tuple[tuple[type[Model], str], ...]] = {
    LaporanRealisasi: ((IsianRealisasi, "laporan_id"), (BuktiDukung, "laporan_id")),
    PerjanjianKinerja: ((BarisPerjanjian, "perjanjian_id"), (AnggaranPerjanjian, "perjanjian_id")),
    Renstra: ((Misi, "renstra_id"), (Tujuan, "renstra_id"), (SasaranStrategis, "renstra_id")),
    RKT: ((BarisRKT, "rkt_id"),),
}


def _nama(row: Model) -> str:
    # A person by their name where the account has one, else as the record names itself.
    full_name = getattr(row, "get_full_name", None)
    return (full_name() if full_name else "") or str(row)


class _Tampilan:
    """Stored values the way the pages show them: a related record by its name, a time in the
    local zone, decimals with a comma, money grouped, choices by label. Related records are
    read once per model for the whole history."""

    def __init__(self, logs: list[AuditLog]):
        wanted: dict[type[Model], set] = {}
        for log in logs:
            model = MODEL_SEMUA.get(log.model.lower())
            for key, value in {**(log.before or {}), **(log.after or {})}.items():
                field = _kolom(model, key) if model else None
                if isinstance(field, ForeignKey) and value is not None:
                    wanted.setdefault(field.related_model, set()).add(value)
        self.names = {
            related: {row.pk: _nama(row) for row in related._default_manager.filter(pk__in=ids)}
            for related, ids in wanted.items()
        }

    def __call__(self, field, value):
        if value is None or field is None:
            return value
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        if isinstance(field, ForeignKey):
            return self.names.get(field.related_model, {}).get(value, f"#{value}")
        if isinstance(field, DateTimeField) and isinstance(value, str):
            moment = timezone.localtime(datetime.datetime.fromisoformat(value))
            return Pesan(
                _WAKTU, tanggal=format_tanggal(moment.date()), jam=moment.strftime("%H:%M")
            )
        if isinstance(field, DateField) and isinstance(value, str):
            return format_tanggal(datetime.date.fromisoformat(value))
        if isinstance(field, DecimalField):
            number = Decimal(str(value))
            if field.decimal_places == 0:
                return format_angka(number, 0)
            return desimal_koma(number)
        return value


# Not inside Pesan(...): the same order in English; the month inside is translated.
_WAKTU = "%(tanggal)s %(jam)s"
MODEL_SEMUA = {
    model._meta.label_lower: model
    for model in {*PEMILIK, *(child for children in ANAK.values() for child, _ in children)}
}


def _logs(instance: Model) -> list[AuditLog]:
    model = type(instance)
    query = Q(model=model._meta.label, object_id=str(instance.pk))
    for child, key in ANAK.get(model, ()):
        # Rows deleted since are found by what their audit says they belonged to.
        query |= Q(model=child._meta.label) & (
            Q(**{f"after__{key}": instance.pk}) | Q(**{f"before__{key}": instance.pk})
        )
    return list(AuditLog.objects.filter(query).select_related("actor").order_by("-at", "-pk"))


def riwayat(instance: Model) -> list[Entri]:
    logs = _logs(instance)
    tampil = _Tampilan(logs)
    own = type(instance)._meta.label
    entries = []
    for log in logs:
        model = MODEL_SEMUA.get(log.model.lower())
        before, after = log.before or {}, log.after or {}
        keys = [key for key in {**before, **after} if key != "id"]
        changes = []
        for key in keys:
            if before.get(key) == after.get(key):
                continue
            field = _kolom(model, key) if model else None
            changes.append(
                Perubahan(
                    str(field.verbose_name) if field else key,
                    tampil(field, before.get(key)),
                    tampil(field, after.get(key)),
                )
            )
        row = (
            ""
            if log.model == own
            else f"{model._meta.verbose_name if model else log.model}: {log.object_repr}"
        )
        entries.append(Entri(log, changes, row))
    return entries
