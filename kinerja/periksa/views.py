from collections import Counter

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from kinerja.periksa import services
from kinerja.periksa.access import get_periksa_for_user, periksa_milik
from kinerja.periksa.forms import PeriksaForm
from kinerja.periksa.hasil import JUDUL_ATURAN, sebagai_json
from kinerja.periksa.unggah import periksa_unggahan


def tampilan(document: dict, findings=None) -> dict:
    """A review as the page shows it, from its JSON record (a kept one, or one just made);
    `findings` are the live findings when there are, so that their texts follow the reader's
    language (a kept review is shown as it was written, in Indonesian)."""
    findings = findings if findings is not None else document["temuan"]
    rows = [
        {
            "temuan": finding,
            "judul": JUDUL_ATURAN.get(_get(finding, "aturan"), ""),
            "tingkat": str(_get(finding, "tingkat")),
        }
        for finding in findings
    ]
    return {
        "dokumen": document,
        "baris_temuan": rows,
        "jumlah": Counter(row["tingkat"] for row in rows),
        "jenis_tabel": sorted(Counter(table["jenis"] for table in document["tabel"]).items()),
        "tak_terbaca": [table for table in document["tabel"] if table["jenis"] == "tak_terbaca"],
    }


def _get(finding, name: str):
    return finding[name] if isinstance(finding, dict) else getattr(finding, name)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def periksa_lk(request):
    """The upload page: any signed-in user checks a report; the file is kept only if asked."""
    htmx = bool(request.headers.get("HX-Request"))
    form = PeriksaForm(request.POST or None, request.FILES or None)
    context: dict = {"form": form}
    status = 200
    if request.method == "POST":
        if form.is_valid():
            berkas, tahun = form.cleaned_data["berkas"], form.cleaned_data["tahun"]
            try:
                hasil = periksa_unggahan(berkas, tahun)
            except ValidationError as error:
                form.add_error("berkas", error)
            else:
                document = sebagai_json(hasil)
                if form.cleaned_data["simpan"]:
                    kept = services.simpan_periksa(
                        actor=request.user, berkas=berkas, hasil=document, tahun=tahun
                    )
                    messages.success(
                        request,
                        gettext("Berkas %(nama)s disimpan bersama hasil pemeriksaannya.")
                        % {"nama": kept.nama_asli},
                    )
                    target = reverse("periksa:periksa_detail", args=[kept.pk])
                    if htmx:
                        return HttpResponse(headers={"HX-Redirect": target})
                    return redirect(target)
                context |= tampilan(document, hasil.temuan)
                context["detik"] = hasil.detik
                context["dibuang"] = True
        if form.errors:
            status = 400
    if htmx and request.method == "POST":
        return render(request, "periksa/partials/periksa_isi.html", context, status=status)
    context["tersimpan"] = periksa_milik(request.user)
    return render(request, "periksa/periksa_lk.html", context, status=status)


@login_required
@require_safe
def periksa_detail(request, pk: int):
    kept = get_periksa_for_user(request.user, pk)
    context = {"tersimpan_ini": kept} | tampilan(kept.hasil)
    return render(request, "periksa/periksa_detail.html", context)


@login_required
@require_safe
def periksa_unduh(request, pk: int):
    kept = get_periksa_for_user(request.user, pk)
    return FileResponse(kept.berkas.open("rb"), as_attachment=True, filename=kept.nama_asli)


@login_required
@require_POST
def periksa_hapus(request, pk: int):
    kept = get_periksa_for_user(request.user, pk)
    services.hapus_periksa(actor=request.user, tersimpan=kept)
    messages.success(
        request, gettext("Berkas %(nama)s dan hasilnya dihapus.") % {"nama": kept.nama_asli}
    )
    return redirect("periksa:periksa_lk")
