from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardsConfig(AppConfig):
    name = "kinerja.dashboards"
    verbose_name = _("Dasbor")

    def ready(self) -> None:
        from kinerja.dashboards import versi

        versi.hubungkan()
