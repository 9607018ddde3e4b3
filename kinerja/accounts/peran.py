"""What each role may do, and where: plain rules, no Django.

SAKIP is done by several people: unit operators enter realisations, each Kasubbag approves
them for the unit, the Sekretaris (pimpinan) signs the PKs, the admin satker keeps the plans
and budgets, the inspectorate (APIP) reads and reviews. A grant (`Hibah`) gives a role on a
satker, or on one unit of it.

Where a grant reaches:
- reading, review notes and the LKE evaluation and its intermediate review cover the granted
  satker and every satker below it (a province's inspectorate reviews its kab/kota);
- every other action is on the granted satker only: a province never enters a kab/kota's
  figures;
- a grant on a unit acts on that unit's records only (it still reads the whole satker).
A superuser may do everything (checked by the caller, which knows the user).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class Peran(StrEnum):
    ADMIN_SATKER = "admin_satker"
    OPERATOR_UNIT = "operator_unit"
    KASUBBAG = "kasubbag"
    PIMPINAN = "pimpinan"
    INSPEKTUR = "inspektur"
    REVIEWER_LKE = "reviewer_lke"


class Aksi(StrEnum):
    BACA = "baca"
    ISI_REALISASI = "isi_realisasi"  # enter, save and submit a realisation
    SETUJUI_REALISASI = "setujui_realisasi"  # approve, or return with a reason
    SUSUN_PK = "susun_pk"  # draft, cascade, submit, open a revision
    TANDA_TANGAN_PK = "tanda_tangan_pk"
    KELOLA_PERENCANAAN = "kelola_perencanaan"  # Renstra, RKT, indicators and their rules
    KELOLA_ANGGARAN = "kelola_anggaran"  # pagu, revisions, budget realisation
    KELOLA_HAMBATAN = "kelola_hambatan"  # hambatan and upaya, follow-up
    CATAT_REVIU = "catat_reviu"  # review notes
    TANGGAPI_REVIU = "tanggapi_reviu"  # the satker's response to a review note
    SUSUN_LAPORAN = "susun_laporan"  # the LKjIP's narrative sections, its date, place, number
    TANDA_TANGAN_LAPORAN = "tanda_tangan_laporan"  # sign the LKjIP, or sign its revision
    KELOLA_JABATAN = "kelola_jabatan"  # the satker's jabatan history: who held which post when
    KELOLA_PENGGUNA = "kelola_pengguna"  # set a temporary password for the satker's users
    ISI_LKE_MANDIRI = "isi_lke_mandiri"  # the satker's LKE self-assessment: answer, submit
    EVALUASI_LKE = "evaluasi_lke"  # the evaluator's LKE answers, review, finalise, publish
    REVIU_LKE = "reviu_lke"  # an intermediate reviewer's LKE answers, before the final
    KELOLA_LEMBAR_LKE = "kelola_lembar_lke"  # LKE worksheets and schedules (on a root satker)


HAK: dict[Peran, frozenset[Aksi]] = {
    # The admin satker keeps the satker's records, its heads over time among them; the
    # Sekretaris does not record his own term (the history decides who signs).
    Peran.ADMIN_SATKER: frozenset(
        {
            Aksi.BACA,
            Aksi.ISI_REALISASI,
            Aksi.SUSUN_PK,
            Aksi.KELOLA_PERENCANAAN,
            Aksi.KELOLA_ANGGARAN,
            Aksi.KELOLA_HAMBATAN,
            Aksi.SUSUN_LAPORAN,
            Aksi.TANGGAPI_REVIU,
            Aksi.KELOLA_JABATAN,
            Aksi.KELOLA_PENGGUNA,
            Aksi.ISI_LKE_MANDIRI,
        }
    ),
    Peran.OPERATOR_UNIT: frozenset({Aksi.BACA, Aksi.ISI_REALISASI, Aksi.KELOLA_HAMBATAN}),
    Peran.KASUBBAG: frozenset(
        {Aksi.BACA, Aksi.SETUJUI_REALISASI, Aksi.SUSUN_PK, Aksi.KELOLA_HAMBATAN}
    ),
    # The Sekretaris signs the LKjIP and its kata pengantar speaks in their name: they may
    # write its narrative (never its figures).
    # A review note is answered by the satker's leadership (the Sekretaris answers to the
    # inspectorate) or by the admin satker, who keeps the data most notes are about; not by a
    # unit's operator or Kasubbag, whose reach is one unit's figures.
    Peran.PIMPINAN: frozenset(
        {
            Aksi.BACA,
            Aksi.TANDA_TANGAN_PK,
            Aksi.SUSUN_LAPORAN,
            Aksi.TANDA_TANGAN_LAPORAN,
            Aksi.TANGGAPI_REVIU,
            Aksi.ISI_LKE_MANDIRI,
        }
    ),
    # The LKE is evaluated by the inspectorate (KPU RI's Inspektorat Utama evaluates every
    # KPU satker), never by the satker itself; the worksheet of a year is kept by an
    # inspectorate granted on a root satker (KELOLA_LEMBAR_LKE is checked there).
    Peran.INSPEKTUR: frozenset(
        {Aksi.BACA, Aksi.CATAT_REVIU, Aksi.EVALUASI_LKE, Aksi.KELOLA_LEMBAR_LKE}
    ),
    # An optional intermediate reviewer of the LKE (e.g. a province's team before the central
    # inspectorate's final answer): writes the reviewer answers only, never the final ones,
    # the status, the evidence checks or the recommendations (kinerja.lke.services).
    Peran.REVIEWER_LKE: frozenset({Aksi.BACA, Aksi.REVIU_LKE}),
}

MENCAKUP_BAWAH = frozenset({Aksi.BACA, Aksi.CATAT_REVIU, Aksi.EVALUASI_LKE, Aksi.REVIU_LKE})


@dataclass(frozen=True)
class Hibah:
    """A grant: a role on a satker, or on one unit of it."""

    satker_id: int
    unit_id: int | None
    peran: Peran


def boleh(
    hibah: Iterable[Hibah], aksi: Aksi, jalur: Sequence[int], unit_id: int | None = None
) -> bool:
    """Whether any of the grants allows `aksi` on a record of the satker whose path to the root
    is `jalur` (the satker first, then its parent, …), in unit `unit_id` (None: a record of
    the satker as a whole)."""
    for grant in hibah:
        if aksi not in HAK[grant.peran]:
            continue
        reach = jalur if aksi in MENCAKUP_BAWAH else jalur[:1]
        if grant.satker_id not in reach:
            continue
        if grant.unit_id is None or aksi is Aksi.BACA or grant.unit_id == unit_id:
            return True
    return False
