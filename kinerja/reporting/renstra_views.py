"""The Renstra pages: every reader of the satker sees its plans; the admin satker opens a plan,
changes its period and visi, keeps its misi, tujuan and sasaran, and sets the indicators'
targets for each year. Thin: every change is a service of kinerja.planning.renstra.

The statement and target forms post over HTMX when it is there and the section they belong to
is swapped in place; without it they post as plain forms and the page is shown again."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from kinerja.accounts.access import boleh, wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.concurrency import sidik
from kinerja.core.http import TidakDitemukan, nomor_dari
from kinerja.measurement.views import halaman_satker
from kinerja.planning import renstra as services
from kinerja.planning.models import IndikatorKinerja, Renstra, Tujuan
from kinerja.planning.services import DataBerubah
from kinerja.reporting.selectors import renstra_lengkap

JUDUL_BUTIR = {"misi": _l("Misi"), "tujuan": _l("Tujuan"), "sasaran": _l("Sasaran strategis")}


def _htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _renstra(satker, renstra_id) -> Renstra:
    renstra = Renstra.objects.filter(satker=satker, pk=renstra_id).first()
    if renstra is None:
        raise TidakDitemukan(_("Renstra tidak ditemukan."))
    return renstra


def _tahun_query(tahun) -> str:
    return f"?tahun={tahun}" if tahun else ""


@login_required
@require_safe
def daftar(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    context.update(
        {
            "aktif": "perencanaan",
            "daftar_renstra": list(Renstra.objects.filter(satker=satker)),
            "boleh_ubah": boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker),
        }
    )
    return render(request, "reporting/renstra_daftar.html", context)


def _isian_renstra(request) -> dict:
    return {key: request.POST.get(key, "") for key in services.KOLOM_RENSTRA}


@login_required
def baru(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    wajib_boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker)
    status, errors, ketik = 200, {}, {}
    if request.method == "POST":
        ketik = _isian_renstra(request)
        try:
            renstra = services.simpan_renstra(
                actor=request.user, satker=satker, renstra=None, data=ketik
            )
        except ValidationError as error:
            errors, status = _per_kolom(error), 400
        else:
            messages.success(
                request,
                _("Renstra %(awal)s–%(akhir)s dibuat.")
                % {"awal": renstra.tahun_awal, "akhir": renstra.tahun_akhir},
            )
            return redirect(
                reverse("reporting:renstra_detail", args=[satker.slug, renstra.pk])
                + _tahun_query(tahun)
            )
    context.update({"aktif": "perencanaan", "ketik": ketik, "galat": errors, "renstra": None})
    return render(request, "reporting/renstra_form.html", context, status=status)


def _per_kolom(error: ValidationError) -> dict[str, list[str]]:
    """Messages by field; those about no one field under "umum"."""
    if hasattr(error, "error_dict"):
        return {
            ("umum" if key == NON_FIELD_ERRORS else key): list(value)
            for key, value in error.message_dict.items()
        }
    return {"umum": error.messages}


def _konteks_detail(request, satker, renstra, context) -> dict:
    context.update(renstra_lengkap(renstra))
    context.update(
        {
            "aktif": "perencanaan",
            "renstra": renstra,
            "sidik_renstra": sidik(renstra),
            "boleh_ubah": boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker),
        }
    )
    if context["boleh_ubah"]:
        for jenis in services.BUTIR:
            for item in context[jenis]:
                item.sidik_awal = sidik(item)
    return context


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def detail(request, slug, renstra_id):
    """The plan; its admin changes the period, visi and legal basis here, or deletes it."""
    satker, tahun, context = halaman_satker(request, slug)
    renstra = _renstra(satker, renstra_id)
    here = reverse("reporting:renstra_detail", args=[satker.slug, renstra.pk]) + _tahun_query(tahun)
    status, errors, ketik = 200, {}, {}
    if request.method == "POST":
        wajib_boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker)
        try:
            if request.POST.get("aksi") == "hapus":
                services.hapus_renstra(actor=request.user, renstra=renstra)
                messages.success(request, _("Renstra dihapus."))
                return redirect(
                    reverse("reporting:renstra", args=[satker.slug]) + _tahun_query(tahun)
                )
            ketik = _isian_renstra(request)
            services.simpan_renstra(
                actor=request.user,
                satker=satker,
                renstra=renstra,
                data=ketik,
                sidik_awal=request.POST.get("sidik", ""),
            )
        except DataBerubah as changed:
            messages.error(request, str(changed))
            return redirect(here)
        except ValidationError as error:
            errors, status = _per_kolom(error), 400
        else:
            messages.success(request, _("Renstra disimpan."))
            return redirect(here)
    context = _konteks_detail(request, satker, renstra, context)
    context.update({"ketik": ketik, "galat": errors})
    return render(request, "reporting/renstra_detail.html", context, status=status)


@login_required
@require_POST
def butir(request, slug, renstra_id, jenis):
    """Add, change or delete one misi, tujuan or sasaran strategis."""
    satker, tahun, context = halaman_satker(request, slug)
    if jenis not in services.BUTIR:
        raise TidakDitemukan(_("Jenis butir tidak dikenal."))
    renstra = _renstra(satker, renstra_id)
    wajib_boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker)
    model = services.BUTIR[jenis]
    action = request.POST.get("aksi", "")
    item = None
    if action in ("ubah", "hapus"):
        item = model.objects.filter(
            renstra=renstra, pk=nomor_dari(request.POST.get("butir")) or 0
        ).first()
        if item is None:
            raise TidakDitemukan(_("Butir Renstra tidak ditemukan."))
    errors, message, failed_on = [], "", None
    try:
        if action == "hapus":
            services.hapus_butir(actor=request.user, butir=item)
            message = _("%(jenis)s %(nomor)s dihapus.") % {
                "jenis": JUDUL_BUTIR[jenis],
                "nomor": item.nomor,
            }
        elif action in ("tambah", "ubah"):
            tujuan = None
            chosen = request.POST.get("tujuan", "")
            if jenis == "sasaran" and chosen:
                tujuan = Tujuan.objects.filter(renstra=renstra, pk=nomor_dari(chosen) or 0).first()
                if tujuan is None:
                    raise ValidationError({"tujuan": _("Pilih tujuan dari Renstra ini.")})
            saved = services.simpan_butir(
                actor=request.user,
                renstra=renstra,
                jenis=jenis,
                butir=item,
                nomor=request.POST.get("nomor", ""),
                uraian=request.POST.get("uraian", ""),
                tujuan=tujuan,
                sidik_awal=request.POST.get("sidik", ""),
            )
            message = _("%(jenis)s %(nomor)s disimpan.") % {
                "jenis": JUDUL_BUTIR[jenis],
                "nomor": saved.nomor,
            }
        else:
            raise ValidationError(_("Tindakan tidak dikenal."))
    except DataBerubah as changed:
        # The current values are shown, not the ones typed over them.
        errors, failed_on = [str(changed)], None
    except ValidationError as error:
        errors, failed_on = error.messages, (item if item is not None else "baru")
    status = 400 if errors else 200
    if not _htmx(request):
        if errors:
            messages.error(request, " ".join(errors))
        else:
            messages.success(request, message)
        here = reverse("reporting:renstra_detail", args=[satker.slug, renstra.pk])
        return redirect(here + _tahun_query(tahun) + f"#butir-{jenis}")
    context = _konteks_detail(request, satker, renstra, context)
    context.update(
        {
            "jenis": jenis,
            "judul": JUDUL_BUTIR[jenis],
            "label": services.BUTIR[jenis]._meta.label_lower,
            "daftar_butir": context[jenis],
            "pesan_butir": message,
            "galat_butir": errors,
            # What the user typed stays in the form that failed.
            "gagal_pada": getattr(failed_on, "pk", failed_on),
            "ketik": request.POST,
        }
    )
    part = render_to_string("reporting/partials/renstra_butir.html", context, request=request)
    if jenis == "tujuan" and not errors:
        # The sasaran's forms offer the plan's tujuan: refresh them beside (out of band).
        context.update(
            {
                "jenis": "sasaran",
                "judul": JUDUL_BUTIR["sasaran"],
                "label": services.BUTIR["sasaran"]._meta.label_lower,
                "daftar_butir": context["sasaran"],
                "pesan_butir": "",
                "galat_butir": [],
                "gagal_pada": None,
                "oob": True,
            }
        )
        part += render_to_string("reporting/partials/renstra_butir.html", context, request=request)
    return HttpResponse(part, status=status)


@login_required
@require_POST
def target(request, slug, renstra_id, indikator_id):
    """An indicator's targets for each year of the plan, saved together."""
    satker, tahun, context = halaman_satker(request, slug)
    renstra = _renstra(satker, renstra_id)
    wajib_boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker)
    indikator = IndikatorKinerja.objects.filter(
        satker=satker, sasaran__renstra=renstra, pk=indikator_id
    ).first()
    if indikator is None:
        raise TidakDitemukan(_("Indikator tidak ditemukan pada Renstra ini."))
    typed = {
        year: request.POST.get(f"target_{year}", "")
        for year in range(renstra.tahun_awal, renstra.tahun_akhir + 1)
    }
    errors: dict[str, list[str]] = {}
    try:
        services.simpan_target_renstra(
            actor=request.user, renstra=renstra, indikator=indikator, target=typed
        )
    except ValidationError as error:
        errors = _per_kolom(error)
    if not _htmx(request):
        if errors:
            messages.error(
                request,
                " ".join(f"{year}: {' '.join(text)}" for year, text in errors.items()),
            )
        else:
            messages.success(request, _("Target %(kode)s disimpan.") % {"kode": indikator.kode})
        here = reverse("reporting:renstra_detail", args=[satker.slug, renstra.pk])
        return redirect(here + _tahun_query(tahun) + f"#target-{indikator.pk}")
    context = _konteks_detail(request, satker, renstra, context)
    row = next(item for item in context["target_renstra"] if item.indikator.pk == indikator.pk)
    if errors:
        row.ketik = typed
    context.update(
        {
            "baris": row,
            "galat_target": errors,
            "tersimpan": not errors,
        }
    )
    return render(
        request,
        "reporting/partials/renstra_target.html",
        context,
        status=400 if errors else 200,
    )
