"""The time windows of a year's evaluation: everyone logged in reads them; whoever keeps the
worksheets (the central inspectorate, a superuser) sets, changes and removes them through
kinerja.lke.jadwal. One view serves the page and its htmx partial."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kinerja.accounts.access import boleh_kelola_lembar_lke
from kinerja.core.http import TidakDitemukan
from kinerja.lke.choices import FaseJadwal
from kinerja.lke.forms import HapusJadwalForm, JadwalForm
from kinerja.lke.jadwal import hapus_jadwal, tetapkan_jadwal
from kinerja.lke.models import JadwalLke, VersiLembar


@dataclass
class BarisJadwal:
    fase: FaseJadwal
    jadwal: JadwalLke | None
    form: JadwalForm


def _htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _form(fase: str, jadwal: JadwalLke | None, data=None) -> JadwalForm:
    initial = {"fase": fase}
    if jadwal is not None:
        initial |= {"mulai": jadwal.mulai, "selesai": jadwal.selesai}
    # Plain field names (the service reads them), ids unique per phase.
    return JadwalForm(data, initial=initial, auto_id=f"jadwal-{fase}-%s")


def _pesan_form(form) -> list[str]:
    return [
        f"{form[name].label}: {text}" if name in form.fields else text
        for name, texts in form.errors.items()
        for text in texts
    ]


def _simpan(request, tahun: int) -> str:
    """Carry out the posted act and return its success message; ValidationError carries the
    refusal."""
    if request.POST.get("aksi") == "hapus":
        hapus = HapusJadwalForm(request.POST)
        if not hapus.is_valid():
            raise ValidationError(_("Fase jadwal tidak dikenal."))
        fase = FaseJadwal(hapus.cleaned_data["fase"])
        hapus_jadwal(actor=request.user, tahun=tahun, fase=fase)
        return _("Jadwal %(fase)s dihapus.") % {"fase": fase.label}
    form = _form(request.POST.get("fase", ""), None, request.POST)
    if not form.is_valid():
        raise ValidationError(_pesan_form(form))
    data = form.cleaned_data
    tetapkan_jadwal(
        actor=request.user,
        tahun=tahun,
        fase=data["fase"],
        mulai=data["mulai"],
        selesai=data["selesai"],
    )
    return _("Jadwal %(fase)s disimpan.") % {"fase": FaseJadwal(data["fase"]).label}


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def jadwal(request, tahun):
    versi = VersiLembar.objects.filter(tahun=tahun).first()
    if versi is None:
        raise TidakDitemukan(_("Lembar kerja evaluasi tahun itu tidak ditemukan."))
    boleh_kelola = boleh_kelola_lembar_lke(request.user)
    galat: list[str] = []
    berhasil = ""
    tertahan = None  # the refused window as typed, shown again in its row
    if request.method == "POST":
        if not boleh_kelola:
            raise PermissionDenied(
                _("Jadwal evaluasi ditetapkan oleh inspektorat pusat atau superuser.")
            )
        try:
            berhasil = _simpan(request, tahun)
        except ValidationError as refused:
            galat = refused.messages
            if request.POST.get("aksi") != "hapus":
                tertahan = request.POST
        if not galat and not _htmx(request):
            messages.success(request, berhasil)
            return redirect("lke:jadwal", tahun)
    windows = {row.fase: row for row in JadwalLke.objects.filter(tahun=tahun)}
    baris = [
        BarisJadwal(
            fase,
            windows.get(fase.value),
            _form(fase.value, windows.get(fase.value), tertahan)
            if tertahan is not None and tertahan.get("fase") == fase.value
            else _form(fase.value, windows.get(fase.value)),
        )
        for fase in FaseJadwal
    ]
    context = {
        "versi": versi,
        "tahun": tahun,
        "baris": baris,
        "boleh_kelola": boleh_kelola,
        "galat": galat,
        "berhasil": berhasil,
        "fase_galat": tertahan.get("fase") if tertahan is not None else None,
    }
    template = "lke/partials/jadwal.html" if _htmx(request) else "lke/jadwal.html"
    return render(request, template, context, status=400 if galat else 200)
