from django.urls import path

from kinerja.periksa import views

app_name = "periksa"

urlpatterns = [
    path("periksa-lk/", views.periksa_lk, name="periksa_lk"),
    path("periksa-lk/<int:pk>/", views.periksa_detail, name="periksa_detail"),
    path("periksa-lk/<int:pk>/unduh/", views.periksa_unduh, name="periksa_unduh"),
    path("periksa-lk/<int:pk>/hapus/", views.periksa_hapus, name="periksa_hapus"),
]
