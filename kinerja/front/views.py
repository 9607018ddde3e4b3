"""The read-only pages of a satker that cross domains: the satker list, the satker-year
(organisation, Renstra, RKT, PKs) and a parent satker's roll-up of the satkers below it."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import SafeString

from kinerja.accounts.access import satkers_visible_to
from kinerja.measurement import fragmen
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
        # Documents are read on every view; the roll-up of the tree below is kept.
        "data": satker_tahun(satker, tahun, angka=False) if tahun else None,
        "organisasi": organisasi(satker),
        "ada_rekap": bool(tahun and context["punya_anak"]),
    }
    if context["ada_rekap"]:
        context["rekap_isi"] = _rekap(
            request, "profil-rekap", "front/partials/rekap_tabel.html", context
        )
    return render(request, "front/satker_detail.html", context)


def _rekap(request, halaman: str, template: str, context: dict) -> SafeString:
    """The roll-up of the satkers below, drawn by `template`: the same for every reader with
    the same grants until a write anywhere in the tree (kinerja.measurement.fragmen)."""
    satker, tahun = context["satker"], context["tahun"]
    return fragmen.bagian(
        request,
        halaman,
        satker,
        tahun,
        timezone.localdate(),
        template,
        lambda: context | {"rekap": rollup_induk(satker, tahun) if tahun else None},
        stempel=context["stempel"],
    )


@login_required
def rekap_detail(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    context["isi"] = _rekap(request, "rekap", "front/partials/rekap_isi.html", context)
    return render(request, "front/rekap_detail.html", context)
