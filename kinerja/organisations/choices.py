from django.db import models


class TingkatSatker(models.TextChoices):
    PUSAT = "pusat", "Pusat"
    PROVINSI = "provinsi", "Provinsi"
    KABUPATEN_KOTA = "kabupaten_kota", "Kabupaten/Kota"
    LAINNYA = "lainnya", "Lainnya"


class JenisPegawai(models.TextChoices):
    PNS = "PNS", "PNS"
    PPPK = "PPPK", "PPPK"
    PPNPN = "PPNPN", "PPNPN"
