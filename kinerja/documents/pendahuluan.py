"""The LKjIP's front matter and BAB I as document blocks: the cover with the kop, Kata
Pengantar (signed by the first party of the satker's PK in force), the inspectorate's
Pernyataan Telah Direviu (or the mark that the report is not reviewed yet), Ikhtisar Eksekutif
with the summary of every indicator, Daftar Isi, Daftar Tabel and Daftar Grafik, then BAB I
with its sections, the organisation tables (members, units, staff) as the organisations app
holds them, the isu strategis and the sistematika.

The narrative sections print the text in force (kinerja.documents.naskah): a user's latest
version as is, or the default generated from the data."""

from kinerja.core.formatting import format_target
from kinerja.documents import naskah_bawaan as bawaan
from kinerja.documents.identitas_laporan import IdentitasLaporan
from kinerja.documents.isi import (
    Bagian,
    Blok,
    DaftarIsi,
    HalamanBaru,
    Judul,
    Kolom,
    Paragraf,
    Tabel,
    TandaTangan,
)
from kinerja.documents.kalimat import capaian_tampil, realisasi_tampil, tercapai
from kinerja.documents.penanda_tangan import Penetapan, penanda, tempat_tanggal
from kinerja.documents.reviu_apip import halaman_pernyataan
from kinerja.measurement.pengukuran import Pengukuran


def _teks(naskah: dict[str, str], bagian: str) -> list[Blok]:
    return [Paragraf(line) for line in bawaan.paragraf(naskah[bagian])]


def sampul(satker, tahun: int, nomor: str = "") -> list[Blok]:
    name = satker.nama_lengkap or satker.nama
    blocks: list[Blok] = [Judul(satker.nama.upper())]
    if satker.alamat:
        blocks.append(Paragraf(satker.alamat, rata="tengah"))
    blocks.extend(
        [
            Paragraf(""),
            Paragraf(""),
            Judul("LAPORAN KINERJA INSTANSI PEMERINTAH"),
            Judul(name.upper()),
            Judul(f"TAHUN {tahun}"),
        ]
    )
    if nomor:
        blocks.append(Paragraf(f"Nomor: {nomor}", rata="tengah"))
    return blocks


def _penanda(penetapan: Penetapan, identitas: IdentitasLaporan) -> list[Blok]:
    """The signature under the Kata Pengantar: the report's signer, place and date."""
    signer = penetapan.penanda_tangan
    if signer is None:
        return []
    place_date = tempat_tanggal(identitas.tempat, identitas.tanggal)
    return [TandaTangan(place_date, (penanda(signer),))]


def _ringkasan(measured: Pengukuran) -> Tabel:
    rows = []
    for group in measured.sasaran:
        for index, row in enumerate(group.baris, start=1):
            verdict = tercapai(row)
            rows.append(
                (
                    f"{len(rows) + 1}.",
                    group.label if index == 1 else "",
                    row.indikator.nama,
                    format_target(row.target, row.indikator.satuan),
                    realisasi_tampil(row),
                    capaian_tampil(row),
                    "–" if verdict is None else ("Tercapai" if verdict else "Belum tercapai"),
                )
            )
    return Tabel(
        kolom=(
            Kolom("No", 0.9),
            Kolom("Sasaran", 3.0),
            Kolom("Indikator Kinerja", 4.6),
            Kolom("Target", 1.6, angka=True),
            Kolom("Realisasi", 2.0, angka=True),
            Kolom("Capaian", 1.9, angka=True),
            Kolom("Ket.", 2.0),
        ),
        baris=tuple(rows),
        judul=f"Tabel Ikhtisar Capaian Indikator Kinerja Tahun {measured.tahun}",
    )


def _organisasi(satker) -> list[Blok]:
    """The members (for a commission), the units with their tasks, and the staff."""
    blocks: list[Blok] = []
    number = 0

    def caption(text: str) -> str:
        nonlocal number
        number += 1
        return f"Tabel 1.{number} {text}"

    members = list(satker.anggota.order_by("nomor_urut", "nama"))
    if members:
        blocks.append(
            Tabel(
                kolom=(
                    Kolom("No", 1.0),
                    Kolom("Nama", 4.0),
                    Kolom("Jabatan", 6.5),
                    Kolom("Korwil Kecamatan", 4.5),
                ),
                baris=tuple(
                    (f"{index}.", item.nama, item.jabatan, item.korwil_kecamatan or "–")
                    for index, item in enumerate(members, start=1)
                ),
                judul=caption(f"Anggota {satker.nama}"),
            )
        )
    units = list(satker.units.order_by("urutan", "nama"))
    if units:
        blocks.append(
            Tabel(
                kolom=(Kolom("No", 1.0), Kolom("Unit Kerja", 5.0), Kolom("Tugas", 10.0)),
                baris=tuple(
                    (f"{index}.", item.nama, item.tugas or "–")
                    for index, item in enumerate(units, start=1)
                ),
                judul=caption(f"Unit kerja {satker.nama_lengkap or satker.nama}"),
            )
        )
    staff = list(satker.pegawai.order_by("jenis", "nomor_urut", "nama"))
    if staff:
        blocks.append(
            Tabel(
                kolom=(
                    Kolom("No", 1.0),
                    Kolom("Nama", 4.2),
                    Kolom("Jenis", 1.6),
                    Kolom("Jabatan", 4.6),
                    Kolom("Pangkat/Gol.", 2.6),
                    Kolom("Pendidikan", 2.0),
                ),
                baris=tuple(
                    (
                        f"{index}.",
                        item.nama,
                        item.jenis.upper(),
                        item.jabatan or item.formasi or "–",
                        item.pangkat_golongan or "–",
                        item.pendidikan or "–",
                    )
                    for index, item in enumerate(staff, start=1)
                ),
                judul=caption(f"Pegawai {satker.nama}"),
            )
        )
    return blocks


def halaman_depan(
    snapshot,
    measured: Pengukuran,
    naskah: dict[str, str],
    identitas: IdentitasLaporan,
    penetapan: Penetapan,
    pernyataan=None,
) -> list[Blok]:
    """The cover (unnumbered, with the report's number when it has one), then the front
    matter numbered i, ii, … `pernyataan`: the inspectorate's statement in force (None: the
    report is marked as not reviewed)."""
    satker = snapshot.satker
    return [
        Bagian("sampul"),
        *sampul(snapshot.satker, snapshot.tahun, identitas.nomor),
        Bagian("romawi"),
        Judul(bawaan.JUDUL[bawaan.KATA_PENGANTAR], 1),
        *_teks(naskah, bawaan.KATA_PENGANTAR),
        *_penanda(penetapan, identitas),
        HalamanBaru(),
        *halaman_pernyataan(pernyataan, satker.nama_lengkap or satker.nama, snapshot.tahun),
        HalamanBaru(),
        Judul(bawaan.JUDUL[bawaan.IKHTISAR_EKSEKUTIF], 1),
        *_teks(naskah, bawaan.IKHTISAR_EKSEKUTIF),
        *([_ringkasan(measured)] if measured.baris else []),
        HalamanBaru(),
        Judul("DAFTAR ISI", 1),
        DaftarIsi("isi"),
        HalamanBaru(),
        Judul("DAFTAR TABEL", 1),
        DaftarIsi("tabel"),
        HalamanBaru(),
        Judul("DAFTAR GRAFIK", 1),
        DaftarIsi("grafik"),
    ]


def bab_satu(snapshot, naskah: dict[str, str]) -> list[Blok]:
    """BAB I, the first page numbered 1."""
    return [
        Bagian("arab"),
        Judul("BAB I PENDAHULUAN", 1),
        Judul(bawaan.JUDUL[bawaan.LATAR_BELAKANG], 2),
        *_teks(naskah, bawaan.LATAR_BELAKANG),
        Judul(bawaan.JUDUL[bawaan.MAKSUD_TUJUAN], 2),
        *_teks(naskah, bawaan.MAKSUD_TUJUAN),
        Judul(bawaan.JUDUL[bawaan.TUGAS_FUNGSI], 2),
        *_teks(naskah, bawaan.TUGAS_FUNGSI),
        *_organisasi(snapshot.satker),
        Judul(bawaan.JUDUL[bawaan.ISU_STRATEGIS], 2),
        *_teks(naskah, bawaan.ISU_STRATEGIS),
        Judul(bawaan.JUDUL[bawaan.SISTEMATIKA], 2),
        *_teks(naskah, bawaan.SISTEMATIKA),
    ]
