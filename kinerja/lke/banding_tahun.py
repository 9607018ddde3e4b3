"""This year's final answers and scores beside last year's, matched by code only: a criterion
or komponen is the same one when its code is the same, never because it sits at the same
place or bears the same name (worksheets are reordered and reworded between years). A code
last year did not have is new ("baru"); one it had that is gone is listed as removed.

Plain Python over snapshot contents (kinerja.lke.snapshot), no Django."""

from dataclasses import dataclass
from decimal import Decimal

from kinerja.lke.nilai import SERATUS, TIDAK_BERLAKU

EVALUATOR = "evaluator"


@dataclass(frozen=True)
class BandingKriteria:
    kode: str
    jawaban_lalu: str | None  # None: unanswered last year, or the code is new
    jawaban_kini: str | None
    nilai_lalu: Decimal | None  # points of the criterion's share, 0–100
    nilai_kini: Decimal | None
    baru: bool  # the code was not on last year's worksheet

    @property
    def selisih(self) -> Decimal | None:
        if self.nilai_lalu is None or self.nilai_kini is None:
            return None
        return self.nilai_kini - self.nilai_lalu


@dataclass(frozen=True)
class BandingKomponen:
    kode: str
    nama: str
    nilai_lalu: Decimal | None  # None: the komponen's code is new
    nilai_kini: Decimal

    @property
    def selisih(self) -> Decimal | None:
        return None if self.nilai_lalu is None else self.nilai_kini - self.nilai_lalu


@dataclass(frozen=True)
class Banding:
    kriteria: tuple[BandingKriteria, ...]
    komponen: tuple[BandingKomponen, ...]
    dihapus: tuple[str, ...]  # last year's criterion codes this year's worksheet lacks
    total_lalu: Decimal
    total_kini: Decimal
    predikat_lalu: str | None
    predikat_kini: str | None


def _kriteria(isi: dict) -> dict[str, dict]:
    return {
        kriteria["kode"]: kriteria
        for kom in isi["lembar"]["komponen"]
        for sub in kom["sub"]
        for kriteria in sub["kriteria"]
    }


def nilai_jawaban(kriteria: dict, kode: str | None) -> Decimal | None:
    """An answer's points (0–100) on the criterion's scale as snapshotted; None for no answer
    or N/A."""
    if kode is None or kode == TIDAK_BERLAKU:
        return None
    for pilihan_kode, _label, nilai in kriteria["pilihan"]:
        if pilihan_kode == kode:
            return Decimal(nilai) * SERATUS
    return None


def _jawaban(isi: dict, kode: str) -> str | None:
    found = isi["jawaban"][EVALUATOR].get(kode)
    return found["kode"] if found else None


def banding(kini: dict, lalu: dict) -> Banding:
    """Compare two finalised evaluations' final side, this year's worksheet order."""
    criteria_now, criteria_before = _kriteria(kini), _kriteria(lalu)
    rows = []
    for kode, kriteria in criteria_now.items():
        before = criteria_before.get(kode)
        answer_now = _jawaban(kini, kode)
        answer_before = _jawaban(lalu, kode) if before else None
        rows.append(
            BandingKriteria(
                kode=kode,
                jawaban_lalu=answer_before,
                jawaban_kini=answer_now,
                nilai_lalu=nilai_jawaban(before, answer_before) if before else None,
                nilai_kini=nilai_jawaban(kriteria, answer_now),
                baru=before is None,
            )
        )
    scores_before = {kom["kode"]: kom for kom in lalu["hasil"][EVALUATOR]["komponen"]}
    names = {kom["kode"]: kom["nama"] for kom in kini["lembar"]["komponen"]}
    komponen = tuple(
        BandingKomponen(
            kode=kom["kode"],
            nama=names[kom["kode"]],
            nilai_lalu=Decimal(scores_before[kom["kode"]]["nilai"])
            if kom["kode"] in scores_before
            else None,
            nilai_kini=Decimal(kom["nilai"]),
        )
        for kom in kini["hasil"][EVALUATOR]["komponen"]
    )
    return Banding(
        kriteria=tuple(rows),
        komponen=komponen,
        dihapus=tuple(kode for kode in criteria_before if kode not in criteria_now),
        total_lalu=Decimal(lalu["hasil"][EVALUATOR]["total_tampil"]),
        total_kini=Decimal(kini["hasil"][EVALUATOR]["total_tampil"]),
        predikat_lalu=lalu["hasil"][EVALUATOR]["predikat"],
        predikat_kini=kini["hasil"][EVALUATOR]["predikat"],
    )
