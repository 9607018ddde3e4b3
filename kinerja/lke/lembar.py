"""The LKE worksheet as plain data: komponen, sub-komponen, kriteria and answer scales.

Plain Python, no Django: the database models (one version per evaluation year) are turned into
these objects before anything is scored or checked, and the XLSX and fixture loaders produce
them, so one set of rules serves the web, the command line and the tests.

Weights are percentage points of the whole worksheet (komponen 30/30/15/25; sub-komponen
6/9/15 …). Every criterion answers on a `Skala`, whose options each carry a fraction of the
criterion's share (Y = 1, T = 0; AA = 1 … E = 0).
"""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class PilihanJawaban:
    """One allowed answer: `kode` as stored ("Y", "AA"), `nilai` the fraction from 0 to 1."""

    kode: str
    label: str
    nilai: Decimal


@dataclass(frozen=True)
class Skala:
    kode: str
    nama: str
    pilihan: tuple[PilihanJawaban, ...]

    def pilihan_untuk(self, kode: str) -> PilihanJawaban | None:
        return next((p for p in self.pilihan if p.kode == kode), None)


@dataclass(frozen=True)
class Kriteria:
    kode: str  # "1.a.1": the only key answers and year-to-year comparisons use
    teks: str
    skala: Skala
    panduan: str = ""
    bukti_diharapkan: str = ""
    wajib: bool = True
    teks_perlu_diverifikasi: bool = False
    sumber: str = ""
    catatan: str = ""  # why the text or placement reads as it does (a typo mended, a dispute)
    # Criteria whose answer 0 makes an answer above 0 here implausible ("no LKjIP, so it
    # cannot have been reviewed"): a warning of the logic checks, never a cap on the score.
    prasyarat: tuple[str, ...] = ()


KEBERADAAN = "keberadaan"
KUALITAS = "kualitas"
PEMANFAATAN = "pemanfaatan"
PERSPEKTIF = (KEBERADAAN, KUALITAS, PEMANFAATAN)


@dataclass(frozen=True)
class SubKomponen:
    kode: str  # "1.a"
    nama: str
    bobot: Decimal
    kriteria: tuple[Kriteria, ...] = field(default=())
    # The 88/2021 split (20/30/50%): which answers the logic checks compare; "" = not compared.
    perspektif: str = ""


@dataclass(frozen=True)
class Komponen:
    kode: str  # "1"
    nama: str
    bobot: Decimal
    sub: tuple[SubKomponen, ...] = field(default=())


@dataclass(frozen=True)
class Lembar:
    """One worksheet version: the year it serves and its komponen in order."""

    tahun: int
    nama: str
    komponen: tuple[Komponen, ...]
    sumber: str = ""
    catatan: str = ""

    def semua_kriteria(self) -> list[Kriteria]:
        return [k for kom in self.komponen for sub in kom.sub for k in sub.kriteria]


# The scales shipped with Kinerja. Fractions of the graded scale: PermenPANRB 88/2021 as read in
# ../shared/reference/lke-88-2021.md §2.1 (six sources agree: AA 100 … D 30, E 0).
YA_TIDAK = Skala(
    kode="y-t",
    nama="Ya/Tidak",
    pilihan=(
        PilihanJawaban("Y", "Ya", Decimal("1")),
        PilihanJawaban("T", "Tidak", Decimal("0")),
    ),
)

AA_E = Skala(
    kode="aa-e",
    nama="AA sampai E (PermenPANRB 88/2021)",
    pilihan=tuple(
        PilihanJawaban(kode, kode, Decimal(nilai))
        for kode, nilai in (
            ("AA", "1"),
            ("A", "0.9"),
            ("BB", "0.8"),
            ("B", "0.7"),
            ("CC", "0.6"),
            ("C", "0.5"),
            ("D", "0.3"),
            ("E", "0"),
        )
    ),
)

SKALA_BAWAAN = {skala.kode: skala for skala in (YA_TIDAK, AA_E)}
