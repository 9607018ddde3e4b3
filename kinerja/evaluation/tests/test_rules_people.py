"""People and organisation on small hand-made facts: nilai-tidak-sah, nip-nama-beda,
unit-nama-beda and pegawai-ganda."""

from kinerja.evaluation.reviu import facts
from kinerja.evaluation.tests.builders import fakta, pk, ringkas, temuan


def _pk_with(*pihak: tuple[str, str, str], sumber: str = "PK Subbagian Keuangan"):
    return pk(sumber=sumber, tingkat="unit", pihak=pihak)


def _pegawai(nama: str, nip: str = "", nomor: int = 1, sumber: str = "Tabel 2") -> facts.Pegawai:
    return facts.Pegawai(nama, nip, sumber, nomor)


# --- nilai-tidak-sah --------------------------------------------------------------------------


def test_a_printed_nip_of_19_digits_is_reported():
    # The published "19780429 2009021 1 003" for Yasrin Abidin in the unit PKs.
    printed = _pk_with(("pihak kedua", "Yasrin Abidin", "19780429 2009021 1 003"))
    (finding,) = temuan(fakta(perjanjian=[printed]), "nilai-tidak-sah")
    assert ringkas(finding) == (
        "nilai-tidak-sah",
        "galat",
        "PK Subbagian Keuangan",
        "pihak kedua: Yasrin Abidin",
        "19780429 2009021 1 003",
        "NIP 18 digit yang sah",
    )
    assert finding.pesan == (
        'NIP Yasrin Abidin (pihak kedua) tercetak "19780429 2009021 1 003" di PK Subbagian '
        "Keuangan: NIP PNS harus 18 digit, bukan 19 digit."
    )


def test_a_printed_nip_with_an_impossible_birth_date_is_reported():
    printed = _pk_with(("pihak kedua", "X", "19831329 200902 1 004"))
    (finding,) = temuan(fakta(perjanjian=[printed]), "nilai-tidak-sah")
    assert "Tanggal lahir dalam NIP (19831329) bukan tanggal yang sah." in finding.pesan


def test_a_valid_or_unprinted_nip_is_quiet():
    printed = _pk_with(
        ("pihak pertama", "Abdul Aziz", "NIP. 19830729 200902 1 004"),
        ("pihak kedua", "Yasrin Abidin", ""),
    )
    assert temuan(fakta(perjanjian=[printed]), "nilai-tidak-sah") == []


# --- nip-nama-beda ----------------------------------------------------------------------------

NIP = "198505272009121005"


def test_one_nip_written_with_two_names_is_reported_with_where_each_is_written():
    # The published 19850527 200912 1 005: "Medial Aryansie" (Tabel 2), "Meidial Aryansie" (PK).
    data = fakta(
        pegawai=[_pegawai("Medial Aryansie", NIP, 4)],
        perjanjian=[
            _pk_with(
                ("pihak kedua", "Meidial Aryansie", "19850527 200912 1 005"),
                sumber="PK Hukum dan SDM",
            )
        ],
    )
    (finding,) = temuan(data, "nip-nama-beda")
    assert ringkas(finding) == (
        "nip-nama-beda",
        "peringatan",
        "Pegawai dan PK",
        "19850527 200912 1 005",  # as the documents print it, not the bare 18 digits
        "Medial Aryansie, Meidial Aryansie",
        "satu ejaan nama",
    )
    assert finding.pesan == (
        'NIP 19850527 200912 1 005 ditulis dengan nama berbeda: "Medial Aryansie" (Tabel 2 no. 4); '
        '"Meidial Aryansie" (PK Hukum dan SDM).'
    )


def test_two_staff_entries_with_one_nip_and_two_names_are_reported():
    data = fakta(pegawai=[_pegawai("Amir Mahmud", NIP, 1), _pegawai("Amir Mahmut", NIP, 9)])
    (finding,) = temuan(data, "nip-nama-beda")
    assert finding.tercatat == "Amir Mahmud, Amir Mahmut"


def test_the_same_name_in_other_case_or_spacing_or_an_invalid_printed_nip_is_quiet():
    data = fakta(
        pegawai=[_pegawai("Medial Aryansie", NIP, 4), _pegawai("Yasrin Abidin", "", 5)],
        perjanjian=[
            _pk_with(
                ("pihak pertama", "MEDIAL  Aryansie", "19850527 200912 1 005"),
                # 19 digits: nilai-tidak-sah's to report, not a second name for a NIP.
                ("pihak kedua", "Medial Ariansyah", "19850527 2009121 1 005"),
            )
        ],
    )
    assert temuan(data, "nip-nama-beda") == []


# --- unit-nama-beda ---------------------------------------------------------------------------


def test_a_unit_named_otherwise_in_the_organisation_section_is_reported():
    unit = facts.Unit(
        "Subbagian Hukum dan Sumber Daya Manusia",
        "Subbagian Sumber Daya Manusia dan Parmas",
        "BAB I.C.2",
    )
    (finding,) = temuan(fakta(unit=[unit]), "unit-nama-beda")
    assert ringkas(finding) == (
        "unit-nama-beda",
        "peringatan",
        "BAB I.C.2",
        "Subbagian Hukum dan Sumber Daya Manusia",
        "Subbagian Sumber Daya Manusia dan Parmas",
        "Subbagian Hukum dan Sumber Daya Manusia",
    )
    assert finding.pesan == (
        'Unit "Subbagian Hukum dan Sumber Daya Manusia" disebut "Subbagian Sumber Daya Manusia '
        'dan Parmas" di BAB I.C.2.'
    )


def test_a_unit_without_another_name_or_named_alike_is_quiet():
    units = [
        facts.Unit("Subbagian Keuangan"),
        facts.Unit(
            "Subbagian Keuangan, Umum dan Logistik",
            " subbagian keuangan,  umum dan logistik",
            "BAB I",
        ),
    ]
    assert temuan(fakta(unit=units), "unit-nama-beda") == []


# --- pegawai-ganda ----------------------------------------------------------------------------


def test_a_name_listed_twice_is_reported_once():
    # The published "Amir Mahmud", Tabel 3 nos. 1 and 9.
    staff = [
        _pegawai("Amir Mahmud", nomor=1, sumber="Tabel 3"),
        _pegawai("Siti Aminah", nomor=2, sumber="Tabel 3"),
        _pegawai("amir  mahmud", nomor=9, sumber="Tabel 3"),
    ]
    (finding,) = temuan(fakta(pegawai=staff), "pegawai-ganda")
    assert ringkas(finding) == ("pegawai-ganda", "peringatan", "Pegawai", "Amir Mahmud", None, None)
    assert finding.pesan == (
        'Nama "Amir Mahmud" tercantum 2 kali di daftar pegawai (Tabel 3 no. 1; Tabel 3 no. 9): '
        "satu orang tercatat dua kali, atau dua orang bernama sama yang perlu dibedakan."
    )


def test_a_name_listed_three_times_is_one_finding():
    staff = [_pegawai("Amir Mahmud", nomor=nomor) for nomor in (1, 5, 9)]
    (finding,) = temuan(fakta(pegawai=staff), "pegawai-ganda")
    assert "tercantum 3 kali" in finding.pesan


def test_distinct_names_are_quiet():
    staff = [_pegawai("Amir Mahmud", nomor=1), _pegawai("Amir Mahmudi", nomor=2)]
    assert temuan(fakta(pegawai=staff), "pegawai-ganda") == []
