"""Evidence of a criterion: a file (the realisation evidence rules: size, kind by content,
SHA-256) or a link to a record Kinerja already holds (kinerja.lke.rekaman: the plans of the
evaluation year and the year before, the results of the year evaluated). A link is pinned:
the record's content when linked is kept with its SHA-256. The satker adds evidence while its
self-assessment is open; the evaluator accepts it or rejects it with a reason."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.core.audit import catat, snapshot
from kinerja.core.models import AuditLog
from kinerja.lke.alur import PeranJawaban, Pihak, Status, boleh_dijawab
from kinerja.lke.choices import FaseJadwal, StatusBukti
from kinerja.lke.models import BuktiLke, EvaluasiLke, KriteriaLke
from kinerja.lke.rekaman import cari_rekaman, isi_tanpa_id, potret, rekaman_tertaut
from kinerja.lke.services import pengguna_atau_sistem, terkunci, wajib_jadwal, wajib_pihak
from kinerja.reporting.berkas import berkas_baru
from kinerja.reporting.bukti_berkas import periksa_berkas


def _kriteria_terbuka(actor, evaluasi: EvaluasiLke, kode_kriteria: str) -> KriteriaLke:
    wajib_pihak(actor, Pihak.SATKER, evaluasi.satker)
    wajib_jadwal(evaluasi.tahun, FaseJadwal.MANDIRI)
    if not boleh_dijawab(Status(evaluasi.status), PeranJawaban.MANDIRI):
        raise ValidationError(_("Bukti hanya dapat ditambahkan selama penilaian mandiri terbuka."))
    kriteria = KriteriaLke.objects.filter(versi=evaluasi.versi, kode=kode_kriteria).first()
    if kriteria is None:
        raise ValidationError(_("Kriteria itu tidak ada pada lembar kerja ini."))
    return kriteria


def unggah_bukti_lke(*, actor, evaluasi: EvaluasiLke, kode_kriteria: str, berkas) -> BuktiLke:
    with berkas_baru() as stored, transaction.atomic():
        evaluasi = terkunci(evaluasi)
        kriteria = _kriteria_terbuka(actor, evaluasi, kode_kriteria)
        checked = periksa_berkas(berkas)
        bukti = BuktiLke(
            evaluasi=evaluasi,
            kriteria=kriteria,
            nama_asli=berkas.name[:255],
            jenis_berkas=checked.jenis,
            ukuran=berkas.size,
            label=berkas.name[:300],
            sha256=checked.sha256,
            ditambahkan_oleh=pengguna_atau_sistem(actor),
        )
        bukti.berkas.save(f"{checked.sha256[:16]}.{checked.ekstensi}", berkas, save=False)
        stored.append(bukti.berkas.name)
        bukti.full_clean()
        bukti.save()
        catat(actor, bukti, AuditLog.Action.CREATE, None, f"Bukti LKE {kriteria.kode} diunggah")
        return bukti


@transaction.atomic
def tautkan_bukti_lke(*, actor, evaluasi: EvaluasiLke, kode_kriteria: str, kunci: str) -> BuktiLke:
    """Link a record of the evaluated satker as evidence (`kunci`: Rekaman.kunci, one of the
    records kinerja.lke.rekaman finds for the evaluation); another satker's record, or one
    outside the years looked at, is refused as not found."""
    evaluasi = terkunci(evaluasi)
    kriteria = _kriteria_terbuka(actor, evaluasi, kode_kriteria)
    record = cari_rekaman(evaluasi.satker, evaluasi.tahun, kunci)
    if record is None:
        raise ValidationError(_("Rekaman itu tidak ditemukan untuk satker dan tahun ini."))
    text, digest = potret(evaluasi.satker, record)
    bukti = BuktiLke(
        evaluasi=evaluasi,
        kriteria=kriteria,
        jenis_tautan=record.jenis,
        tahun_tautan=record.tahun,
        tautan_id=record.pk,
        label=record.label[:300],
        isi_tautan=text,
        sha256=digest,
        ditambahkan_oleh=pengguna_atau_sistem(actor),
    )
    bukti.full_clean()
    bukti.save()
    catat(actor, bukti, AuditLog.Action.CREATE, None, f"Bukti LKE {kriteria.kode} ditautkan")
    return bukti


@transaction.atomic
def periksa_bukti_lke(*, actor, bukti: BuktiLke, diterima: bool, alasan: str = "") -> BuktiLke:
    """The evaluator accepts an item, or rejects it with a reason (the satker then adds a
    better one while the self-assessment is returned to it)."""
    evaluasi = terkunci(bukti.evaluasi)
    wajib_pihak(actor, Pihak.EVALUATOR, evaluasi.satker)
    wajib_jadwal(evaluasi.tahun, FaseJadwal.EVALUASI)
    if evaluasi.status != Status.DIREVIU:
        raise ValidationError(_("Bukti diperiksa selama evaluasi berlangsung."))
    bukti = BuktiLke.objects.select_for_update().get(pk=bukti.pk, evaluasi=evaluasi)
    alasan = alasan.strip()
    if not diterima and not alasan:
        raise ValidationError(_("Tulis alasan penolakan bukti."))
    before = snapshot(bukti)
    bukti.status = StatusBukti.DITERIMA if diterima else StatusBukti.DITOLAK
    bukti.alasan_penolakan = "" if diterima else alasan
    bukti.diperiksa_oleh, bukti.diperiksa_pada = pengguna_atau_sistem(actor), timezone.now()
    bukti.full_clean()
    bukti.save()
    catat(
        actor,
        bukti,
        AuditLog.Action.UPDATE,
        before,
        f"Bukti LKE {bukti.kriteria.kode}: {bukti.status}",
    )
    return bukti


def berubah_sejak_ditautkan(bukti: BuktiLke) -> bool | None:
    """Whether the linked record differs now from what was pinned (None: a file, or a record
    since removed)."""
    if not bukti.jenis_tautan:
        return None
    satker = bukti.evaluasi.satker
    record = rekaman_tertaut(satker, bukti.jenis_tautan, bukti.tahun_tautan, bukti.tautan_id)
    if record is None:
        return None
    content, digest = potret(satker, record)
    if digest == bukti.sha256:
        return False
    # The same content under other ids (a restored record) has not changed.
    return isi_tanpa_id(content) != isi_tanpa_id(bukti.isi_tautan)


def jumlah_bukti_per_kriteria(evaluasi: EvaluasiLke) -> dict[str, int]:
    """Evidence that still stands (not rejected) per criterion code, in one query: what the
    readiness view and the logic checks count."""
    rows = (
        BuktiLke.objects.filter(evaluasi=evaluasi)
        .exclude(status=StatusBukti.DITOLAK)
        .values("kriteria__kode")
        .annotate(jumlah=Count("pk"))
    )
    return {row["kriteria__kode"]: row["jumlah"] for row in rows}
