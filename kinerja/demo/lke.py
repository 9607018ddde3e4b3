"""The demo's 2025 LKE: the worksheet, the year's windows, and the demo satker's open
self-assessment (status draft, no answers: they are the user's to give). The 2024 result
(71,2, "BB") stays what the report states (a NilaiTercatat), never an evaluation here."""

import datetime
from decimal import Decimal

from kinerja.core.upsert import AuditedWriter
from kinerja.lke.choices import FaseJadwal
from kinerja.lke.lembar import AA_E, YA_TIDAK, Komponen, Kriteria, Lembar, SubKomponen
from kinerja.lke.models import EvaluasiLke, JadwalLke, VersiLembar
from kinerja.lke.versi import simpan_lembar, terbitkan_lembar
from kinerja.organisations.models import Satker

TAHUN_LKE = 2025
# Demo assumption: the year-2025 evaluation runs through 2026 and 2027 (KPU's inspectorate
# evaluated 2024 in July 2025), kept wide so the demo stays usable; fixed dates keep a second
# load from changing anything.
JADWAL_DEMO = {
    FaseJadwal.MANDIRI: (datetime.date(2026, 1, 1), datetime.date(2027, 12, 31)),
    FaseJadwal.EVALUASI: (datetime.date(2026, 1, 1), datetime.date(2027, 12, 31)),
}

# Domain reference §5.1 (PermenPANRB 88/2021): komponen weights and their 20/30/50 split.
_KOMPONEN = (
    ("1", "Perencanaan Kinerja", "30"),
    ("2", "Pengukuran Kinerja", "30"),
    ("3", "Pelaporan Kinerja", "15"),
    ("4", "Evaluasi Akuntabilitas Kinerja Internal", "25"),
)
_SUB = (("a", "Keberadaan", "0.2"), ("b", "Kualitas", "0.3"), ("c", "Pemanfaatan", "0.5"))
_SUMBER_SEMENTARA = (
    "Sementara: satu kriteria per sub-komponen, berupa nama perspektifnya (PermenPANRB 88/2021, "
    "bobot 20/30/50 %), sampai lembar 88/2021 lengkap dimuat (kinerja.lke.bawaan)."
)


def lembar_lke_demo() -> Lembar:
    """HOOK for the demo's 2025 worksheet. Once the 88/2021 worksheet ships
    (kinerja.lke.bawaan), this returns `muat_lembar_88_2021()`; until then it is the
    regulation's structure and weights with one placeholder criterion per sub-komponen,
    marked "teks perlu diverifikasi" rather than inventing the official wording."""
    komponen = []
    for kode, nama, bobot in _KOMPONEN:
        subs = tuple(
            SubKomponen(
                f"{kode}.{huruf}",
                perspektif,
                Decimal(bobot) * Decimal(share),
                (
                    Kriteria(
                        f"{kode}.{huruf}.1",
                        f"{nama}: {perspektif.lower()}",
                        YA_TIDAK if huruf == "a" else AA_E,
                        teks_perlu_diverifikasi=True,
                        sumber=_SUMBER_SEMENTARA,
                    ),
                ),
            )
            for huruf, perspektif, share in _SUB
        )
        komponen.append(Komponen(kode, nama, Decimal(bobot), subs))
    return Lembar(TAHUN_LKE, "LKE AKIP PermenPANRB 88/2021 (sementara)", tuple(komponen))


def muat_lke_demo(loader: AuditedWriter, satker: Satker) -> None:
    if not VersiLembar.objects.filter(tahun=TAHUN_LKE).exists():
        versi = simpan_lembar(lembar_lke_demo(), tahun=TAHUN_LKE, actor=None)
        terbitkan_lembar(actor=None, versi=versi)
        loader.changes[VersiLembar._meta.verbose_name_plural] += 1
    for fase, (mulai, selesai) in JADWAL_DEMO.items():
        loader.upsert(
            JadwalLke, {"tahun": TAHUN_LKE, "fase": fase}, {"mulai": mulai, "selesai": selesai}
        )
    loader.upsert(
        EvaluasiLke,
        {"satker": satker, "tahun": TAHUN_LKE},
        {"versi": VersiLembar.objects.get(tahun=TAHUN_LKE)},
    )
