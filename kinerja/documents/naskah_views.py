"""The page where the LKjIP's narrative sections are written: each section's text in force,
a note where the data under an edited section has changed, its versions, and a restore
button per version. Everyone who may read the satker reads it; SUSUN_LAPORAN writes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kinerja.accounts.access import boleh, get_satker_for_user
from kinerja.accounts.peran import Aksi
from kinerja.core.http import TidakDitemukan
from kinerja.documents import services
from kinerja.documents.forms import NaskahForm, PulihkanForm
from kinerja.documents.naskah import bawaan_tahun, naskah_berlaku, riwayat
from kinerja.measurement.views import halaman_satker


def _simpan(request, satker, tahun, bawaan) -> str | None:
    """Handle one POST; the anchor of the section saved, or None when refused."""
    if request.POST.get("aksi") == "pulihkan":
        form = PulihkanForm(request.POST)
        if not form.is_valid():
            raise TidakDitemukan(_("Versi naskah tidak ditemukan."))
        try:
            version = services.pulihkan_naskah(
                actor=request.user,
                satker=satker,
                tahun=tahun,
                versi_id=form.cleaned_data["versi"],
                sidik_awal=form.cleaned_data["sidik"],
            )
        except ObjectDoesNotExist as missing:
            raise TidakDitemukan(_("Versi naskah tidak ditemukan.")) from missing
        messages.success(
            request,
            _("Versi %(lama)s dipulihkan sebagai versi %(baru)s.")
            % {"lama": version.dipulihkan_dari.versi, "baru": version.versi},
        )
        return version.bagian
    form = NaskahForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Teks bagian tidak boleh kosong; tidak ada yang disimpan."))
        return None
    bagian = form.cleaned_data["bagian"]
    services.simpan_naskah(
        actor=request.user,
        satker=satker,
        tahun=tahun,
        bagian=bagian,
        teks=form.cleaned_data["teks"],
        bawaan=bawaan[bagian],
        sidik_awal=form.cleaned_data["sidik"],
    )
    messages.success(request, _("Naskah disimpan sebagai versi baru."))
    return bagian


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def naskah_sunting(request, slug, tahun):
    satker, chosen, context = halaman_satker(request, slug)
    if request.method != "POST" and "tahun" in request.GET and chosen not in (None, tahun):
        # The navigation's year links (?tahun=) lead to that year's sections.
        return redirect("documents:naskah", satker.slug, chosen)
    if tahun not in context["tahun_tersedia"]:
        raise TidakDitemukan(_("Laporan kinerja tahun itu tidak ditemukan."))
    bawaan = bawaan_tahun(satker, tahun)
    kept: dict[str, str] = {}  # what an editor typed, when another's save came first
    if request.method == "POST":
        get_satker_for_user(request.user, slug, Aksi.SUSUN_LAPORAN)  # 404 or 403
        try:
            anchor = _simpan(request, satker, tahun, bawaan)
        except services.NaskahBerubah as changed:
            messages.error(request, str(changed))
            kept[request.POST.get("bagian", "")] = request.POST.get("teks", "")
        else:
            if anchor is not None:
                url = reverse("documents:naskah", args=[satker.slug, tahun])
                return redirect(f"{url}#bagian-{anchor}")
    versions = riwayat(satker, tahun)
    sections = naskah_berlaku(satker, tahun, bawaan)
    context.update(
        {
            "aktif": "laporan",
            "tahun": tahun,
            "boleh_susun": boleh(request.user, Aksi.SUSUN_LAPORAN, satker),
            "bagian": [
                {
                    "naskah": section,
                    "riwayat": versions[section.kode],
                    "sidik": services.sidik_versi(section.versi),
                    "teks": kept.get(section.kode, section.teks),
                    "tertahan": section.kode in kept,
                }
                for section in sections
            ],
        }
    )
    return render(request, "documents/naskah_sunting.html", context)
