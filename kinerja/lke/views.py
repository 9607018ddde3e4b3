"""The LKE pages: a satker's evaluations, the worksheet of one year with each side's answer,
saving one answer (htmx), and the evaluation's steps. Views read through kinerja.lke.selectors
and write through kinerja.lke.services; another satker's evaluation is not found."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from kinerja.accounts.access import boleh, get_satker_for_user
from kinerja.accounts.peran import Aksi
from kinerja.core.http import TidakDitemukan
from kinerja.lke import services
from kinerja.lke.akses import evaluasi_satker, konteks_halaman
from kinerja.lke.alur import Langkah
from kinerja.lke.choices import StatusLembar
from kinerja.lke.forms import LABEL_LANGKAH, BukaForm, JawabanForm, LangkahForm
from kinerja.lke.logika_evaluasi import PengajuanDitolak, temuan_logika
from kinerja.lke.models import EvaluasiLke, VersiLembar
from kinerja.lke.selectors import anchor, halaman_lke, jumlah_belum_dijawab


def _htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def evaluasi_daftar(request, slug):
    satker = get_satker_for_user(request.user, slug)
    boleh_buka = boleh(request.user, Aksi.ISI_LKE_MANDIRI, satker) or boleh(
        request.user, Aksi.EVALUASI_LKE, satker
    )
    if request.method == "POST":
        form = BukaForm(request.POST)
        try:
            if not form.is_valid():
                raise ValidationError(_("Tahun evaluasi tidak sah."))
            evaluasi = services.buka_evaluasi(
                actor=request.user, satker=satker, tahun=form.cleaned_data["tahun"]
            )
        except ValidationError as refused:
            for text in refused.messages:
                messages.error(request, text)
        else:
            messages.success(request, _("Evaluasi AKIP dibuka."))
            return redirect("lke:lembar_kerja", satker.slug, evaluasi.tahun)
    evaluations = list(EvaluasiLke.objects.filter(satker=satker).select_related("versi"))
    opened = {item.tahun for item in evaluations}
    context = konteks_halaman(satker, None) | {
        "daftar": evaluations,
        "boleh_buka": boleh_buka,
        "tahun_bisa_dibuka": [
            versi.tahun
            for versi in VersiLembar.objects.filter(status=StatusLembar.TERBIT)
            if versi.tahun not in opened
        ],
    }
    return render(request, "lke/evaluasi_daftar.html", context)


def _temuan_per_kolom(evaluasi, kolom) -> list[tuple[str, list]]:
    found = temuan_logika(evaluasi, tuple(peran for peran, _label in kolom))
    return [(label, found[peran]) for peran, label in kolom]


@login_required
@require_safe
def lembar_kerja(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = evaluasi_satker(satker, tahun)
    halaman = halaman_lke(evaluasi, request.user)
    context = konteks_halaman(satker, tahun) | {
        "halaman": halaman,
        "tombol_langkah": [(aksi.value, LABEL_LANGKAH[aksi]) for aksi in halaman.langkah],
        # Read live even after finalising: they say what the answers lacked, not the result.
        "temuan_logika": _temuan_per_kolom(evaluasi, halaman.kolom_hasil),
        # A refused evidence form sends back the record that was chosen, to show it again.
        "bukti_tertahan": {
            "kriteria": request.GET.get("kriteria", ""),
            "rekaman": request.GET.get("rekaman", ""),
        },
    }
    if request.GET.get("bagian") == "ringkasan":
        return render(request, "lke/partials/ringkasan.html", context)
    return render(request, "lke/lembar_kerja.html", context)


@login_required
@require_POST
def simpan_jawaban(request, slug, tahun, kode):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = evaluasi_satker(satker, tahun)
    form = JawabanForm(request.POST)
    errors: list[str] = []
    try:
        if not form.is_valid():
            raise ValidationError(_("Isian jawaban tidak sah."))
        services.simpan_jawaban(
            actor=request.user,
            evaluasi=evaluasi,
            kode_kriteria=kode,
            peran=form.cleaned_data["peran"],
            kode=form.cleaned_data["kode"],
            catatan=form.cleaned_data["catatan"],
        )
    except ValidationError as refused:
        errors = refused.messages
    if not _htmx(request):
        for text in errors:
            messages.error(request, text)
        if not errors:
            messages.success(request, _("Jawaban %(kode)s disimpan.") % {"kode": kode})
        url = reverse("lke:lembar_kerja", args=[satker.slug, tahun])
        return redirect(f"{url}#{anchor(kode)}")
    evaluasi.refresh_from_db()
    halaman = halaman_lke(evaluasi, request.user)
    row = next(
        (r for kom in halaman.komponen for sub in kom.sub for r in sub.kriteria if r.kode == kode),
        None,
    )
    if row is None:
        raise TidakDitemukan(_("Kriteria tidak ditemukan."))
    context = konteks_halaman(satker, tahun) | {
        "halaman": halaman,
        "baris": row,
        "galat": errors,
        "tertahan": form.data if errors else None,
        # A refused code off the scale has no option to mark: it gets one, so the select
        # shows what was sent rather than falling back to "not answered".
        "tertahan_lain": _di_luar_pilihan(form.data.get("kode", ""), row) if errors else "",
    }
    response = render(request, "lke/partials/kriteria.html", context, status=400 if errors else 200)
    if not errors:
        response["HX-Trigger"] = "lke-jawaban-tersimpan"
    return response


def _di_luar_pilihan(kode: str, row) -> str:
    known = {pilihan for pilihan, _teks in row.pilihan} | {"", "N/A"}
    return "" if kode in known else kode[:10]


_LANGKAH = {
    Langkah.AJUKAN_MANDIRI.value: (services.ajukan_mandiri, _("Penilaian mandiri diajukan.")),
    Langkah.MULAI_REVIU.value: (services.mulai_reviu, _("Evaluasi dimulai.")),
    Langkah.FINALKAN.value: (services.finalkan, _("Hasil evaluasi difinalkan.")),
    Langkah.TERBITKAN.value: (services.terbitkan, _("Hasil evaluasi diterbitkan.")),
}


@login_required
@require_POST
def langkah(request, slug, tahun):
    satker = get_satker_for_user(request.user, slug)
    evaluasi = evaluasi_satker(satker, tahun)
    form = LangkahForm(request.POST)
    if not form.is_valid():
        raise TidakDitemukan(_("Tindakan tidak dikenal."))
    aksi = form.cleaned_data["aksi"]
    try:
        if aksi == Langkah.KEMBALIKAN.value:
            services.kembalikan(
                actor=request.user, evaluasi=evaluasi, alasan=form.cleaned_data["alasan"]
            )
            messages.success(request, _("Penilaian mandiri dikembalikan ke satker."))
        elif (
            aksi == Langkah.AJUKAN_MANDIRI.value
            and not form.cleaned_data["konfirmasi"]
            and (belum := jumlah_belum_dijawab(evaluasi))
        ):
            # Not a rule of the evaluation (unanswered criteria count 0): a check that the
            # satker means it, asked again when the page's tick box was bypassed.
            messages.error(
                request,
                _(
                    "%(jumlah)s kriteria belum dijawab (dihitung 0). Centang konfirmasi bila "
                    "penilaian mandiri tetap diajukan."
                )
                % {"jumlah": belum},
            )
        elif aksi in ("sembunyikan", "tampilkan"):
            services.atur_sembunyikan_nilai(
                actor=request.user, evaluasi=evaluasi, sembunyikan=aksi == "sembunyikan"
            )
            messages.success(request, _("Tampilan nilai evaluator diperbarui."))
        else:
            step, done = _LANGKAH[aksi]
            step(actor=request.user, evaluasi=evaluasi)
            messages.success(request, done)
    except PengajuanDitolak as refused:
        items = format_html_join("", "<li>{}</li>", ((text,) for text in refused.temuan))
        messages.error(request, format_html("<strong>{}</strong><ul>{}</ul>", refused.judul, items))
    except ValidationError as refused:
        for text in refused.messages:
            messages.error(request, text)
    return redirect("lke:lembar_kerja", satker.slug, tahun)
