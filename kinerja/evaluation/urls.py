from django.urls import path

from kinerja.evaluation import views

app_name = "evaluation"

urlpatterns = [
    path("satker/<slug:slug>/reviu/", views.reviu_detail, name="reviu_detail"),
]
