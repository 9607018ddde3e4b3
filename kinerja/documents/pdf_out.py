"""A document (kinerja.documents.isi) written as PDF: the content model rendered to HTML with
paged-media CSS (A4, the shared margins, page numbers, repeated table headers) and laid out by
WeasyPrint, which embeds the fonts it uses. WeasyPrint is imported only when a PDF is asked
for: the rest of Kinerja runs on a machine without its system libraries (pango)."""

from django.template.loader import render_to_string

from kinerja.documents.isi import (
    HALAMAN_CM,
    MARGIN_CM,
    Dokumen,
    Gambar,
    HalamanBaru,
    Identitas,
    Judul,
    Paragraf,
    Tabel,
    TandaTangan,
)

JENIS = {
    Judul: "judul",
    Paragraf: "paragraf",
    Identitas: "identitas",
    Tabel: "tabel",
    TandaTangan: "tanda_tangan",
    HalamanBaru: "halaman_baru",
    Gambar: "gambar",
}


def html_dokumen(dokumen: Dokumen) -> str:
    return render_to_string(
        "documents/dokumen.html",
        {
            "dokumen": dokumen,
            "blok": [(JENIS[type(block)], block) for block in dokumen.blok],
            "halaman": HALAMAN_CM,
            "margin": MARGIN_CM,
        },
    )


def tulis_pdf(dokumen: Dokumen) -> bytes:
    from weasyprint import HTML

    return HTML(string=html_dokumen(dokumen)).write_pdf()
