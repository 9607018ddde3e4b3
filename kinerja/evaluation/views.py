from collections import Counter

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from kinerja.evaluation.reviu.rules import ATURAN, jalankan
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.measurement.views import selected_year
from kinerja.organisations.access import get_satker_for_user


@login_required
def reviu_detail(request, slug):
    satker = get_satker_for_user(request.user, slug)
    tahun, years = selected_year(request, satker)
    facts = fakta_reviu(satker, tahun) if tahun else None
    findings = jalankan(facts) if facts else []
    context = {
        "satker": satker,
        "tahun": tahun,
        "tahun_tersedia": years,
        "punya_anak": satker.children.exists(),
        "temuan": [(finding, ATURAN[finding.aturan]) for finding in findings],
        # "No finding" on a year without data of its own would read as a clean bill.
        "ada_data": facts is not None and facts.ada_data,
        "jumlah": Counter(finding.tingkat for finding in findings),
    }
    return render(request, "evaluation/reviu_detail.html", context)
