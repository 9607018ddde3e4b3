"""The demo's 2025 LKE: the worksheet, the year's windows, and the demo satker's open
self-assessment (status draft, no answers: they are the user's to give). The 2024 result
(71,2, "BB") stays what the report states (a NilaiTercatat), never an evaluation here."""

import datetime
from dataclasses import replace

from kinerja.core.upsert import AuditedWriter
from kinerja.lke.bawaan import muat_lembar_88_2021
from kinerja.lke.choices import FaseJadwal
from kinerja.lke.lembar import Lembar
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


def lembar_lke_demo() -> Lembar:
    """The demo's 2025 worksheet: the shipped 88/2021 worksheet (kinerja.lke.bawaan, 80
    criteria with their sources) for the evaluation year."""
    return replace(muat_lembar_88_2021(), tahun=TAHUN_LKE)


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
