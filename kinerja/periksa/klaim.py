"""What a report's sentences claim, as stated values the reviu's rules check: "semua target
terpenuhi", "3 (tiga) sasaran strategis", "capaian kinerja sebesar 100%", "realisasi
anggaran sebesar 99,42%", "nilai 71,2 dengan predikat B", "kategori “Berhasil”". Plain
Python, no Django.

Each pattern is narrow on purpose: a sentence it does not recognise is not a claim, and a
claim not recognised is a finding missed, never a correct sentence flagged.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kinerja.evaluation.reviu.facts import NilaiTercatat
from kinerja.periksa.dokumen import JenisTabel, Laporan
from kinerja.periksa.fakta import angka, kode_kegiatan

_ANGKA = r"(\d{1,3}(?:[.,]\d{1,4})?)"
_SEMUA_TARGET = re.compile(r"\b(semua|seluruh)\s+target\s+(telah\s+)?(terpenuhi|tercapai)", re.I)
_SEMUA_SASARAN = re.compile(r"\bmencapai\s+(semua|seluruh)\s+sasaran", re.I)
_MEMENUHI = re.compile(r"\bmemenuhi target\b|\btercapai 100% sasaran", re.I)
_MELEBIHI = re.compile(r"\bmelebihi target\b", re.I)
_JUMLAH_SASARAN = re.compile(r"\b(\d+)\s*\(\w+\)\s*sasaran strategis", re.I)
_CAPAIAN_SATKER = re.compile(rf"\bcapaian kinerja sebesar\s+{_ANGKA}\s*%", re.I)
_SERAPAN = re.compile(
    rf"\b(?:realisasi anggaran sebesar|anggaran yang direalisasikan sebesar(?: mencapai)?|"
    rf"serapan anggaran mencapai)\s+{_ANGKA}\s*%",
    re.I,
)
_NILAI_SAKIP = re.compile(
    rf"\bnilai(?: sebesar)?\s+{_ANGKA}\s+dengan\s+(?:predikat|konversi nilai)\s+([A-D][A-D]?)\b",
    re.I,
)
_KATEGORI = re.compile(r"\bkategori\s+[“\"]([^”\"]{2,30})[”\"]", re.I)
_TIDAK_DILAKSANAKAN = re.compile(r"\btidak dilaksanakan\b", re.I)
_SASARAN = re.compile(r"^Sasaran\s+(\d+)", re.I)


@dataclass(frozen=True)
class _Teks:
    teks: str
    sumber: str
    konteks: str


def _kalimat(laporan: Laporan) -> Iterator[_Teks]:
    for paragraph in laporan.paragraf:
        yield _Teks(paragraph.teks, paragraph.bagian, paragraph.konteks)
    for table in laporan.tabel:
        if table.jenis is JenisTabel.NARASI:
            for number, row in enumerate(table.baris[1:], start=1):
                for cell in row:
                    yield _Teks(cell, f"{table.bagian} no. {row[0] or number}", "")


def klaim(laporan: Laporan) -> list[NilaiTercatat]:
    stated: list[NilaiTercatat] = []

    def add(sumber: str, besaran: str, label: str, **values) -> None:
        stated.append(NilaiTercatat(sumber, len(stated) + 1, besaran, label=label, **values))

    for item in _kalimat(laporan):
        text, sumber = item.teks, item.sumber
        sasaran = _SASARAN.match(item.konteks)
        kegiatan = kode_kegiatan(item.konteks) if sasaran else None
        for match in _NILAI_SAKIP.finditer(text):
            add(
                sumber,
                "nilai_sakip",
                f"Nilai SAKIP {match.group(1)}",
                nilai=angka(match.group(1)),
                teks=match.group(2).upper(),
            )
        if sasaran and item.sumber.startswith("BAB III"):
            # Under one sasaran's heading a sentence speaks of that sasaran only.
            where = f"{sumber} Sasaran {sasaran.group(1)}"
            if _MELEBIHI.search(text) and kegiatan:
                add(
                    where,
                    "rata_rata_capaian",
                    f"Capaian sasaran {sasaran.group(1)} melebihi target",
                    nilai=angka("100"),
                    pembanding=">",
                    teks=_potong(text, _MELEBIHI),
                    cakupan="sasaran",
                    kegiatan_kode=kegiatan,
                )
            elif _MEMENUHI.search(text) and kegiatan:
                add(
                    where,
                    "klaim_tercapai",
                    f"Target sasaran {sasaran.group(1)} tercapai",
                    teks=_potong(text, _MEMENUHI),
                    cakupan="sasaran",
                    kegiatan_kode=kegiatan,
                )
            if _TIDAK_DILAKSANAKAN.search(text) and kegiatan:
                add(where, "pelaksanaan", "Pelaksanaan kegiatan", teks=text, kegiatan_kode=kegiatan)
            continue
        if _SEMUA_TARGET.search(text):
            add(
                sumber,
                "klaim_tercapai",
                "Semua target tercapai",
                teks=_potong(text, _SEMUA_TARGET),
                cakupan="indikator",
            )
        if _SEMUA_SASARAN.search(text):
            add(
                sumber,
                "klaim_tercapai",
                "Semua sasaran strategis tercapai",
                teks=_potong(text, _SEMUA_SASARAN),
                cakupan="sasaran",
            )
        if match := _JUMLAH_SASARAN.search(text):
            add(sumber, "jumlah_sasaran", "Jumlah sasaran strategis", nilai=angka(match.group(1)))
        if match := _CAPAIAN_SATKER.search(text):
            add(sumber, "capaian_satker", "Capaian kinerja satker", nilai=angka(match.group(1)))
        if not sumber.startswith("BAB III"):
            for match in _SERAPAN.finditer(text):
                add(
                    sumber, "serapan_satker", "Serapan anggaran satker", nilai=angka(match.group(1))
                )
        if match := _KATEGORI.search(text):
            add(sumber, "kategori", "Kategori capaian", teks=match.group(1))
    return stated


def _potong(text: str, pattern: re.Pattern) -> str:
    """The sentence that holds the claim, not the whole paragraph."""
    match = pattern.search(text)
    start = text.rfind(". ", 0, match.start()) + 1 if match else 0
    end = text.find(". ", match.end() if match else 0)
    return text[start : end + 1 if end != -1 else len(text)].strip()
