"""The worksheet versions: everyone logged in reads them and downloads them as XLSX; whoever
keeps worksheets (the central inspectorate, a superuser) uploads a workbook as a year's draft
and publishes it once its weights add up."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from kinerja.accounts.access import boleh_kelola_lembar_lke
from kinerja.core.http import TidakDitemukan
from kinerja.lke.models import VersiLembar
from kinerja.lke.versi import lembar_dari_versi, simpan_lembar, terbitkan_lembar
from kinerja.lke.xlsx_lembar import LembarTidakSah, baca_lembar, tulis_lembar

# A worksheet of a hundred criteria is some tens of kilobytes; anything near this is not one.
BATAS_BERKAS = 5 * 1024 * 1024
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class UnggahLembarForm(forms.Form):
    tahun = forms.IntegerField(label=gettext_lazy("Tahun evaluasi"), min_value=2000, max_value=2100)
    berkas = forms.FileField(label=gettext_lazy("Buku kerja XLSX"))


def _pesan(problem) -> str:
    return problem.terjemahan() if hasattr(problem, "terjemahan") else str(problem)


def _versi(tahun: int) -> VersiLembar:
    versi = VersiLembar.objects.filter(tahun=tahun).first()
    if versi is None:
        raise TidakDitemukan(_("Lembar kerja evaluasi tahun itu tidak ditemukan."))
    return versi


@login_required
def lembar_daftar(request):
    boleh_kelola = boleh_kelola_lembar_lke(request.user)
    form = UnggahLembarForm()
    if request.method == "POST":
        if not boleh_kelola:
            raise PermissionDenied(
                _("Lembar kerja evaluasi dikelola oleh inspektorat pusat atau superuser.")
            )
        form = UnggahLembarForm(request.POST, request.FILES)
        if form.is_valid():
            berkas = form.cleaned_data["berkas"]
            tahun = form.cleaned_data["tahun"]
            try:
                if berkas.size > BATAS_BERKAS:
                    raise ValidationError(_("Berkas lebih dari 5 MB; itu bukan lembar kerja."))
                lembar = baca_lembar(berkas.read(), tahun=tahun)
                simpan_lembar(lembar, tahun=tahun, actor=request.user)
            except LembarTidakSah as refused:
                for problem in refused.pesan:
                    messages.error(request, _pesan(problem))
            except ValidationError as refused:
                for text in refused.messages:
                    messages.error(request, text)
            else:
                messages.success(
                    request,
                    _("Lembar kerja %(tahun)s disimpan sebagai draf (%(jumlah)s kriteria).")
                    % {"tahun": tahun, "jumlah": len(lembar.semua_kriteria())},
                )
                return redirect("lke:lembar_daftar")
    versions = VersiLembar.objects.order_by("-tahun")
    context = {"daftar": versions, "boleh_kelola": boleh_kelola, "form": form}
    return render(request, "lke/lembar_daftar.html", context)


@login_required
@require_safe
def lembar_unduh(request, tahun):
    versi = _versi(tahun)
    response = HttpResponse(tulis_lembar(lembar_dari_versi(versi)), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="lembar-lke-{versi.tahun}.xlsx"'
    return response


@login_required
@require_POST
def lembar_terbitkan(request, tahun):
    versi = _versi(tahun)
    try:
        terbitkan_lembar(actor=request.user, versi=versi)
    except ValidationError as refused:
        for text in refused.messages:
            messages.error(request, text)
    else:
        messages.success(request, _("Lembar kerja %(tahun)s terbit.") % {"tahun": tahun})
    return redirect("lke:lembar_daftar")
