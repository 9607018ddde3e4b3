"""Writing the inspectorate's review notes from the reviu page: one POST URL for the three
acts (write a note, answer it, close it), each through its service; success redirects to the
note on the page, a refusal shows the page again with what was typed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.http import TidakDitemukan, nomor_dari
from kinerja.evaluation import services
from kinerja.evaluation.forms import CatatanForm, SelesaiForm, TanggapanForm
from kinerja.evaluation.views import kunci_temuan, render_reviu, temuan_tahun
from kinerja.measurement.views import halaman_satker


def _catat(request, satker, tahun):
    wajib_boleh(request.user, Aksi.CATAT_REVIU, satker)  # 403 before judging what was posted
    form = CatatanForm(request.POST)
    form.is_valid()  # every field optional: the service refuses an empty note
    finding = None
    if form.cleaned_data.get("temuan"):
        findings, _ada_data = temuan_tahun(satker, tahun)
        finding = {kunci_temuan(item): item for item in findings}.get(form.cleaned_data["temuan"])
        if finding is None:
            raise ValidationError(
                _(
                    "Temuan itu tidak ada lagi pada reviu: datanya berubah sejak halaman dibuka. "
                    "Catatan Anda belum disimpan; catat sebagai catatan umum bila masih perlu."
                )
            )
    note = services.catat_reviu(
        actor=request.user,
        satker=satker,
        tahun=tahun,
        teks=form.cleaned_data.get("teks", ""),
        temuan=finding,
    )
    messages.success(request, _("Catatan reviu disimpan."))
    return note


def _catatan_id(form) -> int:
    if not form.is_valid():
        raise TidakDitemukan(_("Catatan reviu tidak ditemukan."))
    return form.cleaned_data["catatan"]


def _tanggapi(request, satker):
    form = TanggapanForm(request.POST)
    note = services.tanggapi(
        actor=request.user,
        satker=satker,
        catatan_id=_catatan_id(form),
        tanggapan=form.cleaned_data.get("tanggapan", ""),
    )
    messages.success(request, _("Tanggapan disimpan."))
    return note


def _selesaikan(request, satker):
    note = services.selesaikan(
        actor=request.user, satker=satker, catatan_id=_catatan_id(SelesaiForm(request.POST))
    )
    messages.success(request, _("Catatan reviu ditandai selesai."))
    return note


def _tertahan(post) -> dict:
    """What the refused form held, to show it again."""
    if post.get("aksi") == "catat":
        return {"temuan": post.get("temuan", ""), "teks": post.get("teks", "")}
    if post.get("aksi") == "tanggapi" and nomor_dari(post.get("catatan")) is not None:
        return {"catatan": nomor_dari(post["catatan"]), "teks": post.get("tanggapan", "")}
    return {}


@login_required
@require_POST
def catatan_reviu(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    if tahun is None:
        raise TidakDitemukan(_("Belum ada data tahun mana pun untuk satker ini."))
    action = request.POST.get("aksi")
    try:
        if action == "catat":
            note = _catat(request, satker, tahun)
        elif action == "tanggapi":
            note = _tanggapi(request, satker)
        elif action == "selesaikan":
            note = _selesaikan(request, satker)
        else:
            raise TidakDitemukan(_("Tindakan tidak dikenal."))
    except ObjectDoesNotExist as missing:
        raise TidakDitemukan(_("Catatan reviu tidak ditemukan.")) from missing
    except ValidationError as refused:
        for text in refused.messages:
            messages.error(request, text)
        findings, ada_data = temuan_tahun(satker, tahun)
        return render_reviu(
            request, satker, tahun, context, findings, ada_data, _tertahan(request.POST)
        )
    url = reverse("evaluation:reviu_detail", args=[satker.slug])
    return redirect(f"{url}?tahun={tahun}#catatan-{note.pk}")
