from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "kinerja.documents"
    verbose_name = "Dokumen"
