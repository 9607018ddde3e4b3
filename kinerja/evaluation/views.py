from collections import Counter

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from kinerja.evaluation.reviu.rules import ATURAN, jalankan
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.measurement.views import halaman_satker


@login_required
def reviu_detail(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    facts = fakta_reviu(satker, tahun) if tahun else None
    findings = jalankan(facts) if facts else []
    context |= {
        "temuan": [(finding, ATURAN[finding.aturan]) for finding in findings],
        # "No finding" on a year without data of its own would read as a clean bill.
        "ada_data": facts is not None and facts.ada_data,
        "jumlah": Counter(finding.tingkat for finding in findings),
    }
    return render(request, "evaluation/reviu_detail.html", context)
