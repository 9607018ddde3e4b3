from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeriksaConfig(AppConfig):
    name = "kinerja.periksa"
    verbose_name = _("Periksa Laporan Kinerja")
