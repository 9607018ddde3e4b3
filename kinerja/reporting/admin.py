from django.contrib import admin

from kinerja.core.admin import ReadOnlyAdmin
from kinerja.reporting.models import BuktiDukung, IsianRealisasi, LaporanRealisasi

# Reports change only through their services (kinerja.reporting.services).


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
