from django.db import models


class TingkatPerjanjian(models.TextChoices):
    SATKER = "satker", "Satker"
    UNIT = "unit", "Unit"


class StatusPerjanjian(models.TextChoices):
    DRAFT = "draft", "Draf"
    DIAJUKAN = "diajukan", "Diajukan untuk ditandatangani"
    DITANDATANGANI = "ditandatangani", "Ditandatangani"


class AlasanRevisi(models.TextChoices):
    """PermenPANRB 53/2014: the only grounds on which a signed PK may be revised."""

    PERGANTIAN_PEJABAT = "pergantian_pejabat", "Pergantian pejabat"
    PERUBAHAN_STRATEGI = "perubahan_strategi", "Perubahan strategi, program atau anggaran"
    PERUBAHAN_PRIORITAS = "perubahan_prioritas", "Perubahan prioritas atau asumsi"


class JenisAnggaranPerjanjian(models.TextChoices):
    PROGRAM = "program", "Program"
    KEGIATAN = "kegiatan", "Kegiatan"
    KRO = "kro", "KRO"
