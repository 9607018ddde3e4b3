"""The read-only pages of a satker that cross domains: the satker list, the satker-year
(organisation, Renstra, RKT, PKs) and a parent satker's roll-up of the satkers below it."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from kinerja.measurement.satker_year import satker_tahun
from kinerja.measurement.selectors import rollup_induk
from kinerja.measurement.views import selected_year
from kinerja.organisations.access import get_satker_for_user, satkers_visible_to


@login_required
def home(request):
    satkers = list(satkers_visible_to(request.user).select_related("parent"))
    if len(satkers) == 1:
        return redirect("front:satker_detail", slug=satkers[0].slug)
    return render(request, "front/satker_list.html", {"satkers": satkers})


@login_required
def satker_detail(request, slug):
    satker = get_satker_for_user(request.user, slug)
    tahun, years = selected_year(request, satker)
    has_children = satker.children.exists()
    context = {
        "satker": satker,
        "tahun": tahun,
        "tahun_tersedia": years,
        "punya_anak": has_children,
        "data": satker_tahun(satker, tahun, angka=False) if tahun else None,
        "units": list(satker.units.all()),
        "pegawai": list(satker.pegawai.select_related("unit").order_by("sumber", "nomor_urut")),
        "anggota": list(satker.anggota.all()),
        "rekap": rollup_induk(satker, tahun) if tahun and has_children else None,
    }
    return render(request, "front/satker_detail.html", context)


@login_required
def rekap_detail(request, slug):
    satker = get_satker_for_user(request.user, slug)
    tahun, years = selected_year(request, satker)
    context = {
        "satker": satker,
        "tahun": tahun,
        "tahun_tersedia": years,
        "punya_anak": True,
        "rekap": rollup_induk(satker, tahun) if tahun else None,
    }
    return render(request, "front/rekap_detail.html", context)
