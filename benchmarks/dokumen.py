"""Document generation benchmark: prints figures, asserts nothing about speed.

Loads the Prabumulih demo into a throw-away SQLite database and measures, for its 2024 LKjIP
(as far as Kinerja generates it: BAB II–IV and the PKs in force) and for one PK:

- isi: reading the satker-year and building the content (kinerja.documents.lkjip; the charts
  are not drawn there);
- docx / pdf: writing that content with Kinerja's writers (kinerja.documents.docx_out,
  kinerja.documents.pdf_out);
- docx polos / pdf polos: python-docx and WeasyPrint writing the same headings, paragraphs,
  tables, charts (PNG in Word, the same SVG in the PDF), table-of-contents entries, identity
  lines and signatures bare (python-docx's `cell.text`, WeasyPrint on unstyled HTML) in the
  same run — the baseline the writers are compared with (goal: at most 1,5× the bare time);
- grafik svg / grafik png: drawing every chart of the LKjIP in the format the PDF / Word
  takes (charts are drawn when a writer first asks; the writers above are timed on content
  whose charts are already drawn, and so are the bare writers).

Every timing is the median of --ulang runs in one process, wall-clock and CPU time of the
process (on a shared machine the CPU time is the steadier figure); a writer and its bare
counterpart take turns within each run.

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


def _timed(action) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def medians(actions, repeat: int) -> list[tuple[float, float]]:
    """(wall, CPU) medians of each action, the actions taking turns within each round, so that
    a change in the machine's load falls on all of them alike."""
    times = [[] for _ in actions]
    for _ in range(repeat):
        for index, action in enumerate(actions):
            times[index].append(_timed(action))
    return [
        (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
        for runs in times
    ]


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
        # A throw-away local database: the demo mode (production refuses the built-in key).
        os.environ.setdefault("KINERJA_DEMO", "1")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from django.core.management import call_command

        from kinerja.agreements.models import PerjanjianKinerja
        from kinerja.demo.loader import load_demo
        from kinerja.documents.docx_out import tulis_docx
        from kinerja.documents.isi import Gambar
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
        charts = [block for block in report.blok if isinstance(block, Gambar)]
        for chart in charts:
            chart.png, chart.svg  # noqa: B018 - drawn once, before the writers are timed
        pages = len(__import__("pypdf").PdfReader(BytesIO(tulis_pdf(report))).pages)
        print(f"LKjIP demo 2024: {len(report.blok)} blok, {len(charts)} grafik, "
              f"{pages} halaman PDF; median dari {args.ulang} kali")  # fmt: skip
        print(
            f"{'dokumen':<6} {'langkah':<11} {'Kinerja (s)':>11} {'polos (s)':>9} "
            f"{'rasio':>5} {'CPU Kinerja':>11} {'CPU polos':>9} {'rasio':>5}"
        )

        def fresh(format: str):
            return lambda: [chart.gambar(format) for chart in charts]

        rows = [
            ("LKjIP", "isi", *medians([lambda: laporan_kinerja(satker, 2024)], args.ulang), None),
            ("LKjIP", "grafik svg", *medians([fresh("svg")], args.ulang), None),
            ("LKjIP", "grafik png", *medians([fresh("png")], args.ulang), None),
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
                        *medians(
                            [lambda c=content, w=ours: w(c), lambda c=content, w=bare: w(c)],
                            args.ulang,
                        ),
                    )
                )
        for name, step, ours, bare in rows:
            line = f"{name:<6} {step:<11} {ours[0]:>11.3f} "
            line += f"{bare[0]:>9.3f} {ours[0] / bare[0]:>5.2f} " if bare else f"{'–':>9} {'–':>5} "
            line += f"{ours[1]:>11.3f} "
            line += f"{bare[1]:>9.3f} {ours[1] / bare[1]:>5.2f}" if bare else f"{'–':>9} {'–':>5}"
            print(line)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
