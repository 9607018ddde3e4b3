"""A table's kind, from its header rows, and which column holds what. Plain Python, no Django.

Header rows are the rows above the column-number row ("1 2 3 …", "(1) (2) …") when there is
one, else the first row. A label spanning several columns ("Kinerja" over target, realisasi
and %; "Anggaran" over pagu, realisasi and %) names each column below it. Inside such a group
of exactly three columns the LKjIP template fixes the order (PermenPANRB 53/2014: target,
realisasi, capaian; pagu, realisasi, %), which is read even where the sub-headers were copied
wrongly (the seed's Lampiran prints "Target (%)" over its Rupiah columns). A group for another
year ("Kinerja Tahun 2023") is not this year's figures and is left out. A table whose columns
cannot be told apart this way is reported as unreadable.
"""

import re
from dataclasses import dataclass

from kinerja.periksa.dokumen import JenisTabel, Tabel

_NOMOR_KOLOM = re.compile(r"^\(?\d{1,2}\)?$")
_TAHUN = re.compile(r"(?:19|20)\d{2}")
_SASARAN = re.compile(r"^(sasaran|kegiatan)\s+\d+", re.I)
_NOMOR_BARIS = re.compile(r"^\d{1,3}\.?$")
_ANGKA = re.compile(r"^(Rp\.?\s*)?-?\d[\d.,]*\s*%?$")


def _baris_nomor(row: tuple[str, ...]) -> bool:
    cells = [cell for cell in row if cell.strip()]
    return len(cells) >= 2 and all(_NOMOR_KOLOM.match(cell.strip()) for cell in cells)


def _baris_data(row: tuple[str, ...]) -> bool:
    """A row of figures, or a sasaran's heading row: the data have begun."""
    first = next((cell for cell in row if cell.strip()), "")
    if _SASARAN.match(first) or _NOMOR_BARIS.match(first):
        return True
    return any(_ANGKA.match(cell.strip()) for cell in row)


def jumlah_kepala(table: Tabel) -> tuple[int, bool]:
    """(how many header rows, whether a column-number row follows them): the rows above the
    column-number row, else the rows above the first row of data (at most three)."""
    for index, row in enumerate(table.baris[:5]):
        if _baris_nomor(row):
            return index, True
    for index, row in enumerate(table.baris[:4]):
        if _baris_data(row):
            return max(index, 1), False
    return 1, False


def _isi_kanan(row: tuple[str, ...], width: int) -> list[str]:
    """A spanning label repeated over the empty cells to its right."""
    filled, last = [], ""
    for column in range(width):
        cell = row[column].strip() if column < len(row) else ""
        if cell:
            last = cell
        filled.append(cell or last)
    return filled


@dataclass
class PetaKolom:
    kepala: int  # rows above the data
    indikator: int | None = None
    kegiatan: int | None = None
    target: int | None = None
    realisasi: int | None = None
    capaian: int | None = None
    pagu: int | None = None
    realisasi_anggaran: int | None = None
    serapan: int | None = None
    nama: int | None = None
    jabatan: int | None = None
    nip: int | None = None


def peta_kolom(table: Tabel, tahun: int | None) -> PetaKolom:
    header_rows, numbered = jumlah_kepala(table)
    header_rows = max(header_rows, 1)
    width = max((len(row) for row in table.baris), default=0)
    rows = [row for row in table.baris[:header_rows]]
    groups = _isi_kanan(rows[0], width) if len(rows) > 1 else [""] * width
    last = rows[-1]
    subs = [
        (last[column].strip() if column < len(last) else "")
        or (rows[0][column] if column < len(rows[0]) else "")
        for column in range(width)
    ]
    peta = PetaKolom(kepala=header_rows + (1 if numbered else 0))
    group_members: dict[str, list[int]] = {}
    for column, group in enumerate(groups):
        if group and group != subs[column]:
            group_members.setdefault(group, []).append(column)
    for group, members in group_members.items():
        lowered = group.lower()
        years = {int(year) for year in _TAHUN.findall(group)}
        if years and tahun is not None and tahun not in years:
            continue
        if len(members) == 3 and "anggaran" in lowered:
            peta.pagu, peta.realisasi_anggaran, peta.serapan = members
        elif len(members) == 3 and "kinerja" in lowered:
            peta.target, peta.realisasi, peta.capaian = members
    grouped = {column for members in group_members.values() for column in members}
    seen_realisasi = peta.realisasi is not None
    for column, sub in enumerate(subs):
        lowered = sub.lower()
        if column in grouped and not ("indikator" in lowered or "sasaran" in lowered):
            continue
        if "indikator" in lowered and peta.indikator is None:
            peta.indikator = column
        elif ("sasaran" in lowered or "kegiatan" in lowered or "program" in lowered) and (
            peta.kegiatan is None
        ):
            peta.kegiatan = column
        elif lowered.startswith("nama") and peta.nama is None:
            peta.nama = column
        elif ("jabatan" in lowered or "formasi" in lowered) and peta.jabatan is None:
            peta.jabatan = column
        elif lowered.startswith("nip") and peta.nip is None:
            peta.nip = column
        elif "target" in lowered and peta.target is None:
            peta.target = column
        elif "pagu" in lowered and peta.pagu is None:
            peta.pagu = column
        elif "realisasi" in lowered and "rp" in lowered and peta.realisasi_anggaran is None:
            peta.realisasi_anggaran = column
        elif "realisasi" in lowered and peta.realisasi is None:
            peta.realisasi, seen_realisasi = column, True
        elif lowered in ("%", "serapan", "% serapan") and (
            peta.realisasi_anggaran is not None and peta.serapan is None
        ):
            peta.serapan = column  # the % beside a budget's realisation
        elif ("capaian" in lowered or lowered == "%") and seen_realisasi and peta.capaian is None:
            peta.capaian = column
        elif lowered == "anggaran" and peta.pagu is None:
            peta.pagu = column  # a PK's budget lines: "Anggaran" is what the line is given
    return peta


def _kepala_teks(table: Tabel) -> str:
    header_rows, _ = jumlah_kepala(table)
    return " ".join(cell for row in table.baris[: max(header_rows, 1)] for cell in row).lower()


def klasifikasi(table: Tabel) -> tuple[JenisTabel, str]:
    """The table's kind, and why it could not be read when it could not."""
    if table.bagian == "Daftar Isi":
        return JenisTabel.DAFTAR_ISI, ""
    header = _kepala_teks(table)
    where = f"{table.bagian} {table.konteks} {table.judul}".lower()
    peta = peta_kolom(table, None)
    if "target" in header and "realisasi" in header:
        if peta.target is None or peta.realisasi is None or peta.indikator is None:
            return JenisTabel.TAK_TERBACA, "kolom indikator, target dan realisasi tidak terpetakan"
        if peta.pagu is not None:
            return JenisTabel.PENGUKURAN_ANGGARAN, ""
        return JenisTabel.PENGUKURAN, ""
    if "pagu" in header or (header.strip() == "anggaran" or header.endswith(" anggaran")):
        if peta.pagu is None:
            return JenisTabel.TAK_TERBACA, "kolom pagu tidak terpetakan"
        return JenisTabel.ANGGARAN, ""
    if "target" in header:
        if peta.target is None or peta.indikator is None:
            return JenisTabel.TAK_TERBACA, "kolom indikator dan target tidak terpetakan"
        if "perjanjian kinerja" in where or table.bagian.endswith("II.D"):
            return JenisTabel.PK, ""
        if "rencana kinerja tahunan" in where or table.bagian.endswith("II.C"):
            return JenisTabel.RKT, ""
        return JenisTabel.TARGET, ""
    if "nama" in header and any(
        word in header for word in ("jabatan", "pangkat", "formasi", "nip", "golongan")
    ):
        return JenisTabel.PEGAWAI, ""
    if any(word in header for word in ("hambatan", "upaya", "efisiensi", "aspek", "keterangan")):
        return JenisTabel.NARASI, ""
    return JenisTabel.TAK_TERBACA, "judul kolom tidak dikenali"
