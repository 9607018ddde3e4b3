from django.db import models
from django.utils.translation import gettext_lazy as _


class VarianTurun(models.TextChoices):
    DUA_T_KURANG_R = "2t-r", _("(2T−R)/T×100 (baku)")
    T_BAGI_R = "t-r", "T/R×100"


class Plafon(models.TextChoices):
    IKUT_SATKER = "", _("Ikut pengaturan satker")
    TANPA = "tanpa", _("Tanpa plafon")
    P100 = "100", "100%"
    P110 = "110", "110%"
    P120 = "120", "120%"


class KebijakanTargetNol(models.TextChoices):
    IKUT_SATKER = "", _("Ikut pengaturan satker")
    BAKU = "baku", _("Baku (naik: plafon/100 bila R > 0; turun: 100 bila R = 0)")
    TIDAK_DINILAI = "tidak_dinilai", _("Tidak dinilai")


class MetodeAgregasi(models.TextChoices):
    TERAKHIR = "terakhir", _("Nilai periode terakhir")
    JUMLAH = "jumlah", _("Jumlah")
    RATA_RATA = "rata_rata", _("Rata-rata")
    MAKSIMUM = "maksimum", _("Maksimum")


class Polaritas(models.TextChoices):
    NAIK = "naik", _("Semakin tinggi semakin baik")
    TURUN = "turun", _("Semakin rendah semakin baik")
    RENTANG = "rentang", _("Target rentang")
    STABIL = "stabil", _("Stabil (pita toleransi)")
    BINER = "biner", _("Biner (ya/tidak)")
