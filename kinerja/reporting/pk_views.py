"""The PK workplace: the year's PKs, drafting (from the RKT, or cascaded from the satker PK),
submitting, signing or returning, revising with a regulation's reason, and a printable view.
Thin: every change is a service of kinerja.agreements.services; the role is checked here for
the satker and the PK's unit before the service runs."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from kinerja.accounts.access import boleh, get_unit_for_user, wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.agreements import services
from kinerja.agreements.choices import AlasanRevisi, StatusPerjanjian, TingkatPerjanjian
from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.agreements.pihak import BELUM_DITENTUKAN, pihak_pada, riwayat_satker
from kinerja.core.http import TidakDitemukan, nomor_dari
from kinerja.measurement.views import halaman_satker


def _perjanjian(satker, pk_id) -> PerjanjianKinerja:
    found = (
        PerjanjianKinerja.objects.filter(satker=satker, pk=pk_id)
        .select_related("unit", "induk", "revisi_dari")
        .prefetch_related(
            Prefetch("baris", queryset=BarisPerjanjian.objects.select_related("indikator")),
            Prefetch("anggaran", queryset=AnggaranPerjanjian.objects.order_by("urutan")),
        )
        .first()
    )
    if found is None:
        raise TidakDitemukan(_("Perjanjian Kinerja tidak ditemukan."))
    return found


@login_required
@require_safe
def daftar(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    agreements = (
        list(
            PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun)
            .select_related("unit")
            .order_by("tingkat", "unit__urutan", "versi")
        )
        if tahun
        else []
    )
    in_force = set(PerjanjianKinerja.objects.berlaku(satker, tahun).values_list("pk", flat=True))
    units_with_pk = {item.unit_id for item in agreements if item.unit_id}
    satker_pk = next(
        (item for item in agreements if item.pk in in_force and item.unit_id is None), None
    )
    context.update(
        {
            "aktif": "pk",
            "perjanjian": agreements,
            "berlaku": in_force,
            "boleh_satker": tahun
            and not any(item.unit_id is None for item in agreements)
            and boleh(request.user, Aksi.SUSUN_PK, satker),
            "unit_baru": [
                unit
                for unit in satker.units.order_by("urutan")
                if satker_pk
                and unit.pk not in units_with_pk
                and boleh(request.user, Aksi.SUSUN_PK, satker, unit)
            ],
        }
    )
    return render(request, "agreements/daftar.html", context)


@login_required
def baru(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    if tahun is None:
        raise TidakDitemukan(_("Belum ada data tahun mana pun untuk satker ini."))
    unit_id = request.GET.get("unit") or request.POST.get("unit")
    unit = get_unit_for_user(request.user, satker, unit_id, Aksi.SUSUN_PK) if unit_id else None
    if unit is None:
        wajib_boleh(request.user, Aksi.SUSUN_PK, satker)
    probe = PerjanjianKinerja(
        satker=satker,
        tahun=tahun,
        unit=unit,
        tingkat=TingkatPerjanjian.UNIT if unit else TingkatPerjanjian.SATKER,
        induk=PerjanjianKinerja.objects.berlaku(satker, tahun)
        .filter(tingkat=TingkatPerjanjian.SATKER)
        .first()
        if unit
        else None,
    )
    sources = services.sumber_baris(probe) if (probe.induk or not unit) else []
    errors = []
    tempat = request.POST.get("tempat", "") if request.method == "POST" else satker.kota
    if request.method == "POST":
        chosen = [nomor_dari(value) for value in request.POST.getlist("sumber")]
        chosen = [value for value in chosen if value is not None]
        try:
            pk = services.buat_draf(
                actor=request.user, satker=satker, tahun=tahun, unit=unit, tempat=tempat[:100],
                sumber_ids=chosen,
            )  # fmt: skip
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(request, _("Draf PK dibuat."))
            return redirect(
                reverse("reporting:pk_detail", args=[satker.slug, pk.pk]) + f"?tahun={tahun}"
            )
    context.update(
        {
            "aktif": "pk",
            "unit": unit,
            "sumber": sources,
            "tempat": tempat,
            "pihak_menurut_riwayat": _pihak_hari_ini(probe),
            "galat": errors,
        }
    )
    return render(request, "agreements/baru.html", context, status=400 if errors else 200)


def _tindakan(request, satker, pk, action):
    actor = request.user
    if action in ("tambah", "ubah", "hapus", "ajukan", "revisi"):
        wajib_boleh(actor, Aksi.SUSUN_PK, satker, pk.unit)
    elif action in ("kembalikan", "tandatangani"):
        wajib_boleh(actor, Aksi.TANDA_TANGAN_PK, satker)
    else:
        raise ValidationError(_("Tindakan tidak dikenal."))
    if action == "tambah":
        chosen = [nomor_dari(value) for value in request.POST.getlist("sumber")]
        chosen = [value for value in chosen if value is not None]
        count = services.tambah_baris(actor=actor, perjanjian=pk, sumber_ids=chosen)
        return pk, _("%(jumlah)s baris ditambahkan.") % {"jumlah": count}
    if action in ("ubah", "hapus"):
        line = pk.baris.filter(pk=nomor_dari(request.POST.get("baris")) or 0).first()
        if line is None:
            raise TidakDitemukan(_("Baris PK tidak ditemukan."))
        if action == "hapus":
            services.hapus_baris(actor=actor, baris=line)
            return pk, _("Baris dihapus.")
        # As typed: the model keeps a bare number (`94,5`) as a number, a text (`WTP`) as text.
        services.ubah_target(
            actor=actor, baris=line, target=None, target_teks=request.POST.get("target", "")[:100]
        )
        return pk, _("Target diubah.")
    if action == "ajukan":
        services.ajukan_perjanjian(actor=actor, perjanjian=pk)
        return pk, _("PK diajukan untuk ditandatangani.")
    if action == "kembalikan":
        alasan = request.POST.get("alasan", "")[:300]
        services.kembalikan_perjanjian(actor=actor, perjanjian=pk, alasan=alasan)
        return pk, _("PK dikembalikan ke draf.")
    if action == "tandatangani":
        raw = request.POST.get("tanggal", "")
        try:
            tanggal = datetime.date.fromisoformat(raw)
        except ValueError:
            raise ValidationError({"tanggal": _("Isi tanggal penandatanganan.")}) from None
        services.sign_perjanjian(
            pk, actor=actor, tanggal=tanggal, tempat=request.POST.get("tempat", "")[:100] or None
        )
        return pk, _("PK ditandatangani; sejak itu terkunci.")
    revision = services.revise_perjanjian(
        pk,
        actor=actor,
        alasan=request.POST.get("alasan_revisi", ""),
        keterangan=request.POST.get("keterangan", "")[:300],
    )
    return revision, _("Draf revisi dibuat; PK lama tetap berlaku sampai revisi ditandatangani.")


def _pihak_hari_ini(pk: PerjanjianKinerja):
    """Who the history says holds each party's role today, to show before signing (the PK
    itself takes whoever holds it on its own date); None when the satker keeps no history."""
    terms = riwayat_satker(pk.satker_id)
    if not terms:
        return None
    return pihak_pada(pk, timezone.localdate(), terms)


@login_required
def detail(request, slug, pk_id):
    satker, tahun, context = halaman_satker(request, slug)
    pk = _perjanjian(satker, pk_id)
    errors = []
    if request.method == "POST":
        try:
            target_pk, message = _tindakan(request, satker, pk, request.POST.get("aksi", ""))
        except ValidationError as error:
            errors = error.messages
            pk = _perjanjian(satker, pk_id)
        else:
            messages.success(request, message)
            return redirect(
                reverse("reporting:pk_detail", args=[satker.slug, target_pk.pk])
                + f"?tahun={pk.tahun}"
            )
    draft = pk.status == StatusPerjanjian.DRAFT
    context.update(
        {
            "aktif": "pk",
            "pk": pk,
            "galat": errors,
            "boleh_susun": boleh(request.user, Aksi.SUSUN_PK, satker, pk.unit),
            "boleh_tanda_tangan": boleh(request.user, Aksi.TANDA_TANGAN_PK, satker),
            "draf": draft,
            "sumber": services.sumber_baris(pk) if draft else [],
            "berlaku": PerjanjianKinerja.objects.berlaku().filter(pk=pk.pk).exists(),
            "alasan_revisi": AlasanRevisi.choices,
            "revisi_terbuka": pk.revisi.exclude(status=StatusPerjanjian.DITANDATANGANI).first(),
            "hari_ini": timezone.localdate().isoformat(),
            "dikembalikan": services.pengembalian_terakhir(pk),
            "pihak_menurut_riwayat": None if pk.is_signed else _pihak_hari_ini(pk),
        }
    )
    return render(request, "agreements/detail.html", context, status=400 if errors else 200)


@login_required
@require_safe
def cetak(request, slug, pk_id):
    satker, _, context = halaman_satker(request, slug)
    context["pk"] = _perjanjian(satker, pk_id)
    context["belum_ditentukan"] = BELUM_DITENTUKAN
    return render(request, "agreements/cetak.html", context)
