"""The LKjIP's chapters built from the measurement (the reading layer's result), as document
blocks (kinerja.documents.isi). BAB III so far: A. capaian per sasaran — each with its table,
its sentences and its budget — and B. realisasi anggaran per kegiatan with totals that
reconcile. Tables are numbered as the chapter goes (Tabel 3.1, 3.2, …)."""

from kinerja.core.formatting import format_persen, format_rupiah, format_target
from kinerja.documents.isi import Blok, Judul, Kolom, Paragraf, Tabel
from kinerja.documents.kalimat import (
    capaian_tampil,
    kalimat_anggaran,
    kalimat_indikator,
    kalimat_sasaran,
    realisasi_tampil,
    tercapai,
)
from kinerja.measurement.pengukuran import Pengukuran

KOLOM_CAPAIAN = (
    Kolom("No", 1.0),
    Kolom("Indikator Kinerja", 6.6),
    Kolom("Target", 2.2, angka=True),
    Kolom("Realisasi", 2.4, angka=True),
    Kolom("Capaian", 2.0, angka=True),
    Kolom("Ket.", 1.8),
)
KOLOM_ANGGARAN = (
    Kolom("Kode", 1.4),
    Kolom("Kegiatan", 6.6),
    Kolom("Pagu", 3.2, angka=True),
    Kolom("Realisasi", 3.2, angka=True),
    Kolom("Serapan", 1.6, angka=True),
)


def _ket(row) -> str:
    verdict = tercapai(row)
    if verdict is None:
        return "–"
    return "Tercapai" if verdict else "Belum tercapai"


def _rupiah(value) -> str:
    return format_rupiah(value) if value is not None else "–"


def _persen(value) -> str:
    return format_persen(value) if value is not None else "–"


def bab_tiga(pengukuran: Pengukuran) -> list[Blok]:
    number = 0

    def caption(text: str) -> str:
        nonlocal number
        number += 1
        return f"Tabel 3.{number} {text}"

    blocks: list[Blok] = [Judul("BAB III AKUNTABILITAS KINERJA", 1), Judul("A. Capaian Kinerja", 2)]
    overall = f"Capaian kinerja {pengukuran.nama} tahun {pengukuran.tahun}"
    if pengukuran.capaian is not None:
        overall += f" sebesar {format_persen(pengukuran.capaian)}"
        overall += f" dengan predikat {pengukuran.predikat}." if pengukuran.predikat else "."
    else:
        overall += " tidak dapat dihitung: belum ada indikator yang dinilai."
    scale = pengukuran.pengaturan.skala
    blocks.append(Paragraf(overall))
    blocks.append(
        Paragraf(
            "Capaian setiap indikator dihitung dari target dan realisasinya menurut aturan "
            f"indikator itu; predikat mengikuti skala {scale.nama}."
        )
    )
    for group in pengukuran.sasaran:
        blocks.append(Judul(group.label, 2))
        blocks.append(
            Tabel(
                kolom=KOLOM_CAPAIAN,
                baris=tuple(
                    (
                        f"{index}.",
                        row.indikator.nama,
                        format_target(row.target, row.indikator.satuan),
                        realisasi_tampil(row),
                        capaian_tampil(row),
                        _ket(row),
                    )
                    for index, row in enumerate(group.baris, start=1)
                ),
                judul=caption(f"Capaian {group.label}"),
            )
        )
        blocks.append(Paragraf(kalimat_sasaran(group)))
        blocks.extend(Paragraf(kalimat_indikator(row)) for row in group.baris)
        if group.anggaran:
            blocks.append(Paragraf(kalimat_anggaran(group.anggaran)))

    blocks.append(Judul("B. Realisasi Anggaran", 2))
    pagu, realised, share = pengukuran.total()
    blocks.append(
        Tabel(
            kolom=KOLOM_ANGGARAN,
            baris=tuple(
                (
                    item.kode,
                    item.nama,
                    _rupiah(item.pagu),
                    _rupiah(item.realisasi),
                    _persen(item.serapan),
                )
                for item in pengukuran.anggaran
            ),
            judul=caption("Realisasi anggaran per kegiatan"),
            kaki=(("", "Jumlah", _rupiah(pagu), _rupiah(realised), _persen(share)),),
        )
    )
    blocks.append(
        Paragraf(
            kalimat_anggaran(pengukuran.anggaran, f"{pengukuran.nama} tahun {pengukuran.tahun}")
        )
    )
    return blocks
