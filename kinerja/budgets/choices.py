from django.db import models
from django.utils.translation import gettext_lazy as _


class SumberDana(models.TextChoices):
    """Where a kegiatan's money comes from. Blank when the source document does not say."""

    TIDAK_DISEBUTKAN = "", _("Tidak disebutkan")
    APBN_DIPA = "apbn_dipa", "APBN (DIPA)"
    APBD = "apbd", "APBD"
    HIBAH = "hibah", _("Hibah (NPHD)")
    PNBP = "pnbp", "PNBP"
    LAINNYA = "lainnya", _("Lainnya")


class JenisPagu(models.TextChoices):
    AWAL = "awal", _("Pagu awal (DIPA)")
    REVISI = "revisi", _("Revisi")
    LAPORAN = "laporan", _("Pagu menurut laporan (tanpa riwayat revisi)")
