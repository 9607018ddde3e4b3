"""Gathers the facts of the readiness check (kinerja.documents.kesiapan) for one satker-year
through the reading layer and the reviu, and turns a blocker's place into a URL."""

from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse

from kinerja.agreements.choices import StatusPerjanjian
from kinerja.core.formatting import format_tanggal
from kinerja.documents.identitas_laporan import identitas_laporan
from kinerja.documents.kesiapan import (
    FaktaCatatan,
    FaktaIndikator,
    FaktaKesiapan,
    FaktaPK,
    Penghalang,
    Tautan,
    periksa,
)
from kinerja.documents.naskah import fakta_naskah, naskah_tahun
from kinerja.documents.naskah_bawaan import JUDUL
from kinerja.documents.penanda_tangan import tetapkan_penanda_tangan
from kinerja.evaluation.catatan import catatan_terbuka
from kinerja.evaluation.choices import StatusCatatan
from kinerja.evaluation.pernyataan import pernyataan_berlaku
from kinerja.evaluation.reviu.rules import Temuan, jalankan
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.measurement.pengukuran import DILAPORKAN, TIDAK_DILAKSANAKAN, hitung_pengukuran
from kinerja.measurement.periods import SINGKATAN, TAHUNAN, URUTAN
from kinerja.measurement.satker_year import satker_tahun


@dataclass
class Kesiapan:
    """A satker-year's blockers, and every reviu finding (for "Catatan Konsistensi Data")."""

    tahun: int
    penghalang: list[Penghalang]
    temuan: list[Temuan]
    # The reading the check was made from: the report made next reads it again from here.
    snapshot: Any = field(default=None, compare=False, repr=False)

    @property
    def siap(self) -> bool:
        return not self.penghalang


def _periode_terakhir(row) -> str:
    reported = [item for item in row.periode if item.status == DILAPORKAN]
    if not reported:
        return ""
    return SINGKATAN[max(reported, key=lambda item: URUTAN[item.periode]).periode]


def _belum_ditulis(satker, tahun: int, snapshot, measured) -> list[tuple[str, str]]:
    """The narrative sections printed as not written yet, named as the report heads them."""
    labels = {item.kunci: item.label for item in measured.sasaran}
    unwritten = []
    for section in naskah_tahun(satker, tahun, fakta_naskah(snapshot, measured)):
        if not section.belum_ditulis:
            continue
        if section.kunci:
            name = f"BAB III.A {JUDUL[section.kode]}, {labels.get(section.kunci, section.kunci)}"
        else:
            name = f"BAB I {JUDUL[section.kode]}"
        unwritten.append((name, section.jangkar))
    return unwritten


def fakta_kesiapan(satker, tahun: int, snapshot) -> tuple[FaktaKesiapan, list[Temuan]]:
    measured = hitung_pengukuran(snapshot)
    final = snapshot.tahun_akhir_renstra
    indicators = [
        FaktaIndikator(
            id=row.indikator.id,
            kode=row.indikator.kode,
            nama=row.indikator.nama,
            realisasi_setahun=row.status == TIDAK_DILAKSANAKAN
            or (row.status == DILAPORKAN and row.posisi == TAHUNAN),
            periode_terakhir=_periode_terakhir(row),
            target_renstra=(row.indikator.id, tahun) in snapshot.target_tahunan,
            target_akhir_renstra=final is not None
            and (row.indikator.id, final) in snapshot.target_tahunan,
            di_renstra=row.indikator.sasaran_id is not None,
        )
        for row in measured.baris
    ]
    agreements = [
        FaktaPK(
            id=pk.pk,
            judul=pk.judul,
            versi=pk.versi,
            diajukan=pk.status == StatusPerjanjian.DIAJUKAN,
            ditandatangani=pk.is_signed,
            satker=pk.unit_id is None,
        )
        for pk in [*snapshot.perjanjian, *snapshot.perjanjian_lain]
    ]
    findings = jalankan(fakta_reviu(satker, tahun, snapshot=snapshot))
    identitas = identitas_laporan(satker, tahun)
    signer = tetapkan_penanda_tangan(satker, identitas.tanggal, snapshot.perjanjian)
    facts = FaktaKesiapan(
        tahun=tahun,
        renstra_id=snapshot.renstra.pk if snapshot.renstra else None,
        tahun_akhir_renstra=final,
        perjanjian=agreements,
        indikator=indicators,
        temuan=findings,
        tanggal_laporan=format_tanggal(identitas.tanggal) if identitas.tanggal else "",
        asal_penanda_tangan=signer.asal,
        catatan=[
            FaktaCatatan(note.pk, note.teks, note.status == StatusCatatan.DITANGGAPI)
            for note in catatan_terbuka(satker, tahun)
        ],
        direviu=pernyataan_berlaku(satker, tahun) is not None,
        naskah_belum_ditulis=_belum_ditulis(satker, tahun, snapshot, measured),
    )
    return facts, findings


def kesiapan(satker, tahun: int) -> Kesiapan:
    snapshot = satker_tahun(satker, tahun)
    facts, findings = fakta_kesiapan(satker, tahun, snapshot)
    return Kesiapan(tahun, periksa(facts), findings, snapshot)


def url_tautan(slug: str, tahun: int, tautan: Tautan) -> str:
    args = [slug] if tautan.id is None else [slug, tautan.id]
    url = reverse(tautan.nama_url, args=args) + f"?tahun={tahun}"
    return url + (f"#{tautan.jangkar}" if tautan.jangkar else "")
