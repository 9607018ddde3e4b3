from django.contrib import admin

from kinerja.core.admin import ReadOnlyAdmin
from kinerja.core.admin_audit import AuditedAdmin
from kinerja.evaluation.models import (
    CatatanReviu,
    EfisiensiSumberDaya,
    Kesimpulan,
    PernyataanReviu,
)


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


@admin.register(CatatanReviu)
class CatatanReviuAdmin(admin.ModelAdmin):
    """Notes change only through kinerja.evaluation.services (role, status, audit): the admin
    shows them."""

    list_display = ["satker", "tahun", "status", "aturan", "penulis", "dibuat_pada"]
    list_filter = ["tahun", "status"]
    search_fields = ["satker__nama", "teks", "tanggapan"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(PernyataanReviu)
class PernyataanReviuAdmin(ReadOnlyAdmin):
    """Recorded and withdrawn only through kinerja.evaluation.services (role, open notes,
    audit), on the report page; the admin shows them."""

    list_display = ["satker", "tahun", "tanggal", "nama", "jabatan", "ditarik_pada"]
    list_filter = ["tahun"]
    search_fields = ["satker__nama", "nama", "alasan_penarikan"]
    list_select_related = ["satker"]
