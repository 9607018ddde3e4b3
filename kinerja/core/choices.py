from django.db import models


class Periode(models.TextChoices):
    """Reporting period inside a year; the demo is annual, entry will be quarterly."""

    TAHUNAN = "tahunan", "Tahunan"
    TW1 = "tw1", "Triwulan I"
    TW2 = "tw2", "Triwulan II"
    TW3 = "tw3", "Triwulan III"
    TW4 = "tw4", "Triwulan IV"
