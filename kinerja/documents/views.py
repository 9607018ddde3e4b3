"""Downloads of generated documents, for whoever may read the satker."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from kinerja.accounts.access import get_satker_for_user
from kinerja.core.http import TidakDitemukan
from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.lkjip import laporan_kinerja
from kinerja.documents.nama import nama_berkas
from kinerja.documents.naskah import bagian_berubah
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.documents.pk import dokumen_pk, perjanjian_untuk_dokumen
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
    """The satker's years, each with its LKjIP to download as Word or PDF."""
    satker, tahun, context = halaman_satker(request, slug)
    context["aktif"] = "laporan"
    changed = bagian_berubah(satker, context["tahun_tersedia"])
    context["baris_tahun"] = [(year, changed.get(year, [])) for year in context["tahun_tersedia"]]
    return render(request, "documents/laporan_daftar.html", context)


@login_required
@require_safe
def laporan_unduh(request, slug, tahun, fmt):
    satker, _tahun, context = halaman_satker(request, slug)
    if tahun not in context["tahun_tersedia"] or fmt not in FORMAT:
        raise TidakDitemukan(_("Laporan kinerja tahun itu tidak ditemukan."))
    write, content_type = FORMAT[fmt]
    response = HttpResponse(write(laporan_kinerja(satker, tahun)), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="lkjip-{satker.slug}-{tahun}.{fmt}"'
    return response
