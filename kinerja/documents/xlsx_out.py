"""The LKjIP's figures as an Excel workbook, built straight from the reading layer (never from
the Word or PDF content): the measurement, the budget per kegiatan, the PKs' lines and
budgets, the hambatan and upaya, and — when asked — the blockers and the consistency notes.

Numbers are stored as numbers (Rupiah as whole numbers, capaian and serapan as fractions with
a percent format, rounded half-up to the two decimals the report prints), so that a
spreadsheet adds them; the number formats group thousands, which Excel shows with the
reader's separators (1.748.912.000 and 94,74% in an Indonesian Excel). A figure that does not
exist is an empty cell, never 0."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kinerja.core.formatting import round_half_up
from kinerja.documents.isi import Dokumen
from kinerja.documents.kalimat import realisasi_tampil, tercapai
from kinerja.documents.kesiapan import JUDUL_JENIS, Penghalang
from kinerja.documents.lampiran import TINGKAT
from kinerja.documents.xlsx_tabel import tambah_tabel
from kinerja.evaluation.reviu.rules import ATURAN, Temuan
from kinerja.measurement.models import HambatanUpaya
from kinerja.measurement.pengukuran import DILAPORKAN, Pengukuran, hitung_pengukuran
from kinerja.measurement.satker_year import satker_tahun

RUPIAH = '"Rp "#,##0'
PERSEN = "0.00%"
ANGKA = "#,##0"
DESIMAL = "#,##0.00"
# Indonesian month names whatever the reader's Excel language (LCID 0421).
TANGGAL = "[$-421]d mmmm yyyy"
SERATUS = Decimal(100)


@dataclass
class DataBuku:
    """What the workbook is written from: the measurement, the PKs in force (model instances
    with their lines and budgets prefetched by the reading layer) and the hambatan."""

    pengukuran: Pengukuran
    perjanjian: list
    hambatan: list
    penghalang: Sequence[Penghalang] = ()
    temuan: Sequence[Temuan] | None = None
    nama_satker: str = ""


def data_buku(
    satker,
    tahun: int,
    *,
    penghalang: Sequence[Penghalang] = (),
    temuan: Sequence[Temuan] | None = None,
    snapshot=None,
) -> DataBuku:
    snapshot = snapshot or satker_tahun(satker, tahun)
    return DataBuku(
        pengukuran=hitung_pengukuran(snapshot),
        perjanjian=snapshot.perjanjian,
        hambatan=list(
            HambatanUpaya.objects.filter(satker=satker, tahun=tahun).order_by("nomor", "pk")
        ),
        penghalang=penghalang,
        temuan=temuan,
        nama_satker=satker.nama_lengkap or satker.nama,
    )


def _persen(value: Decimal | None) -> Decimal | None:
    """A percentage (94.7368…) as the fraction a percent-formatted cell holds (0.9474)."""
    return None if value is None else round_half_up(value, 2) / SERATUS


def _angka_format(value) -> str:
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return DESIMAL
    return ANGKA


def _sheet(book: Workbook, title: str, columns: Sequence[tuple[str, float]], first: bool = False):
    sheet = book.active if first else book.create_sheet()
    sheet.title = title
    sheet.append([name for name, _ in columns])
    for index, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    return sheet


def _formats(sheet, row: int, formats: dict[int, str]) -> None:
    for column, number_format in formats.items():
        sheet.cell(row=row, column=column).number_format = number_format


def _pengukuran(book: Workbook, data: DataBuku) -> None:
    sheet = _sheet(
        book,
        "Pengukuran",
        [
            ("No", 5),
            ("Sasaran/Kegiatan", 40),
            ("Kode", 10),
            ("Indikator Kinerja", 60),
            ("Satuan", 10),
            ("Target", 12),
            ("Realisasi", 12),
            ("Capaian", 11),
            ("Predikat", 18),
            ("Keterangan", 16),
        ],  # fmt: skip
        first=True,
    )
    for number, row in enumerate(data.pengukuran.baris, start=1):
        target = row.target
        target_cell = target.angka if target and target.angka is not None else (
            target.teks if target else None
        )  # fmt: skip
        realised = (
            row.realisasi
            if row.status == DILAPORKAN and row.realisasi is not None
            else realisasi_tampil(row)
        )
        verdict = tercapai(row)
        sheet.append(
            [
                number,
                row.sasaran,
                row.indikator.kode,
                row.indikator.nama,
                row.indikator.satuan,
                target_cell,
                realised,
                _persen(row.hasil.nilai) if row.hasil.dinilai else None,
                str(row.predikat) if row.predikat else None,
                "–" if verdict is None else ("Tercapai" if verdict else "Belum tercapai"),
            ]
        )
        _formats(
            sheet,
            sheet.max_row,
            {6: _angka_format(target_cell), 7: _angka_format(realised), 8: PERSEN},
        )
    sheet.append([])
    sheet.append(
        [None, "Capaian satker", None, None, None, None, None, _persen(data.pengukuran.capaian),
         str(data.pengukuran.predikat) if data.pengukuran.predikat else None]
    )  # fmt: skip
    _formats(sheet, sheet.max_row, {8: PERSEN})
    sheet.cell(row=sheet.max_row, column=2).font = Font(bold=True)


def _anggaran(book: Workbook, data: DataBuku) -> None:
    sheet = _sheet(
        book,
        "Anggaran",
        [
            ("Kode", 10),
            ("Kegiatan", 50),
            ("Program", 40),
            ("Pagu", 18),
            ("Realisasi", 18),
            ("Serapan", 10),
            ("Sisa", 18),
        ],  # fmt: skip
    )
    money = {4: RUPIAH, 5: RUPIAH, 6: PERSEN, 7: RUPIAH}
    for item in data.pengukuran.anggaran:
        rest = (
            item.pagu - item.realisasi
            if item.pagu is not None and item.realisasi is not None
            else None
        )
        sheet.append(
            [item.kode, item.nama, item.program, item.pagu, item.realisasi,
             _persen(item.serapan), rest]
        )  # fmt: skip
        _formats(sheet, sheet.max_row, money)
    pagu, realised, share = data.pengukuran.total()
    rest = pagu - realised if pagu is not None and realised is not None else None
    # The reading layer's totals, the figures the report prints (the rows add up to them).
    sheet.append([None, "Jumlah", None, pagu, realised, _persen(share), rest])
    _formats(sheet, sheet.max_row, money)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)


def _perjanjian(book: Workbook, data: DataBuku) -> None:
    lines = _sheet(
        book,
        "PK Target",
        [
            ("Perjanjian Kinerja", 45),
            ("Versi", 7),
            ("Tanggal", 16),
            ("No", 5),
            ("Sasaran", 40),
            ("Indikator Kinerja", 60),
            ("Target", 12),
            ("Satuan", 10),
        ],  # fmt: skip
    )
    budgets = _sheet(
        book,
        "PK Anggaran",
        [("Perjanjian Kinerja", 45), ("No", 5), ("Program/Kegiatan/KRO", 60), ("Anggaran", 18)],
    )
    for pk in data.perjanjian:
        for line in sorted(pk.baris.all(), key=lambda item: item.urutan):
            target = line.target_nilai
            value = target.angka if target and target.angka is not None else (
                target.teks if target else None
            )  # fmt: skip
            lines.append(
                [pk.judul, pk.versi, pk.tanggal, line.urutan, line.sasaran_tercetak,
                 line.indikator_tercetak or line.indikator.nama, value, line.indikator.satuan]
            )  # fmt: skip
            _formats(lines, lines.max_row, {3: TANGGAL, 7: _angka_format(value)})
        for line in sorted(pk.anggaran.all(), key=lambda item: item.urutan):
            budgets.append([pk.judul, line.urutan, line.uraian_tercetak, line.anggaran])
            _formats(budgets, budgets.max_row, {4: RUPIAH})


def _teks(book: Workbook, title: str, columns, rows) -> None:
    sheet = _sheet(book, title, columns)
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def tulis_xlsx(data: DataBuku, dokumen: Dokumen | None = None) -> bytes:
    """The workbook of the figures; with `dokumen`, every table it prints follows, each on its
    own sheet (kinerja.documents.xlsx_tabel)."""
    book = Workbook()
    _pengukuran(book, data)
    _anggaran(book, data)
    _perjanjian(book, data)
    _teks(
        book,
        "Hambatan dan Upaya",
        [("No", 5), ("Kegiatan/Aspek", 30), ("Hambatan", 60), ("Upaya", 60)],
        ((item.nomor, item.aspek, item.hambatan, item.upaya) for item in data.hambatan),
    )
    if data.penghalang:
        _teks(
            book,
            "Belum Lengkap",
            [("No", 5), ("Bagian", 18), ("Yang belum lengkap", 100)],
            (
                (index, JUDUL_JENIS[item.jenis], item.pesan)
                for index, item in enumerate(data.penghalang, start=1)
            ),
        )
    if data.temuan is not None:
        _teks(
            book,
            "Konsistensi Data",
            [
                ("No", 5),
                ("Aturan", 35),
                ("Tingkat", 11),
                ("Lokasi", 35),
                ("Uraian", 70),
                ("Tercatat", 18),
                ("Hasil hitungan", 18),
            ],  # fmt: skip
            (
                (
                    index,
                    ATURAN[item.aturan].judul,
                    TINGKAT[item.tingkat],
                    f"{item.tabel}, {item.baris}" if item.baris else item.tabel,
                    item.pesan,
                    item.tercatat,
                    item.seharusnya,
                )  # fmt: skip
                for index, item in enumerate(data.temuan, start=1)
            ),
        )
    if dokumen is not None:
        tambah_tabel(book, dokumen)
    book.properties.title = f"Laporan Kinerja {data.nama_satker} {data.pengukuran.tahun}"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
