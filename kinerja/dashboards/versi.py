"""The items needing attention that a parent's dashboard keeps per satker (selectors.
perhatian_tersimpan) read rows besides the measurement's: realisation reports, hambatan/upaya
and reviu notes. A write to any of them changes the satker's data version too
(kinerja.measurement.versi_data), so the kept items are never older than the data."""

from django.db.models.signals import post_delete, post_save

from kinerja.evaluation.models import CatatanReviu
from kinerja.measurement.models import HambatanUpaya
from kinerja.measurement.versi_data import tandai_berubah
from kinerja.reporting.models import LaporanRealisasi

DIBACA = (LaporanRealisasi, HambatanUpaya, CatatanReviu)


def _berubah(sender, instance, **kwargs) -> None:
    tandai_berubah([instance.satker_id])


def hubungkan() -> None:
    for model in DIBACA:
        uid = f"versi-dasbor-{model._meta.label_lower}"
        post_save.connect(_berubah, sender=model, dispatch_uid=f"{uid}-post")
        post_delete.connect(_berubah, sender=model, dispatch_uid=f"{uid}-delete")
