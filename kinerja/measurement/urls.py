from django.urls import path

from kinerja.measurement import views

app_name = "measurement"

urlpatterns = [
    path("satker/<slug:slug>/pengukuran/", views.pengukuran_detail, name="pengukuran_detail"),
]
