"""The rows of the RKT table as an RKT prints them: the number and the sasaran on the first
row of each sasaran only, its further indicators under it with those cells left blank."""

from kinerja.core.formatting import format_target
from kinerja.documents.isi import Kolom, Tabel


def baris_rkt(rows) -> tuple[tuple[str, str, str, str], ...]:
    """`rows`: the RKT's lines in order. A line's printed number is kept as printed; a sasaran
    printed without one is numbered by its place among the sasaran, never by the line's
    position (which would number its second indicator "2")."""
    result = []
    previous = None
    count = 0
    for row in rows:
        indicator = row.indikator_tercetak or row.indikator.nama
        target = format_target(row.target_nilai, row.indikator.satuan)
        if row.sasaran_tercetak == previous and not row.nomor_tercetak:
            result.append(("", "", indicator, target))
            continue
        count += 1
        previous = row.sasaran_tercetak
        result.append((row.nomor_tercetak or f"{count}.", row.sasaran_tercetak, indicator, target))
    return tuple(result)


def tabel_rkt(rows, judul: str) -> Tabel:
    """The RKT as a table (BAB II and the Lampiran print the same one)."""
    return Tabel(
        kolom=(
            Kolom("No", 1.2),
            Kolom("Sasaran", 5.0),
            Kolom("Indikator Kinerja", 7.3),
            Kolom("Target", 2.5, angka=True),
        ),
        baris=baris_rkt(rows),
        judul=judul,
    )
