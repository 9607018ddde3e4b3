from django.apps import AppConfig


class FrontConfig(AppConfig):
    name = "kinerja.front"
    verbose_name = "Halaman satker"
