"""State changes of a unit's realisation report: save, submit, return, approve, attach
evidence. Each is one function with an explicit actor, one transaction holding the report's
row lock, its role check and its audit records; the views call these and nothing else.

- A form posted from an older version of the report is refused (`DataBerubah`), never merged:
  the second of two people saving the same report sees the current values.
- Submitting needs an entry for every indicator of the unit's PK, and a hambatan with its upaya
  linked to each indicator whose capaian falls below the satker's threshold.
- Approving is the Kasubbag's, never the submitter's own; only then do the entries become the
  satker's realisations (measurement.Realisasi), each change audited.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import catat, catat_simpan, snapshot
from kinerja.core.formatting import format_persen
from kinerja.core.models import AuditLog
from kinerja.measurement.choices import PeriodePelaporan, StatusRealisasi
from kinerja.measurement.models import HambatanUpaya, PengaturanPengukuran, Realisasi
from kinerja.measurement.periods import deret
from kinerja.measurement.satker_year import pengaturan
from kinerja.reporting.berkas import berkas_baru
from kinerja.reporting.bukti_berkas import BATAS_BUKTI, periksa_berkas
from kinerja.reporting.choices import StatusLaporan
from kinerja.reporting.models import BuktiDukung, IsianRealisasi, LaporanRealisasi
from kinerja.reporting.selectors import BarisIsian, di_bawah_ambang, grid, indikator_unit


class DataBerubah(Exception):
    """The report changed since the form was opened."""

    def __init__(self, laporan: LaporanRealisasi):
        who = laporan.diubah_oleh.get_username() if laporan.diubah_oleh else _("pengguna lain")
        super().__init__(
            _(
                "Laporan ini telah diubah oleh %(who)s sejak Anda membukanya; isian Anda tidak "
                "disimpan. Nilai terkini ditampilkan: periksa, lalu simpan lagi."
            )
            % {"who": who}
        )
        self.laporan = laporan


def _kunci(laporan: LaporanRealisasi, versi: int | None) -> LaporanRealisasi:
    if laporan.pk is None:
        if versi not in (None, 1):
            raise ValidationError(_("Versi laporan tidak dikenal."))
        created = LaporanRealisasi.objects.filter(
            unit=laporan.unit, tahun=laporan.tahun, periode=laporan.periode
        ).first()
        if created is not None:  # someone saved the first draft meanwhile
            raise DataBerubah(created)
        return laporan
    current = LaporanRealisasi.objects.select_for_update().get(pk=laporan.pk)
    if versi is not None and current.versi != versi:
        raise DataBerubah(current)
    return current


def _simpan_laporan(laporan, actor, reason, before=None):
    creating = laporan.pk is None
    if not creating:
        laporan.versi += 1
    laporan.diubah_oleh = actor if getattr(actor, "is_authenticated", False) else None
    if creating:
        try:
            with transaction.atomic():  # two first saves at once: the second is told
                laporan.save()
        except IntegrityError:
            raise DataBerubah(
                LaporanRealisasi.objects.get(
                    unit=laporan.unit, tahun=laporan.tahun, periode=laporan.periode
                )
            ) from None
    else:
        laporan.save()
    catat(
        actor,
        laporan,
        AuditLog.Action.CREATE if creating else AuditLog.Action.UPDATE,
        None if creating else before,
        reason,
    )


def _satu_jenis_periode(laporan: LaporanRealisasi) -> None:
    """A unit reports a year in quarters or in months, never both: the measurement would
    count March twice."""
    series = deret(laporan.periode)
    other = (
        LaporanRealisasi.objects.filter(unit=laporan.unit, tahun=laporan.tahun)
        .exclude(periode__in=series)
        .first()
    )
    if other is not None:
        raise ValidationError(
            _(
                "%(unit)s sudah melapor %(periode)s %(tahun)s; laporan per bulan dan per "
                "triwulan tidak dapat dicampur dalam satu tahun."
            )
            % {"unit": laporan.unit, "periode": other.get_periode_display(), "tahun": laporan.tahun}
        )


@transaction.atomic
def atur_periode_laporan(*, actor, satker, periode: str) -> PengaturanPengukuran:
    """Whether the satker's units report per quarter or per month (a unit keeps the kind it
    already reported a year in)."""
    wajib_boleh(actor, Aksi.KELOLA_PERENCANAAN, satker)
    if periode not in PeriodePelaporan.values:
        raise ValidationError(_("Pilih periode laporan: per triwulan atau per bulan."))
    setting = PengaturanPengukuran.objects.select_for_update().filter(satker=satker).first()
    before = snapshot(setting) if setting else None
    setting = setting or PengaturanPengukuran(satker=satker)
    setting.periode_laporan = periode
    setting.full_clean()
    setting.save()
    catat_simpan(actor, setting, before, "Periode laporan realisasi")
    return setting


@transaction.atomic
def simpan(
    laporan: LaporanRealisasi, *, actor, versi: int | None, isian: dict[int, dict], narasi: str
) -> LaporanRealisasi:
    """Save a draft (or a returned report): `isian` maps an indicator id to its status, nilai,
    nilai_teks and alasan; an indicator left empty keeps no entry."""
    wajib_boleh(actor, Aksi.ISI_REALISASI, laporan.satker, laporan.unit)
    laporan = _kunci(laporan, versi)
    if not laporan.dapat_diisi:
        raise ValidationError(
            _("Laporan berstatus %(status)s tidak dapat diubah.")
            % {"status": laporan.get_status_display().lower()}
        )
    if laporan.pk is None:
        _satu_jenis_periode(laporan)
    allowed = {line.indikator_id for line in indikator_unit(laporan.unit, laporan.tahun)}
    unknown = set(isian) - allowed
    if unknown:
        raise ValidationError(_("Indikator itu tidak ada pada PK unit ini."))
    errors = {}
    for indikator_id, values in isian.items():
        if values["status"] == StatusRealisasi.TIDAK_DILAKSANAKAN and not values["alasan"].strip():
            errors[indikator_id] = _("Sebutkan alasan kegiatan tidak dilaksanakan.")
        elif values["status"] == StatusRealisasi.DILAPORKAN and (values.get("nilai") or 0) < 0:
            errors[indikator_id] = _("Realisasi tidak boleh negatif.")
    if errors:
        raise ValidationError(errors)
    before = snapshot(laporan) if laporan.pk else None
    laporan.narasi = narasi
    _simpan_laporan(laporan, actor, "Simpan laporan realisasi", before)
    existing = {item.indikator_id: item for item in laporan.isian.all()}
    for indikator_id, values in isian.items():
        empty = (
            values["status"] == StatusRealisasi.DILAPORKAN
            and values.get("nilai") is None
            and not values.get("nilai_teks", "").strip()
        )
        item = existing.get(indikator_id)
        if empty:
            if item is not None:
                old = snapshot(item)
                item.delete()
                catat(actor, item, AuditLog.Action.DELETE, old, "Isian realisasi dikosongkan")
            continue
        fields = {
            "status": values["status"],
            "nilai": values.get("nilai")
            if values["status"] == StatusRealisasi.DILAPORKAN
            else None,
            "nilai_teks": values.get("nilai_teks", "").strip()
            if values["status"] == StatusRealisasi.DILAPORKAN
            else "",
            "alasan": values["alasan"].strip()
            if values["status"] == StatusRealisasi.TIDAK_DILAKSANAKAN
            else "",
        }
        if item is None:
            item = IsianRealisasi(laporan=laporan, indikator_id=indikator_id, **fields)
            item.save()
            catat(actor, item, AuditLog.Action.CREATE, None, "Isian realisasi")
        elif any(getattr(item, key) != value for key, value in fields.items()):
            old = snapshot(item)
            for key, value in fields.items():
                setattr(item, key, value)
            item.save()
            catat(actor, item, AuditLog.Action.UPDATE, old, "Isian realisasi")
    return laporan


@dataclass(frozen=True)
class Syarat:
    """One thing that stands in the way of submitting, in words for the operator."""

    teks: str
    indikator_id: int | None = None
    perlu_hambatan: bool = False

    def __str__(self) -> str:
        return self.teks


def syarat_pengajuan(
    laporan: LaporanRealisasi, baris: list[BarisIsian] | None = None
) -> list[Syarat]:
    """What stands in the way of submitting; `baris` is the entry grid when the page has
    already read it (its previews are the capaian checked here)."""
    rows = grid(laporan) if baris is None else baris
    if not rows:
        return [Syarat(_("Unit ini belum memiliki PK yang berlaku untuk tahun ini."))]
    problems = [
        Syarat(
            _("%(kode)s: realisasi belum diisi.") % {"kode": row.indikator.kode}, row.indikator.pk
        )
        for row in rows
        if row.isian is None
    ]
    threshold = pengaturan(laporan.satker_id).ambang_capaian
    below = [row for row in rows if row.pengukuran and di_bawah_ambang(row.pengukuran, threshold)]
    explained = set(
        HambatanUpaya.objects.filter(
            satker=laporan.satker,
            tahun=laporan.tahun,
            indikator_id__in=[row.indikator.pk for row in below],
        )
        .exclude(upaya="")
        .values_list("indikator_id", flat=True)
    )
    for row in below:
        if row.indikator.pk not in explained:
            problems.append(
                Syarat(
                    _(
                        "%(kode)s: capaian %(capaian)s di bawah %(ambang)s; catat hambatan dan "
                        "upayanya untuk indikator ini."
                    )
                    % {
                        "kode": row.indikator.kode,
                        "capaian": format_persen(row.pengukuran.hasil.nilai),
                        "ambang": format_persen(threshold),
                    },
                    row.indikator.pk,
                    perlu_hambatan=True,
                )
            )
    return problems


@transaction.atomic
def ajukan(laporan: LaporanRealisasi, *, actor, versi: int | None) -> LaporanRealisasi:
    wajib_boleh(actor, Aksi.ISI_REALISASI, laporan.satker, laporan.unit)
    if laporan.pk is None:
        raise ValidationError(_("Simpan isian realisasi terlebih dahulu."))
    laporan = _kunci(laporan, versi)
    if not laporan.dapat_diisi:
        raise ValidationError(
            _("Laporan berstatus %(status)s tidak dapat diajukan.")
            % {"status": laporan.get_status_display().lower()}
        )
    problems = syarat_pengajuan(laporan)
    if problems:
        raise ValidationError([str(problem) for problem in problems])
    before = snapshot(laporan)
    laporan.status = StatusLaporan.DIAJUKAN
    laporan.diajukan_oleh = actor
    laporan.diajukan_pada = timezone.now()
    _simpan_laporan(laporan, actor, "Laporan realisasi diajukan", before)
    return laporan


def _keputusan(laporan: LaporanRealisasi, actor, versi: int | None) -> LaporanRealisasi:
    wajib_boleh(actor, Aksi.SETUJUI_REALISASI, laporan.satker, laporan.unit)
    laporan = _kunci(laporan, versi)
    if laporan.status != StatusLaporan.DIAJUKAN:
        raise ValidationError(
            _("Hanya laporan yang diajukan yang dapat disetujui atau dikembalikan.")
        )
    if laporan.diajukan_oleh_id == getattr(actor, "pk", None):
        raise PermissionDenied(_("Laporan yang Anda ajukan sendiri diperiksa oleh orang lain."))
    return laporan


def _kembali_ke_operator(laporan, actor, alasan: str, label: str) -> LaporanRealisasi:
    """A report goes back to the operator with the decider's reason (returned, or reopened
    after approval)."""
    before = snapshot(laporan)
    laporan.status = StatusLaporan.DIKEMBALIKAN
    laporan.alasan_dikembalikan = alasan.strip()
    laporan.diputuskan_oleh = actor
    laporan.diputuskan_pada = timezone.now()
    _simpan_laporan(laporan, actor, f"{label}: {alasan.strip()}"[:300], before)
    return laporan


@transaction.atomic
def kembalikan(
    laporan: LaporanRealisasi, *, actor, versi: int | None, alasan: str
) -> LaporanRealisasi:
    laporan = _keputusan(laporan, actor, versi)
    if not alasan.strip():
        raise ValidationError({"alasan": _("Sebutkan alasan laporan dikembalikan.")})
    return _kembali_ke_operator(laporan, actor, alasan, "Dikembalikan")


@transaction.atomic
def setujui(laporan: LaporanRealisasi, *, actor, versi: int | None) -> LaporanRealisasi:
    """Approve: the entries become the satker's realisations for the period."""
    laporan = _keputusan(laporan, actor, versi)
    with translation.override(settings.LANGUAGE_CODE):  # stored data stays Indonesian
        source = f"Laporan realisasi {laporan.unit} {laporan.get_periode_display()} {laporan.tahun}"
    for item in laporan.isian.select_related("indikator"):
        fields = {
            "status": item.status,
            "nilai": item.nilai,
            "nilai_teks": item.nilai_teks,
            "alasan": item.alasan,
            "sumber": source[:200],
        }
        row = Realisasi.objects.filter(
            indikator=item.indikator, tahun=laporan.tahun, periode=laporan.periode
        ).first()
        old = snapshot(row) if row else None
        row = row or Realisasi(
            indikator=item.indikator, tahun=laporan.tahun, periode=laporan.periode
        )
        for key, value in fields.items():
            setattr(row, key, value)
        row.full_clean()
        row.save()
        # Audited even when unchanged: the approval itself is what the record says happened.
        action = AuditLog.Action.UPDATE if old else AuditLog.Action.CREATE
        catat(actor, row, action, old, "Laporan realisasi disetujui")
    before = snapshot(laporan)
    laporan.status = StatusLaporan.DISETUJUI
    laporan.alasan_dikembalikan = ""
    laporan.diputuskan_oleh = actor
    laporan.diputuskan_pada = timezone.now()
    _simpan_laporan(laporan, actor, "Laporan realisasi disetujui", before)
    return laporan


@transaction.atomic
def buka_kembali(
    laporan: LaporanRealisasi, *, actor, versi: int | None, alasan: str
) -> LaporanRealisasi:
    """Reopen an approved report for a correction, with a reason: it returns to the operator.
    The realisations it wrote stay the figures in force until the corrected report is
    approved again (then they are overwritten, audited)."""
    wajib_boleh(actor, Aksi.SETUJUI_REALISASI, laporan.satker, laporan.unit)
    laporan = _kunci(laporan, versi)
    if laporan.status != StatusLaporan.DISETUJUI:
        raise ValidationError(_("Hanya laporan yang sudah disetujui yang dibuka kembali."))
    if not alasan.strip():
        raise ValidationError({"alasan": _("Sebutkan alasan laporan dibuka kembali.")})
    return _kembali_ke_operator(laporan, actor, alasan, "Dibuka kembali")


def unggah_bukti(laporan: LaporanRealisasi, *, actor, berkas) -> BuktiDukung:
    """Attach an evidence file, checked by its content and size, kept with its SHA-256. The file
    is stored before its row is written: if anything fails after that, up to the commit, the
    file is deleted again (a failure of a caller's outer transaction is left to
    `kinerja bersihkan_bukti`)."""
    with berkas_baru() as stored, transaction.atomic():
        return _unggah_bukti(laporan, actor=actor, berkas=berkas, stored=stored)


def _unggah_bukti(laporan: LaporanRealisasi, *, actor, berkas, stored: list[str]) -> BuktiDukung:
    wajib_boleh(actor, Aksi.ISI_REALISASI, laporan.satker, laporan.unit)
    if laporan.pk is None:
        raise ValidationError(_("Simpan isian realisasi terlebih dahulu."))
    laporan = _kunci(laporan, None)
    if not laporan.dapat_diisi:
        raise ValidationError(
            _("Bukti hanya dapat ditambahkan pada laporan draf atau dikembalikan.")
        )
    # This module's BATAS_BUKTI, read at each upload, so that a test may lower it.
    checked = periksa_berkas(berkas, BATAS_BUKTI)
    bukti = BuktiDukung(
        laporan=laporan,
        nama_asli=berkas.name[:255],
        jenis=checked.jenis,
        ukuran=berkas.size,
        sha256=checked.sha256,
        diunggah_oleh=actor,
    )
    bukti.berkas.save(f"{checked.sha256[:16]}.{checked.ekstensi}", berkas, save=False)
    stored.append(bukti.berkas.name)
    bukti.save()
    catat(actor, bukti, AuditLog.Action.CREATE, None, "Bukti dukung diunggah")
    return bukti
