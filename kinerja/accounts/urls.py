from django.contrib.auth import views as auth_views
from django.urls import path

from kinerja.accounts import views

app_name = "accounts"

urlpatterns = [
    path("masuk/", auth_views.LoginView.as_view(), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("sandi/", views.GantiSandiView.as_view(), name="password_change"),
    path("pengguna/", views.pengguna_daftar, name="pengguna_daftar"),
    path("pengguna/<int:user_id>/sandi/", views.pengguna_sandi, name="pengguna_sandi"),
]
