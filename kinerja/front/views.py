"""The read-only pages of a satker that cross domains: the satker list, the satker-year
(organisation, Renstra, RKT, PKs) and a parent satker's roll-up of the satkers below it."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from kinerja.accounts.access import satkers_visible_to
from kinerja.measurement.rekap import rollup_induk
from kinerja.measurement.satker_year import satker_tahun
from kinerja.measurement.views import halaman_satker
from kinerja.organisations.selectors import organisasi


@login_required
def home(request):
    satkers = list(satkers_visible_to(request.user).select_related("parent"))
    if len(satkers) == 1:
        return redirect("front:satker_detail", slug=satkers[0].slug)
    return render(request, "front/satker_list.html", {"satkers": satkers})


@login_required
def satker_detail(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    context |= {
        "data": satker_tahun(satker, tahun, angka=False) if tahun else None,
        "organisasi": organisasi(satker),
        "rekap": rollup_induk(satker, tahun) if tahun and context["punya_anak"] else None,
    }
    return render(request, "front/satker_detail.html", context)


@login_required
def rekap_detail(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    context["rekap"] = rollup_induk(satker, tahun) if tahun else None
    return render(request, "front/rekap_detail.html", context)
