from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Kinerja — SAKIP"
admin.site.site_title = "Kinerja"
admin.site.index_title = "Administrasi data SAKIP"

handler404 = "kinerja.core.http.tidak_ditemukan"
handler500 = "kinerja.core.http.galat_server"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("akun/", include("kinerja.accounts.urls")),
    path("bahasa/", include("django.conf.urls.i18n")),
    path("", include("kinerja.front.urls")),
    path("", include("kinerja.measurement.urls")),
    path("", include("kinerja.evaluation.urls")),
]
