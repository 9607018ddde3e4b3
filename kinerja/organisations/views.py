from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from kinerja.organisations.access import get_satker_for_user, satkers_visible_to
from kinerja.organisations.selectors import available_years, satker_year


@login_required
def home(request):
    satkers = list(satkers_visible_to(request.user).select_related("parent"))
    if len(satkers) == 1:
        return redirect("organisations:satker_detail", slug=satkers[0].slug)
    return render(request, "organisations/satker_list.html", {"satkers": satkers})


@login_required
def satker_detail(request, slug):
    satker = get_satker_for_user(request.user, slug)
    years = available_years(satker)
    raw_year = request.GET.get("tahun")
    if raw_year is None:
        tahun = years[0] if years else None
    elif raw_year.isdigit() and int(raw_year) in years:
        tahun = int(raw_year)
    else:
        raise Http404("Tahun tidak tersedia untuk satker ini.")
    context = {"satker": satker, "data": satker_year(satker, tahun) if tahun else None}
    return render(request, "organisations/satker_detail.html", context)
