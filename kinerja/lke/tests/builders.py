"""A small hand-made worksheet (two komponen, 60 + 40) whose scores are easy to compute by
hand, built with the plain dataclasses as the fixture and the XLSX import will be."""

import datetime
from decimal import Decimal

from django.utils import timezone

from kinerja.lke.lembar import AA_E, YA_TIDAK, Komponen, Kriteria, Lembar, SubKomponen
from kinerja.lke.models import JadwalLke, VersiLembar
from kinerja.lke.versi import simpan_lembar, terbitkan_lembar

D = Decimal


def lembar_kecil(tahun: int = 2025, bobot_1b: str = "36") -> Lembar:
    """1 (60): 1.a 24 = 1.a.1, 1.a.2 on Y/T; 1.b 36 = 1.b.1, 1.b.2 on AA–E.
    2 (40): 2.a 40 = 2.a.1, 2.a.2 (not required), 2.a.3 on AA–E."""
    return Lembar(
        tahun=tahun,
        nama=f"LKE uji {tahun}",
        komponen=(
            Komponen(
                "1",
                "Perencanaan Kinerja",
                D("60"),
                (
                    SubKomponen(
                        "1.a",
                        "Keberadaan",
                        D("24"),
                        (
                            Kriteria("1.a.1", "Terdapat pedoman teknis.", YA_TIDAK),
                            Kriteria("1.a.2", "Terdapat Renstra.", YA_TIDAK),
                        ),
                    ),
                    SubKomponen(
                        "1.b",
                        "Kualitas",
                        D(bobot_1b),
                        (
                            Kriteria("1.b.1", "Indikator SMART.", AA_E, panduan="AA bila semua"),
                            Kriteria("1.b.2", "Target menantang.", AA_E),
                        ),
                    ),
                ),
            ),
            Komponen(
                "2",
                "Pengukuran Kinerja",
                D("40"),
                (
                    SubKomponen(
                        "2.a",
                        "Pelaksanaan",
                        D("40"),
                        (
                            Kriteria("2.a.1", "Ada definisi operasional.", AA_E),
                            Kriteria("2.a.2", "Memakai aplikasi.", AA_E, wajib=False),
                            Kriteria("2.a.3", "Pengukuran berjenjang.", AA_E),
                        ),
                    ),
                ),
            ),
        ),
    )


def versi_terbit(tahun: int = 2025) -> VersiLembar:
    versi = simpan_lembar(lembar_kecil(tahun), tahun=tahun, actor=None)
    return terbitkan_lembar(actor=None, versi=versi)


def jadwal(tahun: int, fase: str, mulai: datetime.date, selesai: datetime.date) -> JadwalLke:
    return JadwalLke.objects.update_or_create(
        tahun=tahun, fase=fase, defaults={"mulai": mulai, "selesai": selesai}
    )[0]


def jadwal_terbuka(tahun: int = 2025) -> None:
    today = timezone.localdate()
    for fase in ("mandiri", "evaluasi"):
        jadwal(
            tahun, fase, today - datetime.timedelta(days=30), today + datetime.timedelta(days=30)
        )


ATAS = {
    "1.a.1": "Y",
    "1.a.2": "Y",
    "1.b.1": "AA",
    "1.b.2": "AA",
    "2.a.1": "AA",
    "2.a.2": "AA",
    "2.a.3": "AA",
}
BAWAH = {
    "1.a.1": "T",
    "1.a.2": "T",
    "1.b.1": "E",
    "1.b.2": "E",
    "2.a.1": "E",
    "2.a.2": "E",
    "2.a.3": "E",
}
# By hand: 1.a Y, T → 24 × 1/2 = 12; 1.b A, B → 36 × (0,9 + 0,7)/2 = 28,8;
# 2.a BB, N/A, C → 40 × (0,8 + 0,5)/2 = 26 (N/A leaves the mean). Total 66,8 → B.
CAMPURAN = {
    "1.a.1": "Y",
    "1.a.2": "T",
    "1.b.1": "A",
    "1.b.2": "B",
    "2.a.1": "BB",
    "2.a.2": "N/A",
    "2.a.3": "C",
}
