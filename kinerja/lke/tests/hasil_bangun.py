"""Builders for the results tests: a finalised evaluation (68,60, B) and what its LHE prints
besides the scores, last year's on a worksheet without criterion 2.a.3, the inspectorate's
signer, and a next year's worksheet holding criterion 4.c.1."""

import dataclasses
import datetime
from decimal import Decimal

import pytest

from kinerja.lke import rekomendasi, services
from kinerja.lke.lembar import AA_E, Komponen, Kriteria, Lembar, SubKomponen
from kinerja.lke.models import EvaluasiLke, KriteriaLke, VersiLembar
from kinerja.lke.tests.builders import CAMPURAN, jadwal_terbuka, lembar_kecil, versi_terbit
from kinerja.lke.tests.conftest import isi
from kinerja.lke.versi import simpan_lembar, terbitkan_lembar
from kinerja.organisations.models import Satker
from kinerja.organisations.tests.factories import PegawaiFactory

# 1.a Y, T → 12; 1.b AA, B → 36 × (1 + 0,7) / 2 = 30,6; komponen 1 = 42,6 of 60 (71,00%);
# 2.a BB, N/A, C → 26. Total 68,6 → B.
FINAL = {**CAMPURAN, "1.b.1": "AA"}


def hapus_tahun(tahun: int) -> None:
    """The demo's worksheet of the year gives way to a hand-made one (criteria first: their
    scale is protected)."""
    EvaluasiLke.objects.filter(tahun=tahun).delete()
    KriteriaLke.objects.filter(versi__tahun=tahun).delete()
    VersiLembar.objects.filter(tahun=tahun).delete()


@pytest.fixture
def versi(db) -> VersiLembar:
    hapus_tahun(2025)
    jadwal_terbuka(2025)
    return versi_terbit(2025)


def finalkan(evaluasi, orang, jawaban=FINAL, mandiri=CAMPURAN) -> EvaluasiLke:
    isi(evaluasi, orang.admin, "mandiri", mandiri)
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur_pusat, evaluasi=evaluasi)
    isi(evaluasi, orang.inspektur_pusat, "evaluator", jawaban)
    return services.finalkan(actor=orang.inspektur_pusat, evaluasi=evaluasi)


def terbit_dengan_rekomendasi(evaluasi, orang) -> EvaluasiLke:
    """The evaluation finalised with one recommendation (no. 1, on 1.a.2), then published:
    what the satker's follow-up pages start from."""
    final = finalkan(evaluasi, orang)
    rekomendasi.tambah_rekomendasi(
        actor=orang.inspektur_pusat,
        evaluasi=final,
        uraian="Lengkapi pedoman teknis.",
        kode_kriteria=["1.a.2"],
        prioritas="tinggi",
        penanggung_jawab="Sekretaris",
        batas_waktu=datetime.date(2026, 6, 30),
    )
    return services.terbitkan(actor=orang.inspektur_pusat, evaluasi=final)


def lengkapi_lhe(final: EvaluasiLke, orang) -> EvaluasiLke:
    """The final evaluation's signer (`pemeriksa()`), komponen 1's narrative and one
    recommendation, as the evaluator records them."""
    signer = pemeriksa()
    rekomendasi.tetapkan_penanda_tangan_lhe(
        actor=orang.inspektur_pusat, evaluasi=final, pemeriksa_id=signer.pk, tempat="Jakarta"
    )
    rekomendasi.simpan_narasi(
        actor=orang.inspektur_pusat,
        evaluasi=final,
        kode_komponen="1",
        teks="Renstra telah memuat indikator yang terukur.",
    )
    rekomendasi.tambah_rekomendasi(
        actor=orang.inspektur_pusat,
        evaluasi=final,
        uraian="Lengkapi pedoman teknis perencanaan kinerja.",
        kode_kriteria=["1.a.2", "1.b.2"],
        prioritas="tinggi",
        penanggung_jawab="Sekretaris",
        batas_waktu=datetime.date(2026, 6, 30),
    )
    return final


def lembar_tanpa_2a3(tahun: int) -> Lembar:
    """Last year's worksheet: the same codes but 2.a.3, and 2.a.1 worded otherwise (the
    comparison goes by code, never by text or place)."""
    lembar = lembar_kecil(tahun)
    kom_1, kom_2 = lembar.komponen
    sub = kom_2.sub[0]
    sub = dataclasses.replace(
        sub,
        kriteria=(
            dataclasses.replace(sub.kriteria[1]),
            dataclasses.replace(sub.kriteria[0], teks="Definisi operasional (rumusan lama)."),
        ),
    )
    return dataclasses.replace(lembar, komponen=(kom_1, dataclasses.replace(kom_2, sub=(sub,))))


def evaluasi_tahun_lalu(satker, orang) -> EvaluasiLke:
    """A finalised 2024 evaluation: 1.a Y, Y → 24; 1.b A, A → 32,4; 2.a.1 B, 2.a.2 B → 28.
    Total 84,4 → A."""
    hapus_tahun(2024)
    jadwal_terbuka(2024)
    versi = simpan_lembar(lembar_tanpa_2a3(2024), tahun=2024, actor=None)
    terbitkan_lembar(actor=None, versi=versi)
    evaluasi = services.buka_evaluasi(actor=orang.admin, satker=satker, tahun=2024)
    answers = {"1.a.1": "Y", "1.a.2": "Y", "1.b.1": "A", "1.b.2": "A", "2.a.1": "B", "2.a.2": "B"}
    return finalkan(evaluasi, orang, answers, answers)


def pemeriksa(jabatan: str = "Inspektur Wilayah I"):
    return PegawaiFactory(
        satker=Satker.objects.get(slug="kpu-ri"),
        nama="Dra. Siti Rahmawati",
        nip="197001012000032001",
        jabatan=jabatan,
        pangkat_golongan="Pembina Utama Muda (IV/c)",
    )


def lembar_dengan_4c1(tahun: int) -> Lembar:
    """Next year's worksheet: the small one plus komponen 4 holding 4.c.1 (weights 60/40 are
    taken down to 50/25 and 25 for 4)."""
    lembar = lembar_kecil(tahun)
    kom_1, kom_2 = lembar.komponen
    kom_1 = dataclasses.replace(
        kom_1,
        bobot=Decimal(50),
        sub=(
            dataclasses.replace(kom_1.sub[0], bobot=Decimal(20)),
            dataclasses.replace(kom_1.sub[1], bobot=Decimal(30)),
        ),
    )
    kom_2 = dataclasses.replace(
        kom_2, bobot=Decimal(25), sub=(dataclasses.replace(kom_2.sub[0], bobot=Decimal(25)),)
    )
    kom_4 = Komponen(
        "4",
        "Evaluasi Akuntabilitas Kinerja Internal",
        Decimal(25),
        (
            SubKomponen(
                "4.c",
                "Pemanfaatan",
                Decimal(25),
                (Kriteria("4.c.1", "Seluruh rekomendasi telah ditindaklanjuti.", AA_E),),
            ),
        ),
    )
    return dataclasses.replace(lembar, komponen=(kom_1, kom_2, kom_4))
