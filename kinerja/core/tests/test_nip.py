import pytest

from kinerja.core.nip import format_nip, nip_errors, normalise_nip


@pytest.mark.parametrize(
    "printed",
    [
        "19830729 200902 1 004",  # Abdul Aziz, PK Kasubbag Perencanaan
        "19790314 200910 2 001",  # Iis Sugianti
        "19850527 200912 1 005",  # Meidial Aryansie
        "19771102 200902 1 004",  # Yudi Priambodo
    ],
)
def test_nips_printed_in_the_2024_pks_are_valid(printed):
    assert nip_errors(normalise_nip(printed)) == []


def test_the_sekretaris_nip_as_printed_has_nineteen_digits():
    errors = nip_errors(normalise_nip("19780429 2009021 1 003"))
    assert errors == ["NIP PNS harus 18 digit, bukan 19 digit."]


@pytest.mark.parametrize(
    ("nip", "message"),
    [
        ("19830230200902 1004".replace(" ", ""), "Tanggal lahir"),
        ("198307292009131004", "Bulan TMT"),
        ("198307292009023004", "jenis kelamin"),
        ("198307291980011004", "sesudah tanggal lahir"),
        ("19830729A00902100X", "hanya boleh berisi angka"),
    ],
)
def test_invalid_nips_are_explained(nip, message):
    assert any(message in error for error in nip_errors(nip))


def test_normalise_and_format_round_trip():
    assert normalise_nip("NIP. 19830729 200902 1 004") == "198307292009021004"
    assert format_nip("198307292009021004") == "19830729 200902 1 004"


def test_ni_pppk_skips_the_month_check():
    from kinerja.core.nip import ni_pppk_errors

    assert ni_pppk_errors("199009132025242014") == []
    assert ni_pppk_errors("199002302025242014") == [
        "Tanggal lahir dalam NI PPPK (19900230) bukan tanggal yang sah."
    ]
