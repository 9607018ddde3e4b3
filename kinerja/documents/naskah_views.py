"""The page where the LKjIP's narrative sections are written: each section's text in force,
a note where the data under an edited section has changed, its versions, and a restore
button per version; then one analysis per sasaran of BAB III.A, and the analyses whose
sasaran is gone (kept, read only). Everyone who may read the satker reads it; SUSUN_LAPORAN
writes."""

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
from kinerja.documents.naskah import fakta_tahun, naskah_berlaku, riwayat
from kinerja.documents.naskah_bawaan import bawaan as tulis_bawaan
from kinerja.documents.naskah_bawaan import kunci_slot
from kinerja.measurement.views import halaman_satker


class SasaranHilang(Exception):
    """The analysis posted is of a sasaran the year does not have (any more)."""


def _simpan(request, satker, tahun, bawaan, labels) -> str | None:
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
        return kunci_slot(version.bagian, version.kunci)
    form = NaskahForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Teks bagian tidak boleh kosong; tidak ada yang disimpan."))
        return None
    bagian, kunci = form.cleaned_data["bagian"], form.cleaned_data["kunci"]
    slot = kunci_slot(bagian, kunci)
    if slot not in bawaan:
        raise SasaranHilang
    services.simpan_naskah(
        actor=request.user,
        satker=satker,
        tahun=tahun,
        bagian=bagian,
        kunci=kunci,
        label_kunci=labels.get(kunci, ""),
        teks=form.cleaned_data["teks"],
        bawaan=bawaan[slot],
        sidik_awal=form.cleaned_data["sidik"],
    )
    messages.success(request, _("Naskah disimpan sebagai versi baru."))
    return slot


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def naskah_sunting(request, slug, tahun):
    satker, chosen, context = halaman_satker(request, slug)
    if request.method != "POST" and "tahun" in request.GET and chosen not in (None, tahun):
        # The navigation's year links (?tahun=) lead to that year's sections.
        return redirect("documents:naskah", satker.slug, chosen)
    if tahun not in context["tahun_tersedia"]:
        raise TidakDitemukan(_("Laporan kinerja tahun itu tidak ditemukan."))
    fakta = fakta_tahun(satker, tahun)
    bawaan = tulis_bawaan(fakta)
    labels = {item.kunci: item.label for item in fakta.sasaran}
    kept: dict[str, str] = {}  # what an editor typed, when another's save came first
    if request.method == "POST":
        get_satker_for_user(request.user, slug, Aksi.SUSUN_LAPORAN)  # 404 or 403
        try:
            anchor = _simpan(request, satker, tahun, bawaan, labels)
        except services.NaskahBerubah as changed:
            messages.error(request, str(changed))
            slot = kunci_slot(request.POST.get("bagian", ""), request.POST.get("kunci", ""))
            kept[slot] = request.POST.get("teks", "")
        except SasaranHilang:
            context["teks_tertahan"] = request.POST.get("teks", "")
            messages.error(
                request,
                _(
                    "Sasaran analisis ini tidak ada lagi pada data tahun %(tahun)s; tidak ada "
                    "yang disimpan."
                )
                % {"tahun": tahun},
            )
        else:
            if anchor is not None:
                url = reverse("documents:naskah", args=[satker.slug, tahun])
                return redirect(f"{url}#bagian-{anchor.replace(':', '-')}")
    versions = riwayat(satker, tahun)
    sections = naskah_berlaku(satker, tahun, bawaan, fakta.sasaran)
    context.update(
        {
            "aktif": "laporan",
            "tahun": tahun,
            "boleh_susun": boleh(request.user, Aksi.SUSUN_LAPORAN, satker),
            "bagian": [
                {
                    "naskah": section,
                    "riwayat": versions.get(section.slot, []),
                    "sidik": services.sidik_versi(section.versi),
                    "teks": kept.get(section.slot, section.teks),
                    "tertahan": section.slot in kept,
                }
                for section in sections
            ],
        }
    )
    return render(request, "documents/naskah_sunting.html", context)
