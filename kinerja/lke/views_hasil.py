"""The results of an evaluation: the LHE (Word, PDF) and the worksheet (Excel) from the
snapshot, the evaluator's narratives, signer and recommendations, the satker's follow-up,
and a parent's overview of its children's evaluations. Views read through
kinerja.lke.selectors_hasil and write through kinerja.lke.rekomendasi; another satker's
evaluation, recommendation or file is not found."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from kinerja.accounts.access import get_satker_for_user
from kinerja.core.http import TidakDitemukan
from kinerja.lke import rekomendasi as services
from kinerja.lke.akses import evaluasi_satker, konteks_halaman, sisi_evaluator
from kinerja.lke.alur import Status, nilai_final_terlihat
from kinerja.lke.forms_hasil import (
    NarasiForm,
    PenandaTanganForm,
    RekomendasiForm,
    TindakLanjutForm,
    TutupForm,
)
from kinerja.lke.lhe_berkas import lembar_kerja_xlsx, lhe_docx, lhe_pdf
from kinerja.lke.models_rekomendasi import Rekomendasi, TindakLanjut
from kinerja.lke.selectors_hasil import halaman_hasil, ringkasan_anak

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _kembali(satker, tahun):
    return redirect("lke:hasil", satker.slug, tahun)


def _pesan_galat(request, refused: ValidationError) -> None:
    for text in refused.messages:
        messages.error(request, text)


@login_required
@require_safe
def hasil(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    return _halaman(request, satker, evaluasi_satker(satker, tahun))


def _halaman(request, satker, evaluasi, status=200, **tertahan):
    """The results page; after a refused form, with what was typed (`tertahan`) kept in it."""
    context = konteks_halaman(satker, evaluasi.tahun) | {
        "hasil": halaman_hasil(evaluasi, request.user),
        "form_rekomendasi": RekomendasiForm(),
    }
    return render(request, "lke/hasil.html", context | tertahan, status=status)


def _terlihat_final(request, satker, tahun):
    """The evaluation, when this reader may see its final result; else not found (a hidden
    result is left out, not merely hidden)."""
    evaluasi = evaluasi_satker(satker, tahun)
    evaluator = sisi_evaluator(request.user, satker)
    if not nilai_final_terlihat(Status(evaluasi.status), evaluasi.sembunyikan_nilai, evaluator):
        raise TidakDitemukan(_("Hasil evaluasi belum terbit."))
    return evaluasi


def _unduh(request, slug, tahun, write, content_type, name):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = _terlihat_final(request, satker, tahun)
    try:
        content = write(evaluasi)
    except ValidationError as refused:
        _pesan_galat(request, refused)
        return _kembali(satker, tahun)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name % (satker.slug, tahun)}"'
    return response


@login_required
@require_safe
def lhe_word(request, slug, tahun):
    return _unduh(request, slug, tahun, lhe_docx, DOCX, "lhe-%s-%s.docx")


@login_required
@require_safe
def lhe_pdf_unduh(request, slug, tahun):
    return _unduh(request, slug, tahun, lhe_pdf, "application/pdf", "lhe-%s-%s.pdf")


@login_required
@require_safe
def lembar_excel(request, slug, tahun):
    return _unduh(request, slug, tahun, lembar_kerja_xlsx, XLSX, "lembar-kerja-lke-%s-%s.xlsx")


def _tulis(request, satker, tahun, act, done: str):
    try:
        act()
    except ValidationError as refused:
        _pesan_galat(request, refused)
    else:
        messages.success(request, done)
    return _kembali(satker, tahun)


@login_required
@require_POST
def narasi_simpan(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = evaluasi_satker(satker, tahun)
    form = NarasiForm(request.POST)
    if not form.is_valid():
        raise TidakDitemukan(_("Komponen tidak dikenal."))
    return _tulis(
        request,
        satker,
        tahun,
        lambda: services.simpan_narasi(
            actor=request.user,
            evaluasi=evaluasi,
            kode_komponen=form.cleaned_data["kode_komponen"],
            teks=form.cleaned_data["teks"],
        ),
        _("Uraian komponen disimpan."),
    )


@login_required
@require_POST
def penanda_tangan_simpan(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = evaluasi_satker(satker, tahun)
    form = PenandaTanganForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Pilih penanda tangan dan tulis tempatnya."))
        return _kembali(satker, tahun)
    return _tulis(
        request,
        satker,
        tahun,
        lambda: services.tetapkan_penanda_tangan_lhe(
            actor=request.user,
            evaluasi=evaluasi,
            pemeriksa_id=form.cleaned_data["pemeriksa"],
            tempat=form.cleaned_data["tempat"],
        ),
        _("Penanda tangan LHE disimpan."),
    )


@login_required
@require_POST
def rekomendasi_tambah(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = evaluasi_satker(satker, tahun)
    form = RekomendasiForm(request.POST)
    # A refusal shows the page again with the form as typed (its field errors beside it).
    if not form.is_valid():
        return _halaman(request, satker, evaluasi, 400, form_rekomendasi=form)
    try:
        services.tambah_rekomendasi(
            actor=request.user,
            evaluasi=evaluasi,
            uraian=form.cleaned_data["uraian"],
            kode_kriteria=form.kode(),
            prioritas=form.cleaned_data["prioritas"],
            penanggung_jawab=form.cleaned_data["penanggung_jawab"],
            batas_waktu=form.cleaned_data["batas_waktu"],
        )
    except ValidationError as refused:
        _pesan_galat(request, refused)
        return _halaman(request, satker, evaluasi, 400, form_rekomendasi=form)
    messages.success(request, _("Rekomendasi ditambahkan."))
    return _kembali(satker, tahun)


def _rekomendasi(satker, tahun, nomor) -> Rekomendasi:
    evaluasi = evaluasi_satker(satker, tahun)
    found = Rekomendasi.objects.filter(evaluasi=evaluasi, nomor=nomor).first()
    if found is None:
        raise TidakDitemukan(_("Rekomendasi tidak ditemukan."))
    return found


@login_required
@require_POST
def tindak_lanjut_tambah(request, slug, tahun, nomor):
    satker = get_satker_for_user(request.user, slug)
    rekomendasi = _rekomendasi(satker, tahun, nomor)
    form = TindakLanjutForm(request.POST, request.FILES)
    try:
        if not form.is_valid():
            raise ValidationError(_("Tulis uraian tindak lanjut dan lampirkan berkas buktinya."))
        services.tambah_tindak_lanjut(
            actor=request.user,
            rekomendasi=rekomendasi,
            uraian=form.cleaned_data["uraian"],
            berkas=form.cleaned_data["berkas"],
        )
    except ValidationError as refused:
        _pesan_galat(request, refused)
        # The text comes back as typed; a browser never refills a file input.
        tertahan = {"nomor": rekomendasi.nomor, "uraian": request.POST.get("uraian", "")[:5000]}
        return _halaman(request, satker, rekomendasi.evaluasi, 400, tindak_lanjut_tertahan=tertahan)
    messages.success(request, _("Tindak lanjut dicatat."))
    return _kembali(satker, tahun)


@login_required
@require_POST
def rekomendasi_tutup(request, slug, tahun, nomor):
    satker = get_satker_for_user(request.user, slug)
    rekomendasi = _rekomendasi(satker, tahun, nomor)
    form = TutupForm(request.POST)
    catatan = form.cleaned_data["catatan"] if form.is_valid() else ""
    return _tulis(
        request,
        satker,
        tahun,
        lambda: services.tutup_rekomendasi(
            actor=request.user, rekomendasi=rekomendasi, catatan=catatan
        ),
        _("Rekomendasi ditutup."),
    )


@login_required
@require_safe
def tindak_lanjut_berkas(request, slug, tahun, nomor, pk):
    satker = get_satker_for_user(request.user, slug)
    rekomendasi = _rekomendasi(satker, tahun, nomor)
    entry = TindakLanjut.objects.filter(rekomendasi=rekomendasi, pk=pk).first()
    if entry is None:
        raise TidakDitemukan(_("Berkas tidak ditemukan."))
    return FileResponse(entry.berkas.open("rb"), as_attachment=True, filename=entry.nama_asli)


@login_required
@require_safe
def anak(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    if not satker.children.exists():
        raise TidakDitemukan(_("Satker ini tidak membawahi satker lain."))
    context = konteks_halaman(satker, tahun) | {
        "ringkasan": ringkasan_anak(satker, tahun, request.user)
    }
    return render(request, "lke/anak.html", context)
