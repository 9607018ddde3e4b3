"""Units as a report names them: the list of its organisation section (BAB I) and the units
that sign a PK, and which of those are the same unit named two ways. Plain Python, no Django.

Two names are paired only when the pairing is beyond doubt: the units left once the names
written alike are set aside are paired one to one so that the words they share are most, each
pair sharing at least one word that is not "Subbagian", "Bagian", "dan"…, and no other
pairing sharing as much. Otherwise a PK's unit is left unpaired (`unit-pk-tak-tercantum`).
"""

import itertools
import re
from dataclasses import dataclass

from kinerja.evaluation.reviu.facts import Unit
from kinerja.periksa.dokumen import Laporan
from kinerja.periksa.fakta import kunci_nama

_UNIT_ORGANISASI = re.compile(
    r"^\d+\.\s+((?:Sub\s?bagian|Bagian|Bidang|Seksi)\s+[^.:]{3,80})$", re.I
)
_UNIT_PK = re.compile(
    r"\b((?:SUB\s?BAGIAN|BAGIAN|BIDANG|SEKSI)\s+.+?)(?:\s+(?:SEKRETARIAT|KOMISI|DINAS|BADAN)\b|$)"
)
_BUKAN_PEMBEDA = {"sub", "subbagian", "bagian", "bidang", "seksi", "dan", "serta"}
_PALING_BANYAK = 6  # units left to pair; beyond this the pairing is not tried


@dataclass(frozen=True)
class UnitPk:
    nama: str  # as a heading prints it, in title case
    lokasi: str
    bagian: str


def judul(nama: str) -> str:
    """An upper-case heading's unit in title case, "dan" as the list writes it."""
    return re.sub(r"\bDan\b", "dan", nama.title())


def unit_organisasi(laporan: Laporan) -> dict[str, tuple[str, str]]:
    """The units BAB I lists: their name written one way → (as printed, section)."""
    return {
        kunci_nama(match.group(1)): (match.group(1), paragraph.bagian)
        for paragraph in laporan.paragraf
        if paragraph.bagian.startswith("BAB I")
        and not paragraph.bagian.startswith("BAB II")
        and not paragraph.bagian.startswith("BAB IV")
        and (match := _UNIT_ORGANISASI.match(paragraph.teks))
    }


def unit_penanda_tangan(laporan: Laporan) -> list[UnitPk]:
    """The units that sign a PK, once each, in document order."""
    found: dict[str, UnitPk] = {}
    for paragraph in laporan.paragraf:
        if not paragraph.teks.startswith("PERJANJIAN KINERJA"):
            continue
        match = _UNIT_PK.search(paragraph.teks)
        if match:
            found.setdefault(
                kunci_nama(match.group(1)),
                UnitPk(judul(match.group(1)), paragraph.lokasi, paragraph.bagian),
            )
    return list(found.values())


def _kata(nama: str) -> set[str]:
    return set(kunci_nama(nama).split()) - _BUKAN_PEMBEDA


def pasangan(listed: list[str], signing: list[str]) -> dict[str, str]:
    """Each signing unit's name → the listed name it is, for the names not written alike;
    {} when the pairing is in doubt."""
    alike = {kunci_nama(name) for name in listed} & {kunci_nama(name) for name in signing}
    listed = [name for name in listed if kunci_nama(name) not in alike]
    signing = [name for name in signing if kunci_nama(name) not in alike]
    if not listed or not signing or max(len(listed), len(signing)) > _PALING_BANYAK:
        return {}
    short, long = (signing, listed) if len(signing) <= len(listed) else (listed, signing)
    scored = []
    for chosen in itertools.permutations(long, len(short)):
        shared = [len(_kata(one) & _kata(other)) for one, other in zip(short, chosen, strict=True)]
        if min(shared) > 0:
            scored.append((sum(shared), chosen))
    scored.sort(key=lambda item: item[0], reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return {}
    pairs = dict(zip(short, scored[0][1], strict=True))
    return pairs if short is signing else {pk: name for name, pk in pairs.items()}


def unit_beda_nama(laporan: Laporan) -> list[Unit]:
    """The signing units that are a listed unit named another way, as the reviu's units: the
    name a PK signs with, and the organisation section's name for it."""
    listed = unit_organisasi(laporan)
    signing = unit_penanda_tangan(laporan)
    pairs = pasangan([name for name, _ in listed.values()], [unit.nama for unit in signing])
    sections = {kunci_nama(name): section for name, section in listed.values()}
    return [
        Unit(unit.nama, pairs[unit.nama], sections[kunci_nama(pairs[unit.nama])])
        for unit in signing
        if unit.nama in pairs
    ]
