from django.urls import path

from kinerja.reporting import views

app_name = "reporting"

urlpatterns = [
    path("satker/<slug:slug>/realisasi/", views.rekap, name="rekap"),
    path(
        "satker/<slug:slug>/realisasi/<int:unit_id>/<str:periode>/",
        views.isian,
        name="isian",
    ),
    path("satker/<slug:slug>/bukti/<int:bukti_id>/", views.unduh_bukti, name="unduh_bukti"),
]
