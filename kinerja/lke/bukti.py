"""Evidence of a criterion: a file (the realisation evidence rules: size, kind by content,
SHA-256) or a link to a record Kinerja already holds for the evaluated year or the one before
(a Renstra covering it, an RKT, a signed PK version, a signed LKjIP version). A link is pinned:
the record's content when linked is kept with its SHA-256. The satker adds evidence while its
self-assessment is open; the evaluator accepts it or rejects it with a reason."""

import hashlib
import json

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.agreements.choices import StatusPerjanjian
from kinerja.agreements.models import PerjanjianKinerja
from kinerja.core.audit import catat, snapshot
from kinerja.core.models import AuditLog
from kinerja.documents.models import LaporanTertandatangan
from kinerja.lke.alur import PeranJawaban, Pihak, Status, boleh_dijawab
from kinerja.lke.choices import FaseJadwal, JenisTautan, StatusBukti
from kinerja.lke.models import BuktiLke, EvaluasiLke, KriteriaLke
from kinerja.lke.services import pengguna_atau_sistem, terkunci, wajib_jadwal, wajib_pihak
from kinerja.planning.models import RKT, Renstra
from kinerja.reporting.berkas import berkas_baru
from kinerja.reporting.services import periksa_isi_berkas


def rekaman_tautan(satker, tahun: int) -> dict[str, list]:
    """The records a criterion's evidence may point to, by kind: year n or n − 1."""
    years = (tahun, tahun - 1)
    return {
        JenisTautan.RENSTRA: list(
            Renstra.objects.filter(satker=satker)
            .select_related("satker")
            .filter(Q(tahun_awal__lte=tahun, tahun_akhir__gte=tahun - 1))
        ),
        JenisTautan.RKT: list(
            RKT.objects.filter(satker=satker, tahun__in=years).select_related("satker")
        ),
        JenisTautan.PK: list(
            PerjanjianKinerja.objects.filter(
                satker=satker, tahun__in=years, status=StatusPerjanjian.DITANDATANGANI
            ).select_related("unit", "satker")
        ),
        JenisTautan.LKJIP: list(
            LaporanTertandatangan.objects.filter(satker=satker, tahun__in=years).select_related(
                "satker"
            )
        ),
    }


def _isi_rekaman(jenis: str, record) -> tuple[str, str]:
    """(content as canonical JSON, SHA-256) of the record as it is now."""
    if jenis == JenisTautan.LKJIP:
        # A signed LKjIP already is a pinned document with its own hash.
        content = {"versi": record.versi, "tahun": record.tahun, "sidik": record.sidik}
        return json.dumps(content, sort_keys=True, separators=(",", ":")), record.sidik
    content = {"rekaman": snapshot(record)}
    if jenis == JenisTautan.RKT:
        content["baris"] = [snapshot(row) for row in record.baris.order_by("pk")]
    if jenis == JenisTautan.PK:
        content["baris"] = [snapshot(row) for row in record.baris.order_by("pk")]
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text, hashlib.sha256(text.encode()).hexdigest()


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
        checked = periksa_isi_berkas(berkas)
        bukti = BuktiLke(
            evaluasi=evaluasi,
            kriteria=kriteria,
            nama_asli=berkas.name[:255],
            jenis_berkas=checked.mime,
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
def tautkan_bukti_lke(
    *, actor, evaluasi: EvaluasiLke, kode_kriteria: str, jenis: str, rekaman_id: int
) -> BuktiLke:
    """Link a record of the evaluated satker (year n or n − 1) as evidence; another satker's
    record, or one outside those years, is refused as not found."""
    evaluasi = terkunci(evaluasi)
    kriteria = _kriteria_terbuka(actor, evaluasi, kode_kriteria)
    candidates = rekaman_tautan(evaluasi.satker, evaluasi.tahun).get(jenis, [])
    record = next((item for item in candidates if item.pk == rekaman_id), None)
    if record is None:
        raise ValidationError(_("Rekaman itu tidak ditemukan untuk satker dan tahun ini."))
    text, digest = _isi_rekaman(jenis, record)
    bukti = BuktiLke(
        evaluasi=evaluasi,
        kriteria=kriteria,
        jenis_tautan=jenis,
        tautan_id=record.pk,
        label=str(record)[:300],
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
    model = {
        JenisTautan.RENSTRA: Renstra,
        JenisTautan.RKT: RKT,
        JenisTautan.PK: PerjanjianKinerja,
        JenisTautan.LKJIP: LaporanTertandatangan,
    }[JenisTautan(bukti.jenis_tautan)]
    record = model.objects.filter(pk=bukti.tautan_id, satker=bukti.evaluasi.satker).first()
    if record is None:
        return None
    return _isi_rekaman(bukti.jenis_tautan, record)[1] != bukti.sha256
