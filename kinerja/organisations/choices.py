from django.db import models
from django.utils.translation import gettext_lazy as _


class TingkatSatker(models.TextChoices):
    PUSAT = "pusat", _("Pusat")
    PROVINSI = "provinsi", _("Provinsi")
    KABUPATEN_KOTA = "kabupaten_kota", _("Kabupaten/Kota")
    LAINNYA = "lainnya", _("Lainnya")


class JenisPegawai(models.TextChoices):
    PNS = "PNS", "PNS"
    PPPK = "PPPK", "PPPK"
    PPNPN = "PPNPN", "PPNPN"
