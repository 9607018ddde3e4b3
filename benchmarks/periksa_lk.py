"""`kinerja periksa-lk` benchmark: prints figures, asserts nothing about speed.

Times, wall-clock, the median of --ulang runs in one process of reading and reviewing:

- the seed LKjIP as plain text (kinerja/periksa/tests/data/, kept byte for byte; 1.958 lines,
  about 60 printed pages),
- the same report written as a Word file (python-docx: its paragraphs and its tables) and as a
  PDF (WeasyPrint from the same blocks): the largest fixtures, built here once, not timed,
- the seed as a PDF whose tables have no rules at all (what is read of it, and what is
  reported unreadable),
- the small hand-made report of the tests (kinerja/periksa/tests/contoh.py) in all three,
- the largest public fixture (tests/publik.py: KPU Provinsi Kalimantan Timur) in all three,

each split into reading (the file to blocks), structure (sections, tables) and review (the
rules), next to the baseline of the same run: reading the file's bytes and splitting its text
into lines (for the PDF, PDFium's text of every page, without positions or tables).

    .venv/bin/python benchmarks/periksa_lk.py [--ulang 5]
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "kinerja" / "periksa" / "tests" / "data" / "lkjip-kpu-kota-prabumulih-2024.txt"


def _median(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _baseline(path: Path) -> None:
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        for page in document:
            page.get_textpage().get_text_range().splitlines()
        document.close()
    elif data.startswith(b"PK"):
        from docx import Document

        Document(io.BytesIO(data))
    else:
        data.decode("utf-8").splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ulang", type=int, default=5)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")
    import django

    django.setup()
    from kinerja.periksa.aturan import periksa_laporan
    from kinerja.periksa.baca import baca_berkas, baca_teks
    from kinerja.periksa.susun import susun
    from kinerja.periksa.tests import bentuk, contoh, publik

    folder = Path(tempfile.mkdtemp(prefix="periksa-bench-"))
    files: list[tuple[str, Path]] = []
    if SEED.exists():
        seed_blocks = baca_teks(SEED.read_text())
        (folder / "seed.docx").write_bytes(bentuk.docx(seed_blocks))
        (folder / "seed.pdf").write_bytes(bentuk.pdf(seed_blocks))
        (folder / "seed-tanpa-garis.pdf").write_bytes(bentuk.pdf(seed_blocks, garis=False))
        files += [
            ("seed, teks", SEED),
            ("seed, Word", folder / "seed.docx"),
            ("seed, PDF", folder / "seed.pdf"),
            ("seed, PDF tanpa garis", folder / "seed-tanpa-garis.pdf"),
        ]
    else:
        print(f"(seed tidak ada di {SEED}: hanya contoh kecil)")
    (folder / "contoh.txt").write_text(contoh.teks())
    (folder / "contoh.docx").write_bytes(contoh.docx())
    (folder / "contoh.pdf").write_bytes(contoh.pdf())
    files += [
        ("contoh, teks", folder / "contoh.txt"),
        ("contoh, Word", folder / "contoh.docx"),
        ("contoh, PDF", folder / "contoh.pdf"),
    ]
    # The largest public fixture (tests/publik.py), in the three formats.
    kaltim_blocks = baca_teks(publik.KALTIM_SALAH)
    (folder / "kaltim.txt").write_text(publik.KALTIM_SALAH)
    (folder / "kaltim.docx").write_bytes(bentuk.docx(kaltim_blocks))
    (folder / "kaltim.pdf").write_bytes(bentuk.pdf(kaltim_blocks))
    files += [
        ("KPU Kaltim, teks", folder / "kaltim.txt"),
        ("KPU Kaltim, Word", folder / "kaltim.docx"),
        ("KPU Kaltim, PDF", folder / "kaltim.pdf"),
    ]
    print(f"median dari {options.ulang} kali, detik (Python {sys.version.split()[0]})")
    print(
        f"{'berkas':<22}{'KB':>7}{'halaman':>9}{'dasar':>8}{'baca':>8}{'susun':>8}"
        f"{'reviu':>8}{'total':>8}{'temuan':>8}{'tak terbaca':>13}"
    )
    for name, path in files:
        blocks = baca_berkas(path)
        report = susun(blocks)
        _, findings = periksa_laporan(report)
        pages = "–"
        if path.suffix == ".pdf":
            from pypdf import PdfReader

            pages = str(len(PdfReader(path).pages))
        base = _median(lambda path=path: _baseline(path), options.ulang)
        read = _median(lambda path=path: baca_berkas(path), options.ulang)
        build = _median(lambda blocks=blocks: susun(blocks), options.ulang)
        review = _median(lambda report=report: periksa_laporan(report), options.ulang)
        size = path.stat().st_size / 1024
        print(
            f"{name:<22}{size:>7.0f}{pages:>9}{base:>8.3f}{read:>8.3f}{build:>8.3f}"
            f"{review:>8.3f}{read + build + review:>8.3f}{len(findings):>8}"
            f"{len(report.tak_terbaca):>13}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
