from django.contrib import admin

from kinerja.documents.models import LaporanTahunan, LaporanTertandatangan, NaskahLaporan


@admin.register(NaskahLaporan)
class NaskahLaporanAdmin(admin.ModelAdmin):
    """Versions are only ever added, through kinerja.documents.services (role, concurrency,
    audit); the admin shows them."""

    list_display = ["satker", "tahun", "bagian", "versi", "penulis", "dibuat_pada"]
    list_filter = ["tahun", "bagian"]
    search_fields = ["satker__nama", "teks"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(LaporanTahunan)
class LaporanTahunanAdmin(admin.ModelAdmin):
    """Changed through kinerja.documents.laporan_services (role, audit) on the report page."""

    list_display = ["satker", "tahun", "tanggal", "tempat", "nomor"]
    list_filter = ["tahun"]
    search_fields = ["satker__nama", "nomor"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(LaporanTertandatangan)
class LaporanTertandatanganAdmin(admin.ModelAdmin):
    """Signed versions are only ever added (signing, revising); never edited or removed."""

    list_display = ["satker", "tahun", "versi", "tanggal", "penanda_tangan", "sidik"]
    list_filter = ["tahun"]
    search_fields = ["satker__nama", "sidik"]
    exclude = ["isi"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
