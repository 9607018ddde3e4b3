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


def selected_year(request, satker) -> tuple[int | None, list[int]]:
    """The year asked for in ?tahun= (the latest one by default); 404 for one not held."""
    years = available_years(satker)
    raw_year = request.GET.get("tahun")
    if raw_year is None:
        return (years[0] if years else None), years
    if raw_year.isdigit() and int(raw_year) in years:
        return int(raw_year), years
    raise Http404("Tahun tidak tersedia untuk satker ini.")


@login_required
def satker_detail(request, slug):
    satker = get_satker_for_user(request.user, slug)
    tahun, _ = selected_year(request, satker)
    context = {"satker": satker, "data": satker_year(satker, tahun) if tahun else None}
    return render(request, "organisations/satker_detail.html", context)
