"""The year-end batch from the parent satker's report page: start it, watch its progress
(the page polls its own partial with htmx), resume it when it stalled, download the reports
as one zip."""

import tempfile
import zipfile
from pathlib import PurePosixPath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from kinerja.accounts.access import boleh, get_satker_for_user
from kinerja.accounts.peran import Aksi
from kinerja.core.http import TidakDitemukan
from kinerja.documents import massal
from kinerja.documents.choices import StatusLaporanMassal
from kinerja.documents.forms import LaporanMassalForm
from kinerja.documents.models import LaporanMassal
from kinerja.measurement.satker_year import tahun_tersedia

# A zip held in memory up to this size, then spilled to a temporary file.
ZIP_DI_MEMORI = 64 * 1024 * 1024


@login_required
@require_POST
def massal_mulai(request, slug):
    satker = get_satker_for_user(request.user, slug, Aksi.SUSUN_LAPORAN)
    form = LaporanMassalForm(request.POST, tahun_tersedia=tahun_tersedia(satker))
    if not form.is_valid():
        messages.error(request, _("Tahun atau format laporan massal tidak sah; tidak dimulai."))
        return redirect(reverse("documents:laporan", args=[satker.slug]) + "#massal")
    job = massal.mulai_laporan_massal(
        actor=request.user,
        induk=satker,
        tahun=form.cleaned_data["tahun"],
        fmt=form.cleaned_data["format"],
    )
    massal.jalankan_laporan_massal(job)
    return redirect("documents:massal", slug=satker.slug, job_id=job.pk)


def _job(request, slug, job_id, aksi: Aksi = Aksi.BACA) -> LaporanMassal:
    satker = get_satker_for_user(request.user, slug, aksi)
    job = LaporanMassal.objects.filter(induk=satker, pk=job_id).select_related("induk").first()
    if job is None:
        raise TidakDitemukan(_("Laporan massal tidak ditemukan."))
    return job


@login_required
@require_safe
def massal_kemajuan(request, slug, job_id):
    """The batch's progress and failures; htmx asks for the partial alone every few seconds
    until every report is written or failed."""
    job = _job(request, slug, job_id)
    progress = massal.kemajuan(job)
    context = {
        "satker": job.induk,
        "job": job,
        "kemajuan": progress,
        "terhenti": progress.terhenti(timezone.now(), massal.batas_terhenti()),
        "boleh_lanjut": massal.boleh_dilanjutkan(job, progress)
        and boleh(request.user, Aksi.SUSUN_LAPORAN, job.induk),
        "kegagalan": massal.kegagalan(job),
    }
    if request.headers.get("HX-Request"):
        return render(request, "documents/partials/massal_kemajuan.html", context)
    return render(request, "documents/massal_kemajuan.html", context)


@login_required
@require_POST
def massal_lanjutkan(request, slug, job_id):
    """Queue again a stalled batch's unwritten and failed reports, and send them."""
    job = _job(request, slug, job_id, Aksi.SUSUN_LAPORAN)
    try:
        queued = massal.lanjutkan_laporan_massal(actor=request.user, job=job)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        massal.jalankan_laporan_massal(job)
        messages.success(request, _("%(jumlah)s laporan diantrekan lagi.") % {"jumlah": queued})
    return redirect("documents:massal", slug=job.induk.slug, job_id=job.pk)


@login_required
@require_safe
def massal_unduh(request, slug, job_id):
    """Every report written so far, one zip; the failures listed in GAGAL.txt inside it."""
    job = _job(request, slug, job_id)
    if job.dibersihkan_pada is not None:
        raise TidakDitemukan(_("Berkas laporan massal ini sudah dihapus menurut aturan retensi."))
    written = job.satker_laporan.filter(status=StatusLaporanMassal.SELESAI).order_by("pk")
    buffer = tempfile.SpooledTemporaryFile(max_size=ZIP_DI_MEMORI)  # noqa: SIM115 - the response closes it
    # Word, PDF and Excel files are compressed already: stored as they are.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name in written.values_list("berkas", flat=True):
            with default_storage.open(name, "rb") as stored:
                archive.writestr(PurePosixPath(name).name, stored.read())
        failed = massal.kegagalan(job)
        if failed:
            archive.writestr(
                "GAGAL.txt",
                "".join(
                    f"{item.satker.slug}\t{item.satker.nama}\t{item.pesan}\n" for item in failed
                ),
            )
    buffer.seek(0)
    return FileResponse(
        buffer, as_attachment=True, filename=f"lkjip-{job.induk.slug}-{job.tahun}-{job.pk}.zip"
    )
