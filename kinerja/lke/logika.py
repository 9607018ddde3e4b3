"""Logic checks between the answers of one worksheet, reported on save and on submit. No Django.

Errors (galat) are what an answer cannot stand without: evidence, a reason for N/A, an answer on
the criterion's scale. Missing evidence is an error on the satker's side only: on the
evaluator's side it is a warning, since the evidence is the satker's to give. Warnings
(peringatan) are the worksheet's "kerangka logis" as published tools implement it
(../shared/reference/lke-88-2021.md §2.4, [W]): an answer that outruns what it rests on. No
88/2021 source caps a score this way, so they never change the score.

- kualitas and pemanfaatan answers above the mean of the same komponen's keberadaan
  sub-komponen, and pemanfaatan answers above the mean of its kualitas sub-komponen (as [W]
  compares them); one warning per criterion, naming the lowest mean it exceeds;
- an answer above 0 on a criterion whose prerequisite (`Kriteria.prasyarat`, kept in the
  worksheet's data) is answered 0: "no LKjIP, yet the LKjIP was reviewed".
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from kinerja.core.formatting import format_persen
from kinerja.core.pesan import Pesan
from kinerja.lke.lembar import KEBERADAAN, KUALITAS, PEMANFAATAN, Komponen, Kriteria, Lembar
from kinerja.lke.nilai import TIDAK_BERLAKU

GALAT = "galat"
PERINGATAN = "peringatan"

# Which sub-komponen means cap an answer, by the perspective of the answer's sub-komponen.
DIBANDINGKAN_DENGAN = {KUALITAS: (KEBERADAAN,), PEMANFAATAN: (KEBERADAAN, KUALITAS)}


@dataclass(frozen=True)
class Temuan:
    kode: str  # the criterion the finding is about
    tingkat: str  # GALAT or PERINGATAN
    pesan: str


def _persen(fraction: Decimal) -> str:
    return format_persen(fraction * 100)


def _nilai(kriteria: Kriteria, jawaban: Mapping[str, str]) -> Decimal | None:
    """The fraction of an answer on the criterion's scale; None when unanswered, N/A or off
    the scale (the last is reported on its own)."""
    pilihan = kriteria.skala.pilihan_untuk(jawaban.get(kriteria.kode, TIDAK_BERLAKU))
    return pilihan.nilai if pilihan else None


def _periksa_jawaban(
    kriteria: Kriteria,
    jawaban: Mapping[str, str],
    bukti: Mapping[str, int],
    alasan: Mapping[str, str],
    tanpa_bukti: str,
) -> list[Temuan]:
    kode = jawaban.get(kriteria.kode)
    if kode is None:
        return []
    if kode == TIDAK_BERLAKU:
        if (alasan.get(kriteria.kode) or "").strip():
            return []
        pesan = Pesan("Kriteria %(kode)s dijawab N/A tanpa alasan.", kode=kriteria.kode)
        return [Temuan(kriteria.kode, GALAT, pesan)]
    pilihan = kriteria.skala.pilihan_untuk(kode)
    if pilihan is None:
        pesan = Pesan(
            "Jawaban %(jawaban)s bukan pilihan skala %(skala)s kriteria %(kode)s.",
            jawaban=kode,
            skala=kriteria.skala.nama,
            kode=kriteria.kode,
        )
        return [Temuan(kriteria.kode, GALAT, pesan)]
    # An answer at 0 says the thing does not exist: there is nothing to show for it.
    if pilihan.nilai > 0 and bukti.get(kriteria.kode, 0) <= 0:
        pesan = Pesan(
            "Kriteria %(kode)s dijawab %(jawaban)s tanpa bukti dukung.",
            kode=kriteria.kode,
            jawaban=kode,
        )
        return [Temuan(kriteria.kode, tanpa_bukti, pesan)]
    return []


def _rata_rata_per_perspektif(
    komponen: Komponen, jawaban: Mapping[str, str]
) -> dict[str, tuple[str, Decimal]]:
    """perspektif → (sub-komponen code, mean fraction of its applicable answers)."""
    means = {}
    for sub in komponen.sub:
        nilai = [n for n in (_nilai(k, jawaban) for k in sub.kriteria) if n is not None]
        if sub.perspektif and nilai:
            means[sub.perspektif] = (sub.kode, sum(nilai, Decimal(0)) / len(nilai))
    return means


def _periksa_kerangka(komponen: Komponen, jawaban: Mapping[str, str]) -> list[Temuan]:
    means = _rata_rata_per_perspektif(komponen, jawaban)
    temuan = []
    for sub in komponen.sub:
        batas = [means[p] for p in DIBANDINGKAN_DENGAN.get(sub.perspektif, ()) if p in means]
        for kriteria in sub.kriteria:
            nilai = _nilai(kriteria, jawaban)
            dilampaui = [(mean, kode) for kode, mean in batas if nilai is not None and nilai > mean]
            if not dilampaui:
                continue
            mean, kode_sub = min(dilampaui)
            pesan = Pesan(
                "Nilai %(kode)s (%(jawaban)s, %(nilai)s) lebih tinggi dari rata-rata "
                "sub-komponen %(sub)s (%(rata)s).",
                kode=kriteria.kode,
                jawaban=jawaban[kriteria.kode],
                nilai=_persen(nilai),
                sub=kode_sub,
                rata=_persen(mean),
            )
            temuan.append(Temuan(kriteria.kode, PERINGATAN, pesan))
    return temuan


def _periksa_prasyarat(lembar: Lembar, jawaban: Mapping[str, str]) -> list[Temuan]:
    by_code = {k.kode: k for k in lembar.semua_kriteria()}
    temuan = []
    for kriteria in lembar.semua_kriteria():
        nilai = _nilai(kriteria, jawaban)
        if nilai is None or nilai <= 0:
            continue
        for kode in kriteria.prasyarat:
            syarat = by_code.get(kode)
            if syarat is not None and _nilai(syarat, jawaban) == 0:
                pesan = Pesan(
                    "Kriteria %(kode)s dijawab %(jawaban)s, padahal prasyaratnya %(syarat)s "
                    "dijawab %(jawaban_syarat)s.",
                    kode=kriteria.kode,
                    jawaban=jawaban[kriteria.kode],
                    syarat=kode,
                    jawaban_syarat=jawaban[kode],
                )
                temuan.append(Temuan(kriteria.kode, PERINGATAN, pesan))
    return temuan


def periksa_logika(
    lembar: Lembar,
    jawaban: Mapping[str, str],
    bukti: Mapping[str, int],
    alasan: Mapping[str, str],
    *,
    tanpa_bukti: str = GALAT,
) -> list[Temuan]:
    """Findings for answers keyed by criterion code; `bukti` counts the evidence attached to
    each criterion, `alasan` holds the reason given for an N/A answer. Errors first, then
    warnings, each in the worksheet's order.

    `tanpa_bukti` is the level of an answer above 0 without evidence: an error for the
    satker, whose job the evidence is and whose submission it blocks; a warning on the
    evaluator's side, where it never blocks finalising."""
    found = [
        temuan
        for kriteria in lembar.semua_kriteria()
        for temuan in _periksa_jawaban(kriteria, jawaban, bukti, alasan, tanpa_bukti)
    ]
    errors = [temuan for temuan in found if temuan.tingkat == GALAT]
    known = {k.kode for k in lembar.semua_kriteria()}
    for kode in jawaban:
        if kode not in known:
            pesan = Pesan("Kriteria %(kode)s tidak ada dalam lembar ini.", kode=kode)
            errors.append(Temuan(kode, GALAT, pesan))
    warnings = [temuan for temuan in found if temuan.tingkat == PERINGATAN]
    warnings.extend(t for komponen in lembar.komponen for t in _periksa_kerangka(komponen, jawaban))
    warnings.extend(_periksa_prasyarat(lembar, jawaban))
    posisi = {k.kode: i for i, k in enumerate(lembar.semua_kriteria())}
    warnings.sort(key=lambda t: posisi[t.kode])
    return errors + warnings
