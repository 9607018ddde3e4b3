from django.urls import path

from kinerja.documents import naskah_views, views

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
]
