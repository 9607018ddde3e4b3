"""Setting and removing the time windows of a year's evaluation (`JadwalLke`), which every
write of an evaluation checks (kinerja.lke.services.wajib_jadwal). Windows serve every satker:
they are kept by whoever keeps the worksheets (KELOLA_LEMBAR_LKE on a root satker, or a
superuser). Each function has an explicit actor, one transaction and an audit record with the
window before and after.

One window per phase and year: setting a phase that has one changes it. The two windows may
overlap (a self-assessment returned with a reason is submitted again while the inspectorate
evaluates the others; the demo's windows coincide), but the evaluation may neither start
before the self-assessment starts nor end before it ends: a satker submitting on its last day
would never be evaluated.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kinerja.accounts.access import boleh_kelola_lembar_lke
from kinerja.core.audit import catat, catat_simpan, snapshot
from kinerja.core.formatting import format_tanggal
from kinerja.core.models import AuditLog
from kinerja.lke.choices import FaseJadwal
from kinerja.lke.models import JadwalLke, VersiLembar


def wajib_kelola_jadwal(actor) -> None:
    if not boleh_kelola_lembar_lke(actor):
        raise PermissionDenied(
            _("Jadwal evaluasi ditetapkan oleh inspektorat pusat atau superuser.")
        )


def _fase(fase: str) -> FaseJadwal:
    try:
        return FaseJadwal(fase)
    except ValueError:
        raise ValidationError(_("Fase jadwal tidak dikenal.")) from None


def _tanggal(value: datetime.date) -> str:
    return format_tanggal(value).terjemahan()


def _wajib_urutan(fase: FaseJadwal, mulai: datetime.date, selesai: datetime.date, lain) -> None:
    """The evaluation window against the self-assessment's, whichever of the two is set."""
    if lain is None:
        return
    if fase is FaseJadwal.EVALUASI:
        mandiri = (lain.mulai, lain.selesai)
        evaluasi = (mulai, selesai)
    else:
        mandiri = (mulai, selesai)
        evaluasi = (lain.mulai, lain.selesai)
    if evaluasi[0] < mandiri[0]:
        raise ValidationError(
            _(
                "Evaluasi tidak dapat mulai (%(evaluasi)s) sebelum penilaian mandiri mulai "
                "(%(mandiri)s)."
            )
            % {"evaluasi": _tanggal(evaluasi[0]), "mandiri": _tanggal(mandiri[0])}
        )
    if evaluasi[1] < mandiri[1]:
        raise ValidationError(
            _(
                "Evaluasi tidak dapat selesai (%(evaluasi)s) sebelum penilaian mandiri selesai "
                "(%(mandiri)s): penilaian yang diajukan pada hari terakhir tidak akan "
                "dievaluasi."
            )
            % {"evaluasi": _tanggal(evaluasi[1]), "mandiri": _tanggal(mandiri[1])}
        )


@transaction.atomic
def tetapkan_jadwal(
    *, actor, tahun: int, fase: str, mulai: datetime.date, selesai: datetime.date
) -> JadwalLke:
    """Set (or change) the window of one phase of the year's evaluation, first and last day
    inclusive. The year must have a worksheet (a draft is enough: windows are set ahead)."""
    wajib_kelola_jadwal(actor)
    fase = _fase(fase)
    if not VersiLembar.objects.filter(tahun=tahun).exists():
        raise ValidationError(
            _("Belum ada lembar kerja evaluasi tahun %(tahun)s; unggah lembarnya lebih dulu.")
            % {"tahun": tahun}
        )
    if selesai < mulai:
        raise ValidationError(
            _("Tanggal selesai (%(selesai)s) tidak boleh sebelum tanggal mulai (%(mulai)s).")
            % {"selesai": _tanggal(selesai), "mulai": _tanggal(mulai)}
        )
    windows = {row.fase: row for row in JadwalLke.objects.select_for_update().filter(tahun=tahun)}
    lain = next((row for kunci, row in windows.items() if kunci != fase), None)
    _wajib_urutan(fase, mulai, selesai, lain)
    existing = windows.get(fase.value)
    before = snapshot(existing) if existing else None
    jadwal = existing or JadwalLke(tahun=tahun, fase=fase)
    jadwal.mulai, jadwal.selesai = mulai, selesai
    jadwal.full_clean()
    jadwal.save()
    catat_simpan(actor, jadwal, before, f"Jadwal LKE {fase.value} {tahun} ditetapkan")
    return jadwal


@transaction.atomic
def hapus_jadwal(*, actor, tahun: int, fase: str) -> None:
    """Remove a phase's window: nothing of that phase can be written until one is set again."""
    wajib_kelola_jadwal(actor)
    fase = _fase(fase)
    jadwal = JadwalLke.objects.select_for_update().filter(tahun=tahun, fase=fase).first()
    if jadwal is None:
        raise ValidationError(
            _("Jadwal %(fase)s tahun %(tahun)s belum ditetapkan.")
            % {"fase": fase.label, "tahun": tahun}
        )
    catat(
        actor,
        jadwal,
        AuditLog.Action.DELETE,
        snapshot(jadwal),
        f"Jadwal LKE {fase.value} {tahun} dihapus",
    )
    jadwal.delete()
