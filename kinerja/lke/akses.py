"""How the LKE pages reach an evaluation, and who they treat as the evaluator's side: shared
by the worksheet, evidence, readiness and results views. The satker itself comes through
kinerja.accounts.access (404 for "missing" and "not yours"); its evaluation of a year is then
looked up here, so another satker's evaluation is never reached."""

from django.urls import reverse
from django.utils.translation import gettext as _

from kinerja.accounts.access import boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.http import TidakDitemukan
from kinerja.lke.models import EvaluasiLke

# The evaluator and the intermediate reviewers: they see the reviewer's and evaluator's answers
# and scores even while the evaluator hides them from the satker.
AKSI_SISI_EVALUATOR = (Aksi.EVALUASI_LKE, Aksi.REVIU_LKE)


def evaluasi_satker(satker, tahun) -> EvaluasiLke:
    found = EvaluasiLke.objects.select_related("satker", "versi").filter(satker=satker, tahun=tahun)
    evaluasi = found.first()
    if evaluasi is None:
        raise TidakDitemukan(_("Evaluasi AKIP tahun itu tidak ditemukan."))
    return evaluasi


def sisi_evaluator(user, satker) -> bool:
    """Whether the user evaluates or reviews this satker's evaluations."""
    return any(boleh(user, aksi, satker) for aksi in AKSI_SISI_EVALUATOR)


def konteks_halaman(satker, tahun) -> dict:
    context = {"satker": satker, "tahun": tahun, "punya_anak": satker.children.exists()}
    if tahun is not None:
        # Reversed once per page, not once per criterion: 80 rows × 3 reversals were a third
        # of the page's rendering time.
        sample = reverse("lke:jawaban_simpan", args=[satker.slug, tahun, "0"])
        context["url_jawab_awal"] = sample.removesuffix("0/")
        context["url_bukti_tambah"] = reverse("lke:bukti_tambah", args=[satker.slug, tahun])
    return context
