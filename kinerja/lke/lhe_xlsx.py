"""The finalised worksheet as an Excel workbook, from the snapshot only: every criterion with
the satker's answer, the evaluator's (final) answer, their points and the difference, then
the scores per komponen and sub-komponen with the total and predicate. Points are numbers
(rounded half-up to the two decimals printed elsewhere) so a spreadsheet can add them; an
answer that does not exist is an empty cell, never 0."""

from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kinerja.core.formatting import round_half_up
from kinerja.lke.banding_tahun import nilai_jawaban

DESIMAL = "0.00"
MANDIRI, EVALUATOR = "mandiri", "evaluator"


def _angka(value: Decimal | None) -> Decimal | None:
    return None if value is None else round_half_up(value, 2)


def _sheet(sheet, title: str, columns: list[tuple[str, float]]):
    sheet.title = title
    sheet.append([name for name, _width in columns])
    for index, (_name, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    return sheet


def _jawaban(isi: dict, peran: str, kode: str) -> dict:
    return isi["jawaban"][peran].get(kode) or {}


def lembar_xlsx(isi: dict, nama_satker: str) -> bytes:
    book = Workbook()
    sheet = _sheet(
        book.active,
        "Lembar Kerja",
        [
            ("Kode", 9), ("Kriteria", 60), ("Skala", 18), ("Jawaban mandiri", 10),
            ("Nilai mandiri", 10), ("Jawaban final", 10), ("Nilai final", 10),
            ("Selisih final − mandiri", 12), ("Catatan evaluator", 40),
        ],
    )  # fmt: skip
    for kom in isi["lembar"]["komponen"]:
        for sub in kom["sub"]:
            for kriteria in sub["kriteria"]:
                kode = kriteria["kode"]
                own, final = _jawaban(isi, MANDIRI, kode), _jawaban(isi, EVALUATOR, kode)
                own_points = nilai_jawaban(kriteria, own.get("kode"))
                final_points = nilai_jawaban(kriteria, final.get("kode"))
                difference = (
                    final_points - own_points
                    if own_points is not None and final_points is not None
                    else None
                )
                sheet.append(
                    [kode, kriteria["teks"], kriteria["skala"], own.get("kode"),
                     _angka(own_points), final.get("kode"), _angka(final_points),
                     _angka(difference), final.get("catatan") or None]
                )  # fmt: skip
                for column in (5, 7, 8):
                    sheet.cell(row=sheet.max_row, column=column).number_format = DESIMAL
                sheet.cell(row=sheet.max_row, column=2).alignment = Alignment(wrap_text=True)
    scores = _sheet(
        book.create_sheet(),
        "Nilai",
        [("Kode", 9), ("Komponen / Sub-komponen", 50), ("Bobot", 10), ("Nilai mandiri", 12),
         ("Nilai final", 12)],
    )  # fmt: skip
    results = {peran: isi["hasil"][peran] for peran in (MANDIRI, EVALUATOR)}
    by_code = {
        peran: {
            **{kom["kode"]: kom for kom in hasil["komponen"]},
            **{sub["kode"]: sub for kom in hasil["komponen"] for sub in kom["sub"]},
        }
        for peran, hasil in results.items()
    }
    for kom in isi["lembar"]["komponen"]:
        for part, bold in [(kom, True), *((sub, False) for sub in kom["sub"])]:
            kode = part["kode"]
            scores.append(
                [kode, part["nama"], _angka(Decimal(part["bobot"])),
                 _angka(Decimal(by_code[MANDIRI][kode]["nilai"])),
                 _angka(Decimal(by_code[EVALUATOR][kode]["nilai"]))]
            )  # fmt: skip
            for column in (3, 4, 5):
                scores.cell(row=scores.max_row, column=column).number_format = DESIMAL
            if bold:
                for cell in scores[scores.max_row]:
                    cell.font = Font(bold=True)
    scores.append(
        [None, "Nilai akhir", Decimal(100), _angka(Decimal(results[MANDIRI]["total_tampil"])),
         _angka(Decimal(results[EVALUATOR]["total_tampil"]))]
    )  # fmt: skip
    for column in (3, 4, 5):
        scores.cell(row=scores.max_row, column=column).number_format = DESIMAL
    scores.append(
        [None, "Predikat", None, results[MANDIRI]["predikat"], results[EVALUATOR]["predikat"]]
    )
    for row in (scores.max_row - 1, scores.max_row):
        for cell in scores[row]:
            cell.font = Font(bold=True)
    book.properties.title = f"Lembar Kerja Evaluasi AKIP {nama_satker} {isi['tahun']}"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
