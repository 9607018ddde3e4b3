from django.urls import path

from kinerja.lke import views, views_kesiapan

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
    path(
        "satker/<slug:slug>/lke/<int:tahun>/kesiapan/",
        views_kesiapan.kesiapan,
        name="kesiapan",
    ),
]
