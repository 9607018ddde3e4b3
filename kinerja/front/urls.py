from django.urls import path

from kinerja.front import views

app_name = "front"

urlpatterns = [
    path("", views.home, name="home"),
    path("satker/<slug:slug>/", views.satker_detail, name="satker_detail"),
    path("satker/<slug:slug>/rekap/", views.rekap_detail, name="rekap_detail"),
]
