"""The readiness page of an evaluation: which criteria have evidence, which could take a record
Kinerja already holds, which lack both, and where the points go."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_safe

from kinerja.accounts.access import get_satker_for_user
from kinerja.lke.kesiapan_evaluasi import Keadaan, kesiapan_evaluasi
from kinerja.lke.views import _evaluasi, _konteks


def jumlah_bukti(evaluasi) -> dict[str, int]:
    return {}


@login_required
@require_safe
def kesiapan(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = _evaluasi(satker, tahun)
    hasil = kesiapan_evaluasi(evaluasi, jumlah_bukti(evaluasi))
    ringkas = [(keadaan, hasil.jumlah(keadaan), hasil.poin_terbuka(keadaan)) for keadaan in Keadaan]
    context = _konteks(satker, tahun) | {
        "evaluasi": evaluasi,
        "kesiapan": hasil,
        "ringkas": ringkas,
    }
    return render(request, "lke/kesiapan.html", context)
