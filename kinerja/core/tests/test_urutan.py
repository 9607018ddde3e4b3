from kinerja.core.urutan import kunci_kode


def test_codes_sort_by_their_numbers_not_their_characters():
    codes = ["3360-10", "3360-2", "3360-11", "3360-1", "6709-1", "IKU-2", "IKU-10", ""]
    assert sorted(codes, key=kunci_kode) == [
        "",
        "3360-1",
        "3360-2",
        "3360-10",
        "3360-11",
        "6709-1",
        "IKU-2",
        "IKU-10",
    ]
