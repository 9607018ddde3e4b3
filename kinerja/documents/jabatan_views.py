"""The satker's jabatan history page: who held which post, from when to when, for anyone who may
read the satker; recording, correcting and ending a term for the admin satker
(KELOLA_JABATAN), each through its service (kinerja.documents.jabatan_services). A refusal
shows the page again (400) with what was typed and the reasons beside the fields."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from kinerja.accounts.access import boleh, wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.http import TidakDitemukan
from kinerja.core.pesan import terjemahkan
from kinerja.documents import jabatan_services
from kinerja.documents.forms import AkhiriJabatanForm, KoreksiJabatanForm, RiwayatJabatanForm
from kinerja.documents.jabatan_dokumen import riwayat_dengan_dokumen
from kinerja.measurement.views import halaman_satker
from kinerja.organisations.models import RiwayatJabatan


def _masa(satker, riwayat_id) -> RiwayatJabatan:
    term = (
        RiwayatJabatan.objects.select_related("pegawai", "anggota", "unit")
        .filter(satker=satker, pk=riwayat_id)
        .first()
        if str(riwayat_id).isdigit()
        else None
    )
    if term is None:
        raise TidakDitemukan(_("Riwayat jabatan tidak ditemukan."))
    return term


def _units(satker):
    return list(satker.units.order_by("urutan"))


def _isi_awal(term: RiwayatJabatan) -> dict:
    return {
        "jabatan": term.jabatan,
        "kepala": term.kepala,
        "atasan": term.atasan,
        "unit": term.unit_id,
        "nama": term.nama,
        "nip": term.nip,
        "pangkat_golongan": term.pangkat_golongan,
        "mulai": term.mulai,
        "selesai": term.selesai,
        "sumber": term.sumber,
    }


def _halaman(request, satker, context, *, status=200, **forms):
    """The page; `forms` replaces the empty ones: `catat`, `koreksi` (with `koreksi_masa`) and
    `akhiri` (with `akhiri_masa`), bound to what a refused POST held."""
    may_edit = boleh(request.user, Aksi.KELOLA_JABATAN, satker)
    context |= {
        "aktif": "jabatan",
        "jabatan": riwayat_dengan_dokumen(satker),
        "boleh_ubah": may_edit,
        "form_catat": forms.get("catat")
        or (RiwayatJabatanForm(units=_units(satker)) if may_edit else None),
        "form_koreksi": forms.get("koreksi"),
        "koreksi_masa": forms.get("koreksi_masa"),
        "form_akhiri": forms.get("akhiri"),
        "akhiri_masa": forms.get("akhiri_masa"),
    }
    return render(request, "documents/riwayat_jabatan.html", context, status=status)


@login_required
@require_safe
def riwayat_jabatan(request, slug):
    """The history; `?ubah=<id>` opens the correction form of one term (the admin only)."""
    satker, _tahun, context = halaman_satker(request, slug)
    if "ubah" not in request.GET:
        return _halaman(request, satker, context)
    term = _masa(satker, request.GET["ubah"])
    wajib_boleh(request.user, Aksi.KELOLA_JABATAN, satker)
    form = KoreksiJabatanForm(initial=_isi_awal(term), units=_units(satker))
    return _halaman(request, satker, context, koreksi=form, koreksi_masa=term)


def _tolak(form, refused: ValidationError) -> None:
    """The service's reasons beside the fields they are about, the others above the form."""
    if not hasattr(refused, "error_dict"):
        for text in refused.messages:
            form.add_error(None, terjemahkan(text))
        return
    for field, texts in refused.message_dict.items():
        target = field if field in form.fields and field != NON_FIELD_ERRORS else None
        for text in texts:
            form.add_error(target, terjemahkan(text))


def _ke_masa(satker, term_id: int):
    url = reverse("documents:riwayat_jabatan", args=[satker.slug])
    return redirect(f"{url}#masa-{term_id}")


def _siapkan(request, slug):
    """The satker of a write and the page's context: 404 if not visible, 403 without the right,
    before anything posted is read."""
    satker, _tahun, context = halaman_satker(request, slug)
    wajib_boleh(request.user, Aksi.KELOLA_JABATAN, satker)
    return satker, context


@login_required
@require_POST
def riwayat_jabatan_catat(request, slug):
    satker, context = _siapkan(request, slug)
    form = RiwayatJabatanForm(request.POST, units=_units(satker))
    if form.is_valid():
        try:
            term = jabatan_services.catat_jabatan(
                actor=request.user, satker=satker, **form.cleaned_data
            )
        except ValidationError as refused:
            _tolak(form, refused)
        else:
            messages.success(
                request,
                _("Masa jabatan %(nama)s sebagai %(jabatan)s dicatat.")
                % {"nama": term.nama, "jabatan": term.jabatan},
            )
            return _ke_masa(satker, term.pk)
    messages.error(request, _("Masa jabatan belum dicatat; periksa isian di bawah."))
    return _halaman(request, satker, context, status=400, catat=form)


@login_required
@require_POST
def riwayat_jabatan_ubah(request, slug, riwayat_id):
    satker, context = _siapkan(request, slug)
    term = _masa(satker, riwayat_id)
    form = KoreksiJabatanForm(request.POST, units=_units(satker))
    if form.is_valid():
        try:
            changed = jabatan_services.koreksi_jabatan(
                actor=request.user, satker=satker, riwayat_id=term.pk, **form.cleaned_data
            )
        except ValidationError as refused:
            _tolak(form, refused)
        else:
            if changed:
                messages.success(request, _("Koreksi riwayat jabatan disimpan."))
            else:
                messages.info(request, _("Tidak ada yang berubah; tidak ada yang disimpan."))
            return _ke_masa(satker, term.pk)
    messages.error(request, _("Koreksi belum disimpan; periksa isian di bawah."))
    return _halaman(request, satker, context, status=400, koreksi=form, koreksi_masa=term)


@login_required
@require_POST
def riwayat_jabatan_akhiri(request, slug, riwayat_id):
    satker, context = _siapkan(request, slug)
    term = _masa(satker, riwayat_id)
    form = AkhiriJabatanForm(request.POST)
    if form.is_valid():
        try:
            term = jabatan_services.akhiri_jabatan(
                actor=request.user, satker=satker, riwayat_id=term.pk, **form.cleaned_data
            )
        except ValidationError as refused:
            _tolak(form, refused)
        else:
            messages.success(
                request,
                _("Masa jabatan %(nama)s diakhiri: %(masa)s.")
                % {"nama": term.nama, "masa": terjemahkan(term.masa)},
            )
            return _ke_masa(satker, term.pk)
    messages.error(request, _("Masa jabatan belum diakhiri; periksa isian di bawah."))
    return _halaman(request, satker, context, status=400, akhiri=form, akhiri_masa=term)
