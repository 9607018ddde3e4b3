"""BAB III's efficiency of each sasaran (PermenPANRB 53/2014, BAB III.A point 6): the capaian
reached against the share of the budget absorbed to reach it. Plain Python.

The measure is the reading layer's (kinerja.measurement.rollup.efisiensi, docs/pengukuran.md):
efisiensi = capaian sasaran − serapan anggaran sasaran, in percentage points. It is how the
seed report argues efficiency ("memenuhi target yakni 100%, dan realisasi anggaran sebesar
90,03%"), made a figure; the PMK 214/2017 formula (domain.md §6.4) needs output volumes and unit
costs an LKjIP does not carry. Which sasaran have an efficiency is the reading layer's rule
(target met, something spent), so the measurement page and the report never disagree; here,
only the sentences that say why none is stated. Nothing is said where the pagu is missing."""

from decimal import Decimal

from kinerja.core.formatting import format_persen, format_poin, format_rupiah
from kinerja.documents.isi import Kolom, Tabel
from kinerja.measurement.pengukuran import SasaranPengukuran


def _poin(value: Decimal) -> str:
    return f"{format_poin(value)} poin persen"


def kalimat_efisiensi(group: SasaranPengukuran) -> str:
    """The efficiency sentence of a sasaran; empty when it has no pagu."""
    if group.pagu is None or group.pagu == 0:
        return ""
    if group.realisasi_anggaran is None:
        return "Efisiensi belum dapat dinilai: realisasi anggaran sasaran ini belum tercatat."
    if group.capaian is None:
        return "Efisiensi tidak dapat dinilai: capaian sasaran ini tidak dinilai."
    capaian, absorbed = format_persen(group.capaian), format_persen(group.serapan)
    if group.realisasi_anggaran == 0:
        # Nothing spent is not a saving: either the budget was not needed or its spending was
        # not recorded; the figures cannot tell which.
        return (
            f"Capaian sasaran ini {capaian} tanpa realisasi anggaran yang tercatat (pagu "
            f"{format_rupiah(group.pagu)} tidak terserap), sehingga efisiensi penggunaan "
            "anggaran tidak dinyatakan."
        )
    if group.efisiensi is None:
        # The reading layer's rule (rollup.efisiensi): no efficiency for a target not met.
        return (
            f"Target sasaran ini belum tercapai (capaian {capaian}, serapan anggaran "
            f"{absorbed}), sehingga efisiensi penggunaan anggaran tidak dapat dinyatakan."
        )
    value = group.efisiensi
    head = (
        f"Capaian sasaran {capaian} dicapai dengan serapan anggaran {absorbed}; efisiensinya "
        f"(capaian − serapan) {_poin(value)}"
    )
    left = group.pagu - group.realisasi_anggaran
    if value >= 0:
        saving = f", dengan sisa anggaran {format_rupiah(left)}" if left > 0 else ""
        return (
            head + ": target tercapai dengan serapan yang tidak melebihi capaian, sehingga "
            f"penggunaan anggaran efisien{saving}."
        )
    return (
        head + ": serapan anggaran melebihi capaian yang dihasilkan, sehingga penggunaan "
        "anggaran belum efisien."
    )


def tabel_efisiensi(groups: list[SasaranPengukuran], judul: str) -> Tabel | None:
    """One row per sasaran with a pagu; None when no sasaran has one."""
    rows = []
    for group in groups:
        if group.pagu is None or group.pagu == 0:
            continue
        spent, value = group.realisasi_anggaran, group.efisiensi
        rows.append(
            (
                group.label,
                format_persen(group.capaian) if group.capaian is not None else "–",
                format_rupiah(group.pagu),
                format_rupiah(spent) if spent is not None else "–",
                format_persen(group.serapan) if group.serapan is not None else "–",
                # The table says what the sentences say: no figure where none is claimed.
                format_poin(value) if value is not None else "–",
            )
        )
    if not rows:
        return None
    return Tabel(
        kolom=(
            Kolom("Sasaran", 4.6),
            Kolom("Capaian", 1.9, angka=True),
            Kolom("Pagu", 3.0, angka=True),
            Kolom("Realisasi", 3.0, angka=True),
            Kolom("Serapan", 1.8, angka=True),
            Kolom("Efisiensi (poin)", 1.7, angka=True),
        ),
        baris=tuple(rows),
        judul=judul,
    )
