from django.urls import path

from kinerja.lke import views, views_hasil

app_name = "lke"

urlpatterns = [
    path("satker/<slug:slug>/lke/", views.evaluasi_daftar, name="evaluasi_daftar"),
    path("satker/<slug:slug>/lke/<int:tahun>/", views.lembar_kerja, name="lembar_kerja"),
    path(
        "satker/<slug:slug>/lke/<int:tahun>/jawab/<str:kode>/",
        views.simpan_jawaban,
        name="jawaban_simpan",
    ),
    path("satker/<slug:slug>/lke/<int:tahun>/langkah/", views.langkah, name="evaluasi_langkah"),
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
