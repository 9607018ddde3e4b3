from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasurementConfig(AppConfig):
    name = "kinerja.measurement"
    verbose_name = _("Pengukuran")

    def ready(self) -> None:
        from kinerja.measurement import versi_data

        versi_data.hubungkan()
