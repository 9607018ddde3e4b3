from django.urls import path

from kinerja.documents import views

app_name = "documents"

urlpatterns = [
    path(
        "satker/<slug:slug>/pk/<int:pk_id>/dokumen.<str:fmt>",
        views.dokumen_perjanjian,
        name="dokumen_pk",
    ),
]
