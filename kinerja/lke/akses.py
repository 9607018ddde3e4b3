"""How the LKE pages reach an evaluation: shared by the worksheet, evidence,
readiness and results views. The satker itself comes through
kinerja.accounts.access (404 for "missing" and "not yours"); its evaluation of a year is then
looked up here, so another satker's evaluation is never reached."""

from django.urls import reverse
from django.utils.translation import gettext as _

from kinerja.core.http import TidakDitemukan
from kinerja.lke.models import EvaluasiLke


def evaluasi_satker(satker, tahun) -> EvaluasiLke:
    found = EvaluasiLke.objects.select_related("satker", "versi").filter(satker=satker, tahun=tahun)
    evaluasi = found.first()
    if evaluasi is None:
        raise TidakDitemukan(_("Evaluasi AKIP tahun itu tidak ditemukan."))
    return evaluasi


def konteks_halaman(satker, tahun) -> dict:
    context = {"satker": satker, "tahun": tahun, "punya_anak": satker.children.exists()}
    if tahun is not None:
        # Reversed once per page, not once per criterion: 80 rows × 3 reversals were a third
        # of the page's rendering time.
        sample = reverse("lke:jawaban_simpan", args=[satker.slug, tahun, "0"])
        context["url_jawab_awal"] = sample.removesuffix("0/")
        context["url_bukti_tambah"] = reverse("lke:bukti_tambah", args=[satker.slug, tahun])
    return context
