from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "kinerja.reporting"
    verbose_name = "Pelaporan realisasi"
