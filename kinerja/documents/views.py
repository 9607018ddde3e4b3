"""Downloads of generated documents, for whoever may read the satker."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from kinerja.accounts.access import boleh, get_satker_for_user
from kinerja.accounts.peran import Aksi
from kinerja.core.http import TidakDitemukan
from kinerja.documents import massal
from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.forms import LaporanMassalForm
from kinerja.documents.kesiapan_data import kesiapan, url_tautan
from kinerja.documents.laporan_berkas import JENIS_BERKAS, tulis_laporan
from kinerja.documents.laporan_tersimpan import FORMAT_TERSIMPAN, tulis_tersimpan, versi_berlaku
from kinerja.documents.laporan_ttd import halaman_ttd
from kinerja.documents.nama import nama_berkas
from kinerja.documents.naskah import bagian_berubah
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.documents.pk import dokumen_pk, perjanjian_untuk_dokumen
from kinerja.documents.reviu_apip_views import halaman_reviu
from kinerja.measurement.views import halaman_satker

FORMAT = {
    "docx": (
        tulis_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "pdf": (tulis_pdf, "application/pdf"),
}


@login_required
@require_safe
def dokumen_perjanjian(request, slug, pk_id, fmt):
    satker = get_satker_for_user(request.user, slug)
    pk = perjanjian_untuk_dokumen([pk_id]).filter(satker=satker).first()
    if pk is None or fmt not in FORMAT:
        raise TidakDitemukan(_("Dokumen Perjanjian Kinerja tidak ditemukan."))
    write, content_type = FORMAT[fmt]
    response = HttpResponse(write(dokumen_pk(pk)), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{nama_berkas(pk)}.{fmt}"'
    return response


@login_required
@require_safe
def laporan_daftar(request, slug):
    """The satker's years, each with its readiness check and its LKjIP to download."""
    satker, tahun, context = halaman_satker(request, slug)
    context["aktif"] = "laporan"
    changed = bagian_berubah(satker, context["tahun_tersedia"])
    context["kesiapan"] = []
    for year in context["tahun_tersedia"]:
        check = kesiapan(satker, year)
        context["kesiapan"].append(
            {
                "tahun": year,
                "siap": check.siap,
                "penghalang": [
                    (item.pesan, url_tautan(satker.slug, year, item.tautan))
                    for item in check.penghalang
                ],
                "berubah": changed.get(year, []),
                **halaman_ttd(request.user, satker, year),
                **halaman_reviu(request.user, satker, year),
            }
        )
    if context["punya_anak"]:
        # The year-end batch over the satkers below: its form for whoever composes this
        # satker's report, and the latest batches for every reader.
        if boleh(request.user, Aksi.SUSUN_LAPORAN, satker) and context["tahun_tersedia"]:
            context["form_massal"] = LaporanMassalForm(tahun_tersedia=context["tahun_tersedia"])
        context["daftar_massal"] = massal.daftar_terbaru(satker)
    return render(request, "documents/laporan_daftar.html", context)


@login_required
@require_safe
def laporan_unduh(request, slug, tahun, fmt):
    """The LKjIP of a year; with blockers, only when asked to go ahead (`tetap=1`), and then
    with the blockers as an appendix. `konsistensi=1` adds the reviu findings."""
    satker, _tahun, context = halaman_satker(request, slug)
    if tahun not in context["tahun_tersedia"] or fmt not in JENIS_BERKAS:
        raise TidakDitemukan(_("Laporan kinerja tahun itu tidak ditemukan."))
    signed = versi_berlaku(satker, tahun) if fmt in FORMAT_TERSIMPAN else None
    if signed is not None:
        # A signed year is the document as signed, whatever the data says since.
        response = HttpResponse(tulis_tersimpan(signed, fmt), content_type=JENIS_BERKAS[fmt])
        response["Content-Disposition"] = (
            f'attachment; filename="lkjip-{satker.slug}-{tahun}-v{signed.versi}.{fmt}"'
        )
        return response
    check = kesiapan(satker, tahun)
    if check.penghalang and request.GET.get("tetap") != "1":
        messages.warning(
            request,
            _(
                "Laporan %(tahun)s belum dibuat: masih ada hal yang belum lengkap. Lengkapi dulu, "
                "atau centang “Tetap buat laporan”."
            )
            % {"tahun": tahun},
        )
        return redirect(
            reverse("documents:laporan", args=[satker.slug]) + f"?tahun={tahun}#tahun-{tahun}"
        )
    content = tulis_laporan(
        satker,
        tahun,
        fmt,
        check,
        konsistensi=request.GET.get("konsistensi") == "1",
        actor=request.user,
    )
    response = HttpResponse(content, content_type=JENIS_BERKAS[fmt])
    response["Content-Disposition"] = f'attachment; filename="lkjip-{satker.slug}-{tahun}.{fmt}"'
    return response
