"""Reading the sheets of an LKE workbook into rows, its "Skala" and its "Keterangan"; each
problem is kept with its sheet, row and column. No Django."""

from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.core.pesan import Pesan
from kinerja.lke.lembar import SKALA_BAWAAN, PilihanJawaban, Skala
from kinerja.lke.sel_xlsx import SelTidakSah, desimal, kunci, teks
from kinerja.lke.xlsx_tata_letak import (
    BARIS_JUDUL_PALING_BAWAH,
    KETERANGAN,
    KOLOM_SKALA,
    SKALA,
    WAJIB_SKALA,
)


@dataclass
class Galat:
    pesan: list[str] = field(default_factory=list)

    def sheet(self, sheet: str, masalah: Pesan) -> None:
        self.pesan.append(Pesan("Sheet %(sheet)s: %(masalah)s", sheet=sheet, masalah=masalah))

    def sel(self, sheet: str, baris: int, kolom: str, masalah: Pesan) -> None:
        self.pesan.append(
            Pesan(
                "Sheet %(sheet)s, baris %(baris)s, kolom %(kolom)s: %(masalah)s",
                sheet=sheet,
                baris=baris,
                kolom=kolom,
                masalah=masalah,
            )
        )


@dataclass
class Tabel:
    """A sheet's rows as {field: value}, with where each field's column is."""

    nama: str
    kolom: dict[str, tuple[int, str]]  # field → (column index, "C (Bobot)")
    baris: list[tuple[int, dict[str, object]]]

    def letak(self, nama_field: str) -> str:
        return self.kolom[nama_field][1]


def _judul(rows, alias: dict[str, str], wajib) -> tuple[int, dict] | None:
    """The header row: the first of the top rows naming the first two required columns."""
    for index, row in enumerate(rows[:BARIS_JUDUL_PALING_BAWAH]):
        kolom: dict[str, tuple[int, str]] = {}
        for cell in row:
            nama_field = alias.get(kunci(cell.value))
            if nama_field and nama_field not in kolom:
                kolom[nama_field] = (cell.column - 1, f"{cell.column_letter} ({teks(cell.value)})")
        if wajib[0] in kolom and wajib[1] in kolom:
            return index, kolom
    return None


def baca_tabel(sheet, kolom_def, wajib, galat: Galat) -> Tabel | None:
    """The rows under the sheet's header row, or None (and the problem noted) when a required
    column is missing."""
    alias = {}
    for nama_field, header, _, lain in kolom_def:
        for text in (header, *lain):
            alias[kunci(text)] = nama_field
    judul = {nama_field: header for nama_field, header, _, _ in kolom_def}
    rows = list(sheet.iter_rows())
    found = _judul(rows, alias, wajib)
    if found is None:
        masalah = Pesan(
            "baris judul kolom (%(kolom)s, …) tidak ditemukan.",
            kolom=", ".join(judul[nama] for nama in wajib[:2]),
        )
        galat.sheet(sheet.title, masalah)
        return None
    header_index, kolom = found
    kurang = [nama for nama in wajib if nama not in kolom]
    for nama in kurang:
        galat.sheet(sheet.title, Pesan("kolom %(kolom)s tidak ada.", kolom=judul[nama]))
    if kurang:
        return None
    isi = []
    for row in rows[header_index + 1 :]:
        values = {
            nama: row[index].value if index < len(row) else None
            for nama, (index, _) in kolom.items()
        }
        if any(teks(v) for v in values.values()):
            isi.append((row[0].row, values))
    return Tabel(sheet.title, kolom, isi)


def cari_sheet(buku, nama: str):
    return next((s for s in buku.worksheets if s.title.strip().lower() == nama.lower()), None)


def baca_skala(buku, galat: Galat) -> dict[str, Skala]:
    """Scales of the "Skala" sheet, then the shipped ones whose code it does not redefine."""
    sheet = cari_sheet(buku, SKALA)
    tabel = baca_tabel(sheet, KOLOM_SKALA, WAJIB_SKALA, galat) if sheet is not None else None
    pilihan: dict[str, list[PilihanJawaban]] = {}
    nama: dict[str, str] = {}
    kode_skala = ""
    for baris, row in tabel.baris if tabel else ():
        kode_skala = teks(row.get("skala")) or kode_skala  # empty: the scale of the row above
        kode = teks(row.get("pilihan"))
        if not kode_skala or not kode:
            kolom = tabel.letak("skala" if not kode_skala else "pilihan")
            galat.sel(tabel.nama, baris, kolom, Pesan("kosong."))
            continue
        nama.setdefault(kode_skala, teks(row.get("nama")) or kode_skala)
        try:
            nilai = desimal(row.get("nilai"), persen=True)
        except SelTidakSah as salah:
            galat.sel(tabel.nama, baris, tabel.letak("nilai"), salah.pesan)
            continue
        if nilai is None or not 0 <= nilai <= 1:
            masalah = Pesan(
                "nilai pilihan %(pilihan)s harus pecahan 0 sampai 1 (mis. 0,9 atau 90%%), "
                "tertulis «%(isi)s».",
                pilihan=kode,
                isi=teks(row.get("nilai")),
            )
            galat.sel(tabel.nama, baris, tabel.letak("nilai"), masalah)
            continue
        if any(p.kode == kode for p in pilihan.get(kode_skala, ())):
            masalah = Pesan(
                "pilihan %(pilihan)s muncul dua kali pada skala %(skala)s.",
                pilihan=kode,
                skala=kode_skala,
            )
            galat.sel(tabel.nama, baris, tabel.letak("pilihan"), masalah)
            continue
        label = teks(row.get("label")) or kode
        pilihan.setdefault(kode_skala, []).append(PilihanJawaban(kode, label, nilai))
    skala = {kode: Skala(kode, nama[kode], tuple(items)) for kode, items in pilihan.items()}
    return skala | {kode: s for kode, s in SKALA_BAWAAN.items() if kode not in skala}


def skala_untuk(teks_skala: str, skala: dict[str, Skala]) -> list[Skala]:
    wanted = kunci(teks_skala)
    return [s for s in skala.values() if wanted in (kunci(s.kode), kunci(s.nama))]


def baca_keterangan(buku, tahun: int | None, galat: Galat) -> dict:
    keterangan: dict = {}
    sheet = cari_sheet(buku, KETERANGAN)
    for row in sheet.iter_rows() if sheet is not None else ():
        if len(row) >= 2 and kunci(row[0].value) in ("tahun", "nama", "sumber", "catatan"):
            keterangan[kunci(row[0].value)] = (row[0].row, row[1].value)
    hasil = {key: teks(value) for key, (_, value) in keterangan.items()}
    if tahun is not None:
        hasil["tahun"] = tahun
    elif "tahun" in keterangan:
        baris, value = keterangan["tahun"]
        try:
            angka = desimal(value) or Decimal(0)
        except SelTidakSah:
            angka = Decimal(0)
        hasil["tahun"] = int(angka)
        if angka != hasil["tahun"] or not 2000 <= hasil["tahun"] <= 2100:
            galat.sel(KETERANGAN, baris, "B", Pesan("tahun «%(isi)s» tidak sah.", isi=teks(value)))
    else:
        galat.sheet(KETERANGAN, Pesan("baris tahun tidak ada; isi tahun lembar ini."))
    return hasil
