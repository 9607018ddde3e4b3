"""A document's content to canonical JSON and back (kinerja.documents.serial): every kind of
block survives the round trip, and the hash names the content."""

import datetime

import pytest

from kinerja.documents.isi import (
    Bagian,
    DaftarIsi,
    Dokumen,
    Gambar,
    HalamanBaru,
    Identitas,
    Judul,
    Kolom,
    Paragraf,
    Penanda,
    Tabel,
    TandaTangan,
)
from kinerja.documents.lkjip import laporan_kinerja
from kinerja.documents.serial import dari_json, ke_json, sidik

PNG = b"\x89PNG\r\n\x1a\n\x00\x01binary\xff"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><text>94,74%</text></svg>'
DRAWN = {"png": PNG, "svg": SVG}


def _every_block() -> Dokumen:
    return Dokumen(
        judul="Laporan Kinerja Uji",
        kepala="Uji — Laporan Kinerja Tahun 2025",
        catatan_status="DRAF",
        blok=[
            Bagian("sampul"),
            Judul("LAPORAN", 0),
            Paragraf("Capaian 94,74% — “tercapai”", rata="kanan", tebal=True),
            Identitas((("Nama", "Siti"), ("Jabatan", "Sekretaris"))),
            Tabel(
                kolom=(Kolom("No", 1.0), Kolom("Target", 2.5, angka=True)),
                baris=(("1.", "95%"), ("2.", "Rp 1.748.912.000")),
                judul="Tabel 3.1 Uji",
                nomor_kolom=True,
                kaki=(("", "Jumlah"),),
            ),
            Gambar(DRAWN.__getitem__, "Grafik 3.1 Uji", "Batang capaian", lebar_cm=12.5),
            TandaTangan(
                "Kota Uji, 16 Januari 2025",
                (Penanda(("SEKRETARIS,",), "SITI", "196501012000031001", "Pembina/ IV.a"),),
            ),
            HalamanBaru(),
            DaftarIsi("tabel"),
        ],
    )


def test_every_kind_of_block_comes_back_equal():
    document = _every_block()
    again = dari_json(ke_json(document))
    # A chart is its drawings: compared as stored, every other block as a value.
    assert ke_json(again) == ke_json(document)
    assert [block for block in again.blok if not isinstance(block, Gambar)] == [
        block for block in document.blok if not isinstance(block, Gambar)
    ]
    assert (again.blok[5].png, again.blok[5].svg) == (PNG, SVG)


def test_the_json_is_canonical_so_the_same_content_has_the_same_hash():
    first, second = ke_json(_every_block()), ke_json(_every_block())
    assert first == second
    assert sidik(first) == sidik(second)
    assert len(sidik(first)) == 64
    assert "94,74%" in first  # non-ASCII and figures kept as printed


def test_a_changed_figure_changes_the_hash():
    changed = _every_block()
    changed.blok[2] = Paragraf("Capaian 94,75% — “tercapai”", rata="kanan", tebal=True)
    assert sidik(ke_json(changed)) != sidik(ke_json(_every_block()))


@pytest.mark.django_db
def test_the_demo_lkjip_with_its_charts_comes_back_equal(prabumulih):
    document = laporan_kinerja(prabumulih, 2024, tanggal=datetime.date(2025, 1, 16))
    assert any(isinstance(block, Gambar) for block in document.blok)
    stored = ke_json(document)
    assert ke_json(dari_json(stored)) == stored
