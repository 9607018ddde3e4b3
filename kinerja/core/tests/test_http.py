from kinerja.core.http import nomor_dari
from kinerja.core.nip import ni_pppk_errors, nip_errors
from kinerja.core.urutan import kunci_kode


def test_an_id_is_ascii_digits_only():
    assert nomor_dari("42") == 42
    for text in ("", None, "²", "١٢", "-1", "1.0", "NaN", " 4"):
        assert nomor_dari(text) is None, text


def test_superscript_digits_are_refused_not_a_crash():
    assert nip_errors("²" * 18) == ["NIP hanya boleh berisi angka."]
    assert ni_pppk_errors("²" * 18) == ["NI PPPK hanya boleh berisi angka."]
    assert kunci_kode("²") == ((1, 0, "²"),)
