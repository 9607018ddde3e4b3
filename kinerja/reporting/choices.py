from django.db import models


class StatusLaporan(models.TextChoices):
    DRAF = "draf", "Draf"
    DIAJUKAN = "diajukan", "Diajukan"
    DIKEMBALIKAN = "dikembalikan", "Dikembalikan"
    DISETUJUI = "disetujui", "Disetujui"


class PeriodeLaporan(models.TextChoices):
    """The periods a unit reports in (kinerja.core.choices.Periode holds the monthly ones too)."""

    TW1 = "tw1", "Triwulan I"
    TW2 = "tw2", "Triwulan II"
    TW3 = "tw3", "Triwulan III"
    TW4 = "tw4", "Triwulan IV"
