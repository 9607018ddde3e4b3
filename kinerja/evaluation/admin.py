from django.contrib import admin

from kinerja.core.admin_audit import AuditedAdmin
from kinerja.evaluation.models import EfisiensiSumberDaya, HambatanUpaya, Kesimpulan, NilaiTercatat


@admin.register(HambatanUpaya)
class HambatanUpayaAdmin(AuditedAdmin):
    list_display = ["nomor", "aspek", "kegiatan", "tahun", "satker"]
    list_filter = ["tahun", "satker", "kegiatan"]
    search_fields = ["aspek", "hambatan", "upaya", "keterangan"]
    list_select_related = ["kegiatan", "satker"]
    autocomplete_fields = ["kegiatan", "satker"]


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


@admin.register(NilaiTercatat)
class NilaiTercatatAdmin(AuditedAdmin):
    list_display = ["sumber", "besaran", "indikator", "kegiatan", "label", "nilai", "teks"]
    list_filter = ["tahun", "besaran", "sumber", "satker"]
    search_fields = ["sumber", "label", "teks", "indikator__nama", "kegiatan__kode"]
    list_select_related = ["indikator", "kegiatan"]
    autocomplete_fields = ["indikator", "kegiatan", "satker"]
