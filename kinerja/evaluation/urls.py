from django.urls import path

from kinerja.evaluation import catatan_views, views

app_name = "evaluation"

urlpatterns = [
    path("satker/<slug:slug>/reviu/", views.reviu_detail, name="reviu_detail"),
    path("satker/<slug:slug>/reviu/catatan/", catatan_views.catatan_reviu, name="catatan_reviu"),
]
