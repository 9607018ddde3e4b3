from django.contrib import admin

from kinerja.core.admin_audit import AuditedAdmin
from kinerja.measurement.models import Realisasi


@admin.register(Realisasi)
class RealisasiAdmin(AuditedAdmin):
    list_display = [
        "indikator",
        "tahun",
        "periode",
        "target",
        "nilai",
        "status",
        "capaian_tercatat",
        "sumber",
    ]
    list_filter = ["tahun", "periode", "status", "indikator__kegiatan", "indikator__satker"]
    search_fields = ["indikator__nama", "indikator__kode", "sumber", "alasan"]
    list_select_related = ["indikator"]
    autocomplete_fields = ["indikator"]
