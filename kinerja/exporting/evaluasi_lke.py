"""The satker-year's LKE evaluation in the export document (`evaluasi_lke`, docs/ekspor.md).

It carries the worksheet version the evaluation was answered on, whole: the version is shared
reference data, so a database without it takes it from the file and one holding another
version of that year refuses the file (a published version never changes). Then the
evaluation's status and flags, every side's answers, the evidence (a file by its SHA-256, a
pinned link by its kind, year and key), the snapshot exactly as stored, and the LHE's
narratives, signer and recommendations with their follow-up. Criteria are named by their
code on that version, linked records by a key, never by a database id; who wrote or checked
something is an account and is not exported, as everywhere in the export.
"""

from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.core.formatting import decimal_text
from kinerja.documents.models import LaporanTertandatangan
from kinerja.evaluation.models import PernyataanReviu
from kinerja.exporting.selectors import iso, kunci_perjanjian, waktu
from kinerja.lke.choices import JenisTautan
from kinerja.lke.models import (
    BuktiLke,
    EvaluasiLke,
    JawabanLke,
    KomponenLke,
    KriteriaLke,
    SkalaJawaban,
    SnapshotLke,
    VersiLembar,
)
from kinerja.lke.models_rekomendasi import NarasiKomponen, PenandaTanganLhe, Rekomendasi
from kinerja.organisations.models import Satker
from kinerja.planning.models import RKT, Renstra
from kinerja.reporting.models import LaporanRealisasi

# The order of the sides, as the worksheet shows them.
URUTAN_PERAN = ("mandiri", "reviewer", "evaluator")

# A linked record by a key that does not depend on ids: per kind, the satker's rows of the
# link's year it is one of, and the key that names one of them in a file. The kinds that are
# the satker-year as a whole (the measurement, the budget, the hambatan and efficiency
# tables) link no row and have no key.
TAUTAN: dict[str, tuple[Callable[[Satker, int], QuerySet], Callable[[Any], str]]] = {
    JenisTautan.RENSTRA.value: (
        lambda satker, tahun: Renstra.objects.filter(satker=satker),
        lambda row: str(row.tahun_awal),
    ),
    JenisTautan.RKT.value: (
        lambda satker, tahun: RKT.objects.filter(satker=satker, tahun=tahun),
        lambda row: str(row.tahun),
    ),
    JenisTautan.PK_SATKER.value: (
        lambda satker, tahun: PerjanjianKinerja.objects.filter(
            satker=satker, tahun=tahun
        ).select_related("unit"),
        kunci_perjanjian,
    ),
    JenisTautan.PK_UNIT.value: (
        lambda satker, tahun: PerjanjianKinerja.objects.filter(
            satker=satker, tahun=tahun
        ).select_related("unit"),
        kunci_perjanjian,
    ),
    JenisTautan.REALISASI_BERKALA.value: (
        lambda satker, tahun: LaporanRealisasi.objects.filter(
            satker=satker, tahun=tahun
        ).select_related("unit"),
        lambda row: f"{row.unit.nama}#{row.periode}",
    ),
    JenisTautan.LKJIP.value: (
        lambda satker, tahun: LaporanTertandatangan.objects.filter(satker=satker, tahun=tahun),
        lambda row: str(row.versi),
    ),
    JenisTautan.REVIU_LKJIP.value: (
        lambda satker, tahun: PernyataanReviu.objects.filter(satker=satker, tahun=tahun),
        lambda row: waktu(row.dicatat_pada),
    ),
}


def kunci_tautan(satker: Satker, bukti: BuktiLke) -> str | None:
    """The key of the record a link points to; None for a kind without rows, or a record
    since removed (the link keeps its pinned copy all the same)."""
    if bukti.jenis_tautan not in TAUTAN or bukti.tautan_id is None:
        return None
    rows, key = TAUTAN[bukti.jenis_tautan]
    row = rows(satker, bukti.tahun_tautan).filter(pk=bukti.tautan_id).first()
    return None if row is None else key(row)


def id_tautan(satker: Satker, jenis: str, tahun: int, kunci: str) -> int | None:
    """The id of the satker's record a file's key names, or None when the database has none."""
    rows, key = TAUTAN[jenis]
    return next((row.pk for row in rows(satker, tahun) if key(row) == kunci), None)


def lembar_json(versi: VersiLembar) -> dict[str, Any]:
    """A worksheet version, whole, in its order (ties broken by code, never by id)."""
    criteria: dict[int, list[KriteriaLke]] = {}
    for row in (
        KriteriaLke.objects.filter(versi=versi).select_related("skala").order_by("urutan", "kode")
    ):
        criteria.setdefault(row.sub_id, []).append(row)
    return {
        "tahun": versi.tahun,
        "nama": versi.nama,
        "sumber": versi.sumber,
        "catatan": versi.catatan,
        "status": versi.status,
        "diterbitkan_pada": waktu(versi.diterbitkan_pada),
        "skala": [
            {
                "kode": scale.kode,
                "nama": scale.nama,
                "pilihan": [
                    {
                        "kode": option.kode,
                        "label": option.label,
                        "nilai": decimal_text(option.nilai),
                        "urutan": option.urutan,
                    }
                    for option in scale.pilihan.order_by("urutan", "kode")
                ],
            }
            for scale in SkalaJawaban.objects.filter(versi=versi).order_by("kode")
        ],
        "komponen": [
            {
                "kode": komponen.kode,
                "nama": komponen.nama,
                "bobot": decimal_text(komponen.bobot),
                "urutan": komponen.urutan,
                "sub": [
                    {
                        "kode": sub.kode,
                        "nama": sub.nama,
                        "perspektif": sub.perspektif,
                        "bobot": decimal_text(sub.bobot),
                        "urutan": sub.urutan,
                        "kriteria": [_kriteria(row) for row in criteria.get(sub.pk, [])],
                    }
                    for sub in komponen.sub.order_by("urutan", "kode")
                ],
            }
            for komponen in KomponenLke.objects.filter(versi=versi).order_by("urutan", "kode")
        ],
    }


def _kriteria(row: KriteriaLke) -> dict[str, Any]:
    return {
        "kode": row.kode,
        "teks": row.teks,
        "panduan": row.panduan,
        "bukti_diharapkan": row.bukti_diharapkan,
        "skala": row.skala.kode,
        "wajib": row.wajib,
        "teks_perlu_diverifikasi": row.teks_perlu_diverifikasi,
        "sumber": row.sumber,
        "catatan": row.catatan,
        "prasyarat": list(row.prasyarat),
        "urutan": row.urutan,
    }


def kode_kriteria(lembar: dict[str, Any]) -> list[str]:
    """The criterion codes of an exported worksheet, in its order."""
    return [
        kriteria["kode"]
        for komponen in lembar["komponen"]
        for sub in komponen["sub"]
        for kriteria in sub["kriteria"]
    ]


def ekspor_evaluasi_lke(satker: Satker, tahun: int) -> dict[str, Any] | None:
    evaluasi = (
        EvaluasiLke.objects.filter(satker=satker, tahun=tahun).select_related("versi").first()
    )
    if evaluasi is None:
        return None
    lembar = lembar_json(evaluasi.versi)
    place = {kode: index for index, kode in enumerate(kode_kriteria(lembar))}
    answers = sorted(
        JawabanLke.objects.filter(evaluasi=evaluasi).select_related("kriteria"),
        key=lambda row: (place.get(row.kriteria.kode, len(place)), row.kriteria.kode,
                         URUTAN_PERAN.index(row.peran)),
    )  # fmt: skip
    evidence = sorted(
        BuktiLke.objects.filter(evaluasi=evaluasi).select_related("kriteria"),
        key=lambda row: (place.get(row.kriteria.kode, len(place)), row.kriteria.kode,
                         row.ditambahkan_pada, row.sha256, row.label),
    )  # fmt: skip
    snapshot = SnapshotLke.objects.filter(evaluasi=evaluasi).first()
    signer = PenandaTanganLhe.objects.filter(evaluasi=evaluasi).first()
    return {
        "lembar": lembar,
        "status": evaluasi.status,
        "sembunyikan_nilai": evaluasi.sembunyikan_nilai,
        "alasan_dikembalikan": evaluasi.alasan_dikembalikan,
        "dibuka_pada": waktu(evaluasi.dibuka_pada),
        "jawaban": [
            {
                "kriteria": row.kriteria.kode,
                "peran": row.peran,
                "kode": row.kode,
                "catatan": row.catatan,
                "diubah_pada": waktu(row.diubah_pada),
            }
            for row in answers
        ],
        "bukti": [_bukti(satker, row) for row in evidence],
        "snapshot": (
            None
            if snapshot is None
            else {
                "isi": snapshot.isi,
                "sha256": snapshot.sha256,
                "dibuat_pada": waktu(snapshot.dibuat_pada),
            }
        ),
        "narasi": [
            {"komponen": row.kode_komponen, "teks": row.teks, "diubah_pada": waktu(row.diubah_pada)}
            for row in NarasiKomponen.objects.filter(evaluasi=evaluasi).order_by("kode_komponen")
        ],
        "penanda_tangan_lhe": (
            None
            if signer is None
            else {
                "nama": signer.nama,
                "nip": signer.nip,
                "jabatan": signer.jabatan,
                "pangkat_golongan": signer.pangkat_golongan,
                "tempat": signer.tempat,
                "tanggal": iso(signer.tanggal),
            }
        ),
        "rekomendasi": [
            _rekomendasi(row)
            for row in Rekomendasi.objects.filter(evaluasi=evaluasi).order_by("nomor")
        ],
    }


def _bukti(satker: Satker, row: BuktiLke) -> dict[str, Any]:
    """A file (its name, MIME type and size; the bytes go to the `--bukti` folder by their
    SHA-256) or a pinned link (kind, year, key and the copy it pinned), never both."""
    berkas = bool(row.berkas)
    return {
        "kriteria": row.kriteria.kode,
        "label": row.label,
        "nama": row.nama_asli if berkas else None,
        "jenis": row.jenis_berkas if berkas else None,
        "ukuran": row.ukuran if berkas else None,
        "jenis_tautan": row.jenis_tautan or None,
        "tahun_tautan": row.tahun_tautan,
        "kunci_tautan": kunci_tautan(satker, row),
        "isi_tautan": None if berkas else row.isi_tautan,
        "sha256": row.sha256,
        "status": row.status,
        "alasan_penolakan": row.alasan_penolakan,
        "ditambahkan_pada": waktu(row.ditambahkan_pada),
        "diperiksa_pada": waktu(row.diperiksa_pada),
    }


def _rekomendasi(row: Rekomendasi) -> dict[str, Any]:
    return {
        "nomor": row.nomor,
        "uraian": row.uraian,
        "kode_kriteria": list(row.kode_kriteria),
        "prioritas": row.prioritas,
        "penanggung_jawab": row.penanggung_jawab,
        "batas_waktu": iso(row.batas_waktu),
        "status": row.status,
        "dibuat_pada": waktu(row.dibuat_pada),
        "ditutup_pada": waktu(row.ditutup_pada),
        "catatan_penutupan": row.catatan_penutupan,
        "tindak_lanjut": [
            {
                "uraian": entry.uraian,
                "nama": entry.nama_asli,
                "jenis": entry.jenis,
                "ukuran": entry.ukuran,
                "sha256": entry.sha256,
                "dibuat_pada": waktu(entry.dibuat_pada),
            }
            for entry in sorted(
                row.tindak_lanjut.all(),
                key=lambda entry: (entry.dibuat_pada, entry.sha256, entry.nama_asli),
            )
        ],
    }
