from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.accounts.access import get_satker_for_user
from kinerja.core.http import TidakDitemukan
from kinerja.measurement import fragmen
from kinerja.measurement.satker_year import tahun_tersedia
from kinerja.measurement.selectors import pengukuran
from kinerja.measurement.versi_data import stempel_pohon
from kinerja.organisations.models import Satker


def selected_year(request, satker, stempel=None) -> tuple[int | None, list[int]]:
    """The year asked for in ?tahun= (the latest one by default); 404 for one not held."""
    years = tahun_tersedia(satker, stempel)
    raw_year = request.GET.get("tahun")
    if raw_year is None:
        return (years[0] if years else None), years
    if raw_year.isascii() and raw_year.isdigit() and int(raw_year) in years:
        return int(raw_year), years
    if not years:
        raise TidakDitemukan(_("Belum ada data tahun mana pun untuk satker ini."))
    raise TidakDitemukan(
        _("Tahun %(tahun)s tidak tersedia untuk satker ini. Tahun yang tersedia: %(tersedia)s.")
        % {"tahun": raw_year[:10], "tersedia": ", ".join(str(year) for year in years)}
    )


def halaman_satker(request, slug) -> tuple[Satker, int | None, dict]:
    """The satker a page shows (404 unless the user may see it), the year asked for, and the
    context every satker page's navigation needs."""
    satker = get_satker_for_user(request.user, slug)
    # Read once: the years, whether it has children, and the key of a kept part all follow it.
    stamp = stempel_pohon(satker.pk)
    tahun, years = selected_year(request, satker, stamp)
    context = {
        "satker": satker,
        "tahun": tahun,
        "tahun_tersedia": years,
        "punya_anak": stamp[0] > 1 if stamp else satker.children.exists(),
        "stempel": stamp,
    }
    return satker, tahun, context


@login_required
def pengukuran_detail(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    # The same for every reader with the same grants until the tree's data changes.
    context["isi"] = fragmen.bagian(
        request,
        "pengukuran",
        satker,
        tahun,
        timezone.localdate(),
        "measurement/partials/pengukuran_isi.html",
        lambda: context | {"hasil": pengukuran(satker, tahun) if tahun else None},
        stempel=context["stempel"],
    )
    return render(request, "measurement/pengukuran_detail.html", context)
