"""A PDF page's tables and lines from word and rule positions (kisi.py), on hand-made pages:
cells between rules, merged cells, a row cut by the page's end, words cut for want of room."""

from kinerja.periksa.kisi import Garis, Kata, halaman


def _rules(xs, ys, without=()):
    """Every cell's box on the grid, as a PDF writer draws it side by side; `without` holds
    ("h", row line, column) or ("v", column line, row) sides left undrawn."""
    rules = []
    for row, y in enumerate(ys):
        for column, (left, right) in enumerate(zip(xs, xs[1:], strict=False)):
            if ("h", row, column) not in without:
                rules.append(Garis(left, right, y - 0.5, y + 0.5))
    for column, x in enumerate(xs):
        for row, (top, bottom) in enumerate(zip(ys, ys[1:], strict=False)):
            if ("v", column, row) not in without:
                rules.append(Garis(x - 0.5, x + 0.5, top, bottom))
    return rules


def _word(text, x0, top, width=None, height=8.0):
    return Kata(text, x0, x0 + (width if width is not None else 4.0 * len(text)), top, top + height)


XS = [10, 40, 240, 300]


def test_words_are_read_in_the_cells_between_the_rules():
    words = [
        _word("No", 12, 12), _word("Indikator", 42, 12), _word("Target", 242, 12),
        _word("1", 12, 32), _word("Persentase", 42, 28), _word("pelantikan", 86, 28),
        _word("PPK", 42, 37), _word("95%", 242, 32),
        _word("Paragraf", 10, 80),
    ]  # fmt: skip
    page = halaman(words, _rules(XS, [10, 24, 50]))
    (table,) = page.tabel
    assert table.baris == [
        ["No", "Indikator", "Target"],
        ["1", "Persentase pelantikan PPK", "95%"],
    ]
    assert not table.terbuka_atas
    assert not table.terbuka_bawah
    assert [line.teks for line in page.baris] == ["Paragraf"]


def test_a_cell_without_its_top_rule_is_part_of_the_cell_above():
    # The sasaran column spans two indicator rows: no rule between them in that column.
    words = [
        _word("Sasaran", 12, 30), _word("Satu", 242, 22), _word("Dua", 242, 42),
    ]  # fmt: skip
    page = halaman(words, _rules(XS, [20, 35, 55], without={("h", 1, 0)}))
    assert page.tabel[0].baris == [["Sasaran", "", "Satu"], ["", "", "Dua"]]


def test_a_cell_without_its_left_rule_is_part_of_the_cell_to_its_left():
    words = [_word("Kinerja", 150, 12), _word("Target", 42, 32), _word("95", 242, 32)]
    page = halaman(words, _rules(XS, [10, 24, 50], without={("v", 2, 0)}))
    assert page.tabel[0].baris == [["", "Kinerja", ""], ["", "Target", "95"]]


def test_a_row_reaching_the_end_of_its_vertical_rules_is_open():
    # The page ended inside the second row: its vertical rules stop with no rule across.
    words = [_word("1", 12, 32), _word("Persentase", 42, 32)]
    rules = _rules(XS, [10, 24, 50], without={("h", 2, 0), ("h", 2, 1), ("h", 2, 2)})
    (table,) = halaman(words, rules).tabel
    assert table.terbuka_bawah
    assert not table.terbuka_atas
    assert table.baris == [["1", "Persentase", ""]]


def test_rules_with_fewer_than_three_columns_are_no_table():
    # A box around a paragraph, or an underline, frames no columns.
    words = [_word("Catatan", 12, 12)]
    page = halaman(words, _rules([10, 300], [10, 24]))
    assert page.tabel == []
    assert [line.teks for line in page.baris] == ["Catatan"]


def test_a_word_cut_where_the_cell_ends_is_joined_and_a_wrapped_line_is_not():
    # Column 40–240, words start 2 points in. "Penyelenggaraa" stops 1 point short of its
    # room, narrower than the "n" that follows; "mengembangkan" stops 60 points short.
    words = [
        _word("Penyelenggaraa", 42, 12, width=195), _word("n", 42, 21, width=4),
        _word("mengembangkan", 42, 32, width=136), _word("sarana", 42, 41, width=24),
    ]  # fmt: skip
    page = halaman(words, _rules(XS, [10, 30, 52]))
    assert [row[1] for row in page.tabel[0].baris] == [
        "Penyelenggaraan",
        "mengembangkan sarana",
    ]


def test_a_line_ending_in_a_hyphen_or_slash_runs_on_without_a_space():
    words = [
        _word("masing-", 42, 12), _word("masing", 42, 21),
        _word("Pemilu/", 42, 32), _word("Pemilihan", 42, 41),
    ]  # fmt: skip
    page = halaman(words, _rules(XS, [10, 30, 52]))
    assert [row[1] for row in page.tabel[0].baris] == ["masing-masing", "Pemilu/Pemilihan"]


def _line(top, *parts):
    """A line of words without rules: (x0, text) parts, each word 4 points a letter."""
    words = []
    for x0, text in parts:
        for word in text.split():
            words.append(_word(word, x0, top))
            x0 += 4.0 * len(word) + 2
    return words


def test_a_table_without_rules_is_read_from_its_header_columns():
    words = (
        _line(10, (10, "Kalimat pembuka paragraf."))
        + _line(30, (10, "Indikator Kinerja"), (200, "Target"), (250, "Realisasi"))
        + _line(40, (10, "Sasaran 1. Meningkatnya layanan"))
        + _line(50, (10, "Persentase aduan"), (204, "95"), (254, "90"))
        + _line(60, (10, "Indeks SPBE"), (204, "3,5"), (254, "3,5"))
        + _line(80, (10, "Paragraf sesudah tabel."))
    )
    page = halaman(words, [])
    (table,) = page.tabel
    assert table.baris == [
        ["Indikator Kinerja", "Target", "Realisasi"],
        ["Sasaran 1. Meningkatnya layanan", "", ""],
        ["Persentase aduan", "95", "90"],
        ["Indeks SPBE", "3,5", "3,5"],
    ]
    assert table.alasan == ""
    assert [line.teks for line in page.baris] == [
        "Kalimat pembuka paragraf.",
        "Paragraf sesudah tabel.",
    ]


def test_a_label_over_columns_is_kept_where_it_starts():
    words = (
        _line(20, (10, "Indikator"), (200, "Kinerja"))
        + _line(30, (200, "Target"), (250, "Realisasi"), (300, "Capaian"))
        + _line(40, (10, "Persentase aduan"), (204, "95"), (254, "90"), (304, "94,74"))
    )
    (table,) = halaman(words, []).tabel
    assert table.baris[:2] == [
        ["Indikator", "Kinerja", "", ""],
        ["", "Target", "Realisasi", "Capaian"],
    ]
    assert table.alasan == ""


def test_a_centred_label_over_columns_makes_the_table_unreadable():
    words = (
        _line(20, (10, "Indikator"), (260, "Kinerja"))
        + _line(30, (200, "Target"), (250, "Realisasi"), (300, "Capaian"))
        + _line(40, (10, "Persentase aduan"), (204, "95"), (254, "90"), (304, "94,74"))
    )
    (table,) = halaman(words, []).tabel
    assert table.alasan.startswith("tabel tanpa garis, judul kolom bertingkat")


def test_a_line_that_may_go_on_either_row_makes_the_table_unreadable():
    # "tepat waktu" ends the row above or begins the one below: without rules, unknown.
    words = (
        _line(30, (10, "Indikator Kinerja"), (200, "Target"), (250, "Realisasi"))
        + _line(40, (10, "Persentase laporan"), (204, "95"), (254, "90"))
        + _line(50, (10, "tepat waktu"))
        + _line(60, (10, "Indeks SPBE"), (204, "3,5"), (254, "3,5"))
    )
    (table,) = halaman(words, []).tabel
    assert table.alasan.startswith("tabel tanpa garis, baris yang bersambung")


def test_a_line_of_spaced_words_without_column_names_is_text():
    words = _line(30, (10, "Prabumulih,"), (200, "16 Januari 2025"), (300, "Sekretaris"))
    page = halaman(words, [])
    assert page.tabel == []
    assert len(page.baris) == 1


def test_two_signatures_side_by_side_are_no_table():
    words = _line(30, (10, "Nama : Marta Dinata"), (300, "Nama : Yasrin Abidin")) + _line(
        40, (10, "NIP. -"), (300, "NIP. 19780429 200902 1 003")
    )
    page = halaman(words, [])
    assert page.tabel == []
    assert len(page.baris) == 2
