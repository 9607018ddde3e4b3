"""State changes around an evaluation's result: the evaluator's narrative per komponen and
the LHE's signer (until the result is published), the numbered recommendations, the satker's
follow-up entries with their evidence file, and closing a recommendation, which only the
evaluator may do. Each is one function with an explicit actor, one transaction, its role
check and its audit record."""

import datetime
from collections.abc import Sequence

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.accounts.access import boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import catat, catat_simpan, snapshot
from kinerja.core.models import AuditLog
from kinerja.evaluation.pernyataan import identitas_pemeriksa, pemeriksa_pilihan
from kinerja.lke.alur import Pihak
from kinerja.lke.choices import FaseJadwal, PrioritasRekomendasi, StatusEvaluasi, StatusRekomendasi
from kinerja.lke.models import EvaluasiLke, KomponenLke, KriteriaLke, SnapshotLke
from kinerja.lke.models_rekomendasi import (
    NarasiKomponen,
    PenandaTanganLhe,
    Rekomendasi,
    TindakLanjut,
)
from kinerja.lke.services import pengguna_atau_sistem, terkunci, wajib_jadwal, wajib_pihak
from kinerja.reporting.berkas import berkas_baru
from kinerja.reporting.bukti_berkas import periksa_berkas

# The evaluator writes the result's texts while reviewing and after finalising; publishing
# freezes them with the scores.
STATUS_TEKS_EVALUATOR = (StatusEvaluasi.DIREVIU, StatusEvaluasi.FINAL)


def _wajib_teks_terbuka(evaluasi: EvaluasiLke) -> None:
    if evaluasi.status not in STATUS_TEKS_EVALUATOR:
        raise ValidationError(
            _('Uraian, rekomendasi dan penanda tangan tidak dapat diubah pada status "%(status)s".')
            % {"status": evaluasi.get_status_display()}
        )


def _evaluator_menulis(actor, evaluasi: EvaluasiLke) -> EvaluasiLke:
    evaluasi = terkunci(evaluasi)
    wajib_pihak(actor, Pihak.EVALUATOR, evaluasi.satker)
    wajib_jadwal(evaluasi.tahun, FaseJadwal.EVALUASI)
    _wajib_teks_terbuka(evaluasi)
    return evaluasi


@transaction.atomic
def simpan_narasi(*, actor, evaluasi: EvaluasiLke, kode_komponen: str, teks: str) -> NarasiKomponen:
    """Write (or rewrite) the evaluator's narrative on one komponen; empty text removes it."""
    evaluasi = _evaluator_menulis(actor, evaluasi)
    if not KomponenLke.objects.filter(versi=evaluasi.versi, kode=kode_komponen).exists():
        raise ValidationError(
            _("Komponen %(kode)s tidak ada pada lembar kerja ini.") % {"kode": kode_komponen[:10]}
        )
    existing = NarasiKomponen.objects.filter(evaluasi=evaluasi, kode_komponen=kode_komponen).first()
    reason = f"Uraian komponen {kode_komponen} evaluasi AKIP {evaluasi.tahun}"
    teks = teks.strip()
    if not teks:
        if existing is not None:
            catat(actor, existing, AuditLog.Action.DELETE, snapshot(existing), reason)
            existing.delete()
        return None
    narasi = existing or NarasiKomponen(evaluasi=evaluasi, kode_komponen=kode_komponen)
    before = snapshot(existing) if existing else None
    narasi.teks, narasi.diubah_oleh, narasi.diubah_pada = (
        teks,
        pengguna_atau_sistem(actor),
        timezone.now(),
    )
    narasi.full_clean()
    narasi.save()
    catat_simpan(actor, narasi, before, reason)
    return narasi


@transaction.atomic
def tetapkan_penanda_tangan_lhe(
    *, actor, evaluasi: EvaluasiLke, pemeriksa_id, tempat: str
) -> PenandaTanganLhe:
    """Record who signs the LHE: a member of the inspectorate's staff the evaluator may name
    (as for the Pernyataan Telah Direviu), printed with the jabatan the history (else the
    staff record) gives on the finalisation date. Refused before finalising and when the
    records give no jabatan."""
    evaluasi = _evaluator_menulis(actor, evaluasi)
    final = SnapshotLke.objects.filter(evaluasi=evaluasi).first()
    if final is None:
        raise ValidationError(_("Penanda tangan LHE ditetapkan setelah hasil evaluasi final."))
    tempat = tempat.strip()
    if not tempat:
        raise ValidationError(_("Tulis tempat penandatanganan LHE."))
    pegawai = pemeriksa_pilihan(actor, evaluasi.satker).filter(pk=pemeriksa_id).first()
    if pegawai is None:
        raise ValidationError(_("Pilih penanda tangan dari pegawai inspektorat."))
    tanggal = timezone.localdate(final.dibuat_pada)
    signer = identitas_pemeriksa(pegawai, tanggal)
    if not signer.jabatan:
        raise ValidationError(
            _(
                "Jabatan %(nama)s pada tanggal itu belum dicatat (riwayat jabatan atau data "
                "pegawai); penanda tangan tidak disimpan."
            )
            % {"nama": pegawai.nama}
        )
    existing = PenandaTanganLhe.objects.filter(evaluasi=evaluasi).first()
    before = snapshot(existing) if existing else None
    row = existing or PenandaTanganLhe(evaluasi=evaluasi)
    row.pemeriksa, row.tempat, row.tanggal = pegawai, tempat, tanggal
    row.nama, row.nip, row.jabatan = signer.nama, signer.nip, signer.jabatan
    row.pangkat_golongan, row.dicatat_oleh = signer.pangkat_golongan, pengguna_atau_sistem(actor)
    row.full_clean()
    row.save()
    catat_simpan(actor, row, before, f"Penanda tangan LHE evaluasi AKIP {evaluasi.tahun}")
    return row


def _kode_kriteria(evaluasi: EvaluasiLke, codes: Sequence[str]) -> list[str]:
    wanted = list(dict.fromkeys(code.strip() for code in codes if code.strip()))
    if not wanted:
        raise ValidationError(_("Sebutkan sedikitnya satu kode kriteria."))
    known = set(
        KriteriaLke.objects.filter(versi=evaluasi.versi, kode__in=wanted).values_list(
            "kode", flat=True
        )
    )
    unknown = [code for code in wanted if code not in known]
    if unknown:
        raise ValidationError(
            _("Kriteria %(kode)s tidak ada pada lembar kerja ini.")
            % {"kode": ", ".join(code[:20] for code in unknown[:5])}
        )
    return wanted


@transaction.atomic
def tambah_rekomendasi(
    *,
    actor,
    evaluasi: EvaluasiLke,
    uraian: str,
    kode_kriteria: Sequence[str],
    prioritas: str,
    penanggung_jawab: str,
    batas_waktu: datetime.date,
) -> Rekomendasi:
    """Add the next numbered recommendation, linked to criteria of this worksheet."""
    evaluasi = _evaluator_menulis(actor, evaluasi)
    if prioritas not in PrioritasRekomendasi.values:
        raise ValidationError(_("Prioritas rekomendasi tidak dikenal."))
    last = Rekomendasi.objects.filter(evaluasi=evaluasi).aggregate(last=Max("nomor"))["last"]
    item = Rekomendasi(
        evaluasi=evaluasi,
        nomor=(last or 0) + 1,
        uraian=uraian.strip(),
        kode_kriteria=_kode_kriteria(evaluasi, kode_kriteria),
        prioritas=prioritas,
        penanggung_jawab=penanggung_jawab.strip(),
        batas_waktu=batas_waktu,
        dibuat_oleh=pengguna_atau_sistem(actor),
    )
    item.full_clean()
    item.save()
    catat(
        actor,
        item,
        AuditLog.Action.CREATE,
        None,
        f"Rekomendasi {item.nomor} evaluasi AKIP {evaluasi.tahun}",
    )
    return item


def _rekomendasi_terkunci(rekomendasi: Rekomendasi) -> Rekomendasi:
    return (
        Rekomendasi.objects.select_for_update()
        .select_related("evaluasi__satker")
        .get(pk=rekomendasi.pk)
    )


def tambah_tindak_lanjut(*, actor, rekomendasi: Rekomendasi, uraian: str, berkas) -> TindakLanjut:
    """The satker reports what it did on an open recommendation of a published result, with
    an evidence file checked as every evidence file is. The file is stored before the row is
    written and deleted again when anything fails up to the commit."""
    with berkas_baru() as stored, transaction.atomic():
        rekomendasi = _rekomendasi_terkunci(rekomendasi)
        evaluasi = rekomendasi.evaluasi
        wajib_pihak(actor, Pihak.SATKER, evaluasi.satker)
        if evaluasi.status != StatusEvaluasi.TERBIT:
            raise ValidationError(_("Tindak lanjut dicatat setelah hasil evaluasi terbit."))
        if not rekomendasi.terbuka:
            raise ValidationError(_("Rekomendasi ini sudah ditutup evaluator."))
        uraian = uraian.strip()
        if not uraian:
            raise ValidationError(_("Tulis uraian tindak lanjut."))
        if berkas is None:
            raise ValidationError(_("Lampirkan berkas bukti tindak lanjut."))
        checked = periksa_berkas(berkas)
        entry = TindakLanjut(
            rekomendasi=rekomendasi,
            uraian=uraian,
            nama_asli=berkas.name[:255],
            jenis=checked.jenis,
            ukuran=berkas.size,
            sha256=checked.sha256,
            dibuat_oleh=pengguna_atau_sistem(actor),
        )
        entry.berkas.save(f"{checked.sha256[:16]}.{checked.ekstensi}", berkas, save=False)
        stored.append(entry.berkas.name)
        entry.full_clean()
        entry.save()
        catat(
            actor,
            entry,
            AuditLog.Action.CREATE,
            None,
            f"Tindak lanjut rekomendasi {rekomendasi.nomor} evaluasi AKIP {evaluasi.tahun}",
        )
        return entry


@transaction.atomic
def tutup_rekomendasi(*, actor, rekomendasi: Rekomendasi, catatan: str) -> Rekomendasi:
    """The evaluator closes a recommendation, with a note on why; the satker never can."""
    rekomendasi = _rekomendasi_terkunci(rekomendasi)
    satker = rekomendasi.evaluasi.satker
    if boleh(actor, Aksi.ISI_LKE_MANDIRI, satker) and not boleh(actor, Aksi.EVALUASI_LKE, satker):
        raise PermissionDenied(
            _(
                "Rekomendasi ditutup oleh evaluator (inspektorat), bukan oleh satker; satker "
                "mencatat tindak lanjutnya."
            )
        )
    wajib_pihak(actor, Pihak.EVALUATOR, satker)
    if not rekomendasi.terbuka:
        raise ValidationError(_("Rekomendasi ini sudah ditutup."))
    if rekomendasi.evaluasi.status != StatusEvaluasi.TERBIT:
        raise ValidationError(_("Rekomendasi ditutup setelah hasil evaluasi terbit."))
    catatan = catatan.strip()
    if not catatan:
        raise ValidationError(_("Tulis catatan penutupan rekomendasi."))
    before = snapshot(rekomendasi)
    rekomendasi.status = StatusRekomendasi.DITUTUP
    rekomendasi.ditutup_oleh, rekomendasi.ditutup_pada = pengguna_atau_sistem(actor), timezone.now()
    rekomendasi.catatan_penutupan = catatan
    rekomendasi.full_clean()
    rekomendasi.save()
    catat(
        actor,
        rekomendasi,
        AuditLog.Action.UPDATE,
        before,
        f"Rekomendasi {rekomendasi.nomor} evaluasi AKIP {rekomendasi.evaluasi.tahun} ditutup",
    )
    return rekomendasi
