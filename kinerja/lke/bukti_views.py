"""Evidence from the worksheet page: add a file or a link to a record, the evaluator's accept
or reject, and the download. Each posts, goes through kinerja.lke.bukti, and returns to the
criterion on the page."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from kinerja.accounts.access import get_satker_for_user
from kinerja.core.http import TidakDitemukan
from kinerja.lke.akses import evaluasi_satker
from kinerja.lke.bukti import periksa_bukti_lke, tautkan_bukti_lke, unggah_bukti_lke
from kinerja.lke.models import BuktiLke
from kinerja.lke.selectors import anchor


def _bukti(evaluasi, bukti_id) -> BuktiLke:
    bukti = BuktiLke.objects.filter(evaluasi=evaluasi, pk=bukti_id).select_related("kriteria")
    found = bukti.first()
    if found is None:
        raise TidakDitemukan(_("Bukti dukung tidak ditemukan."))
    return found


def _kembali(satker, tahun, kode: str, rekaman: str = ""):
    """Back to the criterion; a refused record choice comes back selected (`rekaman`)."""
    url = reverse("lke:lembar_kerja", args=[satker.slug, tahun])
    if rekaman:
        url += "?" + urlencode({"kriteria": kode, "rekaman": rekaman})
    return redirect(f"{url}#{anchor(kode)}")


@login_required
@require_POST
def tambah(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = evaluasi_satker(satker, tahun)
    kode = request.POST.get("kriteria", "")[:20]
    kunci = request.POST.get("rekaman", "")[:60]
    try:
        if request.FILES.get("berkas") and kunci:
            raise ValidationError(
                _(
                    "Pilih salah satu: unggah berkas atau tautkan rekaman Kinerja, tidak "
                    "keduanya. Rekaman yang dipilih masih terpilih; pilih berkasnya lagi bila "
                    "berkas yang hendak ditambahkan."
                )
            )
        if request.FILES.get("berkas"):
            unggah_bukti_lke(
                actor=request.user,
                evaluasi=evaluasi,
                kode_kriteria=kode,
                berkas=request.FILES["berkas"],
            )
        else:
            if not kunci:
                raise ValidationError(_("Pilih berkas atau rekaman sebagai bukti."))
            tautkan_bukti_lke(
                actor=request.user, evaluasi=evaluasi, kode_kriteria=kode, kunci=kunci
            )
    except ValidationError as refused:
        for text in refused.messages:
            messages.error(request, text)
        return _kembali(satker, tahun, kode, kunci)
    messages.success(request, _("Bukti dukung %(kode)s ditambahkan.") % {"kode": kode})
    return _kembali(satker, tahun, kode)


@login_required
@require_POST
def periksa(request, slug, tahun, bukti_id):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = evaluasi_satker(satker, tahun)
    bukti = _bukti(evaluasi, bukti_id)
    diterima = request.POST.get("aksi") == "terima"
    try:
        periksa_bukti_lke(
            actor=request.user,
            bukti=bukti,
            diterima=diterima,
            alasan=request.POST.get("alasan", ""),
        )
    except ValidationError as refused:
        for text in refused.messages:
            messages.error(request, text)
    else:
        if diterima:
            done = _("Bukti dukung %(kode)s (%(bukti)s) diterima.")
        else:
            done = _("Bukti dukung %(kode)s (%(bukti)s) ditolak.")
        messages.success(request, done % {"kode": bukti.kriteria.kode, "bukti": bukti.label})
    return _kembali(satker, tahun, bukti.kriteria.kode)


@login_required
@require_safe
def unduh(request, slug, tahun, bukti_id):
    satker = get_satker_for_user(request.user, slug)
    bukti = _bukti(evaluasi_satker(satker, tahun), bukti_id)
    if not bukti.berkas:
        raise TidakDitemukan(_("Bukti ini tautan rekaman, bukan berkas."))
    return FileResponse(
        bukti.berkas.open("rb"),
        as_attachment=True,
        filename=bukti.nama_asli,
        content_type=bukti.jenis_berkas,
    )
