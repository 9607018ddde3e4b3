from django.db import models
from django.utils.translation import gettext_lazy as _


class TingkatPerjanjian(models.TextChoices):
    SATKER = "satker", _("Satker")
    UNIT = "unit", _("Unit")


class StatusPerjanjian(models.TextChoices):
    DRAFT = "draft", _("Draf")
    DIAJUKAN = "diajukan", _("Diajukan untuk ditandatangani")
    DITANDATANGANI = "ditandatangani", _("Ditandatangani")


class AlasanRevisi(models.TextChoices):
    """PermenPANRB 53/2014: the only grounds on which a signed PK may be revised."""

    PERGANTIAN_PEJABAT = "pergantian_pejabat", _("Pergantian pejabat")
    PERUBAHAN_STRATEGI = "perubahan_strategi", _("Perubahan strategi, program atau anggaran")
    PERUBAHAN_PRIORITAS = "perubahan_prioritas", _("Perubahan prioritas atau asumsi")


class JenisAnggaranPerjanjian(models.TextChoices):
    PROGRAM = "program", _("Program")
    KEGIATAN = "kegiatan", _("Kegiatan")
    KRO = "kro", "KRO"
