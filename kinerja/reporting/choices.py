from django.db import models


class StatusLaporan(models.TextChoices):
    DRAF = "draf", "Draf"
    DIAJUKAN = "diajukan", "Diajukan"
    DIKEMBALIKAN = "dikembalikan", "Dikembalikan"
    DISETUJUI = "disetujui", "Disetujui"


class PeriodeLaporan(models.TextChoices):
    """The periods a unit reports in: quarters, or months where the satker reports monthly
    (never both for one unit-year)."""

    TW1 = "tw1", "Triwulan I"
    TW2 = "tw2", "Triwulan II"
    TW3 = "tw3", "Triwulan III"
    TW4 = "tw4", "Triwulan IV"
    B01 = "b01", "Januari"
    B02 = "b02", "Februari"
    B03 = "b03", "Maret"
    B04 = "b04", "April"
    B05 = "b05", "Mei"
    B06 = "b06", "Juni"
    B07 = "b07", "Juli"
    B08 = "b08", "Agustus"
    B09 = "b09", "September"
    B10 = "b10", "Oktober"
    B11 = "b11", "November"
    B12 = "b12", "Desember"
