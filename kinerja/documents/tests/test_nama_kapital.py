"""Signers' names are printed in capitals with their titles and degrees as written."""

import pytest

from kinerja.documents.isi import nama_kapital


@pytest.mark.parametrize(
    ("nama", "dicetak"),
    [
        ("Drs. Hendra Saputra, M.Si.", "Drs. HENDRA SAPUTRA, M.Si."),
        ("Dra. Siti Rahmawati", "Dra. SITI RAHMAWATI"),
        ("Prof. Dr. Ir. Budi Santoso, M.Eng., Ph.D.", "Prof. Dr. Ir. BUDI SANTOSO, M.Eng., Ph.D."),
        ("Siti Kepala, S.Sos.", "SITI KEPALA, S.Sos."),
        ("Ahmad Yani", "AHMAD YANI"),
        ("Suharto", "SUHARTO"),
    ],
)
def test_the_name_is_in_capitals_and_the_degrees_as_written(nama, dicetak):
    assert nama_kapital(nama) == dicetak
