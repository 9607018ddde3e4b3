from django.db import models


class VarianTurun(models.TextChoices):
    DUA_T_KURANG_R = "2t-r", "(2T−R)/T×100 (baku)"
    T_BAGI_R = "t-r", "T/R×100"


class Plafon(models.TextChoices):
    IKUT_SATKER = "", "Ikut pengaturan satker"
    TANPA = "tanpa", "Tanpa plafon"
    P100 = "100", "100%"
    P110 = "110", "110%"
    P120 = "120", "120%"


class KebijakanTargetNol(models.TextChoices):
    IKUT_SATKER = "", "Ikut pengaturan satker"
    BAKU = "baku", "Baku (naik: plafon/100 bila R > 0; turun: 100 bila R = 0)"
    TIDAK_DINILAI = "tidak_dinilai", "Tidak dinilai"


class MetodeAgregasi(models.TextChoices):
    TERAKHIR = "terakhir", "Nilai periode terakhir"
    JUMLAH = "jumlah", "Jumlah"
    RATA_RATA = "rata_rata", "Rata-rata"
    MAKSIMUM = "maksimum", "Maksimum"


class Polaritas(models.TextChoices):
    NAIK = "naik", "Semakin tinggi semakin baik"
    TURUN = "turun", "Semakin rendah semakin baik"
    RENTANG = "rentang", "Target rentang"
    STABIL = "stabil", "Stabil (pita toleransi)"
    BINER = "biner", "Biner (ya/tidak)"
