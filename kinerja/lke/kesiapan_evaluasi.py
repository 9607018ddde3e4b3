"""Readiness of an evaluation: for each criterion, whether evidence is attached, whether
Kinerja already holds records that could be attached, or whether nothing supports it yet — and
what raising it to the top would add to the self-assessed score ("where the points go").

The gain is `ke_mana_poin` on the satker's own answers, so the page and the score can never
disagree; the records are those `rekaman_tersedia` finds for the kinds `usulan_bukti` names.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kinerja.lke.alur import PeranJawaban
from kinerja.lke.hasil import jawaban_per_peran
from kinerja.lke.kesiapan import ke_mana_poin
from kinerja.lke.models import EvaluasiLke
from kinerja.lke.rekaman import Rekaman, rekaman_tersedia
from kinerja.lke.usulan_bukti import usulan_untuk
from kinerja.lke.versi import lembar_dari_versi


class Keadaan(StrEnum):
    BERBUKTI = "berbukti"  # evidence attached (and not rejected)
    ADA_REKAMAN = "ada_rekaman"  # nothing attached, but Kinerja holds records that could be
    TANPA_BUKTI = "tanpa_bukti"  # nothing attached and nothing in Kinerja: a file is needed


@dataclass(frozen=True)
class BarisKesiapan:
    kode: str
    teks: str
    bukti_diharapkan: str
    jawaban: str | None
    jumlah_bukti: int
    usulan: tuple[Rekaman, ...]
    keadaan: Keadaan
    tambahan: Decimal  # points the self-assessed total gains if this criterion reaches the top


@dataclass(frozen=True)
class Kesiapan:
    baris: tuple[BarisKesiapan, ...]  # in the worksheet's order

    def jumlah(self, keadaan: Keadaan) -> int:
        return sum(row.keadaan is keadaan for row in self.baris)

    def poin_terbuka(self, keadaan: Keadaan) -> Decimal:
        return sum((row.tambahan for row in self.baris if row.keadaan is keadaan), Decimal(0))

    @property
    def ke_mana_poin(self) -> list[BarisKesiapan]:
        """Criteria with points still to gain, largest gain first (then in worksheet order)."""
        ordered = sorted(enumerate(self.baris), key=lambda item: (-item[1].tambahan, item[0]))
        return [row for _position, row in ordered if row.tambahan > 0]


def kesiapan_evaluasi(evaluasi: EvaluasiLke, jumlah_bukti: Mapping[str, int]) -> Kesiapan:
    """`jumlah_bukti`: evidence attached per criterion code, rejected items left out."""
    lembar = lembar_dari_versi(evaluasi.versi)
    answers = {
        kode: row.kode
        for kode, row in jawaban_per_peran(evaluasi).get(PeranJawaban.MANDIRI.value, {}).items()
    }
    gains = {peluang.kode: peluang.tambahan for peluang in ke_mana_poin(lembar, answers)}
    records = rekaman_tersedia(evaluasi.satker, evaluasi.tahun)
    rows = []
    for kriteria in lembar.semua_kriteria():
        proposed = tuple(found for jenis in usulan_untuk(kriteria.kode) for found in records[jenis])
        attached = jumlah_bukti.get(kriteria.kode, 0)
        if attached:
            keadaan = Keadaan.BERBUKTI
        elif proposed:
            keadaan = Keadaan.ADA_REKAMAN
        else:
            keadaan = Keadaan.TANPA_BUKTI
        rows.append(
            BarisKesiapan(
                kode=kriteria.kode,
                teks=kriteria.teks,
                bukti_diharapkan=kriteria.bukti_diharapkan,
                jawaban=answers.get(kriteria.kode),
                jumlah_bukti=attached,
                usulan=proposed,
                keadaan=keadaan,
                tambahan=gains[kriteria.kode],
            )
        )
    return Kesiapan(tuple(rows))
