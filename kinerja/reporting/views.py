"""The unit's realisation entry: the satker's overview of reports, the entry grid with its
flow (save, submit, return, approve), and evidence downloads. Thin: every state change is a
service (kinerja.reporting.services); every read checks the user's satker, unit and role."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.http import require_POST, require_safe

from kinerja.accounts.access import boleh, get_satker_for_user, get_unit_for_user, wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.budgets import services as budget_services
from kinerja.core.choices import Periode
from kinerja.core.concurrency import sidik
from kinerja.core.formatting import desimal_koma
from kinerja.core.forms import pesan_angka
from kinerja.core.http import TidakDitemukan, nomor_dari
from kinerja.core.numbers import AngkaTidakSah, parse_angka
from kinerja.measurement import fragmen
from kinerja.measurement.choices import PeriodePelaporan, StatusRealisasi
from kinerja.measurement.models import HambatanUpaya
from kinerja.measurement.periods import BULAN
from kinerja.measurement.satker_year import satker_tahun
from kinerja.measurement.snapshot import SUMBER_DANA, BarisRealisasi
from kinerja.measurement.views import halaman_satker
from kinerja.reporting import anggaran, hambatan, riwayat, services
from kinerja.reporting.choices import PeriodeLaporan
from kinerja.reporting.forms import HambatanForm
from kinerja.reporting.models import BuktiDukung
from kinerja.reporting.selectors import (
    grid,
    indikator_unit,
    laporan_atau_baru,
    periode_satker,
    periode_unit,
    pratinjau,
    rekap_laporan,
)


@login_required
@require_safe
def rekap(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    context["aktif"] = "realisasi"
    context["boleh_atur"] = boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker)

    def table() -> dict:
        columns, rows = rekap_laporan(satker, tahun) if tahun else ([], [])
        return context | {
            "baris": rows,
            "periode": [(code, PeriodeLaporan(code).label) for code in columns],
            "pengaturan_periode": _pengaturan_periode(satker),
        }

    # The table is the same for every reader with the same grants until the satker's reports
    # or units change; the form below it carries the reader's own CSRF token.
    context["isi"] = fragmen.bagian(
        request,
        "realisasi",
        satker,
        tahun,
        timezone.localdate(),
        "reporting/partials/rekap_isi.html",
        table,
        stempel=context["stempel"],
    )
    if context["boleh_atur"]:
        context["pilihan_periode"] = PeriodePelaporan.choices
        context["pengaturan_periode"] = _pengaturan_periode(satker)
    return render(request, "reporting/rekap.html", context)


def _pengaturan_periode(satker) -> str:
    return (
        PeriodePelaporan.BULANAN if periode_satker(satker) == BULAN else PeriodePelaporan.TRIWULANAN
    )


@login_required
@require_POST
def atur_periode(request, slug):
    """The admin satker chooses whether its units report per quarter or per month."""
    satker, tahun, _context = halaman_satker(request, slug)
    wajib_boleh(request.user, Aksi.KELOLA_PERENCANAAN, satker)
    try:
        services.atur_periode_laporan(
            actor=request.user, satker=satker, periode=request.POST.get("periode_laporan", "")
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, gettext("Periode laporan realisasi disimpan."))
    return redirect(
        reverse("reporting:rekap", args=[satker.slug]) + (f"?tahun={tahun}" if tahun else "")
    )


def _angka(text: str) -> tuple:
    text = text.strip()
    if not text:
        return None, ""
    try:
        return parse_angka(text), ""
    except AngkaTidakSah as error:
        return None, pesan_angka(error)


def _isian_dari(request, rows) -> tuple[dict, dict, dict]:
    """The posted grid: entries per indicator, the text typed (shown back as typed on error),
    and the errors per indicator."""
    entries, typed, errors = {}, {}, {}
    for row in rows:
        pk = row.indikator.pk
        status = request.POST.get(f"status-{pk}", StatusRealisasi.DILAPORKAN)
        if status not in (StatusRealisasi.DILAPORKAN, StatusRealisasi.TIDAK_DILAKSANAKAN):
            status = StatusRealisasi.DILAPORKAN
        raw = request.POST.get(f"nilai-{pk}", "")[:50]
        nilai, error = _angka(raw) if not row.indikator.label_kualitatif else (None, "")
        typed[pk] = {
            "status": status,
            "nilai": raw,
            "teks": request.POST.get(f"teks-{pk}", "")[:100],
            "alasan": request.POST.get(f"alasan-{pk}", "")[:300],
        }
        if not error and nilai is not None and nilai < 0 and status == StatusRealisasi.DILAPORKAN:
            # Said with the other rows' errors, not only after they are fixed.
            error = gettext("Realisasi tidak boleh negatif.")
        if error:
            errors[pk] = error
        entries[pk] = {
            "status": status,
            "nilai": nilai,
            "nilai_teks": typed[pk]["teks"] if row.indikator.label_kualitatif else "",
            "alasan": typed[pk]["alasan"],
        }
    return entries, typed, errors


def _pesan(error: ValidationError) -> dict[str, list[str]]:
    return error.message_dict if hasattr(error, "error_dict") else {"": error.messages}


def _versi(request) -> int | None:
    return nomor_dari(request.POST.get("versi", ""))


def _unit_periode(request, satker, tahun, unit_id, periode):
    """The unit (if the user may read it) whose report of `periode` is asked for; a period the
    unit does not report in that year is not found."""
    if tahun is None or periode not in PeriodeLaporan.values:
        raise TidakDitemukan(gettext("Periode laporan tidak ditemukan."))
    unit = get_unit_for_user(request.user, satker, unit_id, Aksi.BACA)
    if periode not in periode_unit(unit, tahun, periode_satker(satker)):
        raise TidakDitemukan(
            gettext(
                "Unit ini tidak melapor pada periode itu tahun ini (lihat periode laporan satker)."
            )
        )
    return unit


@login_required
def isian(request, slug, unit_id, periode):
    satker, tahun, context = halaman_satker(request, slug)
    unit = _unit_periode(request, satker, tahun, unit_id, periode)
    laporan = laporan_atau_baru(unit, tahun, periode)
    here = reverse("reporting:isian", args=[satker.slug, unit.pk, periode]) + f"?tahun={tahun}"
    rows = grid(laporan)
    typed, errors, problems = {}, {}, []
    if request.method == "POST":
        action = request.POST.get("aksi", "")
        try:
            if action in ("simpan", "ajukan"):
                entries, typed, errors = _isian_dari(request, rows)
                if errors:
                    # The rows say what is wrong; the page's banner says nothing was saved.
                    raise ValidationError({})
                laporan = services.simpan(
                    laporan,
                    actor=request.user,
                    versi=_versi(request),
                    isian=entries,
                    narasi=request.POST.get("narasi", "")[:5000],
                )
                if action == "ajukan":
                    services.ajukan(laporan, actor=request.user, versi=laporan.versi)
                    messages.success(request, gettext("Laporan diajukan kepada Kasubbag."))
                else:
                    messages.success(request, gettext("Isian disimpan sebagai draf."))
            elif action == "setujui":
                services.setujui(laporan, actor=request.user, versi=_versi(request))
                messages.success(
                    request, gettext("Laporan disetujui; realisasi masuk ke pengukuran.")
                )
            elif action == "kembalikan":
                services.kembalikan(
                    laporan,
                    actor=request.user,
                    versi=_versi(request),
                    alasan=request.POST.get("alasan_kembali", "")[:2000],
                )
                messages.success(request, gettext("Laporan dikembalikan kepada operator."))
            elif action == "buka_kembali":
                services.buka_kembali(
                    laporan,
                    actor=request.user,
                    versi=_versi(request),
                    alasan=request.POST.get("alasan_kembali", "")[:2000],
                )
                messages.success(
                    request, gettext("Laporan dibuka kembali untuk diperbaiki operator.")
                )
            elif action == "unggah":
                for berkas in request.FILES.getlist("bukti"):
                    services.unggah_bukti(laporan, actor=request.user, berkas=berkas)
                messages.success(request, gettext("Bukti dukung diunggah."))
            else:
                raise ValidationError(gettext("Tindakan tidak dikenal."))
            return redirect(here)
        except services.DataBerubah as changed:
            messages.error(request, str(changed))
            return redirect(here)
        except ValidationError as error:
            # Errors keyed by an indicator id belong to its row; the others to the page.
            for key, texts in _pesan(error).items():
                if str(key).isdigit():
                    errors[int(key)] = " ".join(texts)
                else:
                    problems.extend(texts)
            laporan = laporan_atau_baru(unit, tahun, periode)
            rows = grid(laporan)
    context.update(
        {
            "aktif": "realisasi",
            "unit": unit,
            "laporan": laporan,
            "periode_label": PeriodeLaporan(periode).label,
            "baris": rows,
            "ketik": typed,
            "galat": errors,
            "masalah": problems,
            "boleh_isi": laporan.dapat_diisi
            and boleh(request.user, Aksi.ISI_REALISASI, satker, unit),
            "boleh_putuskan": laporan.status == "diajukan"
            and boleh(request.user, Aksi.SETUJUI_REALISASI, satker, unit),
            "boleh_buka_kembali": laporan.status == "disetujui"
            and boleh(request.user, Aksi.SETUJUI_REALISASI, satker, unit),
            "syarat": services.syarat_pengajuan(laporan, rows)
            if laporan.dapat_diisi and laporan.pk
            else [],
            "bukti": list(laporan.bukti.all()) if laporan.pk else [],
        }
    )
    for row in rows:
        shown = typed.get(row.indikator.pk)
        if shown is None:
            item = row.isian
            shown = {
                "status": item.status if item else StatusRealisasi.DILAPORKAN,
                "nilai": desimal_koma(item.nilai) if item and item.nilai is not None else "",
                "teks": item.nilai_teks if item else "",
                "alasan": item.alasan if item else "",
            }
        row.tampil = shown
        row.galat = errors.get(row.indikator.pk, "")
    status = 400 if errors or problems else 200
    return render(request, "reporting/isian.html", context, status=status)


@login_required
@require_safe
def unduh_bukti(request, slug, bukti_id):
    satker = get_satker_for_user(request.user, slug)
    bukti = BuktiDukung.objects.filter(pk=bukti_id, laporan__satker=satker).first()
    if bukti is None:
        raise TidakDitemukan(gettext("Bukti dukung tidak ditemukan."))
    return FileResponse(
        bukti.berkas.open("rb"),
        as_attachment=True,
        filename=bukti.nama_asli,
        content_type=bukti.jenis,
    )


def _kembali(request, default: str) -> str:
    target = request.POST.get("kembali") or request.GET.get("kembali") or ""
    # A path on this site only: redirect() would take any other bare word for a view name.
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}
    ):
        return target
    return default


@login_required
@require_safe
def hambatan_daftar(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    context.update(
        {
            "aktif": "hambatan",
            "baris": hambatan.daftar(satker, tahun) if tahun else [],
            "boleh_catat": tahun is not None
            and (
                boleh(request.user, Aksi.KELOLA_HAMBATAN, satker)
                or any(
                    boleh(request.user, Aksi.KELOLA_HAMBATAN, satker, unit)
                    for unit in satker.units.all()
                )
            ),
        }
    )
    return render(request, "reporting/hambatan_daftar.html", context)


@login_required
def hambatan_isi(request, slug, pk=None):
    satker, tahun, context = halaman_satker(request, slug)
    if tahun is None:
        raise TidakDitemukan(gettext("Belum ada data tahun mana pun untuk satker ini."))
    instance = None
    if pk is not None:
        instance = HambatanUpaya.objects.filter(satker=satker, tahun=tahun, pk=pk).first()
        if instance is None:
            raise TidakDitemukan(gettext("Hambatan tidak ditemukan."))
    daftar_url = reverse("reporting:hambatan", args=[satker.slug]) + f"?tahun={tahun}"
    back = _kembali(request, daftar_url)
    if request.method == "POST":
        # A fresh row of this satker-year: the service re-reads the stored one under a lock.
        form = HambatanForm(
            request.POST, instance=HambatanUpaya(satker=satker, tahun=tahun), satker=satker
        )
        if form.is_valid():
            try:
                hambatan.simpan_hambatan(
                    actor=request.user,
                    satker=satker,
                    tahun=tahun,
                    hambatan=instance,
                    data=form.cleaned_data,
                    sidik_awal=form.cleaned_data["sidik"],
                )
            except hambatan.HambatanBerubah as changed:
                messages.error(request, str(changed))
                form = HambatanForm(
                    instance=changed.current,
                    satker=satker,
                    initial={"sidik": sidik(changed.current)},
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Hambatan dan upaya disimpan."))
                return redirect(back)
    else:
        initial = {"sidik": sidik(instance) if instance else ""}
        chosen = nomor_dari(request.GET.get("indikator", ""))
        if instance is None and chosen is not None:
            initial["indikator"] = chosen
        if instance is None and not hambatan.boleh_catat(request.user, satker, tahun, chosen):
            wajib_boleh(request.user, Aksi.KELOLA_HAMBATAN, satker)
        form = HambatanForm(instance=instance, satker=satker, initial=initial)
    context.update({"aktif": "hambatan", "form": form, "hambatan": instance, "kembali": back})
    status = 400 if request.method == "POST" else 200
    return render(request, "reporting/hambatan_isi.html", context, status=status)


@login_required
@require_safe
def riwayat_rekaman(request, slug, label, object_id):
    satker, tahun, context = halaman_satker(request, slug)
    instance = riwayat.rekaman(satker, label, object_id)
    if instance is None:
        raise TidakDitemukan(gettext("Data tidak ditemukan."))
    context.update(
        {
            "rekaman": instance,
            "jenis": instance._meta.verbose_name,
            "entri": riwayat.riwayat(instance),
        }
    )
    return render(request, "reporting/riwayat.html", context)


@login_required
def anggaran_satker(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    may_edit = tahun is not None and boleh(request.user, Aksi.KELOLA_ANGGARAN, satker)
    form_classes = {
        "pagu": anggaran.PaguForm,
        "realisasi": anggaran.RealisasiForm,
        "kro": anggaran.KROForm,
    }
    forms_ = {kind: cls(satker=satker, prefix=kind) for kind, cls in form_classes.items()}
    status = 200
    if request.method == "POST":
        kind = request.POST.get("aksi", "")
        if kind not in forms_:
            raise TidakDitemukan(gettext("Tindakan tidak dikenal."))
        wajib_boleh(request.user, Aksi.KELOLA_ANGGARAN, satker)
        form = form_classes[kind](request.POST, satker=satker, prefix=kind)
        forms_[kind] = form
        if form.is_valid():
            try:
                if kind == "kro":
                    budget_services.tambah_kro(
                        actor=request.user, satker=satker, **form.cleaned_data
                    )
                else:
                    record = {
                        **form.cleaned_data,
                        "sumber_dana": form.cleaned_data["sumber_dana"] or "",
                    }
                    service = (
                        budget_services.catat_pagu
                        if kind == "pagu"
                        else budget_services.catat_realisasi
                    )
                    service(actor=request.user, satker=satker, tahun=tahun, data=record)
            except ValidationError as error:
                for field, messages_ in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, messages_)
            else:
                done = {
                    "pagu": gettext("Pagu dicatat."),
                    "realisasi": gettext("Realisasi dicatat."),
                    "kro": gettext("KRO ditambahkan; pagunya dapat dicatat per KRO."),
                }
                messages.success(request, done[kind])
                return redirect(
                    reverse("reporting:anggaran", args=[satker.slug]) + f"?tahun={tahun}"
                )
        status = 400
    snapshot = satker_tahun(satker, tahun, dokumen=False) if tahun else None
    periods = dict(Periode.choices)
    for item in snapshot.anggaran if snapshot else []:
        item.baris_tampil = [
            (
                periods.get(row.periode, row.periode),
                SUMBER_DANA.get(row.sumber_dana, ""),
                row.jumlah,
            )
            for row in item.realisasi_baris
        ]
    context.update(
        {
            "aktif": "anggaran",
            "anggaran": snapshot.anggaran if snapshot else [],
            "boleh_ubah": may_edit,
            "form_pagu": forms_["pagu"],
            "form_realisasi": forms_["realisasi"],
            "form_kro": forms_["kro"],
        }
    )
    return render(request, "reporting/anggaran.html", context, status=status)


@login_required
@require_POST
def pratinjau_capaian(request, slug, unit_id, periode):
    """The capaian an entry being typed would give (an HTMX fragment of the grid): computed as
    the page computes it, stored nowhere."""
    satker, tahun, _ = halaman_satker(request, slug)
    unit = _unit_periode(request, satker, tahun, unit_id, periode)
    raw = request.POST.get("indikator", "")
    line = next(
        (item for item in indikator_unit(unit, tahun) if str(item.indikator_id) == raw), None
    )
    if line is None:
        raise TidakDitemukan(gettext("Indikator tidak ditemukan pada PK unit ini."))
    pk = line.indikator_id
    nilai, error = _angka(request.POST.get(f"nilai-{pk}", "")[:50])
    status = request.POST.get(f"status-{pk}", "")
    if status not in (StatusRealisasi.DILAPORKAN, StatusRealisasi.TIDAK_DILAKSANAKAN):
        status = StatusRealisasi.DILAPORKAN
    if nilai is not None and nilai < 0 and status == StatusRealisasi.DILAPORKAN:
        # Said as saving would say it, not as a fault of the indicator's rule.
        error = gettext("Realisasi tidak boleh negatif.")
    measured = {}
    if not error and (nilai is not None or status == StatusRealisasi.TIDAK_DILAKSANAKAN):
        row = BarisRealisasi(periode=periode, status=status, nilai=nilai)
        measured = pratinjau(satker, tahun, periode, {pk: row})
    return render(
        request,
        "reporting/partials/capaian.html",
        {"pengukuran": measured.get(pk), "galat": error},
    )
