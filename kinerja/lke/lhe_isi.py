"""The Laporan Hasil Evaluasi (LHE) of one finalised evaluation as a document (the content
model of kinerja.documents.isi, written as Word and PDF by the documents app's writers).

Everything scored comes from the snapshot written at finalisation, never from the live
answers: re-rendering after any later change prints the same figures. The narratives and
recommendations are the evaluator's own texts beside it. Plain Python, no Django."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.core.formatting import format_persen, format_poin, format_tanggal
from kinerja.documents.isi import (
    Blok,
    Dokumen,
    Identitas,
    Judul,
    Kolom,
    Paragraf,
    Penanda,
    Tabel,
    TandaTangan,
    nama_kapital,
)
from kinerja.lke.banding_tahun import Banding, banding
from kinerja.lke.nilai import SERATUS

EVALUATOR = "evaluator"
# A word joiner after each dot of a criterion code: a line breaks between codes, never inside
# one ("2.a." / "2"); invisible in Word and the PDF.
SAMBUNG = "\u2060"
BARU = "baru"


@dataclass(frozen=True)
class RekomendasiLhe:
    nomor: int
    uraian: str
    kode_kriteria: tuple[str, ...]
    prioritas: str  # as printed ("Tinggi")
    penanggung_jawab: str
    batas_waktu: datetime.date


@dataclass(frozen=True)
class PenandaLhe:
    nama: str
    nip: str  # as printed (19650101 200003 1 001)
    jabatan: str
    pangkat: str
    tempat: str
    tanggal: datetime.date


@dataclass
class DataLhe:
    nama_satker: str
    isi: dict  # the snapshot's content (kinerja.lke.snapshot.isi_snapshot)
    sha256: str
    penanda: PenandaLhe
    isi_lalu: dict | None = None  # last year's finalised snapshot of the same satker
    narasi: dict[str, str] = field(default_factory=dict)  # komponen code → text
    rekomendasi: list[RekomendasiLhe] = field(default_factory=list)


def angka(value: Decimal) -> str:
    """A score as printed: two decimals, half-up ("24,60")."""
    return format_poin(value)


def persen_bobot(nilai: Decimal, bobot: Decimal) -> str:
    return format_persen(nilai / bobot * SERATUS) if bobot else "–"


def _tabel_nilai(isi: dict) -> Tabel:
    hasil = isi["hasil"][EVALUATOR]
    scores = {kom["kode"]: kom for kom in hasil["komponen"]}
    rows = []
    for kom in isi["lembar"]["komponen"]:
        score = scores[kom["kode"]]
        nilai, bobot = Decimal(score["nilai"]), Decimal(score["bobot"])
        rows.append(
            (kom["kode"], kom["nama"], angka(bobot), angka(nilai), persen_bobot(nilai, bobot))
        )
        sub_scores = {sub["kode"]: sub for sub in score["sub"]}
        for sub in kom["sub"]:
            item = sub_scores[sub["kode"]]
            nilai, bobot = Decimal(item["nilai"]), Decimal(item["bobot"])
            rows.append(
                (sub["kode"], sub["nama"], angka(bobot), angka(nilai), persen_bobot(nilai, bobot))
            )
    total = Decimal(hasil["total_tampil"])
    return Tabel(
        kolom=(
            Kolom("Kode", 1.5),
            Kolom("Komponen / Sub-komponen", 8.0),
            Kolom("Bobot", 2.0, angka=True),
            Kolom("Nilai", 2.0, angka=True),
            Kolom("% Bobot", 2.5, angka=True),
        ),
        baris=tuple(rows),
        judul="Tabel 1 Nilai per Komponen dan Sub-komponen",
        kaki=(("", "Nilai Akhir", angka(SERATUS), angka(total), hasil["predikat"] or "–"),),
    )


def _banding_blok(data: DataLhe) -> list[Blok]:
    tahun = data.isi["tahun"]
    if data.isi_lalu is None:
        return [
            Paragraf(
                f"Tidak ada hasil evaluasi final tahun {tahun - 1} untuk {data.nama_satker} "
                "yang dapat dibandingkan."
            )
        ]
    found: Banding = banding(data.isi, data.isi_lalu)
    blocks: list[Blok] = [
        Paragraf(
            f"Nilai akhir tahun {tahun - 1} {angka(found.total_lalu)} "
            f"({found.predikat_lalu or '–'}); tahun {tahun} {angka(found.total_kini)} "
            f"({found.predikat_kini or '–'}). Perbandingan menurut kode kriteria; kode yang "
            f"tidak ada pada lembar kerja tahun {tahun - 1} ditandai \u201c{BARU}\u201d."
        ),
        Tabel(
            kolom=(
                Kolom("Kode", 1.5),
                Kolom("Komponen", 8.0),
                Kolom(f"Nilai {tahun - 1}", 2.5, angka=True),
                Kolom(f"Nilai {tahun}", 2.5, angka=True),
                Kolom("Selisih", 1.5, angka=True),
            ),
            baris=tuple(
                (
                    item.kode,
                    item.nama,
                    BARU if item.nilai_lalu is None else angka(item.nilai_lalu),
                    angka(item.nilai_kini),
                    "–" if item.selisih is None else angka(item.selisih),
                )
                for item in found.komponen
            ),
            judul=f"Tabel 2 Nilai Komponen Tahun {tahun - 1} dan {tahun}",
        ),
        Tabel(
            kolom=(
                Kolom("Kode", 2.0),
                Kolom(f"Jawaban {tahun - 1}", 3.0),
                Kolom(f"Jawaban {tahun}", 3.0),
                Kolom(f"Nilai {tahun - 1}", 2.5, angka=True),
                Kolom(f"Nilai {tahun}", 2.5, angka=True),
                Kolom("Selisih", 3.0, angka=True),
            ),
            baris=tuple(
                (
                    item.kode,
                    BARU if item.baru else (item.jawaban_lalu or "–"),
                    item.jawaban_kini or "–",
                    "–" if item.nilai_lalu is None else angka(item.nilai_lalu),
                    "–" if item.nilai_kini is None else angka(item.nilai_kini),
                    "–" if item.selisih is None else angka(item.selisih),
                )
                for item in found.kriteria
            ),
            judul=f"Tabel 3 Jawaban Evaluator per Kriteria Tahun {tahun - 1} dan {tahun}",
        ),
    ]
    if found.dihapus:
        blocks.append(
            Paragraf(
                f"Kriteria tahun {tahun - 1} yang tidak ada lagi pada lembar kerja tahun "
                f"{tahun}: {', '.join(found.dihapus)}."
            )
        )
    return blocks


def _rekomendasi_blok(data: DataLhe) -> list[Blok]:
    if not data.rekomendasi:
        return [Paragraf("Tidak ada rekomendasi.")]
    # Tables 2 and 3 compare with last year's result, and exist only when there is one.
    nomor = 2 if data.isi_lalu is None else 4
    return [
        Tabel(
            kolom=(
                Kolom("No", 1.0),
                Kolom("Rekomendasi", 6.5),
                Kolom("Kriteria", 2.0),
                Kolom("Prioritas", 2.0),
                Kolom("Penanggung Jawab", 2.5),
                Kolom("Batas Waktu", 2.0),
            ),
            baris=tuple(
                (
                    str(item.nomor),
                    item.uraian,
                    ", ".join(kode.replace(".", "." + SAMBUNG) for kode in item.kode_kriteria),
                    item.prioritas,
                    item.penanggung_jawab,
                    format_tanggal(item.batas_waktu),
                )
                for item in data.rekomendasi
            ),
            judul=f"Tabel {nomor} Rekomendasi",
        )
    ]


def dokumen_lhe(data: DataLhe) -> Dokumen:
    isi, tahun = data.isi, data.isi["tahun"]
    hasil = isi["hasil"][EVALUATOR]
    dokumen = Dokumen(
        judul=f"Laporan Hasil Evaluasi AKIP {data.nama_satker} Tahun {tahun}",
        kepala=f"{data.nama_satker} — Laporan Hasil Evaluasi AKIP Tahun {tahun}",
    )
    dokumen.tambah(
        Judul("LAPORAN HASIL EVALUASI"),
        Judul("AKUNTABILITAS KINERJA INSTANSI PEMERINTAH"),
        Judul(f"{data.nama_satker.upper()} TAHUN {tahun}"),
        Identitas(
            (
                ("Satker", data.nama_satker),
                ("Tahun", str(tahun)),
                ("Lembar", isi["lembar"]["nama"]),
            )
        ),
        # In groups, so the 64 characters can break at the margin.
        Paragraf(
            "Dicetak dari hasil final dengan SHA-256 "
            + " ".join(data.sha256[i : i + 16] for i in range(0, len(data.sha256), 16))
            + ".",
            rata="kiri",
        ),
        Judul("I. Hasil Evaluasi", 1),
        Paragraf(
            f"Nilai akhir evaluasi akuntabilitas kinerja {data.nama_satker} tahun {tahun} "
            f"adalah {angka(Decimal(hasil['total_tampil']))} dengan predikat "
            f"{hasil['predikat'] or '–'}."
        ),
        _tabel_nilai(isi),
        Judul("II. Uraian per Komponen", 1),
    )
    scores = {kom["kode"]: kom for kom in hasil["komponen"]}
    for kom in isi["lembar"]["komponen"]:
        score = scores[kom["kode"]]
        dokumen.tambah(
            Judul(f"{kom['kode']}. {kom['nama']}", 2),
            Paragraf(
                f"Nilai {angka(Decimal(score['nilai']))} dari bobot "
                f"{angka(Decimal(score['bobot']))} "
                f"({persen_bobot(Decimal(score['nilai']), Decimal(score['bobot']))})."
            ),
            Paragraf(data.narasi.get(kom["kode"]) or "Evaluator tidak menulis uraian."),
        )
    dokumen.tambah(Judul(f"III. Perbandingan dengan Tahun {tahun - 1}", 1))
    dokumen.tambah(*_banding_blok(data))
    dokumen.tambah(Judul("IV. Rekomendasi", 1))
    dokumen.tambah(*_rekomendasi_blok(data))
    signer = data.penanda
    dokumen.tambah(
        TandaTangan(
            f"{signer.tempat}, {format_tanggal(signer.tanggal)}",
            (
                Penanda(
                    (signer.jabatan.upper() + ",",),
                    nama_kapital(signer.nama),
                    signer.nip,
                    signer.pangkat,
                ),
            ),
        )
    )
    return dokumen
