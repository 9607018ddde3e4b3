from django.contrib import admin

from kinerja.core.admin_audit import AuditedAdmin, IndonesianNumbersMixin
from kinerja.measurement.models import (
    PengaturanPengukuran,
    PitaPredikat,
    Realisasi,
    SkalaPredikat,
)


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


class PitaPredikatInline(IndonesianNumbersMixin, admin.TabularInline):
    model = PitaPredikat
    extra = 0


@admin.register(SkalaPredikat)
class SkalaPredikatAdmin(AuditedAdmin):
    list_display = ["nama", "kode", "teratas_terbuka"]
    search_fields = ["nama", "kode", "sumber"]
    list_filter = ["teratas_terbuka"]
    inlines = [PitaPredikatInline]


@admin.register(PitaPredikat)
class PitaPredikatAdmin(AuditedAdmin):
    list_display = [
        "skala",
        "urutan",
        "predikat",
        "bawah",
        "bawah_inklusif",
        "atas",
        "atas_inklusif",
    ]
    list_filter = ["skala"]
    search_fields = ["predikat", "keterangan", "skala__nama"]
    list_select_related = ["skala"]


@admin.register(PengaturanPengukuran)
class PengaturanPengukuranAdmin(AuditedAdmin):
    list_display = ["satker", "skala", "plafon", "kebijakan_target_nol", "ambang_capaian"]
    list_filter = ["plafon", "kebijakan_target_nol", "skala"]
    search_fields = ["satker__nama"]
    list_select_related = ["satker", "skala"]
    autocomplete_fields = ["satker"]
