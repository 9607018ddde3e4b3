from decimal import Decimal
from io import BytesIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from kinerja.lke.bawaan import muat_lembar_88_2021
from kinerja.lke.lembar import (
    AA_E,
    KEBERADAAN,
    PERSPEKTIF,
    YA_TIDAK,
    Komponen,
    Kriteria,
    Lembar,
    PilihanJawaban,
    Skala,
    SubKomponen,
)
from kinerja.lke.nilai import hitung
from kinerja.lke.sel_xlsx import kunci
from kinerja.lke.xlsx_lembar import LembarTidakSah, baca_lembar, tulis_lembar

D = Decimal
HEADER = ["Kode", "Uraian", "Bobot", "Skala"]


def _buku(lembar_rows, skala_rows=None, keterangan=(("tahun", 2026),), judul=HEADER) -> bytes:
    buku = Workbook()
    sheet = buku.active
    sheet.title = "Lembar"
    sheet.append(judul)
    for row in lembar_rows:
        sheet.append(row)
    if skala_rows is not None:
        skala = buku.create_sheet("Skala")
        skala.append(["Skala", "Nama skala", "Pilihan", "Label", "Nilai"])
        for row in skala_rows:
            skala.append(row)
    if keterangan is not None:
        info = buku.create_sheet("Keterangan")
        info.append(["Kunci", "Isi"])
        for row in keterangan:
            info.append(list(row))
    out = BytesIO()
    buku.save(out)
    return out.getvalue()


def _sah():
    return [
        ["1", "Perencanaan", 60],
        ["1.a", "Keberadaan", 60],
        ["1.a.1", "Ada pedoman.", None, "y-t"],
        ["2", "Pengukuran", 40],
        ["2.a", "Dilakukan", 40],
        ["2.a.1", "Diukur berkala.", None, "aa-e"],
    ]


def _pesan(data: bytes, **kwargs) -> list[str]:
    with pytest.raises(LembarTidakSah) as raised:
        baca_lembar(data, **kwargs)
    return [str(p) for p in raised.value.pesan]


def test_the_88_2021_worksheet_reads_back_equal_to_what_was_written():
    lembar = muat_lembar_88_2021()
    assert baca_lembar(tulis_lembar(lembar)) == lembar


def test_a_custom_scale_prerequisites_and_flags_read_back_equal():
    tiga = Skala(
        "a-c",
        "A/B/C (Komdigi)",
        (
            PilihanJawaban("A", "Terpenuhi", D(1)),
            PilihanJawaban("B", "Sebagian", D("0.5")),
            PilihanJawaban("C", "Belum", D(0)),
        ),
    )
    kriteria = (
        Kriteria("1.a.1", "=Teks yang diawali sama dengan.", YA_TIDAK, wajib=False),
        Kriteria(
            "1.a.2",
            "Kedua.",
            tiga,
            panduan="A bila …",
            bukti_diharapkan="SK",
            teks_perlu_diverifikasi=True,
            sumber="[X] contoh",
            catatan="catatan",
            prasyarat=("1.a.1",),
        ),
    )
    lembar = Lembar(
        2027,
        "Lembar uji",
        (
            Komponen(
                "1", "Satu", D("33.3"), (SubKomponen("1.a", "a", D("33.3"), kriteria, KEBERADAAN),)
            ),
            Komponen(
                "2",
                "Dua",
                D("66.7"),
                (SubKomponen("2.a", "b", D("66.7"), (Kriteria("2.a.1", "x", AA_E),)),),
            ),
        ),
        sumber="sumber",
        catatan="catatan lembar",
    )
    assert baca_lembar(tulis_lembar(lembar)) == lembar


_teks = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=30,
)
_desimal = st.decimals(min_value=0, max_value=1000, allow_nan=False, allow_infinity=False)
_pecahan = st.decimals(min_value=0, max_value=1, allow_nan=False, allow_infinity=False)


@st.composite
def _lembar_acak(draw) -> Lembar:
    skala = Skala(
        "lokal",
        draw(_teks.filter(lambda t: kunci(t) not in ("", "y t", "aa e", "lokal"))),
        tuple(
            PilihanJawaban(f"P{i}", draw(_teks), draw(_pecahan))
            for i in range(draw(st.integers(1, 4)))
        ),
    )
    komponen = []
    for k in range(1, draw(st.integers(1, 3)) + 1):
        subs = []
        for huruf in "abc"[: draw(st.integers(1, 3))]:
            kriteria = tuple(
                Kriteria(
                    f"{k}.{huruf}.{i}",
                    draw(_teks),
                    draw(st.sampled_from([YA_TIDAK, AA_E, skala])),
                    panduan=draw(_teks),
                    wajib=draw(st.booleans()),
                    teks_perlu_diverifikasi=draw(st.booleans()),
                    prasyarat=(f"{k}.{huruf}.1",) if i > 1 and draw(st.booleans()) else (),
                )
                for i in range(1, draw(st.integers(1, 3)) + 1)
            )
            perspektif = draw(st.sampled_from(["", *PERSPEKTIF]))
            subs.append(
                SubKomponen(f"{k}.{huruf}", draw(_teks), draw(_desimal), kriteria, perspektif)
            )
        komponen.append(Komponen(str(k), draw(_teks), draw(_desimal), tuple(subs)))
    return Lembar(draw(st.integers(2000, 2100)), draw(_teks), tuple(komponen))


@settings(max_examples=25, deadline=None)
@given(lembar=_lembar_acak())
def test_any_worksheet_reads_back_equal_to_what_was_written(lembar):
    # Weights and fractions of up to 28 digits: those past Excel's 15 travel as text.
    assert baca_lembar(tulis_lembar(lembar)) == lembar


def test_the_workbook_has_its_header_frozen_and_readable_widths():
    buku = load_workbook(BytesIO(tulis_lembar(muat_lembar_88_2021())))
    assert buku.sheetnames == ["Lembar", "Skala", "Keterangan"]
    sheet = buku["Lembar"]
    assert sheet.freeze_panes == "B2"
    assert [c.value for c in sheet[1]][:4] == HEADER
    assert sheet.column_dimensions["B"].width >= 50
    assert sheet.max_row == 1 + 4 + 12 + 80
    skala = buku["Skala"]
    assert [(r[2].value, r[4].value) for r in skala.iter_rows(min_row=2)][:3] == [
        ("Y", 1),
        ("T", 0),
        ("AA", 1),
    ]


def test_a_local_variant_is_read_where_nothing_is_ambiguous():
    data = _buku(
        [
            ["1", "Perencanaan", "Catatan lain", "60", None],
            ["1.a", "Keberadaan", None, "37,5", None],
            ["1.a.1", "Ada pedoman.", None, None, "Y/T"],
            ["1.b", "Kualitas", None, "22.5", None],
            ["1.b.1", "Bermutu.", None, None, "AA–E"],
            ["2", "Pengukuran", None, 40, None],
            ["2.a", "Dilakukan", None, 40.0, None],
            ["2.a.1", "Diukur berkala.", None, None, "Skala Tiga"],
        ],
        skala_rows=[
            ["tiga", "Skala Tiga", "A", None, "100%"],
            [None, None, "B", None, "0,5"],
            [None, None, "C", None, 0],
        ],
        keterangan=None,
        judul=["No.", "Uraian Kriteria", "Keterangan lain", "Bobot (%)", "Jenis Jawaban"],
    )
    lembar = baca_lembar(data, tahun=2026)
    assert lembar.tahun == 2026
    assert [s.bobot for k in lembar.komponen for s in k.sub] == [D("37.5"), D("22.5"), D(40)]
    kriteria = {k.kode: k for k in lembar.semua_kriteria()}
    assert kriteria["1.a.1"].skala == YA_TIDAK
    assert kriteria["1.b.1"].skala == AA_E
    assert [p.nilai for p in kriteria["2.a.1"].skala.pilihan] == [D(1), D("0.5"), D(0)]
    jawaban = {"1.a.1": "Y", "1.b.1": "A", "2.a.1": "B"}
    assert hitung(lembar, jawaban).total == D("37.5") + D("20.25") + D(20)


def test_a_title_above_the_header_row_is_skipped():
    buku = Workbook()
    sheet = buku.active
    sheet.append(["LEMBAR KERJA EVALUASI AKIP 2026"])
    sheet.append([])
    sheet.append(HEADER)
    for row in _sah():
        sheet.append(row)
    out = BytesIO()
    buku.save(out)
    assert len(baca_lembar(out.getvalue(), tahun=2026).semua_kriteria()) == 2


def test_weights_never_pass_through_float():
    data = _buku([["1", "Satu", 0.1], ["1.a", "a", "0,2"], ["1.a.1", "x", None, "y-t"]])
    lembar = baca_lembar(data)
    assert lembar.komponen[0].bobot == D("0.1")  # float 0.1 is 0.1000000000000000055…
    assert lembar.komponen[0].sub[0].bobot == D("0.2")


def test_an_empty_file_is_refused():
    assert _pesan(b"") == ["Berkas kosong."]


def test_a_file_that_is_not_an_xlsx_is_refused():
    assert _pesan(b"%PDF-1.7 bukan buku kerja") == ["Berkas bukan buku kerja XLSX."]


def test_an_unknown_scale_names_sheet_row_and_column():
    data = _buku(_sah()[:2] + [["1.a.1", "Ada pedoman.", None, "lima-tingkat"]])
    assert _pesan(data) == [
        "Sheet Lembar, baris 4, kolom D (Skala): skala «lima-tingkat» tidak dikenal."
    ]


def test_an_empty_scale_is_refused():
    data = _buku(_sah()[:2] + [["1.a.1", "Ada pedoman.", None, None, None]] + [["1.a.2", "x"]])
    assert _pesan(data) == [
        "Sheet Lembar, baris 4, kolom D (Skala): skala kosong.",
        "Sheet Lembar, baris 5, kolom D (Skala): skala kosong.",
    ]


def test_a_scale_matching_two_scales_is_refused():
    data = _buku(
        _sah()[:2] + [["1.a.1", "Ada pedoman.", None, "Y/T"]],
        skala_rows=[["yt-lokal", "Y/T", "Y", "Ya", 1], [None, None, "T", "Tidak", 0]],
    )
    assert _pesan(data) == [
        "Sheet Lembar, baris 4, kolom D (Skala): skala «Y/T» cocok dengan lebih dari satu skala."
    ]


def test_a_row_with_a_scale_but_no_code_is_refused_a_title_row_is_skipped():
    rows = [
        *_sah(),
        ["", "Catatan: bukti diunggah ke folder bersama."],
        ["", "Lupa kode.", None, "y-t"],
    ]
    assert _pesan(_buku(rows)) == ["Sheet Lembar, baris 9, kolom A (Kode): kode kosong."]


def test_a_fraction_outside_0_to_1_is_refused():
    data = _buku(
        _sah(),
        skala_rows=[["y-t", "Ya/Tidak", "Y", "Ya", 100], ["y-t", "Ya/Tidak", "T", "Tidak", "-0,1"]],
    )
    assert _pesan(data) == [
        "Sheet Skala, baris 2, kolom E (Nilai): nilai pilihan Y harus pecahan 0 sampai 1 "
        "(mis. 0,9 atau 90%), tertulis «100».",
        "Sheet Skala, baris 3, kolom E (Nilai): nilai pilihan T harus pecahan 0 sampai 1 "
        "(mis. 0,9 atau 90%), tertulis «-0,1».",
    ]


def test_a_fraction_that_is_not_a_number_and_a_repeated_option_are_refused():
    data = _buku(
        _sah(),
        skala_rows=[["y-t", "", "Y", "", "satu"], ["y-t", "", "T", "", 0], ["y-t", "", "T", "", 0]],
    )
    assert _pesan(data) == [
        "Sheet Skala, baris 2, kolom E (Nilai): «satu» bukan angka.",
        "Sheet Skala, baris 4, kolom C (Pilihan): pilihan T muncul dua kali pada skala y-t.",
    ]


@pytest.mark.parametrize(
    ("bobot", "masalah"),
    [
        ("enam", "«enam» bukan angka."),
        ("1.000,5", "«1.000,5» memakai koma dan titik sekaligus; tulis satu pemisah desimal."),
        (-6, "bobot negatif."),
        (None, "bobot kosong."),
        (True, "«True» bukan angka."),
    ],
)
def test_a_bad_weight_names_its_cell(bobot, masalah):
    rows = _sah()
    rows[1] = ["1.a", "Keberadaan", bobot]
    assert _pesan(_buku(rows)) == [f"Sheet Lembar, baris 3, kolom C (Bobot): {masalah}"]


def test_a_duplicate_code_names_both_rows():
    data = _buku(_sah() + [["2.a.1", "Lagi.", None, "y-t"]])
    assert _pesan(data) == [
        "Sheet Lembar, baris 8, kolom A (Kode): kode 2.a.1 sudah dipakai di baris 7."
    ]


def test_a_criterion_under_a_missing_sub_komponen_is_refused():
    data = _buku(_sah() + [["2.b.1", "Yatim.", None, "y-t"]])
    assert _pesan(data) == [
        "Sheet Lembar, baris 8, kolom A (Kode): kriteria 2.b.1 berada di bawah sub-komponen "
        "2.b yang tidak ada."
    ]


def test_a_sub_komponen_under_a_missing_komponen_and_a_malformed_code_are_refused():
    data = _buku(_sah() + [["3.a", "Yatim", 5], ["1.a.1.1", "Terlalu dalam.", None, "y-t"]])
    assert _pesan(data) == [
        "Sheet Lembar, baris 8, kolom A (Kode): sub-komponen 3.a berada di bawah komponen 3 "
        "yang tidak ada.",
        "Sheet Lembar, baris 9, kolom A (Kode): kode «1.a.1.1» tidak berbentuk 1, 1.a atau 1.a.1.",
    ]


def test_criteria_weighted_unequally_are_refused_equal_ones_are_ignored():
    rows = _sah() + [["1.a.2", "Kedua.", None, "y-t"]]
    rows[2] = ["1.a.1", "Ada pedoman.", 30, "y-t"]
    rows[-1] = ["1.a.2", "Kedua.", 30, "y-t"]
    assert len(baca_lembar(_buku(rows)).semua_kriteria()) == 3
    rows[-1] = ["1.a.2", "Kedua.", 20, "y-t"]
    assert _pesan(_buku(rows)) == [
        "Sheet Lembar, baris 3, kolom C (Bobot): kriteria sub-komponen 1.a berbobot tidak "
        "sama; kosongkan bobot kriteria (bobot sub-komponen dibagi rata)."
    ]


def test_flags_perspective_and_prerequisites_must_be_readable():
    judul = [*HEADER, "Perspektif", "Wajib", "Prasyarat"]
    rows = [
        ["1", "Satu", 100],
        ["1.a", "a", 100, None, "mutu"],
        ["1.a.1", "x", None, "y-t", None, "mungkin", "9.z.9"],
    ]
    assert _pesan(_buku(rows, judul=judul)) == [
        "Sheet Lembar, baris 3, kolom E (Perspektif): perspektif «mutu» tidak dikenal "
        "(keberadaan, kualitas atau pemanfaatan).",
        "Sheet Lembar, baris 4, kolom F (Wajib): «mungkin» bukan Ya atau Tidak.",
        "Sheet Lembar, baris 4, kolom G (Prasyarat): prasyarat 9.z.9 bukan kriteria lain "
        "dalam lembar ini.",
    ]


def test_a_missing_column_a_missing_year_and_an_empty_sheet_are_refused():
    assert _pesan(_buku(_sah(), judul=["Kode", "Uraian", "Bobot"])) == [
        "Sheet Lembar: kolom Skala tidak ada."
    ]
    assert _pesan(_buku(_sah(), keterangan=())) == [
        "Sheet Keterangan: baris tahun tidak ada; isi tahun lembar ini."
    ]
    assert _pesan(_buku([])) == ["Sheet Lembar: tidak berisi satu komponen pun."]
    assert _pesan(_buku(_sah(), judul=["A", "B"])) == [
        "Sheet Lembar: baris judul kolom (Kode, Uraian, …) tidak ditemukan."
    ]


@pytest.mark.parametrize("tahun", ["dua ribu", "2026,5", 1945])
def test_a_year_that_is_not_a_year_is_refused(tahun):
    assert _pesan(_buku(_sah(), keterangan=[("tahun", tahun)])) == [
        f"Sheet Keterangan, baris 2, kolom B: tahun «{tahun}» tidak sah."
    ]


def test_every_problem_is_reported_at_once():
    rows = _sah() + [["2.a.1", "Lagi.", None, "y-t"], ["1.a.2", "Skala aneh.", None, "?"]]
    rows[0] = ["1", "Perencanaan", "enam puluh"]
    assert len(_pesan(_buku(rows))) == 3
