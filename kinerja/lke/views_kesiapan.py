"""The readiness page of an evaluation: which criteria have evidence, which could take a record
Kinerja already holds, which lack both, and where the points go."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_safe

from kinerja.accounts.access import get_satker_for_user
from kinerja.lke.akses import evaluasi_satker, konteks_halaman
from kinerja.lke.bukti import jumlah_bukti_per_kriteria
from kinerja.lke.kesiapan_evaluasi import Keadaan, kesiapan_evaluasi


@login_required
@require_safe
def kesiapan(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = evaluasi_satker(satker, tahun)
    hasil = kesiapan_evaluasi(evaluasi, jumlah_bukti_per_kriteria(evaluasi))
    ringkas = [(keadaan, hasil.jumlah(keadaan), hasil.poin_terbuka(keadaan)) for keadaan in Keadaan]
    context = konteks_halaman(satker, tahun) | {
        "evaluasi": evaluasi,
        "kesiapan": hasil,
        "ringkas": ringkas,
    }
    return render(request, "lke/kesiapan.html", context)
