"""Scoring an LKE worksheet, checking its weights, and naming the predicate. No Django.

A sub-komponen scores its weight times the mean fraction of its applicable criteria; a
komponen is the sum of its sub-komponen, the total the sum of the komponen. Everything stays an
exact `Decimal` until it is shown, so a worksheet answered at the top scores exactly 100 and one
answered at the bottom exactly 0 (one published tool rounds each step and gives 100,06).

The predicate is read from the total rounded half-up to two decimals, the figure that is
printed: a total of 90,004 is shown as 90,00 and must then be an A, not an AA.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from kinerja.core.formatting import desimal_koma, round_half_up
from kinerja.lke.lembar import Kriteria, Lembar, SubKomponen
from kinerja.measurement.scales import PERMENPANRB_88_2021, klasifikasi

SERATUS = Decimal("100")
TIDAK_BERLAKU = "N/A"  # answered "not applicable"; needs a reason, leaves the mean


@dataclass(frozen=True)
class NilaiSub:
    kode: str
    bobot: Decimal
    nilai: Decimal
    dijawab: int
    berlaku: int  # criteria counted in the mean (answered and applicable)
    jumlah: int


@dataclass(frozen=True)
class NilaiKomponen:
    kode: str
    bobot: Decimal
    nilai: Decimal
    sub: tuple[NilaiSub, ...]


@dataclass(frozen=True)
class Hasil:
    total: Decimal
    komponen: tuple[NilaiKomponen, ...]
    dijawab: int
    jumlah: int

    @property
    def total_tampil(self) -> Decimal:
        return round_half_up(self.total, 2)

    @property
    def predikat(self) -> str | None:
        found = klasifikasi(self.total_tampil, PERMENPANRB_88_2021)
        return found.predikat if found else None

    @property
    def kelengkapan(self) -> Decimal:
        """Share of criteria answered, in percent (exact)."""
        return SERATUS * self.dijawab / self.jumlah if self.jumlah else Decimal(0)


def periksa_bobot(lembar: Lembar) -> list[str]:
    """What keeps a worksheet from being published: weights that do not add up, empty parts,
    duplicate codes. An empty list means it may be published."""
    errors: list[str] = []
    total = sum((kom.bobot for kom in lembar.komponen), Decimal(0))
    if total != SERATUS:
        errors.append(f"Jumlah bobot komponen {desimal_koma(total)}, seharusnya 100.")
    seen: set[str] = set()
    for kom in lembar.komponen:
        if not kom.sub:
            errors.append(f"Komponen {kom.kode} tidak memiliki sub-komponen.")
        sub_total = sum((sub.bobot for sub in kom.sub), Decimal(0))
        if kom.sub and sub_total != kom.bobot:
            errors.append(
                f"Komponen {kom.kode} berbobot {desimal_koma(kom.bobot)}, tetapi jumlah bobot "
                f"sub-komponennya {desimal_koma(sub_total)}."
            )
        for sub in kom.sub:
            if not sub.kriteria:
                errors.append(f"Sub-komponen {sub.kode} tidak memiliki kriteria.")
            for kriteria in sub.kriteria:
                if kriteria.kode in seen:
                    errors.append(f"Kode kriteria {kriteria.kode} dipakai lebih dari sekali.")
                seen.add(kriteria.kode)
                if not kriteria.skala.pilihan:
                    errors.append(f"Kriteria {kriteria.kode} tidak memiliki pilihan jawaban.")
    for bobot_label, bobot in [(kom.kode, kom.bobot) for kom in lembar.komponen] + [
        (sub.kode, sub.bobot) for kom in lembar.komponen for sub in kom.sub
    ]:
        if bobot < 0:
            errors.append(f"Bobot {bobot_label} negatif.")
    return errors


def jawaban_sah(kriteria: Kriteria, kode: str) -> bool:
    """An answer the server may store for this criterion: one of its scale or N/A."""
    return kode == TIDAK_BERLAKU or kriteria.skala.pilihan_untuk(kode) is not None


def _nilai_sub(sub: SubKomponen, jawaban: Mapping[str, str]) -> NilaiSub:
    fractions: list[Decimal] = []
    answered = 0
    for kriteria in sub.kriteria:
        kode = jawaban.get(kriteria.kode)
        if kode is None:
            continue
        answered += 1
        if kode == TIDAK_BERLAKU:
            continue
        pilihan = kriteria.skala.pilihan_untuk(kode)
        if pilihan is None:
            raise ValueError(f"Jawaban {kode!r} bukan pilihan kriteria {kriteria.kode}.")
        fractions.append(pilihan.nilai)
    # An unanswered criterion counts as 0 until it is answered, so a half-filled worksheet
    # never looks better than it is; "not applicable" leaves the mean.
    counted = len(sub.kriteria) - (answered - len(fractions))
    nilai = sub.bobot * sum(fractions, Decimal(0)) / counted if counted else Decimal(0)
    return NilaiSub(sub.kode, sub.bobot, nilai, answered, len(fractions), len(sub.kriteria))


def hitung(lembar: Lembar, jawaban: Mapping[str, str]) -> Hasil:
    """Score a worksheet from answers keyed by criterion code ("1.a.1" → "Y")."""
    komponen = []
    for kom in lembar.komponen:
        subs = tuple(_nilai_sub(sub, jawaban) for sub in kom.sub)
        komponen.append(
            NilaiKomponen(kom.kode, kom.bobot, sum((s.nilai for s in subs), Decimal(0)), subs)
        )
    total = sum((k.nilai for k in komponen), Decimal(0))
    return Hasil(
        total=total,
        komponen=tuple(komponen),
        dijawab=sum(s.dijawab for k in komponen for s in k.sub),
        jumlah=sum(s.jumlah for k in komponen for s in k.sub),
    )
