"""A PK's budget printed as prose lines, as the seed's satker PK prints it: a "Program" heading
and its numbered programmes (the last one "Total Anggaran 2024"), then an "Anggaran" heading
and as many amounts in Rupiah, in the same order. Plain Python, no Django."""

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from kinerja.evaluation.reviu.facts import AnggaranPerjanjian
from kinerja.periksa.dokumen import Laporan
from kinerja.periksa.fakta import FaktaDokumen, kunci_nama, rupiah

_BERNOMOR = re.compile(r"^\d+\.\s*(.+)$")
_RUPIAH = re.compile(r"^Rp\.?\s*\d[\d.]*(?:,\d+)?$")
_TOTAL = re.compile(r"\b(jumlah|total)\b", re.I)


@dataclass(frozen=True)
class AnggaranProsa:
    baris: tuple[tuple[str, Decimal], ...]  # (programme, amount)
    total: Decimal | None


def anggaran_prosa(laporan: Laporan) -> dict[str, AnggaranProsa]:
    """The prose budgets of the report, by the PK heading they sit under (its name written
    one way); one whose names and amounts do not pair up is not read."""
    found: dict[str, AnggaranProsa] = {}
    names: list[str] = []
    amounts: list[Decimal] = []
    state, heading = "", ""

    def finish() -> None:
        nonlocal state
        if state == "anggaran" and names and len(names) == len(amounts):
            lines = tuple(zip(names, amounts, strict=True))
            totals = [amount for name, amount in lines if _TOTAL.search(name)]
            found[kunci_nama(heading)] = AnggaranProsa(
                tuple(line for line in lines if not _TOTAL.search(line[0])),
                totals[-1] if len(totals) == 1 else None,
            )
        state = ""

    for paragraph in laporan.paragraf:
        text = paragraph.teks.strip()
        if paragraph.konteks != heading:
            finish()
            heading = paragraph.konteks
        if text.lower() == "program":
            finish()
            state, names, amounts = "program", [], []
        elif state == "program" and (numbered := _BERNOMOR.match(text)):
            names.append(numbered.group(1))
        elif state == "program" and text.lower() == "anggaran" and names:
            state = "anggaran"
        elif state == "anggaran" and _RUPIAH.match(text) and (amount := rupiah(text)) is not None:
            amounts.append(amount)
        else:
            finish()
    finish()
    return found


def dengan_anggaran_prosa(data: FaktaDokumen) -> None:
    """Gives each satker PK without budget lines the prose budget printed under its heading:
    its programmes as budget lines and its "Total" as the total it states."""
    budgets = anggaran_prosa(data.laporan)
    perjanjian = data.fakta.perjanjian
    for index, pk in enumerate(perjanjian):
        budget = budgets.get(kunci_nama(pk.judul))
        if pk.tingkat != "satker" or pk.anggaran or budget is None:
            continue
        perjanjian[index] = replace(
            pk,
            anggaran=tuple(
                AnggaranPerjanjian(None, name, name, amount) for name, amount in budget.baris
            ),
            total_anggaran_tercatat=budget.total,
        )
