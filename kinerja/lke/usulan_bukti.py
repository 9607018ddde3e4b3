"""Which of Kinerja's own records can support which LKE criterion. Plain data, no Django.

The seed's first hambatan is "kurangnya kelengkapan bukti dukung LKE": the evidence exists,
scattered in files. Most of it is already a record here. This map says, per criterion code of
the 88/2021 worksheet, which kinds of record an evaluator would accept as bukti dukung — read
from the "expected evidence" column of ../shared/reference/lke-88-2021.md (e.g. 1.a.3
"Renstra", 1.b.1 "Dokumen PK yang telah ditandatangani", 3.a.4 "LHR LKjIP"). A criterion
Kinerja holds nothing for (a pedoman teknis, an SK, a survey) is absent: its evidence is a file.

An evaluation of year n looks at the plans in force in n (Renstra, RKT, PK of n) and at the year
n−1 it evaluates (the measurement, the LKjIP and its reviu of n−1); `TAHUN_DICARI` says which.
"""

from enum import StrEnum


class JenisRekaman(StrEnum):
    RENSTRA = "renstra"
    RKT = "rkt"
    PK_SATKER = "pk_satker"  # signed PK of the head of the satker
    PK_UNIT = "pk_unit"  # signed PKs of the units: the cascade
    REALISASI_BERKALA = "realisasi_berkala"  # approved quarterly realisation reports, with files
    PENGUKURAN = "pengukuran"  # the satker-year's measurement (targets, realisations, capaian)
    ANGGARAN = "anggaran"  # pagu and budget realisation of the year
    LKJIP = "lkjip"  # signed LKjIP
    REVIU_LKJIP = "reviu_lkjip"  # the inspectorate's "telah direviu" statement
    HAMBATAN = "hambatan"  # hambatan, upaya and their follow-up
    EFISIENSI = "efisiensi"  # the efficiency table


# The years a kind is looked for, as offsets from the evaluation year n: plans of n and of the
# year evaluated (an evaluation early in n may find n's PK signed and its RKT not yet), results
# of n − 1 only.
_RENCANA = (0, -1)
_HASIL = (-1,)
TAHUN_DICARI: dict[JenisRekaman, tuple[int, ...]] = {
    JenisRekaman.RENSTRA: _RENCANA,
    JenisRekaman.RKT: _RENCANA,
    JenisRekaman.PK_SATKER: _RENCANA,
    JenisRekaman.PK_UNIT: _RENCANA,
    JenisRekaman.REALISASI_BERKALA: _HASIL,
    JenisRekaman.PENGUKURAN: _HASIL,
    JenisRekaman.ANGGARAN: _HASIL,
    JenisRekaman.LKJIP: _HASIL,
    JenisRekaman.REVIU_LKJIP: _HASIL,
    JenisRekaman.HAMBATAN: _HASIL,
    JenisRekaman.EFISIENSI: _HASIL,
}

J = JenisRekaman
USULAN: dict[str, tuple[JenisRekaman, ...]] = {
    # 1.a keberadaan: the planning documents themselves
    "1.a.3": (J.RENSTRA,),
    "1.a.4": (J.RKT, J.PK_SATKER),
    "1.a.5": (J.PK_UNIT,),
    "1.a.6": (J.ANGGARAN,),
    # 1.b kualitas
    "1.b.1": (J.PK_SATKER, J.RENSTRA),
    "1.b.2": (J.PK_SATKER,),
    "1.b.3": (J.RKT, J.PK_SATKER),
    "1.b.4": (J.RENSTRA,),
    "1.b.5": (J.RENSTRA, J.PK_SATKER),
    "1.b.6": (J.RENSTRA,),
    "1.b.7": (J.PK_SATKER, J.LKJIP),
    "1.b.8": (J.PK_SATKER, J.PK_UNIT),
    "1.b.10": (J.PK_UNIT,),
    # 1.c pemanfaatan
    "1.c.1": (J.ANGGARAN, J.PK_SATKER),
    "1.c.2": (J.PK_UNIT,),
    "1.c.3": (J.PENGUKURAN, J.LKJIP),
    "1.c.4": (J.REALISASI_BERKALA,),
    # 2 pengukuran
    "2.a.2": (J.RENSTRA,),
    "2.a.3": (J.REALISASI_BERKALA,),
    "2.b.2": (J.PENGUKURAN,),
    "2.b.3": (J.PENGUKURAN,),
    "2.b.4": (J.REALISASI_BERKALA,),
    "2.b.5": (J.REALISASI_BERKALA,),
    # Kinerja itself is the application: the realisation reports entered in it are the proof.
    "2.b.6": (J.REALISASI_BERKALA,),
    "2.b.7": (J.PENGUKURAN,),
    "2.c.8": (J.EFISIENSI, J.ANGGARAN),
    # 3 pelaporan
    "3.a.1": (J.LKJIP,),
    "3.a.2": (J.REALISASI_BERKALA,),
    "3.a.3": (J.LKJIP,),
    "3.a.4": (J.REVIU_LKJIP,),
    "3.b.1": (J.LKJIP,),
    "3.b.2": (J.LKJIP, J.PENGUKURAN),
    "3.b.3": (J.LKJIP, J.PENGUKURAN),
    "3.b.4": (J.LKJIP, J.RENSTRA),
    "3.b.5": (J.LKJIP,),
    "3.b.7": (J.LKJIP, J.HAMBATAN),
    "3.b.8": (J.LKJIP, J.EFISIENSI),
    "3.b.9": (J.LKJIP, J.HAMBATAN),
    "3.c.5": (J.PENGUKURAN,),
}


def usulan_untuk(kode: str) -> tuple[JenisRekaman, ...]:
    return USULAN.get(kode, ())
