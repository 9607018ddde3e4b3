from django.urls import path

from kinerja.lke import bukti_views, views, views_kesiapan, views_lembar

app_name = "lke"

urlpatterns = [
    path("lke/lembar/", views_lembar.lembar_daftar, name="lembar_daftar"),
    path("lke/lembar/<int:tahun>.xlsx", views_lembar.lembar_unduh, name="lembar_unduh"),
    path(
        "lke/lembar/<int:tahun>/terbitkan/",
        views_lembar.lembar_terbitkan,
        name="lembar_terbitkan",
    ),
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
]
