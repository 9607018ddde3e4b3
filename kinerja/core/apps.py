from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "kinerja.core"
    verbose_name = _("Inti")

    def ready(self) -> None:
        from django.utils.translation import gettext

        from kinerja.core.pesan import pasang_penerjemah

        # Texts written by the Django-free modules say themselves in the request's language.
        pasang_penerjemah(gettext)
