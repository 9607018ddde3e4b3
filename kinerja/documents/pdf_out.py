"""A document (kinerja.documents.isi) written as PDF: the content model rendered to HTML with
paged-media CSS (A4, the shared margins, page numbers roman or arabic per part, a running
header, repeated table headers, tables of contents whose page numbers WeasyPrint fills with
target-counter) and laid out by WeasyPrint, which embeds the fonts it uses. WeasyPrint is
imported only when a PDF is asked for: the rest of Kinerja runs on a machine without its
system libraries (pango)."""

from django.template.loader import render_to_string
from django.utils import translation

from kinerja.documents.isi import (
    HALAMAN_CM,
    MARGIN_CM,
    Bagian,
    DaftarIsi,
    Dokumen,
    Gambar,
    HalamanBaru,
    Identitas,
    Judul,
    Paragraf,
    Tabel,
    TandaTangan,
    entri_daftar,
)

JENIS = {
    Judul: "judul",
    Paragraf: "paragraf",
    Identitas: "identitas",
    Tabel: "tabel",
    TandaTangan: "tanda_tangan",
    HalamanBaru: "halaman_baru",
    DaftarIsi: "daftar_isi",
    Gambar: "gambar",
}


def _bagian(dokumen: Dokumen) -> list[dict]:
    """The blocks grouped into the document's parts (each with its page numbering), each block
    with the anchor a table of contents points at, and each table of contents with its
    entries: (anchor, text, level, numbered in roman)."""
    anchors = {
        index: f"b{index}"
        for jenis in ("isi", "tabel", "grafik")
        for index, _ in entri_daftar(dokumen, jenis)
    }
    numbering: dict[int, str] = {}
    parts = [{"penomoran": "", "blok": []}]
    for index, block in enumerate(dokumen.blok):
        if isinstance(block, Bagian):
            if parts[-1]["blok"] or parts[-1]["penomoran"]:
                parts.append({"penomoran": block.penomoran, "blok": []})
            else:
                parts[-1]["penomoran"] = block.penomoran
            continue
        numbering[index] = parts[-1]["penomoran"]
        parts[-1]["blok"].append((JENIS[type(block)], block, anchors.get(index, ""), []))
    for part in parts:
        for jenis, block, _anchor, entries in part["blok"]:
            if jenis != "daftar_isi":
                continue
            for index, item in entri_daftar(dokumen, block.jenis):
                text, level = (
                    (item.teks, item.tingkat) if isinstance(item, Judul) else (item.judul, 1)
                )
                entries.append((anchors[index], text, level, numbering[index] == "romawi"))
    return parts


def html_dokumen(dokumen: Dokumen) -> str:
    # The document is Indonesian whatever the reader's language: a text of the engine
    # (kinerja.core.pesan) would otherwise print itself in the language of the request.
    with translation.override("id"):
        return render_to_string(
            "documents/dokumen.html",
            {
                "dokumen": dokumen,
                "bagian": _bagian(dokumen),
                "halaman": HALAMAN_CM,
                "margin": MARGIN_CM,
            },
        )


def tulis_pdf(dokumen: Dokumen) -> bytes:
    from weasyprint import HTML

    return HTML(string=html_dokumen(dokumen)).write_pdf()
