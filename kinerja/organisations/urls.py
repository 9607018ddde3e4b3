from django.urls import path

from kinerja.organisations import views

app_name = "organisations"

urlpatterns = [
    path("", views.home, name="home"),
    path("satker/<slug:slug>/", views.satker_detail, name="satker_detail"),
]
