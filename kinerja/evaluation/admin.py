from django.contrib import admin

from kinerja.core.admin_audit import AuditedAdmin
from kinerja.evaluation.models import EfisiensiSumberDaya, Kesimpulan


@admin.register(EfisiensiSumberDaya)
class EfisiensiSumberDayaAdmin(AuditedAdmin):
    list_display = ["nomor", "sumber_daya", "tahun", "satker"]
    list_filter = ["tahun", "satker"]
    search_fields = ["sumber_daya", "efisiensi"]


@admin.register(Kesimpulan)
class KesimpulanAdmin(AuditedAdmin):
    list_display = ["nomor", "aspek", "indikator_keberhasilan", "tahun", "satker"]
    list_filter = ["tahun", "satker"]
    search_fields = ["aspek", "indikator_keberhasilan", "keterangan"]
