from django.contrib import admin
from django.utils.translation import gettext, gettext_lazy

from kinerja.core.admin_audit import AuditedAdmin, IndonesianNumbersMixin
from kinerja.core.pesan import terjemahkan
from kinerja.measurement.models import (
    HambatanUpaya,
    NilaiTercatat,
    PengaturanPengukuran,
    PitaPredikat,
    Realisasi,
    SkalaPredikat,
)
from kinerja.measurement.scales import periksa_skala


@admin.register(Realisasi)
class RealisasiAdmin(AuditedAdmin):
    list_display = [
        "indikator",
        "tahun",
        "periode",
        "target",
        "nilai",
        "nilai_teks",
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
    list_display = ["nama", "kode", "teratas_terbuka", "pemeriksaan"]
    search_fields = ["nama", "kode", "sumber"]
    list_filter = ["teratas_terbuka"]
    inlines = [PitaPredikatInline]
    readonly_fields = ["pemeriksaan"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("pita")

    @admin.display(description=gettext_lazy("pemeriksaan skala"))
    def pemeriksaan(self, obj) -> str:
        """A flawed scale may be stored as a document states it, but it is flagged."""
        if obj is None or obj.pk is None:
            return "–"
        problems = periksa_skala(obj.to_skala())
        return (
            "; ".join(terjemahkan(problem) for problem in problems)
            if problems
            else gettext("Baik: setiap nilai masuk tepat satu pita.")
        )


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


@admin.register(HambatanUpaya)
class HambatanUpayaAdmin(AuditedAdmin):
    list_display = ["nomor", "aspek", "kegiatan", "sasaran", "indikator", "tahun", "satker"]
    list_filter = ["tahun", "satker", "kegiatan"]
    search_fields = ["aspek", "hambatan", "upaya", "keterangan"]
    list_select_related = ["kegiatan", "sasaran", "indikator", "satker"]
    autocomplete_fields = ["kegiatan", "sasaran", "indikator", "satker"]


@admin.register(NilaiTercatat)
class NilaiTercatatAdmin(AuditedAdmin):
    list_display = [
        "sumber",
        "besaran",
        "cakupan",
        "indikator",
        "kegiatan",
        "label",
        "pembanding",
        "nilai",
        "teks",
    ]
    list_filter = ["tahun", "besaran", "sumber", "satker"]
    search_fields = ["sumber", "label", "teks", "indikator__nama", "kegiatan__kode"]
    list_select_related = ["indikator", "kegiatan"]
    autocomplete_fields = ["indikator", "kegiatan", "sasaran", "satker"]
