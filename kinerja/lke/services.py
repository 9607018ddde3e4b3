"""State changes of an LKE evaluation: open it, answer a criterion, move it through the state
machine (kinerja.lke.alur), hide the evaluator's scores. Each is one function with an explicit
actor, one transaction, its role check, its time window and its audit record. No form sets a
status: only the steps here do.

- The satker (ISI_LKE_MANDIRI: its admin, its Sekretaris) writes its own answers and submits
  them, inside the year's self-assessment window.
- The evaluator (EVALUASI_LKE: the inspectorate on the satker or above it) writes reviewer and
  final answers, returns, finalises and publishes, inside the year's evaluation window.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.accounts.access import boleh, wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import catat, catat_simpan, snapshot
from kinerja.core.formatting import format_tanggal
from kinerja.core.models import AuditLog
from kinerja.lke.alur import (
    PIHAK_JAWABAN,
    TRANSISI,
    Langkah,
    LangkahTidakSah,
    PeranJawaban,
    Pihak,
    Status,
    boleh_dijawab,
    langkah,
)
from kinerja.lke.choices import FaseJadwal, StatusEvaluasi
from kinerja.lke.models import EvaluasiLke, JadwalLke, JawabanLke, KriteriaLke, VersiLembar
from kinerja.lke.nilai import TIDAK_BERLAKU, jawaban_sah
from kinerja.lke.snapshot import tulis_snapshot
from kinerja.lke.versi import lembar_dari_versi
from kinerja.organisations.models import Satker

AKSI_PIHAK = {Pihak.SATKER: Aksi.ISI_LKE_MANDIRI, Pihak.EVALUATOR: Aksi.EVALUASI_LKE}
FASE_PIHAK = {Pihak.SATKER: FaseJadwal.MANDIRI, Pihak.EVALUATOR: FaseJadwal.EVALUASI}


def pengguna_atau_sistem(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def wajib_pihak(actor, pihak: Pihak, satker: Satker) -> None:
    evaluator = boleh(actor, Aksi.EVALUASI_LKE, satker)
    if pihak is Pihak.EVALUATOR and not evaluator and boleh(actor, Aksi.ISI_LKE_MANDIRI, satker):
        raise PermissionDenied(
            _("Jawaban dan langkah evaluator ditulis oleh inspektorat, bukan oleh satker.")
        )
    wajib_boleh(actor, AKSI_PIHAK[pihak], satker)


def wajib_jadwal(tahun: int, fase: str, hari: datetime.date | None = None) -> None:
    """Refuse a write outside the phase's window of the year (or when none is set)."""
    hari = hari or timezone.localdate()
    jadwal = JadwalLke.objects.filter(tahun=tahun, fase=fase).first()
    label = FaseJadwal(fase).label
    if jadwal is None:
        raise ValidationError(
            _("Jadwal %(fase)s tahun %(tahun)s belum ditetapkan; belum dapat diisi.")
            % {"fase": label, "tahun": tahun}
        )
    if not jadwal.mulai <= hari <= jadwal.selesai:
        raise ValidationError(
            _("Di luar jadwal %(fase)s tahun %(tahun)s (%(mulai)s s.d. %(selesai)s).")
            % {
                "fase": label,
                "tahun": tahun,
                "mulai": format_tanggal(jadwal.mulai).terjemahan(),
                "selesai": format_tanggal(jadwal.selesai).terjemahan(),
            }
        )


def terkunci(evaluasi: EvaluasiLke) -> EvaluasiLke:
    return (
        EvaluasiLke.objects.select_for_update()
        .select_related("satker", "versi")
        .get(pk=evaluasi.pk)
    )


@transaction.atomic
def buka_evaluasi(*, actor, satker: Satker, tahun: int) -> EvaluasiLke:
    """Open the satker's evaluation of `tahun` on that year's published worksheet."""
    if not boleh(actor, Aksi.EVALUASI_LKE, satker):
        wajib_boleh(actor, Aksi.ISI_LKE_MANDIRI, satker)
    wajib_jadwal(tahun, FaseJadwal.MANDIRI)
    versi = VersiLembar.objects.filter(tahun=tahun).first()
    if versi is None or not versi.terbit:
        raise ValidationError(
            _("Lembar kerja evaluasi tahun %(tahun)s belum terbit.") % {"tahun": tahun}
        )
    if EvaluasiLke.objects.filter(satker=satker, tahun=tahun).exists():
        raise ValidationError(_("Satker ini sudah memiliki evaluasi tahun itu."))
    evaluasi = EvaluasiLke(satker=satker, tahun=tahun, versi=versi)
    evaluasi.full_clean()
    evaluasi.save()
    catat(actor, evaluasi, AuditLog.Action.CREATE, None, f"Evaluasi AKIP {tahun} dibuka")
    return evaluasi


@transaction.atomic
def simpan_jawaban(
    *, actor, evaluasi: EvaluasiLke, kode_kriteria: str, peran: str, kode: str, catatan: str = ""
) -> JawabanLke:
    """Write one side's answer to one criterion; an empty `kode` removes it."""
    try:
        peran = PeranJawaban(peran)
    except ValueError:
        raise ValidationError(_("Peran jawaban tidak dikenal.")) from None
    evaluasi = terkunci(evaluasi)
    pihak = PIHAK_JAWABAN[peran]
    wajib_pihak(actor, pihak, evaluasi.satker)
    wajib_jadwal(evaluasi.tahun, FASE_PIHAK[pihak])
    if not boleh_dijawab(Status(evaluasi.status), peran):
        raise ValidationError(
            _('Jawaban %(peran)s tidak dapat diubah pada status "%(status)s".')
            % {"peran": peran.value, "status": evaluasi.get_status_display()}
        )
    kriteria = KriteriaLke.objects.filter(versi=evaluasi.versi, kode=kode_kriteria).first()
    if kriteria is None:
        raise ValidationError(
            _("Kriteria %(kode)s tidak ada pada lembar kerja ini.") % {"kode": kode_kriteria[:20]}
        )
    kode, catatan = kode.strip(), catatan.strip()
    existing = JawabanLke.objects.filter(evaluasi=evaluasi, kriteria=kriteria, peran=peran).first()
    reason = f"Jawaban LKE {kriteria.kode} ({peran.value})"
    if not kode:
        if existing is not None:
            catat(actor, existing, AuditLog.Action.DELETE, snapshot(existing), reason)
            existing.delete()
        return None
    lembar_kriteria = next(
        k for k in lembar_dari_versi(evaluasi.versi).semua_kriteria() if k.kode == kriteria.kode
    )
    if not jawaban_sah(lembar_kriteria, kode):
        raise ValidationError(
            _("Jawaban %(jawaban)s bukan pilihan skala %(skala)s kriteria %(kode)s.")
            % {"jawaban": kode[:10], "skala": lembar_kriteria.skala.nama, "kode": kriteria.kode}
        )
    if kode == TIDAK_BERLAKU and not catatan:
        raise ValidationError(_("Jawaban N/A (tidak berlaku) harus disertai alasan."))
    answer = existing or JawabanLke(evaluasi=evaluasi, kriteria=kriteria, peran=peran)
    before = snapshot(existing) if existing else None
    answer.kode, answer.catatan = kode, catatan
    answer.penulis, answer.diubah_pada = pengguna_atau_sistem(actor), timezone.now()
    answer.full_clean()
    answer.save()
    catat_simpan(actor, answer, before, reason)
    return answer


def _langkah(actor, evaluasi: EvaluasiLke, aksi: Langkah, syarat=None, **changes) -> EvaluasiLke:
    """Check the side, the window and the status, then `syarat` (what else the step needs),
    then move and audit."""
    pihak = TRANSISI[aksi].pihak
    wajib_pihak(actor, pihak, evaluasi.satker)
    wajib_jadwal(evaluasi.tahun, FASE_PIHAK[pihak])
    try:
        baru = langkah(Status(evaluasi.status), aksi)
    except LangkahTidakSah:
        raise ValidationError(
            _('Langkah itu tidak dapat dilakukan pada status "%(status)s".')
            % {"status": evaluasi.get_status_display()}
        ) from None
    if syarat is not None:
        syarat(evaluasi)
    before = snapshot(evaluasi)
    evaluasi.status = StatusEvaluasi(baru.value)
    for name, value in changes.items():
        setattr(evaluasi, name, value)
    evaluasi.full_clean()
    evaluasi.save()
    catat(
        actor,
        evaluasi,
        AuditLog.Action.UPDATE,
        before,
        f"Evaluasi AKIP {evaluasi.tahun}: {aksi.value}",
    )
    return evaluasi


@transaction.atomic
def ajukan_mandiri(*, actor, evaluasi: EvaluasiLke) -> EvaluasiLke:
    """Submit the self-assessment, refused while the logic checks find an error (an answer
    above 0 without evidence, N/A without a reason): the findings are the refusal."""
    # Imported here: the checks count evidence, whose module builds on these services.
    from kinerja.lke.logika_evaluasi import wajib_tanpa_galat

    return _langkah(actor, terkunci(evaluasi), Langkah.AJUKAN_MANDIRI, syarat=wajib_tanpa_galat)


@transaction.atomic
def mulai_reviu(*, actor, evaluasi: EvaluasiLke) -> EvaluasiLke:
    return _langkah(actor, terkunci(evaluasi), Langkah.MULAI_REVIU)


@transaction.atomic
def kembalikan(*, actor, evaluasi: EvaluasiLke, alasan: str) -> EvaluasiLke:
    alasan = alasan.strip()
    if not alasan:
        raise ValidationError(_("Tulis alasan pengembalian."))
    return _langkah(actor, terkunci(evaluasi), Langkah.KEMBALIKAN, alasan_dikembalikan=alasan)


def _wajib_lengkap(evaluasi: EvaluasiLke) -> None:
    final = set(
        JawabanLke.objects.filter(evaluasi=evaluasi, peran=PeranJawaban.EVALUATOR).values_list(
            "kriteria__kode", flat=True
        )
    )
    missing = [
        k.kode
        for k in lembar_dari_versi(evaluasi.versi).semua_kriteria()
        if k.wajib and k.kode not in final
    ]
    if missing:
        raise ValidationError(
            _("Belum ada jawaban evaluator untuk %(jumlah)s kriteria wajib: %(kode)s.")
            % {
                "jumlah": len(missing),
                "kode": ", ".join(missing[:10]) + (" …" if len(missing) > 10 else ""),
            }
        )


@transaction.atomic
def finalkan(*, actor, evaluasi: EvaluasiLke) -> EvaluasiLke:
    """Finalise once every required criterion has its final (evaluator's) answer, and write
    the snapshot the results are read from from then on."""
    evaluasi = _langkah(actor, terkunci(evaluasi), Langkah.FINALKAN, syarat=_wajib_lengkap)
    tulis_snapshot(evaluasi, actor)
    return evaluasi


@transaction.atomic
def terbitkan(*, actor, evaluasi: EvaluasiLke) -> EvaluasiLke:
    return _langkah(actor, terkunci(evaluasi), Langkah.TERBITKAN)


@transaction.atomic
def atur_sembunyikan_nilai(*, actor, evaluasi: EvaluasiLke, sembunyikan: bool) -> EvaluasiLke:
    """The evaluator hides (or shows) their answers and scores from the satker until
    publication; after it they are always shown."""
    evaluasi = terkunci(evaluasi)
    wajib_pihak(actor, Pihak.EVALUATOR, evaluasi.satker)
    wajib_jadwal(evaluasi.tahun, FaseJadwal.EVALUASI)
    if evaluasi.status == StatusEvaluasi.TERBIT:
        raise ValidationError(_("Hasil evaluasi sudah terbit dan terlihat oleh satker."))
    before = snapshot(evaluasi)
    evaluasi.sembunyikan_nilai = sembunyikan
    evaluasi.save()
    catat_simpan(
        actor,
        evaluasi,
        before,
        f"Evaluasi AKIP {evaluasi.tahun}: nilai disembunyikan={sembunyikan}",
    )
    return evaluasi
