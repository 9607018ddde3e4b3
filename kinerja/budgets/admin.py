from django.contrib import admin

from kinerja.budgets.models import KRO, RO, Kegiatan, Pagu, Program, RealisasiAnggaran
from kinerja.core.admin_audit import AuditedAdmin
from kinerja.core.admin_columns import kolom_rupiah


@admin.register(Program)
class ProgramAdmin(AuditedAdmin):
    list_display = ["nama", "kode"]
    search_fields = ["nama", "kode"]


@admin.register(Kegiatan)
class KegiatanAdmin(AuditedAdmin):
    list_display = ["kode", "nama", "program"]
    list_filter = ["program"]
    search_fields = ["kode", "nama"]
    list_select_related = ["program"]


@admin.register(KRO)
class KROAdmin(AuditedAdmin):
    list_display = ["kode", "nama", "kegiatan"]
    search_fields = ["kode", "nama", "kegiatan__kode"]
    list_select_related = ["kegiatan"]


@admin.register(RO)
class ROAdmin(AuditedAdmin):
    list_display = ["kode", "nama", "kro"]
    search_fields = ["kode", "nama", "kro__kode"]
    list_select_related = ["kro__kegiatan"]


@admin.register(Pagu)
class PaguAdmin(AuditedAdmin):
    list_display = [
        "kegiatan",
        "kro",
        "tahun",
        "jenis",
        kolom_rupiah("jumlah", "jumlah (Rp)"),
        "sumber_dana",
        "nomor_dokumen",
        "sumber",
        "satker",
    ]
    list_filter = ["tahun", "jenis", "sumber_dana", "satker"]
    search_fields = [
        "kegiatan__kode",
        "kegiatan__nama",
        "kro__kode",
        "nomor_dokumen",
        "sumber",
        "alasan",
    ]
    list_select_related = ["kegiatan", "kro__kegiatan", "satker"]
    autocomplete_fields = ["kegiatan", "kro", "satker"]


@admin.register(RealisasiAnggaran)
class RealisasiAnggaranAdmin(AuditedAdmin):
    list_display = [
        "kegiatan",
        "tahun",
        "periode",
        kolom_rupiah("jumlah", "realisasi (Rp)"),
        "serapan_tercatat",
        "satker",
    ]
    list_filter = ["tahun", "periode", "sumber_dana", "satker"]
    search_fields = ["kegiatan__kode", "kegiatan__nama", "sumber"]
    list_select_related = ["kegiatan", "satker"]
    autocomplete_fields = ["kegiatan", "satker"]
