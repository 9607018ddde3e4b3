"""Writes of the report check: keeping or deleting an uploaded report with its review, and a
report's read figures as a satker-year's stated values. Each takes an explicit actor, runs in
one transaction and writes its own audit."""

import hashlib
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kinerja.budgets.models import Kegiatan
from kinerja.core.audit import record_change, stored_snapshot
from kinerja.core.models import AuditLog
from kinerja.core.upsert import AuditedWriter
from kinerja.measurement.models import NilaiTercatat
from kinerja.organisations.models import Satker
from kinerja.periksa.fakta import FaktaDokumen, kunci_nama
from kinerja.periksa.models import PeriksaTersimpan
from kinerja.periksa.nilai import AWALAN_SUMBER, nilai_dokumen
from kinerja.planning.models import IndikatorKinerja

ACTOR_LABEL = "kinerja periksa-lk"


@dataclass(frozen=True)
class HasilSimpan:
    ditulis: int
    dihapus: int  # values read from a file before, replaced
    tanpa_indikator: int  # left out: their indicator or kegiatan is not the satker's


def simpan_nilai_dokumen(data: FaktaDokumen, *, satker: Satker, actor, berkas: str) -> HasilSimpan:
    """The report's stated values become the satker-year's, replacing those an earlier run
    read from a file (never values typed or imported otherwise, nor any input). A value about
    an indicator or kegiatan the satker does not hold is left out rather than kept without
    it: a claim about one kegiatan would otherwise read as a claim about the whole satker."""
    tahun = data.laporan.tahun
    if not tahun:
        raise ValidationError(_("Tahun laporan tidak diketahui."))
    writer = AuditedWriter(
        actor.get_username() if actor is not None else ACTOR_LABEL,
        f"Nilai tercatat dibaca dari {berkas}"[:300],
        actor,
    )
    indicators = IndikatorKinerja.objects.filter(satker=satker)
    by_code = {item.kode: item for item in indicators}
    by_name = {kunci_nama(item.nama): item for item in indicators}
    kegiatan: dict[str, Kegiatan | None] = {}

    def indicator(kode: str | None):
        if kode in by_code:
            return by_code[kode]
        named = data.fakta.indikator.get(kode)
        return by_name.get(kunci_nama(named.nama)) if named else None

    def activity(kode: str | None):
        if kode not in kegiatan:
            kegiatan[kode] = Kegiatan.objects.filter(kode=kode).first()
        return kegiatan[kode]

    with transaction.atomic():
        old = NilaiTercatat.objects.filter(
            satker=satker, tahun=tahun, sumber__startswith=AWALAN_SUMBER
        ).order_by("pk")
        removed = 0
        for row in old:
            writer.delete(row)
            removed += 1
        written = left_out = 0
        for value in nilai_dokumen(data):
            item = indicator(value.indikator_kode) if value.indikator_kode else None
            activity_row = activity(value.kegiatan_kode) if value.kegiatan_kode else None
            if (value.indikator_kode and item is None) or (
                value.kegiatan_kode and activity_row is None
            ):
                left_out += 1
                continue
            writer.create(
                NilaiTercatat(
                    satker=satker,
                    tahun=tahun,
                    sumber=value.sumber,
                    urutan=value.urutan,
                    besaran=value.besaran,
                    cakupan=value.cakupan,
                    indikator=item,
                    kegiatan=activity_row,
                    label=value.label[:300],
                    pembanding=value.pembanding,
                    nilai=value.nilai,
                    dari=value.dari,
                    teks=value.teks,
                )
            )
            written += 1
    return HasilSimpan(written, removed, left_out)


def _tanpa_hasil(row: PeriksaTersimpan) -> dict:
    # The review itself is a computed record of many kilobytes: the audit says which file was
    # kept or deleted, by whom and when, not what was found in it.
    return {key: value for key, value in stored_snapshot(row).items() if key != "hasil"}


def simpan_periksa(*, actor, berkas, hasil: dict, tahun: int | None) -> PeriksaTersimpan:
    """Keep an uploaded report and its review for its uploader. The file is stored before its
    row is written; if the row fails, the file is deleted again."""
    digest = hashlib.sha256()
    for chunk in berkas.chunks():
        digest.update(chunk)
    berkas.seek(0)
    row = PeriksaTersimpan(
        pemilik=actor,
        nama_asli=berkas.name[:255],
        ukuran=berkas.size,
        sha256=digest.hexdigest(),
        tahun=tahun,
        hasil=hasil,
    )
    extension = berkas.name.rsplit(".", 1)[-1].lower()
    row.berkas.save(f"{digest.hexdigest()[:16]}.{extension}", berkas, save=False)
    try:
        with transaction.atomic():
            row.save()
            record_change(
                actor=actor,
                instance=row,
                action=AuditLog.Action.CREATE,
                before=None,
                after=_tanpa_hasil(row),
                reason="Laporan Kinerja disimpan di halaman Periksa LK",
            )
    except BaseException:
        row.berkas.storage.delete(row.berkas.name)
        raise
    return row


def hapus_periksa(*, actor, tersimpan: PeriksaTersimpan) -> None:
    """Delete a kept report: its row, and its file from storage once the deletion commits."""
    if tersimpan.pemilik_id != actor.pk:
        raise ValidationError(_("Hanya pengunggahnya yang dapat menghapus berkas ini."))
    name = tersimpan.berkas.name
    storage = tersimpan.berkas.storage
    with transaction.atomic():
        record_change(
            actor=actor,
            instance=tersimpan,
            action=AuditLog.Action.DELETE,
            before=_tanpa_hasil(tersimpan),
            after=None,
            reason="Laporan Kinerja dihapus di halaman Periksa LK",
        )
        tersimpan.delete()
        transaction.on_commit(lambda: storage.delete(name))
