"""What a satker's dashboard shows besides its measurement is kept too — a parent's per-child
items needing attention (selectors.perhatian_tersimpan) and each page's drawn part with the
reviu's findings (kinerja.measurement.fragmen) — so every row those read changes the satker's
data version as well (kinerja.measurement.versi_data), and a kept value is never older than
the data:
- the attention items: realisation reports, hambatan/upaya, reviu notes;
- the reviu's findings: stated values (NilaiTercatat), staff (their NIPs and order), and a
  parent PK or PK line of another satker that a PK of this one is cascaded from (whether it
  is still in force, its targets).
"""

from django.db.models.signals import post_delete, post_save

from kinerja.agreements.models import BarisPerjanjian, PerjanjianKinerja
from kinerja.evaluation.models import CatatanReviu
from kinerja.measurement.models import HambatanUpaya, NilaiTercatat
from kinerja.measurement.versi_data import tandai_berubah
from kinerja.organisations.models import Pegawai
from kinerja.reporting.models import LaporanRealisasi

DIBACA = (LaporanRealisasi, HambatanUpaya, CatatanReviu, NilaiTercatat, Pegawai)


def _berubah(sender, instance, **kwargs) -> None:
    tandai_berubah([instance.satker_id])


def _turunan_pk_berubah(sender, instance, **kwargs) -> None:
    # The PK's own satker is changed by versi_data; its cascaded PKs may be other satkers'.
    # A revision replaces the PK it revises: what was cascaded from that one is stale now.
    parents = [instance.pk, instance.revisi_dari_id]
    tandai_berubah(
        PerjanjianKinerja.objects.filter(induk__in=[pk for pk in parents if pk]).values("satker_id")
    )


def _turunan_baris_berubah(sender, instance, **kwargs) -> None:
    tandai_berubah(
        BarisPerjanjian.objects.filter(induk_baris=instance).values("perjanjian__satker_id")
    )


def hubungkan() -> None:
    for model in DIBACA:
        uid = f"versi-dasbor-{model._meta.label_lower}"
        post_save.connect(_berubah, sender=model, dispatch_uid=f"{uid}-post")
        post_delete.connect(_berubah, sender=model, dispatch_uid=f"{uid}-delete")
    # Deleting a parent is refused while something is cascaded from it (PROTECT): saves only.
    post_save.connect(_turunan_pk_berubah, sender=PerjanjianKinerja, dispatch_uid="versi-pk-anak")
    post_save.connect(
        _turunan_baris_berubah, sender=BarisPerjanjian, dispatch_uid="versi-baris-pk-anak"
    )
