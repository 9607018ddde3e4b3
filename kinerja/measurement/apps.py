from django.apps import AppConfig


class MeasurementConfig(AppConfig):
    name = "kinerja.measurement"
    verbose_name = "Pengukuran"

    def ready(self) -> None:
        from kinerja.measurement import versi_data

        versi_data.hubungkan()
