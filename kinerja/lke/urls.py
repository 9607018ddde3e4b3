from django.urls import path

from kinerja.lke import (
    bukti_views,
    views,
    views_hasil,
    views_jadwal,
    views_kesiapan,
    views_lembar,
)

app_name = "lke"

urlpatterns = [
    path("lke/lembar/", views_lembar.lembar_daftar, name="lembar_daftar"),
    path("lke/lembar/<int:tahun>.xlsx", views_lembar.lembar_unduh, name="lembar_unduh"),
    path(
        "lke/lembar/<int:tahun>/terbitkan/",
        views_lembar.lembar_terbitkan,
        name="lembar_terbitkan",
    ),
    path("lke/jadwal/<int:tahun>/", views_jadwal.jadwal, name="jadwal"),
    path("satker/<slug:slug>/lke/", views.evaluasi_daftar, name="evaluasi_daftar"),
    path("satker/<slug:slug>/lke/<int:tahun>/", views.lembar_kerja, name="lembar_kerja"),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/jawab/<str:kode>/",
        views.simpan_jawaban,
        name="jawaban_simpan",
    ),
    path("satker/<slug:slug>/lke/<int:tahun>/langkah/", views.langkah, name="evaluasi_langkah"),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/kesiapan/",
        views_kesiapan.kesiapan,
        name="kesiapan",
    ),
    path("satker/<slug:slug>/lke/<int:tahun>/bukti/", bukti_views.tambah, name="bukti_tambah"),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/bukti/<int:bukti_id>/periksa/",
        bukti_views.periksa,
        name="bukti_periksa",
    ),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/bukti/<int:bukti_id>/",
        bukti_views.unduh,
        name="bukti_unduh",
    ),
    path("satker/<slug:slug>/lke/<int:tahun>/hasil/", views_hasil.hasil, name="hasil"),
    path("satker/<slug:slug>/lke/<int:tahun>/lhe.docx", views_hasil.lhe_word, name="lhe_docx"),
    path("satker/<slug:slug>/lke/<int:tahun>/lhe.pdf", views_hasil.lhe_pdf_unduh, name="lhe_pdf"),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/lembar-kerja.xlsx",
        views_hasil.lembar_excel,
        name="lembar_xlsx",
    ),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/hasil/narasi/",
        views_hasil.narasi_simpan,
        name="narasi_simpan",
    ),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/hasil/penanda-tangan/",
        views_hasil.penanda_tangan_simpan,
        name="penanda_tangan_simpan",
    ),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/rekomendasi/",
        views_hasil.rekomendasi_tambah,
        name="rekomendasi_tambah",
    ),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/rekomendasi/<int:nomor>/tindak-lanjut/",
        views_hasil.tindak_lanjut_tambah,
        name="tindak_lanjut_tambah",
    ),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/rekomendasi/<int:nomor>/tindak-lanjut/<int:pk>/",
        views_hasil.tindak_lanjut_berkas,
        name="tindak_lanjut_berkas",
    ),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/rekomendasi/<int:nomor>/tutup/",
        views_hasil.rekomendasi_tutup,
        name="rekomendasi_tutup",
    ),
    path("satker/<slug:slug>/lke/<int:tahun>/anak/", views_hasil.anak, name="anak"),
]
