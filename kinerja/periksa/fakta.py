"""A report read (`dokumen.Laporan`) as the reviu's facts (`FaktaReviu`): what the document
states becomes stated values with their place (section, table, row), so the reviu's own rules
run on it. Plain Python, no Django.

Indicators get codes as Kinerja gives them: the kegiatan's code printed beside the sasaran
("(6872)") and the indicator's position under it ("6872-2"), from the main measurement table
(BAB III.A). An indicator in another table (RKT, PK, BAB III.B, Lampiran) is the same one when
its name is, once written the same way (case, punctuation, "/Pemilihan", an abbreviation in
brackets, "Persentasi"); otherwise it is another indicator, never a guessed match.
"""

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kinerja.core.numbers import AngkaTidakSah, JenisAngka, parse_angka
from kinerja.evaluation.reviu.facts import (
    Anggaran,
    AnggaranPerjanjian,
    BarisRencana,
    FaktaReviu,
    Indikator,
    NilaiTercatat,
    Pegawai,
    Pengukuran,
    Perjanjian,
    Sasaran,
)
from kinerja.measurement.capaian import hitung_capaian
from kinerja.measurement.rollup import jumlah, rata_rata
from kinerja.measurement.scales import PRESET_BAKU
from kinerja.periksa.dokumen import JenisTabel, Kalimat, Laporan, Tabel
from kinerja.periksa.tabel import peta_kolom
from kinerja.planning.targets import Target

_KODE = re.compile(r"\((\d{4})\)")
_SATUAN = re.compile(r"^(\d[\d.,]*)\s+[A-Za-z]{2,}\.?$")
_TOTAL = re.compile(r"^\s*(jumlah|total)\b", re.I)
_SASARAN = re.compile(r"^Sasaran\s+(\d+)\s*[.:]?\s*(.*)$", re.I)
_SINGKATAN = re.compile(r"\([A-Z]{2,10}\)")
_TANPA_INDUK = (
    "indikatornya tidak tertulis sama dengan baris PK satker maupun RKT mana pun di laporan ini."
)


def kunci_nama(teks: str) -> str:
    """A name written one way: lower case, no punctuation, no "/Pemilihan", no bracketed
    abbreviation, "persentasi" as "persentase", the kegiatan code left out."""
    teks = _KODE.sub(" ", teks)
    teks = _SINGKATAN.sub(" ", teks)
    teks = re.sub(r"/\s*pemilihan", " ", teks, flags=re.I).lower()
    teks = re.sub(r"^\d+\.\s*", "", teks.strip())
    teks = teks.replace("persentasi", "persentase")
    return " ".join(re.sub(r"[^\w\s]", " ", teks).split())


def angka(cell: str) -> Decimal | None:
    """A figure, with the unit some tables print after it ("11 Lap", "2 Dokumen") left out."""
    satuan = _SATUAN.match(cell.strip())
    if satuan:
        cell = satuan.group(1)
    try:
        return parse_angka(cell, JenisAngka.UKURAN) if cell.strip() else None
    except AngkaTidakSah:
        return None


def rupiah(cell: str) -> Decimal | None:
    try:
        return parse_angka(cell, JenisAngka.RUPIAH) if cell.strip() else None
    except AngkaTidakSah:
        return None


def _cell(row: tuple[str, ...], column: int | None) -> str:
    return row[column].strip() if column is not None and column < len(row) else ""


def kode_kegiatan(*texts: str) -> str | None:
    for text in texts:
        match = _KODE.search(text or "")
        if match:
            return match.group(1)
    return None


@dataclass
class Pihak:
    """A PK party as printed: name, NIP, which PK, and where."""

    pk: str
    pihak: str
    nama: str
    nip: str
    lokasi: str


@dataclass
class FaktaDokumen:
    """The reviu's facts and what only a document has: its prose and its unread tables."""

    fakta: FaktaReviu
    laporan: Laporan
    pihak: list[Pihak] = field(default_factory=list)
    # Unit-PK lines whose text is close to, not the same as, a satker-PK or RKT line:
    # (PK, line number, its text, the parent's text).
    beda_tulis: list[tuple[str, int, str, str]] = field(default_factory=list)


class _Pembaca:
    def __init__(self, laporan: Laporan):
        self.laporan = laporan
        self.tahun = laporan.tahun or 0
        self.indikator: dict[str, Indikator] = {}
        self.pengukuran: dict[str, Pengukuran] = {}
        self.by_name: dict[str, str] = {}  # kunci_nama → kode
        self.kegiatan_by_name: dict[str, str] = {}
        self.nilai: list[NilaiTercatat] = []
        self.anggaran: dict[str, Anggaran] = {}
        self.perjanjian: dict[str, Perjanjian] = {}
        self.rkt: list[BarisRencana] = []
        self.pegawai: list[Pegawai] = []
        self.pihak: list[Pihak] = []
        self.sasaran: list[Sasaran] = []
        self.extra = 0
        self.kode_sasaran: dict[str, str] = {}  # sasaran number → kegiatan code

    def kode_indikator(self, nama: str, kegiatan: str | None) -> str:
        """The code of a named indicator; a name the measurement does not hold gets a code of
        its own (kegiatan, then "x" and a number), so it is never merged with another."""
        key = kunci_nama(nama)
        if key in self.by_name:
            return self.by_name[key]
        self.extra += 1
        kode = f"{kegiatan or 'x'}-x{self.extra}"
        self.by_name[key] = kode
        # Its unit is not known: what a PK prints beside it is the PK's, not the measure's.
        self.indikator[kode] = Indikator(kode, nama, kegiatan, satuan="")
        return kode

    def kegiatan_dari_nama(self, nama: str) -> str | None:
        code = kode_kegiatan(nama)
        if code:
            return code
        key = kunci_nama(nama)
        return self.kegiatan_by_name.get(key)

    # --- BAB III.A -------------------------------------------------------------------------

    def pengukuran_utama(self, table: Tabel) -> None:
        peta = peta_kolom(table, self.laporan.tahun)
        label, kegiatan, counter = "", None, 0
        members: dict[str, list[str]] = defaultdict(list)
        order: list[tuple[str, str]] = []
        for row in table.baris[peta.kepala :]:
            name = _cell(row, peta.indikator)
            target, value = angka(_cell(row, peta.target)), angka(_cell(row, peta.realisasi))
            heading = _SASARAN.match(name)
            if heading and target is None and value is None:
                number = heading.group(1)
                kegiatan = (
                    kode_kegiatan(name)
                    or self.kegiatan_by_name.get(kunci_nama(heading.group(2)))
                    or self.kode_sasaran.get(number)
                    or f"S{number}"
                )
                label = name
                counter = 0
                self.kegiatan_by_name[kunci_nama(heading.group(2))] = kegiatan
                order.append((label, kegiatan))
                continue
            if not name or target is None:
                continue
            counter += 1
            kode = f"{kegiatan or 'S'}-{counter}"
            satuan = "%" if "%" in " ".join(table.baris[0] + table.baris[1]) else ""
            self.indikator[kode] = Indikator(kode, name, kegiatan, satuan=satuan, sasaran=label)
            self.by_name.setdefault(kunci_nama(name), kode)
            printed = angka(_cell(row, peta.capaian))
            self.pengukuran[kode] = Pengukuran(
                kode=kode,
                target=Target(target),
                realisasi=value,
                status="dilaporkan",
                hasil=hitung_capaian(target, value),
                capaian_tercatat=printed,
                sumber=table.bagian,
            )
            members[label].append(kode)
        for label, kegiatan in order:
            values = [self.pengukuran[kode].hasil.nilai for kode in members[label]]
            self.sasaran.append(Sasaran(label, (kegiatan,), rata_rata(values)))

    # --- BAB III.B and the Lampiran: figures beside the budget ---------------------------

    def pengukuran_anggaran(self, table: Tabel) -> None:
        peta = peta_kolom(table, self.laporan.tahun)
        kegiatan = kode_kegiatan(table.konteks, table.judul)
        if kegiatan is None:
            heading = _SASARAN.match(table.konteks)
            kegiatan = self.kegiatan_dari_nama(heading.group(2) if heading else table.judul)
        if kegiatan is None:
            table.jenis, table.alasan = JenisTabel.TAK_TERBACA, "kegiatan tabel tidak dikenali"
            return
        heading = _SASARAN.match(table.konteks)
        sumber = (
            f"{table.bagian} Sasaran {heading.group(1)}"
            if heading
            else f"{table.bagian} ({kegiatan})"
        )
        for urutan, row in enumerate(table.baris[peta.kepala :], start=1):
            pagu = rupiah(_cell(row, peta.pagu))
            if pagu is None:
                continue
            spent = rupiah(_cell(row, peta.realisasi_anggaran))
            name = _cell(row, peta.indikator)
            kode = self.kode_indikator(name, kegiatan) if name else None

            def stated(besaran: str, nilai: Decimal | None, kode=kode, urutan=urutan) -> None:
                if nilai is not None:
                    self.nilai.append(
                        NilaiTercatat(
                            sumber,
                            urutan,
                            besaran,
                            indikator_kode=kode,
                            kegiatan_kode=kegiatan,
                            nilai=nilai,
                        )
                    )

            stated("target", angka(_cell(row, peta.target)))
            stated("realisasi", angka(_cell(row, peta.realisasi)))
            stated("capaian", angka(_cell(row, peta.capaian)))
            stated("pagu", pagu)
            stated("realisasi_anggaran", spent)
            stated("serapan", angka(_cell(row, peta.serapan)))
            if kegiatan not in self.anggaran:
                self.anggaran[kegiatan] = Anggaran(kegiatan, pagu, spent)
            break  # one line of figures per kegiatan: the rest list its indicators

    # --- Plans and agreements ------------------------------------------------------------

    def _baris_target(self, table: Tabel) -> list[tuple[int, str, str | None, Decimal]]:
        peta = peta_kolom(table, self.laporan.tahun)
        kegiatan = kode_kegiatan(table.judul, table.konteks)
        lines = []
        for row in table.baris[peta.kepala :]:
            group = _cell(row, peta.kegiatan)
            if group:
                kegiatan = self.kegiatan_dari_nama(group) or kegiatan
            name = _cell(row, peta.indikator)
            target = angka(_cell(row, peta.target))
            if name and target is not None:
                lines.append((len(lines) + 1, name, kegiatan, target))
            elif name and not group and lines and (name[0].islower() or name[0] == "("):
                # The rest of the line above, carried to the next row by a page break.
                urutan, text, code, value = lines[-1]
                lines[-1] = (urutan, f"{text} {name}", code, value)
        return lines

    def rencana(self, table: Tabel) -> None:
        for urutan, name, kegiatan, target in self._baris_target(table):
            kode = self.kode_indikator(name, kegiatan)
            self.rkt.append(BarisRencana("RKT", urutan, kode, name, Target(target)))

    def nama_pk(self, table: Tabel) -> str:
        if table.judul.isupper() and table.judul not in table.konteks:
            return f"{table.konteks} {table.judul}".strip()
        return table.konteks or table.judul

    def perjanjian_dari(self, name: str) -> Perjanjian:
        if name not in self.perjanjian:
            unit = any(word in name.upper() for word in ("SUBBAGIAN", "BIDANG", " BAGIAN"))
            self.perjanjian[name] = Perjanjian(
                judul=name,
                tingkat="unit" if unit else "satker",
                sumber=f"Lampiran: {name.title()}",
            )
        return self.perjanjian[name]

    def pk(self, table: Tabel) -> None:
        lines = self._baris_target(table)
        if table.bagian.startswith("BAB"):
            # The PK restated in the report's body: stated values, checked against the PK.
            start = sum(1 for item in self.nilai if item.besaran == "target_pk")
            for urutan, name, kegiatan, target in lines:
                key = kunci_nama(name)
                self.nilai.append(
                    NilaiTercatat(
                        table.bagian,
                        start + urutan,
                        "target_pk",
                        indikator_kode=self.by_name.get(key),
                        kegiatan_kode=kegiatan,
                        nilai=target,
                        teks=name,
                    )
                )
            return
        name = self.nama_pk(table)
        pk = self.perjanjian_dari(name)
        start = len(pk.baris)
        rows = [
            BarisRencana(
                pk.nama, start + urutan, self.kode_indikator(teks, kegiatan), teks, Target(t)
            )
            for urutan, teks, kegiatan, t in lines
        ]
        self.perjanjian[name] = replace(pk, baris=pk.baris + tuple(rows))

    def anggaran_pk(self, table: Tabel) -> None:
        peta = peta_kolom(table, self.laporan.tahun)
        if not table.konteks.upper().startswith("PERJANJIAN KINERJA"):
            self.anggaran_kegiatan(table)
            return
        pk = self.perjanjian_dari(table.konteks)
        lines = []
        for row in table.baris[peta.kepala :]:
            amount = rupiah(_cell(row, peta.pagu))
            label = " ".join(cell for index, cell in enumerate(row) if index != peta.pagu)
            if amount is not None and label.strip():
                lines.append(
                    AnggaranPerjanjian(self.kegiatan_dari_nama(label), None, label.strip(), amount)
                )
        self.perjanjian[table.konteks] = replace(pk, anggaran=pk.anggaran + tuple(lines))

    def anggaran_kegiatan(self, table: Tabel) -> None:
        """A budget table: one kegiatan a row (pagu, realisasi, %); its total row is checked by
        the document's own rule, not read as a kegiatan."""
        peta = peta_kolom(table, self.laporan.tahun)
        label_column = peta.kegiatan if peta.kegiatan is not None else peta.indikator
        sumber = table.nama
        for urutan, row in enumerate(table.baris[peta.kepala :], start=1):
            pagu = rupiah(_cell(row, peta.pagu))
            label = _cell(row, label_column) if label_column is not None else ""
            if not label:
                label = next((cell for cell in row if cell and rupiah(cell) is None), "")
            if pagu is None or not label or _TOTAL.match(label):
                continue
            kegiatan = self.kegiatan_dari_nama(label) or label
            spent = rupiah(_cell(row, peta.realisasi_anggaran))
            for besaran, nilai in (
                ("pagu", pagu),
                ("realisasi_anggaran", spent),
                ("serapan", angka(_cell(row, peta.serapan))),
            ):
                if nilai is not None:
                    self.nilai.append(
                        NilaiTercatat(sumber, urutan, besaran, kegiatan_kode=kegiatan, nilai=nilai)
                    )
            self.anggaran.setdefault(kegiatan, Anggaran(kegiatan, pagu, spent))

    # --- People ----------------------------------------------------------------------------

    def pegawai_dari(self, table: Tabel) -> None:
        peta = peta_kolom(table, self.laporan.tahun)
        source = (
            " ".join(table.judul.split()[:2])
            if table.judul.lower().startswith("tabel")
            else table.nama
        )
        for row in table.baris[peta.kepala :]:
            number = angka(row[0]) if row else None
            name = _cell(row, peta.nama)
            if number is None or not name:
                continue  # a row without a number continues the one above
            self.pegawai.append(Pegawai(name, _cell(row, peta.nip), source, int(number)))

    def pihak_dari(self, paragraphs: list[Kalimat]) -> None:
        pending: dict[str, list[str]] = {}
        for paragraph in paragraphs:
            match = re.match(r"^(Nama|NIP)\s*:\s*(.+)$", paragraph.teks, re.I)
            if not match or not paragraph.konteks:
                continue
            field_name, value = match.group(1).lower(), match.group(2).strip()
            if field_name == "nama":
                pending[paragraph.konteks] = [value, paragraph.lokasi]
                continue
            if paragraph.konteks in pending:
                name, where = pending.pop(paragraph.konteks)
                count = sum(1 for item in self.pihak if item.pk == paragraph.konteks)
                role = "pihak pertama" if count == 0 else "pihak kedua"
                self.pihak.append(Pihak(paragraph.konteks, role, name, value, where))


def fakta_dokumen(laporan: Laporan) -> FaktaDokumen:
    reader = _Pembaca(laporan)
    # Kegiatan named with their code anywhere (a PK row, a BAB II.D heading) give the code to
    # the same name printed without it elsewhere.
    for table in laporan.tabel:
        for text in (table.judul, table.konteks):
            if code := kode_kegiatan(text):
                reader.kegiatan_by_name.setdefault(kunci_nama(_SASARAN.sub(r"\2", text)), code)
        for row in table.baris:
            for cell in row[:3]:
                if (code := kode_kegiatan(cell)) and len(cell) > 8:
                    reader.kegiatan_by_name.setdefault(kunci_nama(_SASARAN.sub(r"\2", cell)), code)
    # BAB III.A and III.B number the sasaran alike: "Sasaran 6" under III.B's heading with its
    # code is the same sasaran as III.A's "Sasaran 6" printed without it.
    for paragraph in laporan.paragraf:
        heading = _SASARAN.match(paragraph.konteks)
        if heading and (code := kode_kegiatan(paragraph.konteks)):
            reader.kode_sasaran.setdefault(heading.group(1), code)
    measurement = [table for table in laporan.tabel if table.jenis is JenisTabel.PENGUKURAN]
    for table in measurement:
        reader.pengukuran_utama(table)
    handlers = {
        JenisTabel.PENGUKURAN_ANGGARAN: reader.pengukuran_anggaran,
        JenisTabel.RKT: reader.rencana,
        JenisTabel.PK: reader.pk,
        JenisTabel.ANGGARAN: reader.anggaran_pk,
        JenisTabel.PEGAWAI: reader.pegawai_dari,
    }
    for table in laporan.tabel:
        if table.jenis in handlers:
            handlers[table.jenis](table)
    reader.pihak_dari(laporan.paragraf)
    parties: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for item in reader.pihak:
        parties[item.pk].append((item.pihak, item.nama, item.nip))
    for name, printed in parties.items():
        if name in reader.perjanjian:
            reader.perjanjian[name] = replace(reader.perjanjian[name], pihak=tuple(printed))
        else:
            # The parties' page of a PK whose table was not found under the same title: its
            # parties are checked, and it counts as no PK's lines.
            reader.perjanjian[name] = Perjanjian(
                judul=name,
                tingkat="pihak",
                sumber=f"Lampiran: {name.title()}",
                pihak=tuple(printed),
            )
    planned = {line.kode for line in reader.rkt}
    satker_lines = {
        line.kode: line.target
        for pk in reader.perjanjian.values()
        if pk.tingkat == "satker"
        for line in pk.baris
    }
    parents = {
        line.kode: line.teks
        for pk in reader.perjanjian.values()
        if pk.tingkat == "satker"
        for line in pk.baris
    } | {line.kode: line.teks for line in reader.rkt}
    written_apart: list[tuple[str, int, str, str]] = []

    def traced(line: BarisRencana, pk_name: str) -> BarisRencana:
        if line.kode in parents:
            return line
        close = difflib.get_close_matches(
            kunci_nama(line.teks), map(kunci_nama, parents.values()), 1, 0.85
        )
        if not close:
            return line
        kode = next(code for code, text in parents.items() if kunci_nama(text) == close[0])
        written_apart.append((pk_name, line.urutan, line.teks, parents[kode]))
        return replace(line, kode=kode)

    for name, pk in list(reader.perjanjian.items()):
        if pk.tingkat == "unit":
            pk = replace(pk, baris=tuple(traced(line, pk.nama) for line in pk.baris))
            # A unit PK's line descends from the satker PK's line for the same indicator, or
            # from the RKT's; one that matches neither is reported, never matched by guess.
            lines = tuple(
                replace(
                    line,
                    induk_target=satker_lines.get(line.kode),
                    masalah_telusur=""
                    if line.kode in satker_lines or line.kode in planned
                    else _TANPA_INDUK,
                )
                for line in pk.baris
            )
            reader.perjanjian[name] = replace(pk, baris=lines)
    budgets = list(reader.anggaran.values())
    facts = FaktaReviu(
        satker=laporan.organisasi,
        tahun=laporan.tahun or 0,
        skala=PRESET_BAKU,
        ambang_capaian=Decimal(100),
        indikator=reader.indikator,
        pengukuran=reader.pengukuran,
        rkt=reader.rkt,
        perjanjian=list(reader.perjanjian.values()),
        anggaran=reader.anggaran,
        nilai_tercatat=reader.nilai,
        sasaran=reader.sasaran,
        capaian_satker=rata_rata([group.capaian for group in reader.sasaran]),
        pagu_total=jumlah(item.pagu for item in budgets),
        realisasi_total=jumlah(item.realisasi for item in budgets),
        pegawai=reader.pegawai,
    )
    return FaktaDokumen(facts, laporan, reader.pihak, written_apart)
