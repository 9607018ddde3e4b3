"""Predicate scales: bands with exact boundary semantics, and the presets Kinerja ships.

Plain Python. A scale is data (it is stored in the database as SkalaPredikat/PitaPredikat and
seeded from PRESETS); `klasifikasi` is the one place a value becomes a predicate, and
`alasan_tanpa_predikat` says why a value has none. `periksa_skala` lists what is wrong with a
scale (gaps, overlaps, inverted or empty bands), worked out exactly at every boundary.

The range of a scale runs from its lowest lower bound (−∞ when a band is unbounded below) to its
highest upper bound (+∞ when a band is unbounded above); an end of the range belongs to it only
when a band holds it, so "> 0 – 30" makes 0 lie below the scale, not in a gap. A value above the
range takes the top band when `teratas_terbuka` is set. A value inside the range that no band
holds is in a gap; a value two bands hold is ambiguous. Neither gets a predicate: a flawed
scale never silently decides.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cached_property

from kinerja.core.formatting import desimal_koma
from kinerja.core.pesan import Pesan


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

    @cached_property
    def _tata(self) -> tuple[tuple[Pita, ...], "_Rentang | None"]:
        # Worked out once per scale: a national roll-up classifies tens of thousands of values.
        pita = _pita_berisi(self)
        return pita, _rentang(pita)

    @cached_property
    def _predikat(self) -> dict:
        # The predicates already given on this scale, by value: a scale is immutable.
        return {}


@dataclass(frozen=True)
class Predikat:
    predikat: str
    keterangan: str
    skala: str

    def __str__(self) -> str:
        # "D ()" or "Tinggi (Tinggi)" says nothing the predicate alone does not.
        keterangan = self.keterangan.strip()
        if keterangan.casefold() in ("", self.predikat.strip().casefold()):
            return self.predikat
        return f"{self.predikat} ({keterangan})"


def klasifikasi(nilai: Decimal | None, skala: Skala) -> Predikat | None:
    """The predicate of `nilai` on `skala`; None when not assessed, outside the scale, in a gap
    or in two overlapping bands (`alasan_tanpa_predikat` says which)."""
    if nilai is None:
        return None
    # Before the cache: a float equal to a Decimal already classified must still be refused.
    if not isinstance(nilai, Decimal):
        raise TypeError(f"Nilai harus Decimal, bukan {type(nilai).__name__}.")
    known = skala._predikat
    if nilai in known:
        return known[nilai]
    holders = _pemegang(nilai, skala)
    predikat = (
        Predikat(holders[0].predikat, holders[0].keterangan, skala.nama)
        if len(holders) == 1
        else None
    )
    if len(known) < 100_000:
        known[nilai] = predikat
    return predikat


def alasan_tanpa_predikat(nilai: Decimal | None, skala: Skala) -> str:
    """Why `klasifikasi` gives `nilai` no predicate, in Indonesian; "" when it gives one."""
    return _tempatkan(nilai, skala)[1]


def periksa_skala(skala: Skala) -> list[str]:
    """Every problem of `skala`, in Indonesian: first each inverted or empty band in the scale's
    order, then each gap and overlap from the lowest value up. An empty list: every value in the
    scale's range falls in exactly one band.

    Exact, not sampled: between two consecutive boundary points every value lies in the same
    bands, so each boundary point and one value strictly between each pair decide the scale.
    """
    if not skala.pita:
        return [Pesan("Skala tidak memiliki pita.")]
    masalah = [teks for band in skala.pita if (teks := _cacat(band))]
    pita = _pita_berisi(skala)
    rentang = _rentang(pita)
    if rentang is None:
        return masalah
    runs: list[tuple[tuple[int, ...], list[_Ruas]]] = []
    for ruas in _ruas_ruas(pita):
        if _di_bawah(ruas.wakil, rentang) or _di_atas(ruas.wakil, rentang):
            continue
        holders = tuple(index for index, band in enumerate(pita) if band.memuat(ruas.wakil))
        if runs and runs[-1][0] == holders:
            runs[-1][1].append(ruas)
        else:
            runs.append((holders, [ruas]))
    for holders, pieces in runs:
        nilai = _jangkauan(pieces[0], pieces[-1])
        if not holders:
            masalah.append(Pesan("Celah: %(nilai)s tidak masuk pita mana pun", nilai=nilai))
        elif len(holders) > 1:
            masalah.append(
                Pesan(
                    "Tumpang tindih: %(nilai)s masuk pita %(pita)s",
                    nilai=nilai,
                    pita=_nama([pita[i] for i in holders]),
                )
            )
    return masalah


@dataclass(frozen=True)
class _Rentang:
    """The range of a scale; None on a side means unbounded."""

    bawah: Decimal | None
    bawah_termasuk: bool
    atas: Decimal | None
    atas_termasuk: bool


@dataclass(frozen=True)
class _Ruas:
    """One elementary piece of the number line: the point `bawah` = `atas`, or the open
    interval between them (None is −∞ or +∞). `wakil` is a value in it."""

    bawah: Decimal | None
    atas: Decimal | None
    wakil: Decimal

    @property
    def titik(self) -> bool:
        return self.bawah is not None and self.bawah == self.atas


def _cacat(band: Pita) -> str | None:
    if band.bawah is None or band.atas is None:
        return None
    if band.bawah > band.atas:
        return Pesan(
            "Pita %(predikat)s: batas bawah %(bawah)s di atas batas atas %(atas)s",
            predikat=band.predikat,
            bawah=_angka(band.bawah),
            atas=_angka(band.atas),
        )
    if band.bawah == band.atas and not (band.bawah_inklusif and band.atas_inklusif):
        return Pesan(
            "Pita %(predikat)s kosong: batas bawah dan atasnya sama (%(batas)s) tetapi tidak "
            "keduanya termasuk",
            predikat=band.predikat,
            batas=_angka(band.bawah),
        )
    return None


def _pita_berisi(skala: Skala) -> tuple[Pita, ...]:
    """The bands that hold at least one value; an inverted or empty band bounds nothing."""
    return tuple(band for band in skala.pita if _cacat(band) is None)


def _rentang(pita: tuple[Pita, ...]) -> _Rentang | None:
    if not pita:
        return None
    bawah = None if any(band.bawah is None for band in pita) else min(b.bawah for b in pita)
    atas = None if any(band.atas is None for band in pita) else max(b.atas for b in pita)
    return _Rentang(
        bawah,
        bawah is not None and any(band.memuat(bawah) for band in pita),
        atas,
        atas is not None and any(band.memuat(atas) for band in pita),
    )


def _di_bawah(nilai: Decimal, rentang: _Rentang) -> bool:
    return rentang.bawah is not None and (
        nilai < rentang.bawah or (nilai == rentang.bawah and not rentang.bawah_termasuk)
    )


def _di_atas(nilai: Decimal, rentang: _Rentang) -> bool:
    return rentang.atas is not None and (
        nilai > rentang.atas or (nilai == rentang.atas and not rentang.atas_termasuk)
    )


def _ruas_ruas(pita: tuple[Pita, ...]) -> list[_Ruas]:
    """The number line cut at every bound of `pita`, from −∞ to +∞."""
    titik = sorted(
        {bound for band in pita for bound in (band.bawah, band.atas) if bound is not None}
    )
    if not titik:
        return [_Ruas(None, None, Decimal(0))]
    with localcontext() as context:
        # Wide enough for every digit of t ± 1 and of a mean, so no representative value is
        # rounded onto a bound.
        context.prec = (
            max(0, *(t.adjusted() for t in titik))
            - min(0, *(t.as_tuple().exponent for t in titik))
            + 3
        )
        ruas = [_Ruas(None, titik[0], titik[0] - 1)]
        for bawah, atas in zip(titik, titik[1:], strict=False):
            ruas += [_Ruas(bawah, bawah, bawah), _Ruas(bawah, atas, (bawah + atas) / 2)]
        ruas += [_Ruas(titik[-1], titik[-1], titik[-1]), _Ruas(titik[-1], None, titik[-1] + 1)]
    return ruas


def _jangkauan(first: _Ruas, last: _Ruas) -> str:
    """The values from `first` to `last`, in words: "nilai 85", "nilai di antara 50 dan 55"."""
    if first.titik and last.titik and first.bawah == last.bawah:
        return Pesan("nilai %(nilai)s", nilai=_angka(first.bawah))
    start, start_included = first.bawah, first.titik
    end, end_included = last.atas, last.titik
    if start is None and end is None:
        return Pesan("semua nilai")
    if start is None:
        if end_included:
            return Pesan("nilai sampai dengan %(atas)s", atas=_angka(end))
        return Pesan("nilai di bawah %(atas)s", atas=_angka(end))
    if end is None:
        if start_included:
            return Pesan("nilai mulai %(bawah)s", bawah=_angka(start))
        return Pesan("nilai di atas %(bawah)s", bawah=_angka(start))
    bounds = {"bawah": _angka(start), "atas": _angka(end)}
    if not start_included and not end_included:
        return Pesan("nilai di antara %(bawah)s dan %(atas)s", **bounds)
    if not start_included:
        return Pesan("nilai di atas %(bawah)s sampai dengan %(atas)s", **bounds)
    if end_included:
        return Pesan("nilai %(bawah)s sampai dengan %(atas)s", **bounds)
    return Pesan("nilai %(bawah)s sampai di bawah %(atas)s", **bounds)


def _pemegang(nilai: Decimal, skala: Skala) -> tuple[Pita, ...]:
    """The bands that hold `nilai` (one, or none, or several on a flawed scale)."""
    if not isinstance(nilai, Decimal):
        raise TypeError(f"Nilai harus Decimal, bukan {type(nilai).__name__}.")
    pita, rentang = skala._tata
    if rentang is None or _di_bawah(nilai, rentang):
        return ()
    if _di_atas(nilai, rentang):
        if not skala.teratas_terbuka:
            return ()
        # Capaian above 100 keeps the band that holds the top of the scale.
        return tuple(band for band in pita if band.memuat(rentang.atas)) or tuple(
            band for band in pita if band.atas == rentang.atas
        )
    return tuple(band for band in pita if band.memuat(nilai))


def _tempatkan(nilai: Decimal | None, skala: Skala) -> tuple[tuple[Pita, ...], str]:
    """The one band that holds `nilai`, or no band and the reason why."""
    if nilai is None:
        return (), "Tidak dinilai, sehingga tidak berpredikat."
    holders = _pemegang(nilai, skala)
    if len(holders) == 1:
        return holders, ""
    pita, rentang = skala._tata
    if rentang is None:
        return (), f"Skala {skala.nama} tidak memiliki pita yang dapat memuat nilai."
    angka = _angka(nilai)
    if _di_bawah(nilai, rentang):
        dari = "dari" if rentang.bawah_termasuk else "di atas"
        return (
            (),
            f"{angka} di bawah skala {skala.nama}, yang dimulai {dari} {_angka(rentang.bawah)}.",
        )
    if _di_atas(nilai, rentang) and not skala.teratas_terbuka:
        sampai = "pada" if rentang.atas_termasuk else "di bawah"
        return (
            (),
            f"{angka} melebihi skala {skala.nama}, yang berakhir {sampai} {_angka(rentang.atas)}.",
        )
    if not holders:
        return (), f"{angka} tidak masuk pita mana pun pada skala {skala.nama}."
    return (), (
        f"{angka} masuk lebih dari satu pita pada skala {skala.nama} ({_nama(holders)}), "
        "sehingga predikatnya tidak dapat ditentukan."
    )


def _nama(pita: Sequence[Pita]) -> str:
    names = [band.predikat for band in pita]
    if len(names) == 1:
        return names[0]
    return Pesan("%(awal)s dan %(akhir)s", awal=", ".join(names[:-1]), akhir=names[-1])


def _angka(nilai: Decimal) -> str:
    """Messages are read by Indonesian users: 100,5 not 100.5, 85 not 85.0000."""
    return desimal_koma(nilai)


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
