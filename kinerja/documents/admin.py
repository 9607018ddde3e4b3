from django.contrib import admin

from kinerja.core.admin import ReadOnlyAdmin
from kinerja.documents.models import (
    LaporanDihasilkan,
    LaporanMassal,
    LaporanMassalSatker,
    LaporanTahunan,
    LaporanTertandatangan,
    NaskahLaporan,
)


@admin.register(NaskahLaporan)
class NaskahLaporanAdmin(ReadOnlyAdmin):
    """Versions are only ever added, through kinerja.documents.services (role, concurrency,
    audit); the admin shows them."""

    list_display = ["satker", "tahun", "bagian", "label_kunci", "versi", "penulis", "dibuat_pada"]
    list_filter = ["tahun", "bagian"]
    search_fields = ["satker__nama", "teks", "label_kunci"]


@admin.register(LaporanTahunan)
class LaporanTahunanAdmin(ReadOnlyAdmin):
    """Changed through kinerja.documents.laporan_services (role, audit) on the report page."""

    list_display = ["satker", "tahun", "tanggal", "tempat", "nomor"]
    list_filter = ["tahun"]
    search_fields = ["satker__nama", "nomor"]


@admin.register(LaporanTertandatangan)
class LaporanTertandatanganAdmin(ReadOnlyAdmin):
    """Signed versions are only ever added (signing, revising); never edited or removed."""

    list_display = ["satker", "tahun", "versi", "tanggal", "penanda_tangan", "sidik"]
    list_filter = ["tahun"]
    search_fields = ["satker__nama", "sidik"]
    exclude = ["isi"]


@admin.register(LaporanDihasilkan)
class LaporanDihasilkanAdmin(ReadOnlyAdmin):
    """Drafts are kept when they are generated (catat_laporan_dihasilkan); the admin shows them."""

    list_display = ["satker", "tahun", "terakhir_dibuat", "jumlah", "dibuat_oleh", "sidik"]
    list_filter = ["tahun"]
    search_fields = ["satker__nama", "sidik", "data_sidik"]
    exclude = ["isi", "data"]


@admin.register(LaporanMassal)
class LaporanMassalAdmin(ReadOnlyAdmin):
    """Batches are started on the parent's report page or by `kinerja laporan --semua`."""

    list_display = ["induk", "tahun", "format", "pelaku", "dimulai_pada", "selesai_pada"]
    list_filter = ["tahun", "format"]
    search_fields = ["induk__nama", "pelaku"]


@admin.register(LaporanMassalSatker)
class LaporanMassalSatkerAdmin(ReadOnlyAdmin):
    """Each row is written by its batch's task, once."""

    list_display = ["laporan_massal", "satker", "status", "detik", "pesan"]
    list_filter = ["status"]
    search_fields = ["satker__nama", "pesan"]
    list_select_related = ["laporan_massal__induk", "satker"]
