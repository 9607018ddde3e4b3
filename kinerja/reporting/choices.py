from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusLaporan(models.TextChoices):
    DRAF = "draf", _("Draf")
    DIAJUKAN = "diajukan", _("Diajukan")
    DIKEMBALIKAN = "dikembalikan", _("Dikembalikan")
    DISETUJUI = "disetujui", _("Disetujui")


class PeriodeLaporan(models.TextChoices):
    """The periods a unit reports in: quarters, or months where the satker reports monthly
    (never both for one unit-year)."""

    TW1 = "tw1", _("Triwulan I")
    TW2 = "tw2", _("Triwulan II")
    TW3 = "tw3", _("Triwulan III")
    TW4 = "tw4", _("Triwulan IV")
    B01 = "b01", _("Januari")
    B02 = "b02", _("Februari")
    B03 = "b03", _("Maret")
    B04 = "b04", _("April")
    B05 = "b05", _("Mei")
    B06 = "b06", _("Juni")
    B07 = "b07", _("Juli")
    B08 = "b08", _("Agustus")
    B09 = "b09", _("September")
    B10 = "b10", _("Oktober")
    B11 = "b11", _("November")
    B12 = "b12", _("Desember")
