"""The report page's part for the inspectorate's "Pernyataan Telah Direviu" of a year: the
statement in force (or "belum direviu"), the withdrawn ones with their reasons, and for the
inspectorate (CATAT_REVIU) the forms to record a statement and to withdraw it. The acts go
through kinerja.evaluation.services; a refusal is said on the page, nothing typed is lost."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kinerja.accounts.access import boleh, get_satker_for_user
from kinerja.accounts.peran import Aksi
from kinerja.core.http import TidakDitemukan
from kinerja.documents.forms import PernyataanReviuForm, TarikPernyataanForm
from kinerja.documents.laporan_views import tolak
from kinerja.evaluation import services
from kinerja.evaluation.pernyataan import pemeriksa_pilihan, pernyataan_tahun
from kinerja.measurement.views import halaman_satker


def halaman_reviu(user, satker, tahun: int, data=None) -> dict:
    """What the report page shows of the year's review statement; `data`: a refused POST,
    shown again with its errors."""
    statements = pernyataan_tahun(satker, tahun)
    current = next((item for item in statements if item.berlaku), None)
    may = boleh(user, Aksi.CATAT_REVIU, satker)
    form = None
    if may and current is None:
        form = PernyataanReviuForm(
            data, pilihan=pemeriksa_pilihan(user, satker), prefix=f"reviu-{tahun}"
        )
    return {
        "pernyataan": current,
        "pernyataan_ditarik": [item for item in statements if not item.berlaku],
        "form_pernyataan": form,
        "form_tarik": TarikPernyataanForm(prefix=f"tarik-{tahun}") if may and current else None,
    }


def _kembali(satker, tahun: int):
    url = reverse("documents:laporan", args=[satker.slug])
    return redirect(f"{url}?tahun={tahun}#reviu-{tahun}")


def _satker(request, slug, tahun):
    satker, _chosen, context = halaman_satker(request, slug)
    if tahun not in context["tahun_tersedia"]:
        raise TidakDitemukan(_("Laporan kinerja tahun itu tidak ditemukan."))
    return get_satker_for_user(request.user, slug, Aksi.CATAT_REVIU)  # 404 or 403


@login_required
@require_POST
def pernyataan_catat(request, slug, tahun):
    satker = _satker(request, slug, tahun)
    form = PernyataanReviuForm(
        request.POST, pilihan=pemeriksa_pilihan(request.user, satker), prefix=f"reviu-{tahun}"
    )
    if not form.is_valid():
        messages.error(
            request,
            _("Tanggal, tempat dan pereviu wajib diisi; pernyataan belum disimpan."),
        )
        return _kembali(satker, tahun)
    try:
        services.catat_pernyataan_reviu(
            actor=request.user,
            satker=satker,
            tahun=tahun,
            tanggal=form.cleaned_data["tanggal"],
            tempat=form.cleaned_data["tempat"],
            pemeriksa_id=form.cleaned_data["pemeriksa"].pk,
        )
    except ValidationError as error:
        tolak(request, error)
    else:
        messages.success(
            request, _("Pernyataan telah direviu tahun %(tahun)s disimpan.") % {"tahun": tahun}
        )
    return _kembali(satker, tahun)


@login_required
@require_POST
def pernyataan_tarik(request, slug, tahun):
    satker = _satker(request, slug, tahun)
    form = TarikPernyataanForm(request.POST, prefix=f"tarik-{tahun}")
    if not form.is_valid():
        messages.error(request, _("Alasan penarikan wajib diisi; pernyataan tidak ditarik."))
        return _kembali(satker, tahun)
    try:
        services.tarik_pernyataan_reviu(
            actor=request.user, satker=satker, tahun=tahun, alasan=form.cleaned_data["alasan"]
        )
    except ValidationError as error:
        tolak(request, error)
    else:
        messages.success(
            request, _("Pernyataan telah direviu tahun %(tahun)s ditarik.") % {"tahun": tahun}
        )
    return _kembali(satker, tahun)
