from django.contrib import admin

from kinerja.reporting.models import BuktiDukung, IsianRealisasi, LaporanRealisasi


class ReadOnlyAdmin(admin.ModelAdmin):
    """Reports change only through their services (kinerja.reporting.services), which check the
    role, the version and the flow, and audit; the admin shows them."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class IsianInline(admin.TabularInline):
    model = IsianRealisasi
    extra = 0

    has_add_permission = ReadOnlyAdmin.has_add_permission
    has_change_permission = ReadOnlyAdmin.has_change_permission
    has_delete_permission = ReadOnlyAdmin.has_delete_permission


@admin.register(LaporanRealisasi)
class LaporanRealisasiAdmin(ReadOnlyAdmin):
    list_display = ["unit", "tahun", "periode", "status", "diubah_pada"]
    list_filter = ["status", "tahun", "periode"]
    search_fields = ["unit__nama", "satker__nama"]
    inlines = [IsianInline]


@admin.register(IsianRealisasi)
class IsianRealisasiAdmin(ReadOnlyAdmin):
    list_display = ["laporan", "indikator", "status", "nilai", "nilai_teks"]
    search_fields = ["indikator__kode", "indikator__nama", "laporan__unit__nama"]


@admin.register(BuktiDukung)
class BuktiDukungAdmin(ReadOnlyAdmin):
    list_display = ["nama_asli", "laporan", "jenis", "ukuran", "diunggah_pada"]
    search_fields = ["nama_asli", "sha256", "laporan__unit__nama"]
