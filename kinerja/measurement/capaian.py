"""Capaian (achievement %) of one indicator: target and realisation give a capaian and the
rule that produced it. Plain Python, Decimal only (a float is refused), full precision: rounding
happens at presentation (kinerja.core.formatting).

Rules (docs/pengukuran.md; domain reference §3):

- naik (higher is better): R / T × 100
- turun (lower is better): (2T − R) / T × 100 by default, floored at 0; opt-in variant T / R × 100
- turun with batas_atas U (target range T–U, lower is better): inside → 100; below T →
  (2T − R) / T × 100; above U → (2U − R) / U × 100, floored at 0. Variant t-r: below T →
  T / R × 100, above U → U / R × 100. (PermenPANRB SMK example, range 7–8: R 6,5 → 107,14;
  R 7,5 → 100; R 9 → 87,50.)
- rentang (target range L–U, T is L): inside → 100; below → R / L × 100; above → R / U × 100
- stabil (band T–U, or exactly T): inside → 100; outside → (1 − |R − nearest bound| / T) × 100,
  floored at 0
- biner (milestone, ya/tidak): R ≥ T → 100, else 0

T = 0 follows the zero-target policy (`baku`: higher-is-better with R > 0 gives the cap, or
100 without one, and R = 0 is not assessed; lower-is-better with R = 0 gives 100 and R > 0 gives
0; `tidak_dinilai`: never assessed). The optional cap (plafon: 100, 110, 120) applies last; the
uncapped value is kept beside it. batas_atas with naik or biner has no meaning and is refused
rather than ignored.
"""

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from kinerja.core.formatting import desimal_koma
from kinerja.core.pesan import Pesan

SERATUS = Decimal(100)
NOL = Decimal(0)
PLAFON_YANG_DIIZINKAN = (Decimal(100), Decimal(110), Decimal(120))

# The texts of the rules, made once: hitung_capaian runs for every indicator of the country.
TIDAK_DINILAI = Pesan("Tidak dinilai")
_TIDAK_DILAKSANAKAN = Pesan("Kegiatan tidak dilaksanakan / di luar kewenangan satker.")
_BELUM_DILAPORKAN = Pesan("Realisasi belum dilaporkan.")
_BINER = Pesan("Biner: 100 bila R ≥ T, selain itu 0")
_NAIK = Pesan("R/T×100 (semakin tinggi semakin baik)")
_T_BAGI_R = Pesan("T/R×100 (semakin rendah semakin baik)")
_TURUN = Pesan("(2T−R)/T×100 (semakin rendah semakin baik)")
_STABIL = Pesan("Stabil: 100 di dalam pita, (1 − |R − batas| / T)×100 di luar")


class Polaritas(StrEnum):
    NAIK = "naik"
    TURUN = "turun"
    RENTANG = "rentang"
    STABIL = "stabil"
    BINER = "biner"


class VarianTurun(StrEnum):
    DUA_T_KURANG_R = "2t-r"
    T_BAGI_R = "t-r"


class KebijakanTargetNol(StrEnum):
    BAKU = "baku"
    TIDAK_DINILAI = "tidak_dinilai"


class StatusRealisasi(StrEnum):
    DILAPORKAN = "dilaporkan"
    BELUM_DILAPORKAN = "belum_dilaporkan"
    TIDAK_DILAKSANAKAN = "tidak_dilaksanakan"


@dataclass(frozen=True)
class AturanCapaian:
    """How one indicator's capaian is computed."""

    polaritas: Polaritas = Polaritas.NAIK
    varian_turun: VarianTurun = VarianTurun.DUA_T_KURANG_R
    batas_atas: Decimal | None = None
    plafon: Decimal | None = None
    target_nol: KebijakanTargetNol = KebijakanTargetNol.BAKU

    def __post_init__(self) -> None:
        for name in ("batas_atas", "plafon"):
            _require_decimal(getattr(self, name), name)
        if self.plafon is not None and self.plafon not in PLAFON_YANG_DIIZINKAN:
            raise ValueError(
                Pesan("Plafon capaian hanya boleh 100, 110 atau 120 (atau tanpa plafon).")
            )
        if self.polaritas is Polaritas.RENTANG and self.batas_atas is None:
            raise ValueError(Pesan("Target rentang membutuhkan batas atas."))
        # A bound the rule would not read is a mistake in the setting: silently ignored, the
        # capaian would look computed against a range it never saw.
        if self.polaritas is Polaritas.NAIK and self.batas_atas is not None:
            raise ValueError(
                Pesan(
                    "Batas atas tidak berlaku untuk polaritas naik; untuk target rentang "
                    "(semakin tinggi semakin baik) gunakan polaritas rentang."
                )
            )
        if self.polaritas is Polaritas.BINER and self.batas_atas is not None:
            raise ValueError(Pesan("Batas atas tidak berlaku untuk polaritas biner (ya/tidak)."))


@dataclass(frozen=True)
class HasilCapaian:
    """A capaian with the rule that produced it; `nilai` None means "tidak dinilai"."""

    nilai: Decimal | None
    nilai_tanpa_plafon: Decimal | None
    kode_aturan: str
    aturan: str
    alasan: str = ""

    @property
    def dinilai(self) -> bool:
        return self.nilai is not None


def _require_decimal(value, name: str) -> None:
    # A float would carry binary rounding into money and percentages: refuse it outright.
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"{name} harus Decimal, bukan {type(value).__name__}.")


def _angka(value: Decimal) -> str:
    """Rule texts are read by Indonesian users: 4,88 not 4.88, 80 not 80.0000."""
    return desimal_koma(value)


@lru_cache(maxsize=8)
def _describe_plafon(plafon: Decimal) -> Pesan:
    return Pesan(", plafon %(plafon)s%%", plafon=_angka(plafon))


def _result(uncapped: Decimal, kode: str, teks: str, aturan: AturanCapaian) -> HasilCapaian:
    capped = uncapped if aturan.plafon is None else min(uncapped, aturan.plafon)
    if aturan.plafon is not None:
        teks = teks + _describe_plafon(aturan.plafon)
    return HasilCapaian(capped, uncapped, kode, teks)


def _not_assessed(kode: str, teks: str, alasan: str) -> HasilCapaian:
    return HasilCapaian(None, None, kode, teks, alasan)


def hitung_capaian(
    target: Decimal,
    realisasi: Decimal | None,
    aturan: AturanCapaian = AturanCapaian(),  # noqa: B008 - frozen, immutable default
    status: StatusRealisasi = StatusRealisasi.DILAPORKAN,
) -> HasilCapaian:
    """The capaian of realisasi against target under `aturan`."""
    _require_decimal(target, "target")
    _require_decimal(realisasi, "realisasi")
    target = Decimal(target)
    if target < 0 or (realisasi is not None and realisasi < 0):
        raise ValueError(Pesan("Target dan realisasi tidak boleh negatif."))
    if status is StatusRealisasi.TIDAK_DILAKSANAKAN:
        return _not_assessed(
            "tidak_dilaksanakan",
            TIDAK_DINILAI,
            _TIDAK_DILAKSANAKAN,
        )
    if status is StatusRealisasi.BELUM_DILAPORKAN or realisasi is None:
        return _not_assessed("belum_dilaporkan", TIDAK_DINILAI, _BELUM_DILAPORKAN)
    realisasi = Decimal(realisasi)

    match aturan.polaritas:
        case Polaritas.NAIK:
            return _naik(target, realisasi, aturan)
        case Polaritas.TURUN:
            return _turun(target, realisasi, aturan)
        case Polaritas.RENTANG:
            return _rentang(target, realisasi, aturan)
        case Polaritas.STABIL:
            return _stabil(target, realisasi, aturan)
        case Polaritas.BINER:
            hit = realisasi >= target
            return _result(
                SERATUS if hit else NOL,
                "biner",
                _BINER,
                aturan,
            )
    raise ValueError(f"Polaritas tidak dikenal: {aturan.polaritas!r}")


def _zero_target(realisasi: Decimal, higher_is_better: bool, aturan: AturanCapaian):
    if aturan.target_nol is KebijakanTargetNol.TIDAK_DINILAI:
        return _not_assessed(
            "target_nol",
            Pesan("Target 0: tidak dinilai"),
            Pesan("Target 0 tidak dinilai menurut kebijakan satker."),
        )
    if higher_is_better:
        if realisasi == 0:
            return _not_assessed(
                "target_nol",
                Pesan("Target 0 dan realisasi 0: tidak dinilai"),
                Pesan("Target dan realisasi sama-sama 0."),
            )
        top = aturan.plafon if aturan.plafon is not None else SERATUS
        return HasilCapaian(
            top,
            top,
            "target_nol",
            Pesan("Target 0 dengan realisasi > 0: dinilai setinggi plafon (atau 100)"),
        )
    if realisasi == 0:
        return _result(SERATUS, "target_nol", Pesan("Target 0 tercapai (realisasi 0): 100"), aturan)
    return _result(NOL, "target_nol", Pesan("Target 0 terlampaui (realisasi > 0): 0"), aturan)


def _naik(target: Decimal, realisasi: Decimal, aturan: AturanCapaian) -> HasilCapaian:
    if target == 0:
        return _zero_target(realisasi, True, aturan)
    return _result(
        realisasi / target * SERATUS,
        "naik",
        _NAIK,
        aturan,
    )


def _turun(target: Decimal, realisasi: Decimal, aturan: AturanCapaian) -> HasilCapaian:
    if aturan.batas_atas is not None:
        return _turun_rentang(target, realisasi, aturan)
    if target == 0:
        return _zero_target(realisasi, False, aturan)
    if aturan.varian_turun is VarianTurun.T_BAGI_R:
        teks = _T_BAGI_R
        if realisasi == 0:
            return _t_bagi_r_nol("turun_t_r", teks, aturan)
        return _result(target / realisasi * SERATUS, "turun_t_r", teks, aturan)
    value = max((2 * target - realisasi) / target * SERATUS, NOL)
    return _result(value, "turun", _TURUN, aturan)


def _t_bagi_r_nol(kode: str, teks: str, aturan: AturanCapaian) -> HasilCapaian:
    """T/R at R = 0 is infinite: the cap when there is one, otherwise not assessed."""
    if aturan.plafon is None:
        return _not_assessed(
            kode, teks, Pesan("T/R tidak terdefinisi untuk realisasi 0 tanpa plafon.")
        )
    return HasilCapaian(aturan.plafon, None, kode, Pesan("%(teks)s, R = 0: plafon", teks=teks))


def _turun_rentang(target: Decimal, realisasi: Decimal, aturan: AturanCapaian) -> HasilCapaian:
    """Lower is better against the range T–U: the lower-is-better rule measured from the
    bound the realisation passed (T below the range, U above it)."""
    lower, upper = target, aturan.batas_atas
    if upper < lower:
        raise ValueError(Pesan("Batas atas rentang tidak boleh di bawah target (batas bawah)."))
    batas = {"bawah": _angka(lower), "atas": _angka(upper)}
    if aturan.varian_turun is VarianTurun.T_BAGI_R:
        kode = "turun_rentang_t_r"
        teks = Pesan(
            "Target rentang %(bawah)s–%(atas)s (semakin rendah semakin baik): 100 di dalam "
            "rentang, T/R×100 di bawah, U/R×100 di atas",
            **batas,
        )
    else:
        kode = "turun_rentang"
        teks = Pesan(
            "Target rentang %(bawah)s–%(atas)s (semakin rendah semakin baik): 100 di dalam "
            "rentang, (2T−R)/T×100 di bawah, (2U−R)/U×100 di atas (paling rendah 0)",
            **batas,
        )
    if lower <= realisasi <= upper:
        return _result(SERATUS, kode, teks, aturan)
    # Below the range R < T, so T > 0; above it R > U, so R > 0. U = 0 is the only zero bound.
    bound = lower if realisasi < lower else upper
    if bound == 0:
        return _zero_target(realisasi, False, aturan)
    if aturan.varian_turun is VarianTurun.T_BAGI_R:
        if realisasi == 0:
            return _t_bagi_r_nol(kode, teks, aturan)
        return _result(bound / realisasi * SERATUS, kode, teks, aturan)
    return _result(max((2 * bound - realisasi) / bound * SERATUS, NOL), kode, teks, aturan)


def _rentang(target: Decimal, realisasi: Decimal, aturan: AturanCapaian) -> HasilCapaian:
    lower, upper = target, aturan.batas_atas
    if upper < lower:
        raise ValueError(Pesan("Batas atas rentang tidak boleh di bawah target (batas bawah)."))
    teks = Pesan(
        "Target rentang %(bawah)s–%(atas)s: 100 di dalam rentang, R/batas di luar",
        bawah=_angka(lower),
        atas=_angka(upper),
    )
    if lower <= realisasi <= upper:
        return _result(SERATUS, "rentang", teks, aturan)
    bound = upper if realisasi > upper else lower
    if bound == 0:
        return _zero_target(realisasi, True, aturan)
    return _result(realisasi / bound * SERATUS, "rentang", teks, aturan)


def _stabil(target: Decimal, realisasi: Decimal, aturan: AturanCapaian) -> HasilCapaian:
    lower = target
    upper = aturan.batas_atas if aturan.batas_atas is not None else target
    if upper < lower:
        raise ValueError(Pesan("Batas atas pita tidak boleh di bawah target."))
    teks = _STABIL
    if lower <= realisasi <= upper:
        return _result(SERATUS, "stabil", teks, aturan)
    if target == 0:
        return _result(NOL, "stabil", teks, aturan)
    distance = lower - realisasi if realisasi < lower else realisasi - upper
    return _result(max((1 - distance / target) * SERATUS, NOL), "stabil", teks, aturan)
