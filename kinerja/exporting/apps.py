from django.apps import AppConfig


class ExportingConfig(AppConfig):
    name = "kinerja.exporting"
    verbose_name = "Ekspor"
