from django.contrib import admin

from kinerja.core.admin_audit import AuditedAdmin, IndonesianNumbersMixin
from kinerja.organisations.models import Anggota, Pegawai, RiwayatJabatan, Satker, Unit


class UnitInline(IndonesianNumbersMixin, admin.TabularInline):
    model = Unit
    extra = 0
    fields = ["urutan", "nama", "nama_lain", "nama_lain_sumber"]


@admin.register(Satker)
class SatkerAdmin(AuditedAdmin):
    list_display = ["nama", "tingkat", "parent", "slug"]
    list_filter = ["tingkat"]
    search_fields = ["nama", "nama_lengkap", "slug"]
    prepopulated_fields = {"slug": ["nama"]}
    autocomplete_fields = ["parent"]
    inlines = [UnitInline]


@admin.register(Unit)
class UnitAdmin(AuditedAdmin):
    list_display = ["nama", "satker", "nama_lain"]
    list_filter = ["satker"]
    search_fields = ["nama", "nama_lain", "satker__nama"]
    list_select_related = ["satker"]


@admin.register(Pegawai)
class PegawaiAdmin(AuditedAdmin):
    list_display = ["nama", "jenis", "jabatan", "nip", "unit", "satker"]
    list_filter = ["jenis", "satker", "unit", "pendidikan"]
    search_fields = ["nama", "nip", "jabatan", "formasi"]
    list_select_related = ["satker", "unit"]
    autocomplete_fields = ["satker", "unit"]


@admin.register(Anggota)
class AnggotaAdmin(AuditedAdmin):
    list_display = ["nama", "jabatan", "korwil_kecamatan", "is_ketua", "satker"]
    list_filter = ["is_ketua", "satker"]
    search_fields = ["nama", "jabatan", "korwil_kecamatan"]
    list_select_related = ["satker"]


@admin.register(RiwayatJabatan)
class RiwayatJabatanAdmin(AuditedAdmin):
    list_display = [
        "jabatan", "pegawai", "anggota", "kepala", "atasan", "unit", "mulai", "selesai", "satker",
    ]  # fmt: skip
    list_filter = ["kepala", "atasan", "satker"]
    search_fields = ["jabatan", "pegawai__nama", "anggota__nama", "satker__nama"]
    list_select_related = ["satker", "pegawai", "anggota", "unit"]
    autocomplete_fields = ["satker", "pegawai"]
