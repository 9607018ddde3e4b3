from django.contrib import admin

from kinerja.core.admin_audit import AuditedAdmin, IndonesianNumbersMixin
from kinerja.planning.models import (
    RKT,
    BarisRKT,
    IndikatorKinerja,
    Misi,
    Renstra,
    SasaranStrategis,
    TargetPeriode,
    TargetTahunan,
    Tujuan,
)


class MisiInline(IndonesianNumbersMixin, admin.TabularInline):
    model = Misi
    extra = 0


class TujuanInline(IndonesianNumbersMixin, admin.TabularInline):
    model = Tujuan
    extra = 0


class SasaranInline(IndonesianNumbersMixin, admin.TabularInline):
    model = SasaranStrategis
    extra = 0


@admin.register(Renstra)
class RenstraAdmin(AuditedAdmin):
    list_display = ["__str__", "satker", "tahun_awal", "tahun_akhir"]
    list_filter = ["satker", "tahun_awal"]
    search_fields = ["visi", "satker__nama"]
    inlines = [MisiInline, TujuanInline, SasaranInline]


@admin.register(Misi)
class MisiAdmin(AuditedAdmin):
    list_display = ["nomor", "uraian", "renstra"]
    list_filter = ["renstra"]
    search_fields = ["uraian"]


@admin.register(Tujuan)
class TujuanAdmin(AuditedAdmin):
    list_display = ["nomor", "uraian", "renstra"]
    list_filter = ["renstra"]
    search_fields = ["uraian"]


@admin.register(SasaranStrategis)
class SasaranStrategisAdmin(AuditedAdmin):
    list_display = ["nomor", "uraian", "tujuan", "renstra"]
    list_filter = ["renstra"]
    search_fields = ["uraian", "tujuan_tercatat"]


class TargetTahunanInline(IndonesianNumbersMixin, admin.TabularInline):
    model = TargetTahunan
    extra = 0


class TargetPeriodeInline(IndonesianNumbersMixin, admin.TabularInline):
    model = TargetPeriode
    extra = 0


@admin.register(IndikatorKinerja)
class IndikatorKinerjaAdmin(AuditedAdmin):
    list_display = ["kode", "nama", "kegiatan", "satuan", "iku", "polaritas", "satker"]
    list_filter = ["satker", "kegiatan", "polaritas", "iku"]
    search_fields = ["kode", "nama", "definisi"]
    list_select_related = ["kegiatan", "satker"]
    autocomplete_fields = ["kegiatan", "satker", "sasaran"]
    inlines = [TargetTahunanInline, TargetPeriodeInline]


@admin.register(TargetPeriode)
class TargetPeriodeAdmin(AuditedAdmin):
    list_display = ["indikator", "tahun", "periode", "target", "target_teks", "sumber"]
    list_filter = ["tahun", "periode"]
    search_fields = ["indikator__nama", "indikator__kode", "sumber"]
    list_select_related = ["indikator"]
    autocomplete_fields = ["indikator"]


@admin.register(TargetTahunan)
class TargetTahunanAdmin(AuditedAdmin):
    list_display = ["indikator", "tahun", "target", "target_teks", "sumber"]
    list_filter = ["tahun"]
    search_fields = ["indikator__nama", "indikator__kode"]
    list_select_related = ["indikator"]
    autocomplete_fields = ["indikator"]


class BarisRKTInline(IndonesianNumbersMixin, admin.TabularInline):
    model = BarisRKT
    extra = 0
    fields = [
        "urutan",
        "nomor_tercetak",
        "sasaran_tercetak",
        "kegiatan",
        "indikator",
        "target",
        "target_teks",
    ]
    autocomplete_fields = ["kegiatan", "indikator"]


@admin.register(RKT)
class RKTAdmin(AuditedAdmin):
    list_display = ["__str__", "satker", "tahun", "sumber"]
    list_filter = ["tahun", "satker"]
    search_fields = ["satker__nama", "sumber"]
    inlines = [BarisRKTInline]


@admin.register(BarisRKT)
class BarisRKTAdmin(AuditedAdmin):
    list_display = ["rkt", "urutan", "sasaran_tercetak", "indikator", "target"]
    list_filter = ["rkt__tahun", "kegiatan"]
    search_fields = ["sasaran_tercetak", "indikator__nama", "indikator_tercetak"]
    list_select_related = ["rkt__satker", "indikator"]
    autocomplete_fields = ["kegiatan", "indikator"]
