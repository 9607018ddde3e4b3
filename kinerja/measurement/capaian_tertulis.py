"""Capaian against a target as documents write it (kinerja.planning.targets). Plain Python.

- a number: the indicator's rule (kinerja.measurement.capaian);
- a range ("7–8"): the indicator's polarity on the range — naik → rentang, turun → the
  lower-is-better range, stabil → the band; biner → 100 inside the range, else 0;
- a threshold with a number ("≥ 95", "CV ≤ 10"): biner — 100 when the realisation meets it, 0
  when it does not;
- a threshold with a name ("≥ HPP", "di bawah ambang batas"): biner on a realisation written
  "ya"/"memenuhi"/"tercapai" (100) or "tidak"/"tidak memenuhi"/"tidak tercapai" (0), or the
  target's own words (100); anything else is not assessed;
- a label ("WTP", "Baik"): the same label → 100; with an order of labels (the indicator's own,
  or a known one such as the BPK opinions) a realisation at or above the target → 100, below →
  0; without an order, a different label is not assessed — never 0, never 100 by default.
"""

from decimal import Decimal

from kinerja.core.pesan import Pesan
from kinerja.measurement.capaian import (
    NOL,
    SERATUS,
    TIDAK_DINILAI,
    AturanCapaian,
    HasilCapaian,
    Polaritas,
    StatusRealisasi,
    hitung_capaian,
)
from kinerja.planning.targets import Ambang, Angka, Label, Rentang, Target

YA = {"ya", "memenuhi", "terpenuhi", "tercapai", "sesuai", "ada", "sudah"}
TIDAK = {"tidak", "tidak memenuhi", "tidak terpenuhi", "tidak tercapai", "tidak sesuai", "belum"}

# Orders of labels that are the same everywhere, lowest first. Only ranks above the lowest
# matter in practice (a target is WTP or WDP, never TW).
URUTAN_DIKENAL: tuple[tuple[str, ...], ...] = (
    ("TMP", "TW", "WDP", "WTP"),  # opini BPK
    ("E", "D", "C", "CC", "B", "BB", "A", "AA"),  # predikat SAKIP (PermenPANRB 88/2021)
    ("Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"),
)
SINGKATAN = {
    "wajar tanpa pengecualian": "WTP",
    "wajar dengan pengecualian": "WDP",
    "tidak wajar": "TW",
    "tidak menyatakan pendapat": "TMP",
}


def _kunci(text: str) -> str:
    cleaned = " ".join(text.replace("(", " ").replace(")", " ").split()).lower()
    for long_form, short in SINGKATAN.items():
        if long_form in cleaned:
            return short.lower()
    return cleaned


def tidak_dinilai(kode: str, alasan: str) -> HasilCapaian:
    return HasilCapaian(None, None, kode, TIDAK_DINILAI, alasan)


def _biner(hit: bool, kode: str, teks: str) -> HasilCapaian:
    value = SERATUS if hit else NOL
    return HasilCapaian(value, value, kode, teks)


def _urutan(label_target: str, label_realisasi: str, urutan_label: tuple[str, ...]):
    """(rank of target, rank of realisation) in the first order holding both, else None."""
    target_key, realised_key = _kunci(label_target), _kunci(label_realisasi)
    for order in (urutan_label, *URUTAN_DIKENAL):
        keys = [_kunci(label) for label in order]
        if target_key in keys and realised_key in keys:
            return keys.index(target_key), keys.index(realised_key), order
    return None


def hitung_capaian_tertulis(
    target: Target,
    nilai: Decimal | None,
    nilai_teks: str = "",
    aturan: AturanCapaian = AturanCapaian(),  # noqa: B008 - frozen, immutable default
    status: StatusRealisasi = StatusRealisasi.DILAPORKAN,
    urutan_label: tuple[str, ...] = (),
) -> HasilCapaian:
    """The capaian of a realisation (a number, or a text for qualitative indicators) against
    a target of record."""
    if status is not StatusRealisasi.DILAPORKAN or (nilai is None and not nilai_teks.strip()):
        # The target plays no part when there is nothing to assess.
        return hitung_capaian(NOL, None, AturanCapaian(), status)
    bentuk = target.bentuk
    if isinstance(bentuk, Label):
        return _label(bentuk, nilai, nilai_teks, urutan_label)
    if isinstance(bentuk, Ambang) and bentuk.batas is None:
        return _ambang_bernama(bentuk, nilai_teks, target.teks)
    if nilai is None:
        return tidak_dinilai(
            "realisasi_bukan_angka",
            Pesan(
                'Realisasi "%(realisasi)s" bukan angka, sedangkan targetnya %(target)s.',
                realisasi=nilai_teks,
                target=str(bentuk),
            ),
        )
    if isinstance(bentuk, Angka):
        return hitung_capaian(bentuk.nilai, nilai, aturan, status)
    if isinstance(bentuk, Rentang):
        return _rentang(bentuk, nilai, aturan)
    hit = bentuk.terpenuhi(nilai)
    return _biner(
        hit,
        "ambang",
        Pesan("Ambang %(target)s: 100 bila terpenuhi, selain itu 0", target=str(bentuk)),
    )


def _rentang(bentuk: Rentang, nilai: Decimal, aturan: AturanCapaian) -> HasilCapaian:
    if aturan.polaritas is Polaritas.BINER:
        hit = bentuk.bawah <= nilai <= bentuk.atas
        return _biner(
            hit,
            "biner",
            Pesan("Biner pada rentang %(target)s: 100 di dalam, selain itu 0", target=str(bentuk)),
        )
    polaritas = Polaritas.RENTANG if aturan.polaritas is Polaritas.NAIK else aturan.polaritas
    range_rule = AturanCapaian(
        polaritas=polaritas,
        varian_turun=aturan.varian_turun,
        batas_atas=bentuk.atas,
        plafon=aturan.plafon,
        target_nol=aturan.target_nol,
    )
    return hitung_capaian(bentuk.bawah, nilai, range_rule)


def _ambang_bernama(bentuk: Ambang, nilai_teks: str, target_teks: str) -> HasilCapaian:
    written = _kunci(nilai_teks)
    # The target's own words are those the document wrote ("di bawah ambang batas"), not only
    # their reading ("< ambang batas").
    own_words = {_kunci(target_teks), _kunci(str(bentuk))}
    if bentuk.pembanding in ("≥", "≤"):
        # "HPP" against "≥ HPP" sits on the bound, which meets only an inclusive threshold.
        own_words.add(_kunci(bentuk.nama_batas))
    teks = Pesan(
        "Ambang %(target)s: 100 bila dinyatakan memenuhi, 0 bila tidak", target=str(bentuk)
    )
    if written in TIDAK:
        return _biner(False, "ambang", teks)
    if written in YA or written in own_words:
        return _biner(True, "ambang", teks)
    return tidak_dinilai(
        "ambang_tanpa_angka",
        Pesan(
            'Target "%(target)s" tidak berupa angka: realisasi harus dinyatakan "memenuhi" '
            'atau "tidak memenuhi", bukan "%(realisasi)s".',
            target=str(bentuk),
            realisasi=nilai_teks or Pesan("angka"),
        ),
    )


def _label(
    bentuk: Label, nilai: Decimal | None, nilai_teks: str, urutan_label: tuple[str, ...]
) -> HasilCapaian:
    if nilai is not None or not nilai_teks.strip():
        return tidak_dinilai(
            "realisasi_bukan_label",
            Pesan(
                'Target "%(target)s" berupa label: realisasinya harus berupa label, bukan angka.',
                target=str(bentuk),
            ),
        )
    if _kunci(nilai_teks) == _kunci(bentuk.teks):
        return _biner(
            True,
            "label",
            Pesan("Label: 100 bila sama dengan target (%(target)s)", target=str(bentuk)),
        )
    ranks = _urutan(bentuk.teks, nilai_teks, urutan_label)
    if ranks is None:
        return tidak_dinilai(
            "label_tanpa_urutan",
            Pesan(
                'Realisasi "%(realisasi)s" berbeda dengan target "%(target)s" dan urutan '
                "labelnya belum ditetapkan pada indikator.",
                realisasi=nilai_teks,
                target=str(bentuk),
            ),
        )
    target_rank, realised_rank, order = ranks
    return _biner(
        realised_rank >= target_rank,
        "label",
        Pesan(
            "Label berurutan (%(urutan)s): 100 bila sama atau di atas target, selain itu 0",
            urutan=" < ".join(order),
        ),
    )
