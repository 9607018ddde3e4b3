from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from kinerja.measurement.selectors import pengukuran
from kinerja.organisations.access import get_satker_for_user
from kinerja.organisations.views import selected_year


@login_required
def pengukuran_detail(request, slug):
    satker = get_satker_for_user(request.user, slug)
    tahun, years = selected_year(request, satker)
    context = {
        "satker": satker,
        "tahun": tahun,
        "tahun_tersedia": years,
        "hasil": pengukuran(satker, tahun) if tahun else None,
    }
    return render(request, "measurement/pengukuran_detail.html", context)
