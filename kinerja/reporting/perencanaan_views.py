"""Planning for the admin satker: the year's indicators with their capaian rules and annual
targets. Thin: every change is a service of kinerja.planning.services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from kinerja.accounts.access import boleh, wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.concurrency import sidik
from kinerja.core.formatting import desimal_koma
from kinerja.core.http import TidakDitemukan, nomor_dari
from kinerja.core.urutan import kunci_kode
from kinerja.measurement.views import halaman_satker
from kinerja.planning import services
from kinerja.planning.models import RKT, IndikatorKinerja, TargetTahunan
from kinerja.reporting.forms import IndikatorForm


def _konteks(request, satker, tahun, context) -> dict:
    indicators = sorted(
        IndikatorKinerja.objects.filter(satker=satker).select_related("kegiatan"),
        key=lambda item: kunci_kode(item.kode),
    )
    targets = {
        row.indikator_id: row
        for row in TargetTahunan.objects.filter(indikator__satker=satker, tahun=tahun)
    }
    for item in indicators:
        item.target_tahun = targets.get(item.pk)
    rkt = RKT.objects.filter(satker=satker, tahun=tahun).first() if tahun else None
    context.update(
        {
            "aktif": "perencanaan",
            "indikator": indicators,
            "rkt": rkt,
            "rkt_baris": list(rkt.baris.select_related("indikator")) if rkt else [],
            "boleh_ubah": boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker),
            "ketik": request.POST if request.method == "POST" else {},
        }
    )
    return context


@login_required
@require_safe
def daftar(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    return render(request, "reporting/perencanaan.html", _konteks(request, satker, tahun, context))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def rkt(request, slug):
    """The RKT's actions: open a year, add a row, change a row's target, remove a row. The
    address a refused form leaves in the browser leads back to the planning page."""
    satker, tahun, context = halaman_satker(request, slug)
    if request.method != "POST":
        return redirect(
            reverse("reporting:perencanaan", args=[satker.slug])
            + (f"?tahun={tahun}" if tahun else "")
            + "#rkt"
        )
    wajib_boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker)
    action = request.POST.get("aksi", "")
    target_year = tahun
    try:
        if action == "buka":
            year = nomor_dari(request.POST.get("tahun_baru", "").strip())
            if year is None:
                raise ValidationError({"tahun": _("Isi tahun dengan angka, mis. 2025.")})
            opened = services.buat_rkt(actor=request.user, satker=satker, tahun=year)
            target_year = opened.tahun
            drawn = opened.baris.count()
            message = (
                _("RKT %(tahun)s dibuka dengan %(n)s baris dari Renstra; periksa barisnya.")
                % {"tahun": target_year, "n": drawn}
                if drawn
                else _("RKT %(tahun)s dibuka.") % {"tahun": target_year}
            )
        else:
            current = RKT.objects.filter(satker=satker, tahun=tahun).first()
            if current is None:
                raise TidakDitemukan(_("RKT tidak ditemukan."))
            if action == "tambah":
                indikator = IndikatorKinerja.objects.filter(
                    satker=satker, pk=nomor_dari(request.POST.get("indikator")) or 0
                ).first()
                if indikator is None:
                    raise ValidationError({"indikator": _("Pilih indikator satker ini.")})
                services.tambah_baris_rkt(
                    actor=request.user, rkt=current, indikator=indikator,
                    sasaran=request.POST.get("sasaran", "")[:300],
                    target_teks=request.POST.get("target", "")[:100],
                )  # fmt: skip
                message = _("Baris RKT ditambahkan.")
            elif action in ("ubah", "hapus"):
                row = current.baris.filter(pk=nomor_dari(request.POST.get("baris")) or 0).first()
                if row is None:
                    raise TidakDitemukan(_("Baris RKT tidak ditemukan."))
                if action == "hapus":
                    services.hapus_baris_rkt(actor=request.user, baris=row)
                    message = _("Baris RKT dihapus.")
                else:
                    services.ubah_baris_rkt(
                        actor=request.user,
                        baris=row,
                        target_teks=request.POST.get("target", "")[:100],
                    )
                    message = _("Target RKT diubah.")
            else:
                raise ValidationError(_("Tindakan tidak dikenal."))
    except ValidationError as error:
        context = _konteks(request, satker, tahun, context)
        context["galat_rkt"] = error.messages
        return render(request, "reporting/perencanaan.html", context, status=400)
    messages.success(request, message)
    return redirect(reverse("reporting:perencanaan", args=[satker.slug]) + f"?tahun={target_year}")


def _target_teks(row) -> str:
    if row is None:
        return ""
    return desimal_koma(row.target) if row.target is not None else row.target_teks


@login_required
def indikator(request, slug, pk=None):
    satker, tahun, context = halaman_satker(request, slug)
    if tahun is None:
        raise TidakDitemukan(_("Belum ada data tahun mana pun untuk satker ini."))
    wajib_boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker)
    instance = None
    if pk is not None:
        instance = IndikatorKinerja.objects.filter(satker=satker, pk=pk).first()
        if instance is None:
            raise TidakDitemukan(_("Indikator tidak ditemukan."))
    back = reverse("reporting:perencanaan", args=[satker.slug]) + f"?tahun={tahun}"
    status = 200
    if request.method == "POST" and request.POST.get("aksi") == "hapus" and instance:
        try:
            services.hapus_indikator(actor=request.user, indikator=instance)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(request.get_full_path())
        messages.success(request, _("Indikator dihapus."))
        return redirect(back)
    if request.method == "POST":
        form = IndikatorForm(request.POST, instance=IndikatorKinerja(satker=satker), satker=satker)
        if form.is_valid():
            data = {key: form.cleaned_data[key] for key in IndikatorForm.Meta.fields}
            try:
                services.simpan_indikator(
                    actor=request.user, satker=satker, indikator=instance, data=data,
                    sidik_awal=form.cleaned_data["sidik"], tahun=tahun,
                    target_teks=form.cleaned_data["target"],
                )  # fmt: skip
            except services.DataBerubah as changed:
                messages.error(request, str(changed))
                return redirect(request.get_full_path())
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                messages.success(request, _("Indikator disimpan."))
                return redirect(back)
        status = 400
    else:
        current = (
            TargetTahunan.objects.filter(indikator=instance, tahun=tahun).first()
            if instance
            else None
        )
        form = IndikatorForm(
            instance=instance,
            satker=satker,
            initial={"sidik": sidik(instance) if instance else "", "target": _target_teks(current)},
        )
    context.update({"aktif": "perencanaan", "form": form, "indikator": instance, "kembali": back})
    return render(request, "reporting/indikator.html", context, status=status)
