from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.core.choices import Periode


class StatusLaporan(models.TextChoices):
    DRAF = "draf", _("Draf")
    DIAJUKAN = "diajukan", _("Diajukan")
    DIKEMBALIKAN = "dikembalikan", _("Dikembalikan")
    DISETUJUI = "disetujui", _("Disetujui")


# The periods a unit reports in: quarters, or months where the satker reports monthly (never
# both for one unit-year) — kinerja.core.choices.Periode without the annual row, its labels
# and translations shared rather than written twice.
PeriodeLaporan = models.TextChoices(
    "PeriodeLaporan",
    [(item.name, (item.value, item.label)) for item in Periode if item != Periode.TAHUNAN],
)
