"""An LKE worksheet as an XLSX workbook and back, so an inspectorate prepares next year's
worksheet (or loads its own variant) without code. No Django. Layout: docs/lke-lembar.md.

- sheet "Lembar": one row per komponen ("1"), sub-komponen ("1.a") and kriteria ("1.a.1"),
  the code's depth saying which; header row frozen;
- sheet "Skala": one row per answer option (scale code, scale name, option, label, fraction);
- sheet "Keterangan": the worksheet's year, name, sources and note.

Reading is lenient where nothing can be misread (columns found by their header wherever they
stand, extra columns ignored, a decimal comma or point, "Y/T" for the scale "y-t") and strict
everywhere else: every problem is collected and reported with its sheet, row and column,
and nothing is returned until there are none.
"""

import zipfile
from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils.exceptions import InvalidFileException

from kinerja.core.formatting import plain_decimal
from kinerja.core.pesan import Pesan
from kinerja.lke.lembar import Lembar, Skala
from kinerja.lke.xlsx_baca import Draf, baca_baris, periksa_draf, susun
from kinerja.lke.xlsx_sheet import Galat, baca_keterangan, baca_skala, baca_tabel, cari_sheet
from kinerja.lke.xlsx_tata_letak import (
    KETERANGAN,
    KOLOM_LEMBAR,
    KOLOM_SKALA,
    LEMBAR,
    SKALA,
    WAJIB_LEMBAR,
    LembarTidakSah,
)

__all__ = ["LembarTidakSah", "baca_lembar", "tulis_lembar"]


# Excel keeps 15 significant digits and a reader gets a numeric cell as a float; a longer
# weight or fraction is written as text, which is read back digit for digit.
DIGIT_ANGKA = 15


def _angka(value: Decimal) -> Decimal | str:
    return value if len(value.as_tuple().digits) <= DIGIT_ANGKA else plain_decimal(value)


def _tulis_baris(sheet, nilai: list, tebal: bool = False) -> None:
    sheet.append([_angka(v) if isinstance(v, Decimal) else v for v in nilai])
    for cell in sheet[sheet.max_row]:
        # A text starting with "=" is a formula to openpyxl; in a worksheet it is text.
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if tebal:
            cell.font = Font(bold=True)


def _siapkan(sheet, kolom) -> None:
    sheet.append([header for _, header, _, _ in kolom])
    for index, (_, _, lebar, _) in enumerate(kolom):
        sheet.column_dimensions[sheet.cell(1, index + 1).column_letter].width = lebar
        sheet.cell(1, index + 1).font = Font(bold=True)
    sheet.freeze_panes = "B2"


def _ya(value: bool) -> str:
    return "Ya" if value else "Tidak"


def tulis_lembar(lembar: Lembar) -> bytes:
    buku = Workbook()
    sheet = buku.active
    sheet.title = LEMBAR
    _siapkan(sheet, KOLOM_LEMBAR)
    skala: dict[str, Skala] = {}
    for kom in lembar.komponen:
        _tulis_baris(sheet, [kom.kode, kom.nama, kom.bobot], tebal=True)
        for sub in kom.sub:
            _tulis_baris(sheet, [sub.kode, sub.nama, sub.bobot, None, sub.perspektif], tebal=True)
            for k in sub.kriteria:
                skala.setdefault(k.skala.kode, k.skala)
                _tulis_baris(
                    sheet,
                    [
                        k.kode,
                        k.teks,
                        None,  # criteria share their sub-komponen's weight equally
                        k.skala.kode,
                        None,
                        k.panduan,
                        k.bukti_diharapkan,
                        _ya(k.wajib),
                        _ya(k.teks_perlu_diverifikasi),
                        ", ".join(k.prasyarat),
                        k.sumber,
                        k.catatan,
                    ],
                )
    sheet_skala = buku.create_sheet(SKALA)
    _siapkan(sheet_skala, KOLOM_SKALA)
    for item in skala.values():
        for pilihan in item.pilihan:
            _tulis_baris(
                sheet_skala, [item.kode, item.nama, pilihan.kode, pilihan.label, pilihan.nilai]
            )
    info = buku.create_sheet(KETERANGAN)
    _siapkan(info, (("kunci", "Kunci", 12, ()), ("isi", "Isi", 100, ())))
    for key, value in (
        ("tahun", lembar.tahun),
        ("nama", lembar.nama),
        ("sumber", lembar.sumber),
        ("catatan", lembar.catatan),
    ):
        _tulis_baris(info, [key, value])
    out = BytesIO()
    buku.save(out)
    return out.getvalue()


def baca_lembar(data: bytes, *, tahun: int | None = None) -> Lembar:
    """The worksheet in an XLSX written by `tulis_lembar` or laid out like it. `tahun`, when
    given, is the year of the version being made (else the "Keterangan" sheet's). Raises
    LembarTidakSah listing every problem."""
    if not data:
        raise LembarTidakSah([Pesan("Berkas kosong.")])
    try:
        buku = load_workbook(BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise LembarTidakSah([Pesan("Berkas bukan buku kerja XLSX.")]) from error
    galat = Galat()
    sheet = cari_sheet(buku, LEMBAR) or buku.worksheets[0]
    tabel = baca_tabel(sheet, KOLOM_LEMBAR, WAJIB_LEMBAR, galat)
    skala = baca_skala(buku, galat)
    keterangan = baca_keterangan(buku, tahun, galat)
    draf = Draf()
    if tabel is not None:
        for baris, row in tabel.baris:
            baca_baris(tabel, baris, row, skala, draf, galat)
        periksa_draf(tabel, draf, galat)
    if galat.pesan:
        raise LembarTidakSah(galat.pesan)
    return susun(draf, keterangan)
