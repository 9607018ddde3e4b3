from django.urls import path

from kinerja.documents import (
    jabatan_views,
    laporan_views,
    massal_views,
    naskah_views,
    reviu_apip_views,
    views,
)

app_name = "documents"

urlpatterns = [
    path(
        "satker/<slug:slug>/pk/<int:pk_id>/dokumen.<str:fmt>",
        views.dokumen_perjanjian,
        name="dokumen_pk",
    ),
    path("satker/<slug:slug>/laporan/", views.laporan_daftar, name="laporan"),
    path(
        "satker/<slug:slug>/laporan/lkjip-<int:tahun>.<str:fmt>",
        views.laporan_unduh,
        name="laporan_unduh",
    ),
    path(
        "satker/<slug:slug>/laporan/<int:tahun>/naskah/",
        naskah_views.naskah_sunting,
        name="naskah",
    ),
    path(
        "satker/<slug:slug>/laporan/<int:tahun>/identitas/",
        laporan_views.laporan_identitas,
        name="laporan_identitas",
    ),
    path(
        "satker/<slug:slug>/laporan/<int:tahun>/tanda-tangan/",
        laporan_views.laporan_tandatangani,
        name="laporan_tandatangani",
    ),
    path(
        "satker/<slug:slug>/laporan/<int:tahun>/revisi/",
        laporan_views.laporan_revisi,
        name="laporan_revisi",
    ),
    path(
        "satker/<slug:slug>/laporan/<int:tahun>/reviu-apip/",
        reviu_apip_views.pernyataan_catat,
        name="pernyataan_reviu",
    ),
    path(
        "satker/<slug:slug>/laporan/<int:tahun>/reviu-apip/tarik/",
        reviu_apip_views.pernyataan_tarik,
        name="pernyataan_reviu_tarik",
    ),
    path(
        "satker/<slug:slug>/laporan/<int:tahun>/versi-<int:versi>.<str:fmt>",
        laporan_views.laporan_versi_unduh,
        name="laporan_versi_unduh",
    ),
    path(
        "satker/<slug:slug>/laporan/<int:tahun>/draf-<int:draf_id>.<str:fmt>",
        laporan_views.laporan_draf_unduh,
        name="laporan_draf_unduh",
    ),
    path("satker/<slug:slug>/laporan/massal/", massal_views.massal_mulai, name="massal_mulai"),
    path(
        "satker/<slug:slug>/laporan/massal/<int:job_id>/",
        massal_views.massal_kemajuan,
        name="massal",
    ),
    path(
        "satker/<slug:slug>/laporan/massal/<int:job_id>/lkjip.zip",
        massal_views.massal_unduh,
        name="massal_unduh",
    ),
    path(
        "satker/<slug:slug>/laporan/massal/<int:job_id>/lanjutkan/",
        massal_views.massal_lanjutkan,
        name="massal_lanjutkan",
    ),
    path("satker/<slug:slug>/jabatan/", jabatan_views.riwayat_jabatan, name="riwayat_jabatan"),
    path(
        "satker/<slug:slug>/jabatan/catat/",
        jabatan_views.riwayat_jabatan_catat,
        name="riwayat_jabatan_catat",
    ),
    path(
        "satker/<slug:slug>/jabatan/<int:riwayat_id>/koreksi/",
        jabatan_views.riwayat_jabatan_ubah,
        name="riwayat_jabatan_ubah",
    ),
    path(
        "satker/<slug:slug>/jabatan/<int:riwayat_id>/akhiri/",
        jabatan_views.riwayat_jabatan_akhiri,
        name="riwayat_jabatan_akhiri",
    ),
]
