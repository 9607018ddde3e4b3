"""A table's columns hold their words: no text crosses a cell border, figures stay on one line
when the page allows, and the table never grows past the printable width."""

from decimal import Decimal
from io import BytesIO
from types import SimpleNamespace

import pytest

from kinerja.documents.efisiensi import tabel_efisiensi
from kinerja.documents.isi import LEBAR_CETAK_CM, Dokumen, Kolom, Tabel
from kinerja.documents.lebar_kolom import (
    RUANG_SEL_CM,
    TANDA_PISAH,
    bagi_ulang,
    beri_tanda_pisah,
    kata,
    lebar_kolom,
    lebar_teks_cm,
)
from kinerja.documents.lkjip import laporan_kinerja


def _by_letters(text: str, bold: bool) -> float:
    """A measure on plain numbers: 0.2 cm a character, 0.25 cm in bold."""
    return len(text) * (0.25 if bold else 0.2)


def test_a_column_narrower_than_its_word_takes_the_room_from_the_columns_with_room_to_spare():
    widths = lebar_kolom(
        [6.0, 1.0, 2.0],
        [[("Uraian", False)], [("Serapan", True)], [("99,5%", False)]],
        LEBAR_CETAK_CM,
        ukur=_by_letters,
    )
    # "Serapan" in bold: 7 × 0.25 + padding; the width comes from the text column.
    assert widths[1] == pytest.approx(1.75 + RUANG_SEL_CM, abs=0.01)
    assert widths[2] <= 2.0
    assert sum(widths) <= 9.0
    assert widths[0] < 6.0


def test_a_table_whose_words_fit_keeps_its_design():
    assert lebar_kolom(
        [4.0, 3.0], [[("Nama", True)], [("100%", False)]], LEBAR_CETAK_CM, ukur=_by_letters
    ) == (4.0, 3.0)


def test_figures_stay_whole_when_the_page_allows_else_they_break_at_their_space():
    assert kata("Rp 23.708.898.000", utuh=True) == ["Rp 23.708.898.000"]
    assert kata("Rp 23.708.898.000", utuh=False) == ["Rp", "23.708.898.000"]
    assert kata("belum dilaporkan", utuh=True) == ["belum", "dilaporkan"]
    figures = [[("Rp 23.708.898.000", False)]] * 5  # 17 characters: 3.8 cm each, 19 cm in all
    widths = lebar_kolom([3.2] * 5, figures, LEBAR_CETAK_CM, ukur=_by_letters)
    assert sum(widths) <= LEBAR_CETAK_CM
    assert all(width >= 14 * 0.2 + RUANG_SEL_CM - 0.01 for width in widths)  # "23.708.898.000"


def test_words_wider_than_the_page_together_take_the_room_from_the_widest_words_only():
    widths = bagi_ulang([1.0, 5.0, 5.0, 5.0], [0.9, 7.0, 5.0, 4.0], LEBAR_CETAK_CM)
    assert widths == pytest.approx([0.9, 6.1, 5.0, 4.0])
    assert bagi_ulang([4.0] * 4, [5.0] * 4, LEBAR_CETAK_CM) == pytest.approx([4.0] * 4)


def test_the_efficiency_table_holds_its_headers_and_rupiah_figures_on_one_line():
    """The defect seen in the demo: "Serapan" and "Efisiensi" ran over their borders and the
    Rupiah figures split after "Rp"."""
    group = SimpleNamespace(
        label="Teknis Penyelenggaraan Pemilu/Pemilihan (6639)",
        capaian=Decimal("100"),
        pagu=Decimal("23708898000"),
        realisasi_anggaran=Decimal("23708898000"),
        serapan=Decimal("100"),
        efisiensi=Decimal("0"),
    )
    widths = tabel_efisiensi([group], "Tabel 3.32 Efisiensi").lebar_kolom
    assert sum(widths) <= LEBAR_CETAK_CM
    assert widths[4] >= lebar_teks_cm("Serapan", True) + RUANG_SEL_CM - 0.01
    assert widths[5] >= lebar_teks_cm("Efisiensi", True) + RUANG_SEL_CM - 0.01
    for index in (2, 3):
        assert widths[index] >= lebar_teks_cm("Rp 23.708.898.000") + RUANG_SEL_CM - 0.01


def _cells(table: Tabel, index: int) -> list[tuple[str, bool]]:
    return [
        (table.kolom[index].judul, True),
        *((row[index], False) for row in table.baris),
        *((row[index], True) for row in table.kaki),
    ]


def test_no_word_of_any_table_of_the_demo_report_crosses_a_border(prabumulih):
    """Every table of the LKjIP (BAB II and III, the Lampiran's L.1 and L.2, the PKs): within
    the printable width, each column at least as wide as its longest word, except in a table
    whose longest words together need more than the page: there the table takes the whole
    width and only its widest columns are narrower than their word, which is then printed
    with soft hyphens, each of its syllables fitting the column."""
    tables = [block for block in laporan_kinerja(prabumulih, 2024).blok if isinstance(block, Tabel)]
    assert len(tables) > 40
    squeezed = []
    for table in tables:
        widths = table.lebar_kolom
        assert sum(widths) <= LEBAR_CETAK_CM, table.judul
        needed = [
            max(
                lebar_teks_cm(word, bold)
                for text, bold in _cells(table, index)
                for word in kata(text, utuh=False)
            )
            + RUANG_SEL_CM
            for index in range(len(widths))
        ]
        short = [index for index, width in enumerate(widths) if needed[index] > width + 0.01]
        if short:
            squeezed.append(table.judul)
            assert sum(needed) > LEBAR_CETAK_CM
            assert sum(widths) == pytest.approx(LEBAR_CETAK_CM, abs=0.05)
            assert all(widths[index] >= max(widths) - 0.01 for index in short)
        printed = [table.judul_kolom_cetak, *table.baris_cetak, *table.kaki_cetak]
        for index, width in enumerate(widths):
            for row in printed:
                if index not in short:
                    assert TANDA_PISAH not in row[index], table.judul
                    continue
                for word in row[index].split():
                    # Each part up to a soft hyphen, printed with its hyphen, fits the column.
                    *parts, last = word.split(TANDA_PISAH)
                    for piece in [part + "-" for part in parts] + [last]:
                        assert lebar_teks_cm(piece, True) + RUANG_SEL_CM <= width, piece
    # The comparison of 3355, whose "Pertanggungjawaban" and six figure headers need 16.2 cm.
    assert len(squeezed) <= 1


def test_the_pdf_prints_the_efficiency_headers_and_figures_each_on_one_line():
    """As printed: the widths the columns are given are the widths the PDF lays out (the page's
    printable width, no margin of the body's own), so no header or figure is split."""
    from pypdf import PdfReader

    from kinerja.documents.isi import Dokumen
    from kinerja.documents.pdf_out import tulis_pdf

    group = SimpleNamespace(
        label="Pengelolaan Keuangan dan Barang Milik Negara (3355)",
        capaian=Decimal("100"),
        pagu=Decimal("23708898000"),
        realisasi_anggaran=Decimal("11097951116"),
        serapan=Decimal("46.81"),
        efisiensi=Decimal("53.19"),
    )
    table = tabel_efisiensi([group], "Tabel 3.32 Efisiensi")
    (page,) = PdfReader(BytesIO(tulis_pdf(Dokumen("Uji", [table])))).pages
    lines = page.extract_text().splitlines()
    for header in ("Sasaran", "Capaian", "Pagu", "Realisasi", "Serapan", "Efisiensi"):
        assert any(header in line.split() for line in lines), header
    assert any("Rp 23.708.898.000" in line for line in lines)
    assert any("Rp 11.097.951.116" in line for line in lines)


def test_word_sets_every_table_cell_in_the_table_text_style():
    from io import BytesIO

    from docx import Document

    from kinerja.documents.docx_out import GAYA_ISI_TABEL, tulis_docx
    from kinerja.documents.isi import Dokumen, Kolom, Tabel

    table = Tabel(
        kolom=(Kolom("Indikator", 8.0), Kolom("Capaian", 3.0, angka=True)),
        baris=(("Persentase TPS", "94,74%"), ("Jumlah laporan", "100,00%")),
        judul="Tabel 1 Contoh",
    )
    document = Document(BytesIO(tulis_docx(Dokumen("Uji", [table]))))
    (word_table,) = document.tables
    styles = {p.style.name for row in word_table.rows for c in row.cells for p in c.paragraphs}
    assert styles == {GAYA_ISI_TABEL}


def test_only_a_word_wider_than_its_column_gets_soft_hyphens_at_its_syllables():
    # 18 letters: 3.6 cm, in a column holding 3.0 − the padding.
    assert beri_tanda_pisah("Laporan Pertanggungjawaban", 3.0, ukur=_by_letters) == (
        "Laporan Per\u00adtang\u00adgung\u00adja\u00adwab\u00adan"
    )
    assert beri_tanda_pisah("Laporan Pertanggungjawaban", 4.0, ukur=_by_letters) == (
        "Laporan Pertanggungjawaban"
    )
    # Line breaks and figures are kept as they are; a figure has no syllables to break at.
    assert beri_tanda_pisah("a\nRp 23.708.898.000", 1.0, ukur=_by_letters) == (
        "a\nRp 23.708.898.000"
    )


# As the demo's Tabel 3.24 (the comparison of 3355): the six figure columns' headers and
# "Pertanggungjawaban" need 16.26 cm, more than the page's 16.
PEMBANDING = Tabel(
    kolom=(
        Kolom("No", 0.8),
        Kolom("Indikator Kinerja", 4.4),
        *(
            Kolom(f"{judul} {tahun}", 1.8, angka=True)
            for tahun in (2022, 2023, 2024)
            for judul in ("Realisasi", "Capaian")
        ),
    ),
    baris=(
        (
            "4.",
            "Persentase KPU Kota Prabumulih yang menyampaikan Laporan Pertanggungjawaban "
            "Penggunaan Anggaran berbasis SIMONIKA yang tepat waktu dan valid",
            *("–",) * 4,
            "95%",
            "100,00%",
        ),
    ),
    judul="Tabel 3.24 Perbandingan",
)


def test_the_pdf_breaks_a_word_wider_than_its_column_only_with_a_hyphen():
    from pypdf import PdfReader

    from kinerja.documents.pdf_out import tulis_pdf

    word = "Pertanggungjawaban"
    assert PEMBANDING.lebar_kolom[1] < lebar_teks_cm(word) + RUANG_SEL_CM
    (page,) = PdfReader(BytesIO(tulis_pdf(Dokumen("Uji", [PEMBANDING])))).pages
    tokens = page.extract_text().split()
    assert word in tokens or any(token.endswith(("-", "\u2010")) for token in tokens)
    # Before: "Pertanggungjawaba" at the border, "n" on the next line.
    assert not [t for t in tokens if word.startswith(t) and 3 <= len(t) < len(word)]


def test_word_marks_the_syllables_of_a_word_wider_than_its_column_and_reads_it_whole():
    from docx import Document
    from docx.oxml.ns import qn

    from kinerja.documents.docx_out import tulis_docx

    (table,) = Document(BytesIO(tulis_docx(Dokumen("Uji", [PEMBANDING])))).tables
    cell = table.rows[1].cells[1]
    assert len(cell._tc.findall(".//" + qn("w:softHyphen"))) == 5
    assert "Laporan Pertanggungjawaban Penggunaan" in cell.text
    assert not table.rows[1].cells[0]._tc.findall(".//" + qn("w:softHyphen"))
