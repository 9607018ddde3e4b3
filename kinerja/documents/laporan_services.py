"""State changes of a satker-year's LKjIP as a document: its date, place and number, its
signing and its revisions. Each is one transaction with an explicit actor, the role check and
the audit record.

Signing builds the document once and keeps it (canonical JSON and its SHA-256,
kinerja.documents.serial): a signed report is never regenerated, so it reads the same later
whatever the data says since. A signed version is never edited: a revision is a new version,
with its reason, the old one kept and readable."""

import datetime
import json

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import catat, catat_simpan, snapshot
from kinerja.core.models import AuditLog
from kinerja.documents.identitas_laporan import identitas_laporan
from kinerja.documents.kesiapan import Jenis
from kinerja.documents.kesiapan_data import kesiapan
from kinerja.documents.lampiran import laporan_dengan_lampiran
from kinerja.documents.models import LaporanDihasilkan, LaporanTahunan, LaporanTertandatangan
from kinerja.documents.penanda_tangan import Asal, tetapkan_penanda_tangan
from kinerja.documents.serial import ke_json, sidik
from kinerja.measurement.pengukuran import hitung_pengukuran
from kinerja.measurement.render import as_dict
from kinerja.measurement.satker_year import satker_tahun
from kinerja.organisations.models import Satker


@transaction.atomic
def simpan_identitas_laporan(
    *,
    actor,
    satker: Satker,
    tahun: int,
    tanggal: datetime.date | None,
    tempat: str,
    nomor: str,
) -> LaporanTahunan:
    """Set the report's date, place and number. A signed version keeps the ones it was signed
    with; a revision takes these."""
    wajib_boleh(actor, Aksi.SUSUN_LAPORAN, satker)
    record = LaporanTahunan.objects.select_for_update().filter(satker=satker, tahun=tahun).first()
    before = snapshot(record) if record else None
    record = record or LaporanTahunan(satker=satker, tahun=tahun)
    record.tanggal = tanggal
    record.tempat = tempat.strip()
    record.nomor = nomor.strip()
    record.full_clean()
    record.save()
    catat_simpan(actor, record, before, f"Identitas LKjIP {tahun}")
    return record


def data_sumber(snapshot) -> str:
    """What a signed version keeps of the data it was built from: the measurement of the
    satker-year as `kinerja pengukuran --json` prints it — every indicator's target,
    realisation and their sources, the rule that measured it, every kegiatan's pagu and
    realisation — as canonical JSON."""
    measured = as_dict(hitung_pengukuran(snapshot))
    return json.dumps(measured, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# Drafts kept per satker-year: enough to trace any draft sent round for comments in the weeks
# before signing, without keeping every download of the year.
SIMPAN_DRAF = 20


@transaction.atomic
def catat_laporan_dihasilkan(*, actor, satker: Satker, tahun: int, document, snapshot):
    """Keep a generated draft: its content and its source data with their SHA-256 (one row
    per distinct pair; the same again counts once more), the oldest beyond SIMPAN_DRAF
    dropped. Returns the row."""
    content = ke_json(document, semua_format=False)
    data = data_sumber(snapshot)
    user = actor if getattr(actor, "is_authenticated", False) else None
    row, created = LaporanDihasilkan.objects.get_or_create(
        satker=satker,
        tahun=tahun,
        sidik=sidik(content),
        data_sidik=sidik(data),
        defaults={"isi": content, "data": data, "dibuat_oleh": user},
    )
    # Not an audit record: generating changes no data, and the row itself says who and when
    # (an audit snapshot would copy the whole document).
    if not created:
        row.terakhir_dibuat = timezone.now()
        row.jumlah += 1
        row.dibuat_oleh = user
        row.save(update_fields=["terakhir_dibuat", "jumlah", "dibuat_oleh"])
    kept = LaporanDihasilkan.objects.filter(satker=satker, tahun=tahun).order_by(
        "-terakhir_dibuat", "-pk"
    )
    old = list(kept.values_list("pk", flat=True)[SIMPAN_DRAF:])
    if old:
        LaporanDihasilkan.objects.filter(pk__in=old).delete()
    return row


def _terakhir(satker: Satker, tahun: int) -> LaporanTertandatangan | None:
    return (
        LaporanTertandatangan.objects.select_for_update()
        .filter(satker=satker, tahun=tahun)
        .order_by("-versi")
        .first()
    )


def _tandatangani(*, actor, satker, tahun, tetap, revisi_dari, alasan) -> LaporanTertandatangan:
    identitas = identitas_laporan(satker, tahun)
    check = kesiapan(satker, tahun)
    signer_blockers = [item for item in check.penghalang if item.jenis == Jenis.PENANDA_TANGAN]
    if signer_blockers:
        raise ValidationError([item.pesan for item in signer_blockers])
    penetapan = tetapkan_penanda_tangan(
        satker, identitas.tanggal, satker_tahun(satker, tahun).perjanjian
    )
    if penetapan.asal != Asal.RIWAYAT or identitas.tanggal is None:
        raise ValidationError(_("Penanda tangan belum dapat ditentukan dari riwayat jabatan."))
    if check.penghalang and not tetap:
        raise ValidationError(
            _(
                "Masih ada %(jumlah)s hal yang belum lengkap. Lengkapi dulu, atau tetap "
                "tandatangani dengan hal itu dicetak sebagai lampiran."
            )
            % {"jumlah": len(check.penghalang)}
        )
    document = laporan_dengan_lampiran(satker, tahun, penghalang=check.penghalang)
    content = ke_json(document)
    data = data_sumber(check.snapshot)
    last = LaporanTertandatangan.objects.filter(satker=satker, tahun=tahun).aggregate(Max("versi"))[
        "versi__max"
    ]
    signer = penetapan.penanda_tangan
    version = LaporanTertandatangan(
        satker=satker,
        tahun=tahun,
        versi=(last or 0) + 1,
        isi=content,
        sidik=sidik(content),
        data=data,
        data_sidik=sidik(data),
        tanggal=identitas.tanggal,
        tempat=identitas.tempat,
        nomor=identitas.nomor,
        penanda_tangan=signer.nama,
        penanda_tangan_nip=signer.nip,
        penanda_tangan_jabatan=signer.jabatan,
        revisi_dari=revisi_dari,
        alasan=alasan,
        ditandatangani_oleh=actor if getattr(actor, "is_authenticated", False) else None,
    )
    version.full_clean()
    version.save()
    reason = f"LKjIP {tahun} ditandatangani (versi {version.versi}, SHA-256 {version.sidik})"
    if revisi_dari is not None:
        reason += f"; revisi dari versi {revisi_dari.versi}: {alasan}"
    catat(actor, version, AuditLog.Action.CREATE, None, reason)
    return version


@transaction.atomic
def tandatangani_laporan(
    *, actor, satker: Satker, tahun: int, tetap: bool = False
) -> LaporanTertandatangan:
    """Sign the year's LKjIP as it is generated now, on its date, by the head of the satker
    on that date (the jabatan history). Refused when the date or the signer is not determined,
    when the year is signed already (revise it instead), and when anything else is missing
    unless `tetap` (then the missing things are printed as an appendix of the signed
    report)."""
    wajib_boleh(actor, Aksi.TANDA_TANGAN_LAPORAN, satker)
    if _terakhir(satker, tahun) is not None:
        raise ValidationError(
            _("Laporan tahun %(tahun)s sudah ditandatangani; buat revisi dengan alasannya.")
            % {"tahun": tahun}
        )
    return _tandatangani(
        actor=actor, satker=satker, tahun=tahun, tetap=tetap, revisi_dari=None, alasan=""
    )


@transaction.atomic
def revisi_laporan(
    *, actor, satker: Satker, tahun: int, alasan: str, tetap: bool = False
) -> LaporanTertandatangan:
    """Sign a new version of a signed LKjIP, from the data as it is now, with the reason; the
    earlier versions stay as they were signed."""
    wajib_boleh(actor, Aksi.TANDA_TANGAN_LAPORAN, satker)
    previous = _terakhir(satker, tahun)
    if previous is None:
        raise ValidationError(
            _("Laporan tahun %(tahun)s belum ditandatangani; tidak ada yang direvisi.")
            % {"tahun": tahun}
        )
    alasan = alasan.strip()
    if not alasan:
        raise ValidationError({"alasan": _("Alasan revisi wajib diisi.")})
    return _tandatangani(
        actor=actor, satker=satker, tahun=tahun, tetap=tetap, revisi_dari=previous, alasan=alasan
    )
