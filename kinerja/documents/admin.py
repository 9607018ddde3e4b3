from django.contrib import admin

from kinerja.documents.models import NaskahLaporan


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
