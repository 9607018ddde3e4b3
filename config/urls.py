from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Kinerja — SAKIP"
admin.site.site_title = "Kinerja"
admin.site.index_title = "Administrasi data SAKIP"


def _hanya_superuser(request) -> bool:
    # Satker users work in Kinerja's own pages, which check their satker, unit and role; the
    # admin checks none of these, so a staff flag must never open it (nor another satker's rows).
    return request.user.is_active and request.user.is_superuser


admin.site.has_permission = _hanya_superuser

handler404 = "kinerja.core.http.tidak_ditemukan"
handler500 = "kinerja.core.http.galat_server"
handler403 = "kinerja.core.http.dilarang"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("akun/", include("kinerja.accounts.urls")),
    path("bahasa/", include("django.conf.urls.i18n")),
    path("", include("kinerja.front.urls")),
    path("", include("kinerja.measurement.urls")),
    path("", include("kinerja.reporting.urls")),
    path("", include("kinerja.evaluation.urls")),
    path("", include("kinerja.periksa.urls")),
    path("", include("kinerja.documents.urls")),
    path("", include("kinerja.lke.urls")),
    path("", include("kinerja.dashboards.urls")),
]
