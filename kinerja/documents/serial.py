"""A document's content (kinerja.documents.isi) as canonical JSON and back, and its SHA-256:
what a signed report stores, so it re-renders identically whatever the data says later.
Plain Python, no Django.

Canonical: keys sorted, no spaces, non-ASCII kept; each block names its class ("tipe"), tuples
become lists, a chart's PNG is base64. The same content always gives the same bytes, so the
hash identifies the content."""

import base64
import hashlib
import json
from dataclasses import fields
from typing import Any

from kinerja.documents.isi import (
    Bagian,
    DaftarIsi,
    Dokumen,
    Gambar,
    HalamanBaru,
    Identitas,
    Judul,
    Kolom,
    Paragraf,
    Penanda,
    Tabel,
    TandaTangan,
)

TIPE = {
    cls.__name__: cls
    for cls in (
        Judul,
        Paragraf,
        Identitas,
        Tabel,
        TandaTangan,
        HalamanBaru,
        Bagian,
        DaftarIsi,
        Gambar,
    )
}


def _nilai(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Kolom | Penanda):
        return {item.name: _nilai(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, tuple | list):
        return [_nilai(item) for item in value]
    return value


def _blok(block, semua_format: bool) -> dict[str, Any]:
    if isinstance(block, Gambar):
        # A chart is stored as it was drawn, not as the function drawing it: the signed report
        # shows the chart it was signed with. The PNG always (Word needs it, and the PDF can
        # print it); the SVG when asked for every format, or when a writer drew it already.
        drawn = {"png": _nilai(block.png)}
        if semua_format or "svg" in block.__dict__:  # cached_property: drawn once, kept there
            drawn["svg"] = _nilai(block.svg)
        return {
            "tipe": "Gambar",
            **drawn,
            "judul": block.judul,
            "teks_alternatif": block.teks_alternatif,
            "lebar_cm": block.lebar_cm,
        }
    return {
        "tipe": type(block).__name__,
        **{item.name: _nilai(getattr(block, item.name)) for item in fields(block)},
    }


def ke_json(dokumen: Dokumen, *, semua_format: bool = True) -> str:
    """The document as canonical JSON. `semua_format=False` (a kept draft) stores a chart's
    SVG only if a writer drew it already: drawing a chart costs about a tenth of a second a
    format, and a report holds a dozen."""
    data = {
        "judul": dokumen.judul,
        "kepala": dokumen.kepala,
        "catatan_status": dokumen.catatan_status,
        "blok": [_blok(block, semua_format) for block in dokumen.blok],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sidik(teks: str) -> str:
    """The SHA-256 of the canonical JSON, hex."""
    return hashlib.sha256(teks.encode("utf-8")).hexdigest()


def _tuple(rows: list) -> tuple:
    return tuple(tuple(row) for row in rows)


def _dari_blok(data: dict[str, Any]):
    values = {key: value for key, value in data.items() if key != "tipe"}
    cls = TIPE[data["tipe"]]
    if cls is Tabel:
        values["kolom"] = tuple(Kolom(**item) for item in values["kolom"])
        values["baris"] = _tuple(values["baris"])
        values["kaki"] = _tuple(values["kaki"])
    elif cls is Identitas:
        values["baris"] = _tuple(values["baris"])
    elif cls is TandaTangan:
        values["penanda"] = tuple(
            Penanda(**{**item, "atas": tuple(item["atas"])}) for item in values["penanda"]
        )
    elif cls is Gambar:
        drawn = {fmt: base64.b64decode(values.pop(fmt)) for fmt in ("png", "svg") if fmt in values}
        # A chart kept without its SVG prints its PNG in the PDF.
        values["gambar"] = lambda fmt: drawn.get(fmt) or drawn["png"]
    return cls(**values)


def dari_json(teks: str) -> Dokumen:
    data = json.loads(teks)
    return Dokumen(
        judul=data["judul"],
        kepala=data["kepala"],
        catatan_status=data["catatan_status"],
        blok=[_dari_blok(item) for item in data["blok"]],
    )
