"""The worksheets Kinerja ships, read from `kinerja/lke/data/`. No Django.

The criteria are data (one JSON file per regulation), never code: next year's worksheet is a new
file or an XLSX an inspectorate loads, and a finalised evaluation keeps the version it used.
How the 88/2021 text was chosen, and from which public sources, is in the file's own `sumber`
and `catatan` and in docs/lke-lembar.md.
"""

import json
from decimal import Decimal
from functools import cache
from pathlib import Path

from kinerja.lke.lembar import SKALA_BAWAAN, Komponen, Kriteria, Lembar, SubKomponen

DATA = Path(__file__).parent / "data"


def _panduan(skala_kode: str, perspektif: str, panduan: dict) -> str:
    """The letter rules are written once per scale (and per perspective for the graded scale)
    in the file, and handed to each criterion here."""
    teks = panduan.get(skala_kode, "")
    return teks.get(perspektif, "") if isinstance(teks, dict) else teks


def _kriteria(data: dict, perspektif: str, panduan: dict) -> Kriteria:
    return Kriteria(
        kode=data["kode"],
        teks=data["teks"],
        skala=SKALA_BAWAAN[data["skala"]],
        panduan=data.get("panduan") or _panduan(data["skala"], perspektif, panduan),
        bukti_diharapkan=data.get("bukti_diharapkan", ""),
        wajib=data.get("wajib", True),
        teks_perlu_diverifikasi=data.get("teks_perlu_diverifikasi", False),
        sumber=data["sumber"],
        catatan=data.get("catatan", ""),
        prasyarat=tuple(data.get("prasyarat", ())),
    )


def lembar_dari_json(data: dict) -> Lembar:
    """A worksheet from the JSON layout of `data/lke_88_2021.json` (weights as strings)."""
    panduan = data.get("panduan", {})
    komponen = []
    for kom in data["komponen"]:
        subs = tuple(
            SubKomponen(
                kode=sub["kode"],
                nama=sub["nama"],
                bobot=Decimal(sub["bobot"]),
                kriteria=tuple(
                    _kriteria(item, sub.get("perspektif", ""), panduan) for item in sub["kriteria"]
                ),
                perspektif=sub.get("perspektif", ""),
            )
            for sub in kom["sub"]
        )
        komponen.append(Komponen(kom["kode"], kom["nama"], Decimal(kom["bobot"]), subs))
    return Lembar(
        tahun=data["tahun"],
        nama=data["nama"],
        komponen=tuple(komponen),
        sumber=data["sumber"],
        catatan=data["catatan"],
    )


@cache
def muat_lembar_88_2021() -> Lembar:
    """The LKE of PermenPANRB 88/2021: 4 komponen, 12 sub-komponen, 80 criteria.

    Its `tahun` is the first evaluation year under the regulation; an evaluation year's own
    version is a copy with its year (`dataclasses.replace(lembar, tahun=...)`)."""
    teks = (DATA / "lke_88_2021.json").read_text(encoding="utf-8")
    # parse_float: a weight written as a JSON number must not pass through float.
    return lembar_dari_json(json.loads(teks, parse_float=Decimal))
