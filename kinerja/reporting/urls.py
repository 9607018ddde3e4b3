from django.urls import path

from kinerja.reporting import perencanaan_views, pk_views, renstra_views, views

app_name = "reporting"

urlpatterns = [
    path("satker/<slug:slug>/realisasi/", views.rekap, name="rekap"),
    path("satker/<slug:slug>/realisasi/periode/", views.atur_periode, name="atur_periode"),
    path(
        "satker/<slug:slug>/realisasi/<int:unit_id>/<str:periode>/",
        views.isian,
        name="isian",
    ),
    path(
        "satker/<slug:slug>/realisasi/<int:unit_id>/<str:periode>/pratinjau/",
        views.pratinjau_capaian,
        name="pratinjau",
    ),
    path("satker/<slug:slug>/bukti/<int:bukti_id>/", views.unduh_bukti, name="unduh_bukti"),
    path("satker/<slug:slug>/hambatan/", views.hambatan_daftar, name="hambatan"),
    path(
        "satker/<slug:slug>/riwayat/<str:label>/<str:object_id>/",
        views.riwayat_rekaman,
        name="riwayat",
    ),
    path("satker/<slug:slug>/anggaran/", views.anggaran_satker, name="anggaran"),
    path("satker/<slug:slug>/perencanaan/", perencanaan_views.daftar, name="perencanaan"),
    path("satker/<slug:slug>/perencanaan/rkt/", perencanaan_views.rkt, name="rkt"),
    path(
        "satker/<slug:slug>/perencanaan/indikator/baru/",
        perencanaan_views.indikator,
        name="indikator_baru",
    ),
    path(
        "satker/<slug:slug>/perencanaan/indikator/<int:pk>/",
        perencanaan_views.indikator,
        name="indikator_ubah",
    ),
    path("satker/<slug:slug>/perencanaan/renstra/", renstra_views.daftar, name="renstra"),
    path(
        "satker/<slug:slug>/perencanaan/renstra/baru/",
        renstra_views.baru,
        name="renstra_baru",
    ),
    path(
        "satker/<slug:slug>/perencanaan/renstra/<int:renstra_id>/",
        renstra_views.detail,
        name="renstra_detail",
    ),
    path(
        "satker/<slug:slug>/perencanaan/renstra/<int:renstra_id>/butir/<str:jenis>/",
        renstra_views.butir,
        name="renstra_butir",
    ),
    path(
        "satker/<slug:slug>/perencanaan/renstra/<int:renstra_id>/target/<int:indikator_id>/",
        renstra_views.target,
        name="renstra_target",
    ),
    path("satker/<slug:slug>/pk/", pk_views.daftar, name="pk_daftar"),
    path("satker/<slug:slug>/pk/baru/", pk_views.baru, name="pk_baru"),
    path("satker/<slug:slug>/pk/<int:pk_id>/", pk_views.detail, name="pk_detail"),
    path("satker/<slug:slug>/pk/<int:pk_id>/cetak/", pk_views.cetak, name="pk_cetak"),
    path("satker/<slug:slug>/hambatan/baru/", views.hambatan_isi, name="hambatan_baru"),
    path("satker/<slug:slug>/hambatan/<int:pk>/", views.hambatan_isi, name="hambatan_ubah"),
]
