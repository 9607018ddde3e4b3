"""The RKT table of BAB II numbers its sasaran as an RKT prints them: once per sasaran, never by
the position of a line (the demo printed "2", "3" beside the second and third indicators of
sasaran 1, and "5" beside the second of sasaran 2)."""

from decimal import Decimal
from types import SimpleNamespace

from kinerja.documents.tabel_rkt import baris_rkt
from kinerja.planning.targets import Target


def _line(sasaran: str, nama: str, nomor: str = "", target: str = "95"):
    return SimpleNamespace(
        nomor_tercetak=nomor,
        sasaran_tercetak=sasaran,
        indikator_tercetak="",
        indikator=SimpleNamespace(nama=nama, satuan="%"),
        target_nilai=Target(Decimal(target)),
    )


def test_the_number_and_the_sasaran_are_printed_once_per_sasaran():
    rows = baris_rkt(
        [
            _line("Perencanaan (6709)", "Indikator A", nomor="1."),
            _line("Perencanaan (6709)", "Indikator B"),
            _line("Badan Adhoc (6867)", "Indikator C", nomor="2.", target="100"),
            _line("Badan Adhoc (6867)", "Indikator D", target="100"),
        ]
    )
    assert rows == (
        ("1.", "Perencanaan (6709)", "Indikator A", "95%"),
        ("", "", "Indikator B", "95%"),
        ("2.", "Badan Adhoc (6867)", "Indikator C", "100%"),
        ("", "", "Indikator D", "100%"),
    )


def test_a_sasaran_printed_without_a_number_is_numbered_by_its_place_among_the_sasaran():
    rows = baris_rkt(
        [
            _line("S1", "A"),
            _line("S1", "B"),
            _line("S2", "C"),
        ]
    )
    assert [row[0] for row in rows] == ["1.", "", "2."]
