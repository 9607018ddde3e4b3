"""Indicators a report names that its measurement does not hold, as stated values
(`besaran` "indikator") for the reviu's `indikator-disebut-tidak-diukur`. Plain Python, no
Django.

Two places name them: a sentence under a sasaran's heading in BAB III ("Sasaran ini diukur
melalui indikator persentase …"), and a line of the RKT whose indicator BAB III.A does not
measure. Such a name is another indicator only when fewer than half of its words are among the
words of the indicators measured for the same kegiatan: a sentence that sums up its kegiatan's
indicators ("persentase logistik yang dilaksanakan sesuai dengan regulasi dan jadwal" over four
logistics indicators) or an RKT line written a little differently ("Serentak" left out) names
no other indicator.
"""

import re
from collections import defaultdict

from kinerja.evaluation.reviu.facts import NilaiTercatat
from kinerja.periksa.fakta import FaktaDokumen, kode_kegiatan, kunci_nama

_DIUKUR = re.compile(
    r"\bdiukur\s+(?:melalui|dengan|oleh)\s+indikator(?:\s+kinerja)?\s+(.+?)(?:\.(?:\s|$)|$)",
    re.I,
)
_SASARAN = re.compile(r"^Sasaran\s+(\d+)", re.I)
AMBANG_KATA = 0.5


def _kata(nama: str) -> set[str]:
    return set(kunci_nama(nama).split())


def nama_lain(nama: str, measured: list[set[str]]) -> bool:
    """Whether `nama` names none of the indicators whose words are `measured` (those measured
    for its kegiatan): it shares fewer than half of its words with them all, and holds no one
    of them whole (a name written out longer, "Sumpah/Janji Presiden dan …" for "Sumpah
    Janji")."""
    words = _kata(nama)
    if not words or any(indicator <= words for indicator in measured):
        return False
    return len(words & set().union(*measured)) < AMBANG_KATA * len(words)


def indikator_disebut(data: FaktaDokumen) -> list[NilaiTercatat]:
    fakta = data.fakta
    measured: dict[str, list[set[str]]] = defaultdict(list)
    for kode in fakta.pengukuran:
        item = fakta.indikator[kode]
        if item.kegiatan_kode:
            measured[item.kegiatan_kode].append(_kata(item.nama))
    stated: list[NilaiTercatat] = []
    for paragraph in data.laporan.paragraf:
        heading = _SASARAN.match(paragraph.konteks)
        kegiatan = kode_kegiatan(paragraph.konteks) if heading else None
        if not kegiatan or kegiatan not in measured or not paragraph.bagian.startswith("BAB III"):
            continue
        for match in _DIUKUR.finditer(paragraph.teks):
            name = match.group(1).strip()
            if nama_lain(name, measured[kegiatan]):
                stated.append(
                    NilaiTercatat(
                        f"{paragraph.bagian} Sasaran {heading.group(1)}",
                        len(stated) + 1,
                        "indikator",
                        kegiatan_kode=kegiatan,
                        teks=name,
                    )
                )
    for line in fakta.rkt:
        item = fakta.indikator.get(line.kode)
        kegiatan = item.kegiatan_kode if item else None
        if line.kode in fakta.pengukuran or kegiatan not in measured:
            continue
        if nama_lain(line.teks, measured[kegiatan]):
            stated.append(
                NilaiTercatat(
                    "RKT", line.urutan, "indikator", kegiatan_kode=kegiatan, teks=line.teks
                )
            )
    return stated
