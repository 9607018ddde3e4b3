"""Document generation benchmark: prints figures, asserts nothing about speed.

Loads the Prabumulih demo into a throw-away SQLite database and measures, for its 2024 LKjIP
(as far as Kinerja generates it: BAB II–IV and the PKs in force) and for one PK:

- isi: reading the satker-year and building the content, charts drawn (kinerja.documents.lkjip);
- docx / pdf: writing that content with Kinerja's writers (kinerja.documents.docx_out,
  kinerja.documents.pdf_out);
- docx polos / pdf polos: python-docx and WeasyPrint writing the same headings, paragraphs,
  tables, charts (PNG in Word, the same SVG in the PDF), table-of-contents entries, identity
  lines and signatures bare (python-docx's `cell.text`, WeasyPrint on unstyled HTML) in the
  same run — the baseline the writers are compared with (goal: at most 1,5× the bare time).

Every timing is the median of --ulang runs, wall-clock, in one process.

    .venv/bin/python benchmarks/dokumen.py [--ulang 5]
"""

import argparse
import html
import os
import shutil
import statistics
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _other_lines(document, block) -> list[str]:
    """The text of the blocks a bare writer has no construct for, as plain lines: the entries
    of a table of contents (without page numbers), identity lines, signature blocks — so that
    the baseline writes the same words as Kinerja's writers."""
    from kinerja.documents.isi import DaftarIsi, Identitas, TandaTangan, entri_daftar

    if isinstance(block, DaftarIsi):
        return [
            getattr(item, "teks", None) or item.judul
            for _, item in entri_daftar(document, block.jenis)
        ]
    if isinstance(block, Identitas):
        return [f"{label} : {value}" for label, value in block.baris]
    if isinstance(block, TandaTangan):
        lines = [block.tempat_tanggal]
        for signer in block.penanda:
            lines.extend([*signer.atas, signer.nama, signer.pangkat, signer.nip])
        return [line for line in lines if line]
    return []


def bare_docx(document) -> bytes:
    from docx import Document

    from kinerja.documents.isi import Gambar, Judul, Paragraf, Tabel

    out = Document()
    for block in document.blok:
        if isinstance(block, Judul | Paragraf):
            out.add_paragraph(block.teks)
        elif isinstance(block, Gambar):
            out.add_picture(BytesIO(block.png))
            out.add_paragraph(block.judul)
        elif text := _other_lines(document, block):
            for line in text:
                out.add_paragraph(line)
        elif isinstance(block, Tabel):
            table = out.add_table(rows=1, cols=len(block.kolom))
            for cell, column in zip(table.rows[0].cells, block.kolom, strict=True):
                cell.text = column.judul
            for values in (*block.baris, *block.kaki):
                for cell, value in zip(table.add_row().cells, values, strict=True):
                    cell.text = value
    buffer = BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def bare_pdf(document) -> bytes:
    from weasyprint import HTML

    from kinerja.documents.isi import Gambar, Judul, Paragraf, Tabel

    parts = ["<html><body>"]
    for block in document.blok:
        if isinstance(block, Judul | Paragraf):
            parts.append(f"<p>{html.escape(block.teks)}</p>")
        elif isinstance(block, Gambar):
            parts.append(f'<img src="{block.data_uri}" style="width: 15cm">')
            parts.append(f"<p>{html.escape(block.judul)}</p>")
        elif text := _other_lines(document, block):
            parts.extend(f"<p>{html.escape(line)}</p>" for line in text)
        elif isinstance(block, Tabel):
            rows = [[column.judul for column in block.kolom], *block.baris, *block.kaki]
            parts.append("<table>")
            parts.extend(
                "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                for row in rows
            )
            parts.append("</table>")
    parts.append("</body></html>")
    return HTML(string="".join(parts)).write_pdf()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ulang", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kinerja-bench-dokumen-"))
    try:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'db.sqlite3'}"
        os.environ["KINERJA_MEDIA_ROOT"] = str(folder / "media")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from django.core.management import call_command

        from kinerja.agreements.models import PerjanjianKinerja
        from kinerja.demo.loader import load_demo
        from kinerja.documents.docx_out import tulis_docx
        from kinerja.documents.lkjip import laporan_kinerja
        from kinerja.documents.pdf_out import tulis_pdf
        from kinerja.documents.pk import dokumen_pk, perjanjian_untuk_dokumen
        from kinerja.organisations.models import Satker

        call_command("migrate", verbosity=0)
        load_demo()
        satker = Satker.objects.get(slug="kpu-kota-prabumulih")
        report = laporan_kinerja(satker, 2024)
        pk_id = PerjanjianKinerja.objects.berlaku(satker.pk, 2024).filter(unit=None).first().pk
        agreement = dokumen_pk(perjanjian_untuk_dokumen([pk_id]).get())
        pages = len(__import__("pypdf").PdfReader(BytesIO(tulis_pdf(report))).pages)
        print(f"LKjIP demo 2024: {len(report.blok)} blok, {pages} halaman PDF; "
              f"median dari {args.ulang} kali")  # fmt: skip
        print(f"{'dokumen':<8} {'langkah':<12} {'Kinerja (s)':>12} {'polos (s)':>10} {'rasio':>6}")
        rows = [
            (
                "LKjIP",
                "isi",
                median_seconds(lambda: laporan_kinerja(satker, 2024), args.ulang),
                None,
            ),
        ]
        for name, content in (("LKjIP", report), ("PK", agreement)):
            for step, ours, bare in (
                ("docx", tulis_docx, bare_docx),
                ("pdf", tulis_pdf, bare_pdf),
            ):
                rows.append(
                    (
                        name,
                        step,
                        median_seconds(lambda c=content, w=ours: w(c), args.ulang),
                        median_seconds(lambda c=content, w=bare: w(c), args.ulang),
                    )
                )
        for name, step, ours, bare in rows:
            ratio = f"{ours / bare:.2f}" if bare else "–"
            bare_text = f"{bare:.3f}" if bare else "–"
            print(f"{name:<8} {step:<12} {ours:>12.3f} {bare_text:>10} {ratio:>6}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
