"""The report page's actions on a year's LKjIP as a document: its date, place and number
(SUSUN_LAPORAN), signing it and revising it with a reason (TANDA_TANGAN_LAPORAN, the
pimpinan), and the download of each signed version as it was signed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from kinerja.accounts.access import get_satker_for_user
from kinerja.accounts.peran import Aksi
from kinerja.core.http import TidakDitemukan
from kinerja.documents import laporan_services
from kinerja.documents.forms import IdentitasLaporanForm, RevisiLaporanForm, TandaTanganForm
from kinerja.documents.laporan_berkas import JENIS_BERKAS
from kinerja.documents.laporan_tersimpan import (
    FORMAT_TERSIMPAN,
    data_tersimpan,
    tulis_tersimpan,
    versi_berlaku,
)
from kinerja.documents.models import LaporanDihasilkan, LaporanTertandatangan
from kinerja.measurement.views import halaman_satker


def _kembali(satker, tahun: int, anchor: str = "tahun"):
    url = reverse("documents:laporan", args=[satker.slug])
    return redirect(f"{url}?tahun={tahun}#{anchor}-{tahun}")


def _tahun_ada(request, slug, tahun, aksi: Aksi):
    satker, _chosen, context = halaman_satker(request, slug)
    if tahun not in context["tahun_tersedia"]:
        raise TidakDitemukan(_("Laporan kinerja tahun itu tidak ditemukan."))
    get_satker_for_user(request.user, slug, aksi)  # 404 or 403
    return satker


def tolak(request, error: ValidationError) -> None:
    """Each message of a refused write, as a message on the next page."""
    for message in error.messages:
        messages.error(request, message)


@login_required
@require_POST
def laporan_identitas(request, slug, tahun):
    satker = _tahun_ada(request, slug, tahun, Aksi.SUSUN_LAPORAN)
    form = IdentitasLaporanForm(request.POST, prefix=f"identitas-{tahun}")
    if not form.is_valid():
        messages.error(request, _("Tanggal laporan tidak sah; tidak ada yang disimpan."))
        return _kembali(satker, tahun, "identitas")
    laporan_services.simpan_identitas_laporan(
        actor=request.user, satker=satker, tahun=tahun, **form.cleaned_data
    )
    messages.success(request, _("Tanggal, tempat dan nomor laporan disimpan."))
    signed = versi_berlaku(satker, tahun)
    if signed is not None:
        # The signed version keeps what it was signed with: say so, or the page shows a date
        # above a signed report that does not carry it.
        messages.warning(
            request,
            _(
                "Laporan %(tahun)s sudah ditandatangani (versi %(versi)s) dengan tanggal, tempat "
                "dan nomornya sendiri; yang baru disimpan berlaku pada revisi berikutnya."
            )
            % {"tahun": tahun, "versi": signed.versi},
        )
    return _kembali(satker, tahun, "identitas")


@login_required
@require_POST
def laporan_tandatangani(request, slug, tahun):
    satker = _tahun_ada(request, slug, tahun, Aksi.TANDA_TANGAN_LAPORAN)
    form = TandaTanganForm(request.POST)
    form.is_valid()
    try:
        version = laporan_services.tandatangani_laporan(
            actor=request.user,
            satker=satker,
            tahun=tahun,
            tetap=form.cleaned_data.get("tetap", False),
        )
    except ValidationError as error:
        tolak(request, error)
    else:
        messages.success(
            request,
            _("Laporan %(tahun)s ditandatangani (versi %(versi)s).")
            % {"tahun": tahun, "versi": version.versi},
        )
    return _kembali(satker, tahun, "ttd")


@login_required
@require_POST
def laporan_revisi(request, slug, tahun):
    satker = _tahun_ada(request, slug, tahun, Aksi.TANDA_TANGAN_LAPORAN)
    form = RevisiLaporanForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Alasan revisi wajib diisi; laporan tidak direvisi."))
        return _kembali(satker, tahun, "ttd")
    try:
        version = laporan_services.revisi_laporan(
            actor=request.user, satker=satker, tahun=tahun, **form.cleaned_data
        )
    except ValidationError as error:
        tolak(request, error)
    else:
        messages.success(
            request,
            _("Revisi laporan %(tahun)s ditandatangani sebagai versi %(versi)s.")
            % {"tahun": tahun, "versi": version.versi},
        )
    return _kembali(satker, tahun, "ttd")


def _unduh_tersimpan(stored, fmt: str, name: str) -> HttpResponse:
    """A kept report (signed or draft) rendered from its stored content, or with "json" the
    data it was built from, the measurement as `kinerja pengukuran --json` prints it."""
    if fmt == "json":
        data = data_tersimpan(stored)
        if data is None:
            raise TidakDitemukan(_("Data sumber versi ini tidak tersimpan."))
        response = HttpResponse(data, content_type="application/json; charset=utf-8")
        name += "-data.json"
    else:
        response = HttpResponse(tulis_tersimpan(stored, fmt), content_type=JENIS_BERKAS[fmt])
        name += f".{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_safe
def laporan_versi_unduh(request, slug, tahun, versi, fmt):
    """A signed version as it was signed: rendered from its stored content, not the data."""
    satker = get_satker_for_user(request.user, slug)
    version = LaporanTertandatangan.objects.filter(satker=satker, tahun=tahun, versi=versi).first()
    if version is None or fmt not in (*FORMAT_TERSIMPAN, "json"):
        raise TidakDitemukan(_("Laporan kinerja tertandatangan itu tidak ditemukan."))
    return _unduh_tersimpan(version, fmt, f"lkjip-{satker.slug}-{tahun}-v{versi}")


@login_required
@require_safe
def laporan_draf_unduh(request, slug, tahun, draf_id, fmt):
    """A draft as it was generated: rendered from its stored content, not today's data."""
    satker = get_satker_for_user(request.user, slug)
    draft = LaporanDihasilkan.objects.filter(satker=satker, tahun=tahun, pk=draf_id).first()
    if draft is None or fmt not in (*FORMAT_TERSIMPAN, "json"):
        raise TidakDitemukan(_("Draf laporan kinerja itu tidak ditemukan."))
    return _unduh_tersimpan(draft, fmt, f"lkjip-{satker.slug}-{tahun}-draf-{draft.sidik[:12]}")
