from django.db import models


class SumberDana(models.TextChoices):
    """Where a kegiatan's money comes from. Blank when the source document does not say."""

    TIDAK_DISEBUTKAN = "", "Tidak disebutkan"
    APBN_DIPA = "apbn_dipa", "APBN (DIPA)"
    APBD = "apbd", "APBD"
    HIBAH = "hibah", "Hibah (NPHD)"
    PNBP = "pnbp", "PNBP"
    LAINNYA = "lainnya", "Lainnya"


class JenisPagu(models.TextChoices):
    AWAL = "awal", "Pagu awal (DIPA)"
    REVISI = "revisi", "Revisi"
    LAPORAN = "laporan", "Pagu menurut laporan (tanpa riwayat revisi)"
