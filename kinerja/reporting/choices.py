from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusLaporan(models.TextChoices):
    DRAF = "draf", _("Draf")
    DIAJUKAN = "diajukan", _("Diajukan")
    DIKEMBALIKAN = "dikembalikan", _("Dikembalikan")
    DISETUJUI = "disetujui", _("Disetujui")


class PeriodeLaporan(models.TextChoices):
    """The periods a unit reports in (kinerja.core.choices.Periode holds the monthly ones too)."""

    TW1 = "tw1", _("Triwulan I")
    TW2 = "tw2", _("Triwulan II")
    TW3 = "tw3", _("Triwulan III")
    TW4 = "tw4", _("Triwulan IV")
