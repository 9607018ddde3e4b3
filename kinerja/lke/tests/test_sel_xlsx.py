from decimal import Decimal

import pytest

from kinerja.lke.sel_xlsx import SelTidakSah, desimal, kunci, ya_tidak

D = Decimal


@pytest.mark.parametrize(
    ("isi", "angka"),
    [
        ("4,5", D("4.5")),
        ("4.5", D("4.5")),
        (" 12,5 ", D("12.5")),
        (0.1, D("0.1")),
        (7, D(7)),
        ("", None),
        (None, None),
    ],
)
def test_a_number_reads_with_a_decimal_comma_or_point_and_never_through_float(isi, angka):
    assert desimal(isi) == angka


def test_a_percentage_reads_as_its_exact_fraction():
    assert desimal("90%", persen=True) == D("0.9")
    long = "12,3456789012345678901234567890123%"
    assert desimal(long, persen=True) == D("0.123456789012345678901234567890123")
    with pytest.raises(SelTidakSah):
        desimal("90%")  # a weight is never a percentage


@pytest.mark.parametrize("isi", ["1.000,5", "NaN", "Infinity", "enam", True])
def test_what_is_not_one_number_is_refused(isi):
    with pytest.raises(SelTidakSah):
        desimal(isi)


def test_yes_and_no_read_in_their_usual_spellings():
    assert [ya_tidak(v, kosong=False) for v in ("Ya", "y", 1, "x", "Tidak", "T", 0, None)] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]
    assert ya_tidak("", kosong=True) is True
    with pytest.raises(SelTidakSah):
        ya_tidak("mungkin", kosong=True)


def test_headers_and_scale_names_compare_loosely():
    assert kunci("Bukti Dukung") == kunci("bukti-dukung") == "bukti dukung"
    assert kunci("Y/T") == kunci("y-t")
    assert kunci("AA–E") == kunci("aa-e")
