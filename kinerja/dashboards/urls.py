from django.urls import path

from kinerja.dashboards import views

app_name = "dashboards"

urlpatterns = [
    path("satker/<slug:slug>/dasbor/", views.dasbor, name="dasbor"),
]
