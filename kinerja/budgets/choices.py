from django.db import models


class SumberDana(models.TextChoices):
    APBN_DIPA = "apbn_dipa", "APBN (DIPA)"
    APBD_HIBAH = "apbd_hibah", "APBD (hibah Pemilihan)"


class JenisPagu(models.TextChoices):
    AWAL = "awal", "Pagu awal (DIPA)"
    REVISI = "revisi", "Revisi"
    LAPORAN = "laporan", "Pagu menurut laporan (tanpa riwayat revisi)"
