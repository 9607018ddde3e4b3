"""A report's read figures as a satker-year's stated values: what `--simpan` writes. Plain
Python, no Django: the rows are made here, resolved against the satker's indicators and
kegiatan and written by `services.simpan_nilai_dokumen`.

What is written is only what the document *states*: BAB III.A's target, realisation and
capaian beside each indicator, the satker PK's lines as quoted targets, and every value the
reader and the claims already hold as stated (BAB III.B, the Lampiran, the budgets, the
sentences). Nothing of it is an input: the satker's targets, realisations and pagu are left
as they are, and the reviu compares the two.
"""

from collections import defaultdict
from dataclasses import replace

from kinerja.evaluation.reviu.facts import NilaiTercatat
from kinerja.periksa.fakta import FaktaDokumen

# Every stated value read from a file carries this before its source, so that a later
# `--simpan` replaces those, and only those: the model has no field telling a value read from
# a file from one typed in the admin or imported.
AWALAN_SUMBER = "Berkas LK: "
PANJANG_SUMBER = 200  # NilaiTercatat.sumber's width


def nilai_dokumen(data: FaktaDokumen) -> list[NilaiTercatat]:
    """The document's stated values in document order, their source marked as read from a
    file and numbered anew per source (one row of a table states several figures; the stored
    values are one per source and number)."""
    values: list[NilaiTercatat] = []
    for kode, row in data.fakta.pengukuran.items():
        if row.target is not None:
            values.append(
                NilaiTercatat(
                    row.sumber,
                    0,
                    "target",
                    indikator_kode=kode,
                    nilai=row.target.angka,
                    teks=row.target.teks,
                )
            )
        if row.realisasi is not None or row.realisasi_teks:
            values.append(
                NilaiTercatat(
                    row.sumber,
                    0,
                    "realisasi",
                    indikator_kode=kode,
                    nilai=row.realisasi,
                    teks=row.realisasi_teks,
                )
            )
        if row.capaian_tercatat is not None:
            values.append(
                NilaiTercatat(
                    row.sumber, 0, "capaian", indikator_kode=kode, nilai=row.capaian_tercatat
                )
            )
    values += data.fakta.nilai_tercatat
    for pk in data.fakta.pk_satker:
        for line in pk.baris:
            if line.target.angka is not None:
                values.append(
                    NilaiTercatat(
                        pk.nama,
                        0,
                        "target_pk",
                        indikator_kode=line.kode,
                        nilai=line.target.angka,
                        teks=line.teks,
                    )
                )
    numbers: dict[str, int] = defaultdict(int)
    marked = []
    for value in values:
        sumber = (AWALAN_SUMBER + value.sumber)[:PANJANG_SUMBER]
        numbers[sumber] += 1
        marked.append(replace(value, sumber=sumber, urutan=numbers[sumber]))
    return marked
