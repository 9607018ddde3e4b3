"""The LHE's narratives and signer, recommendations and follow-up in the admin: shown only,
since they change through kinerja.lke.rekomendasi (role, status and audit)."""

from django.contrib import admin

from kinerja.core.admin import ReadOnlyAdmin
from kinerja.lke.models_rekomendasi import (
    NarasiKomponen,
    PenandaTanganLhe,
    Rekomendasi,
    TindakLanjut,
)


@admin.register(NarasiKomponen)
class NarasiKomponenAdmin(ReadOnlyAdmin):
    list_display = ["evaluasi", "kode_komponen", "diubah_oleh", "diubah_pada"]
    list_select_related = ["evaluasi__satker", "diubah_oleh"]
    search_fields = ["evaluasi__satker__nama", "teks"]


@admin.register(PenandaTanganLhe)
class PenandaTanganLheAdmin(ReadOnlyAdmin):
    list_display = ["evaluasi", "nama", "jabatan", "tanggal"]
    list_select_related = ["evaluasi__satker"]
    search_fields = ["nama", "nip"]


@admin.register(Rekomendasi)
class RekomendasiAdmin(ReadOnlyAdmin):
    list_display = ["evaluasi", "nomor", "prioritas", "batas_waktu", "status"]
    list_filter = ["status", "prioritas"]
    list_select_related = ["evaluasi__satker"]
    search_fields = ["evaluasi__satker__nama", "uraian", "penanggung_jawab"]


@admin.register(TindakLanjut)
class TindakLanjutAdmin(ReadOnlyAdmin):
    list_display = ["rekomendasi", "nama_asli", "dibuat_oleh", "dibuat_pada"]
    list_select_related = ["rekomendasi__evaluasi__satker", "dibuat_oleh"]
    search_fields = ["nama_asli", "uraian", "sha256"]
