"""Predicate scales: bands with exact boundary semantics, and the presets Kinerja ships.

Plain Python. A scale is data (it is stored in the database as SkalaPredikat/PitaPredikat and
seeded from PRESETS); `klasifikasi` is the one place a value becomes a predicate.
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Pita:
    """One band: `bawah`/`atas` None means unbounded on that side."""

    predikat: str
    keterangan: str
    bawah: Decimal | None
    bawah_inklusif: bool
    atas: Decimal | None
    atas_inklusif: bool

    def memuat(self, nilai: Decimal) -> bool:
        if self.bawah is not None and (
            nilai < self.bawah or (nilai == self.bawah and not self.bawah_inklusif)
        ):
            return False
        return not (
            self.atas is not None
            and (nilai > self.atas or (nilai == self.atas and not self.atas_inklusif))
        )

    def batas_teks(self) -> str:
        def number(value: Decimal) -> str:
            return format(value, "f").replace(".", ",")

        if self.bawah is None:
            return f"{'≤' if self.atas_inklusif else '<'} {number(self.atas)}"
        if self.atas is None:
            return f"{'≥' if self.bawah_inklusif else '>'} {number(self.bawah)}"
        left = "" if self.bawah_inklusif else "> "
        right = "" if self.atas_inklusif else " (tidak termasuk)"
        return f"{left}{number(self.bawah)} – {number(self.atas)}{right}"


@dataclass(frozen=True)
class Skala:
    kode: str
    nama: str
    sumber: str
    pita: tuple[Pita, ...]
    # Capaian may exceed 100: a scale written "… – 100" still gives its top band above 100,
    # except for evaluation scores, which cannot exceed 100.
    teratas_terbuka: bool = True


@dataclass(frozen=True)
class Predikat:
    predikat: str
    keterangan: str
    skala: str

    def __str__(self) -> str:
        return (
            f"{self.predikat} ({self.keterangan})"
            if self.keterangan != self.predikat
            else (self.predikat)
        )


def klasifikasi(nilai: Decimal | None, skala: Skala) -> Predikat | None:
    """The predicate of `nilai` on `skala`; None when not assessed or outside the scale."""
    if nilai is None:
        return None
    if not isinstance(nilai, Decimal):
        raise TypeError(f"Nilai harus Decimal, bukan {type(nilai).__name__}.")
    for band in skala.pita:
        if band.memuat(nilai):
            return Predikat(band.predikat, band.keterangan, skala.nama)
    top = max(
        (band for band in skala.pita if band.atas is not None),
        key=lambda band: band.atas,
        default=None,
    )
    if skala.teratas_terbuka and top is not None and nilai > top.atas:
        return Predikat(top.predikat, top.keterangan, skala.nama)
    return None


def _d(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _pita(predikat, keterangan, bawah, bawah_inklusif, atas, atas_inklusif) -> Pita:
    return Pita(predikat, keterangan, _d(bawah), bawah_inklusif, _d(atas), atas_inklusif)


PERMENPANRB_88_2021 = Skala(
    kode="permenpanrb-88-2021",
    nama="PermenPANRB 88/2021 (predikat evaluasi AKIP)",
    sumber="PermenPANRB 88/2021; batas bawah tidak termasuk (90,00 = A, 90,01 = AA)",
    teratas_terbuka=False,
    pita=(
        _pita("AA", "Sangat Memuaskan", "90", False, "100", True),
        _pita("A", "Memuaskan", "80", False, "90", True),
        _pita("BB", "Sangat Baik", "70", False, "80", True),
        _pita("B", "Baik", "60", False, "70", True),
        _pita("CC", "Cukup (Memadai)", "50", False, "60", True),
        _pita("C", "Kurang", "30", False, "50", True),
        _pita("D", "Sangat Kurang", "0", True, "30", True),
    ),
)

PERMENDAGRI_5_PITA = Skala(
    kode="permendagri-5-pita",
    nama="Skala 5 pita gaya Permendagri 86/2017",
    sumber="Permendagri 86/2017 (evaluasi Renja); ambang setengah terbuka ≥ 91, ≥ 76, ≥ 66, ≥ 51",
    pita=(
        _pita("Sangat Tinggi", "Sangat Tinggi", "91", True, None, False),
        _pita("Tinggi", "Tinggi", "76", True, "91", False),
        _pita("Sedang", "Sedang", "66", True, "76", False),
        _pita("Rendah", "Rendah", "51", True, "66", False),
        _pita("Sangat Rendah", "Sangat Rendah", None, False, "51", False),
    ),
)

LAN_4_PITA = Skala(
    kode="lan-4-pita",
    nama='Skala 4 pita "LAN" (sebagaimana lazim dikutip)',
    sumber="Lazim dikutip dalam LKjIP; tidak ditemukan dalam naskah peraturan. "
    "> 85; 70–85; 55–70 (70 tidak termasuk); < 55",
    pita=(
        _pita("Sangat Berhasil", "Sangat Berhasil", "85", False, None, False),
        _pita("Berhasil", "Berhasil", "70", True, "85", True),
        _pita("Cukup Berhasil", "Cukup Berhasil", "55", True, "70", False),
        _pita("Tidak Berhasil", "Tidak Berhasil", None, False, "55", False),
    ),
)

LAKIP_6_PITA = Skala(
    kode="lakip-6-pita",
    nama="Skala LAKIP lama 6 pita",
    sumber="Skala evaluasi AKIP sebelum 2015, masih dipakai sebagian LKjIP untuk capaian",
    pita=(
        _pita("Memuaskan", "Memuaskan", "85", False, "100", True),
        _pita("Sangat Baik", "Sangat Baik", "75", False, "85", True),
        _pita("Baik", "Baik", "65", False, "75", True),
        _pita("Cukup Baik", "Cukup Baik", "50", False, "65", True),
        _pita("Agak Kurang", "Agak Kurang", "30", False, "50", True),
        _pita("Kurang", "Kurang", "0", True, "30", True),
    ),
)

PRESETS = (LAN_4_PITA, PERMENPANRB_88_2021, PERMENDAGRI_5_PITA, LAKIP_6_PITA)
PRESET_BAKU = LAN_4_PITA
