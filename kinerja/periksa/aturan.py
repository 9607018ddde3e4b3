"""The review of a report read from its file: the reviu's own rules (KATALOG) over the facts the
document states, and the rules only a document needs (its years, its regulations, its people
as printed, its unreadable tables). Plain Python, no Django.

Rules of the catalogue that need what a document does not hold are left out: hambatan rows
tied to indicators (capaian-rendah-tanpa-hambatan), the revisions of record
(pk-induk-diganti), period rows, the satker's own scale and settings. `total-pk-beda-pagu`
runs in a document's own form: a report does not say which programme holds which kegiatan, so
the satker PK covers the kegiatan of its own lines.
"""

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from kinerja.core.formatting import format_persen, format_rupiah, round_half_up
from kinerja.core.pesan import Pesan
from kinerja.evaluation.reviu.rules import (
    ATURAN,
    KATALOG,
    Lapor,
    Temuan,
    Tingkat,
    temuan_total_pk_beda_pagu,
)
from kinerja.measurement.rollup import beda_tercetak, serapan
from kinerja.periksa.disebut import indikator_disebut
from kinerja.periksa.dokumen import JenisTabel, Laporan
from kinerja.periksa.fakta import FaktaDokumen, angka, fakta_dokumen, kunci_nama, rupiah
from kinerja.periksa.klaim import klaim
from kinerja.periksa.pk_anggaran import dengan_anggaran_prosa
from kinerja.periksa.tabel import peta_kolom
from kinerja.periksa.unit import unit_beda_nama, unit_organisasi, unit_penanda_tangan

DARI_KATALOG = (
    "anggaran-melebihi-pagu",
    "indikator-diukur-tanpa-pk",
    "indikator-pk-tidak-diukur",
    "target-pk-beda-rkt",
    "target-pk-beda-terukur",
    "target-unit-beda-induk",
    "baris-pk-tanpa-induk",
    "pagu-berbeda-tanpa-revisi",
    "realisasi-tanpa-pelaksanaan",
    "capaian-tercatat-salah",
    "capaian-dipotong-tanpa-plafon",
    "serapan-tercatat-salah",
    "angka-tercatat-beda-data",
    "target-pk-tercatat-beda",
    "total-tercatat-salah",
    "klaim-target-tercapai",
    "klaim-capaian",
    "predikat-tercatat-salah",
    "indikator-jumlah-bersatuan-persen",
    "nilai-tidak-sah",
    "nip-nama-beda",
    "pegawai-ganda",
    "indikator-disebut-tidak-diukur",
    "unit-nama-beda",
)

# Rules that conclude from what a report lacks or from its whole set of figures (an indicator
# not measured, a count, a total, "all targets met"): with a table unread they would conclude
# from a gap in the reading, so they are not run, and the review says so.
BUTUH_SEMUA_TABEL = (
    "indikator-diukur-tanpa-pk",
    "indikator-pk-tidak-diukur",
    "target-pk-tercatat-beda",
    "baris-pk-tanpa-induk",
    "total-tercatat-salah",
    "klaim-target-tercapai",
    "klaim-capaian",
    "predikat-tercatat-salah",
    "indikator-disebut-tidak-diukur",
    "total-pk-beda-pagu",
)

# "Tahun Anggaran", and "Tahun Anggran" as a published LKjIP typed it (tests/publik.py).
_TAHUN_ANGGARAN = re.compile(r"\bTahun Angg?a?ran\s+((?:19|20)\d{2})\b", re.I)
_LAPORAN_DIRI = re.compile(r"\b(laporan kinerja|LK|LKj|LKjIP|LAKIP)\b", re.I)
_TAHUN = re.compile(r"\b(?:19|20)\d{2}\b")
_REGULASI_RENSTRA = re.compile(
    r"\bNomor\s+\d+\s+Tahun\s+((?:19|20)\d{2})\s+tentang\s+Rencana Strategis[^.]*?"
    r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})",
    re.I,
)


@dataclass(frozen=True)
class AturanPeriksa:
    """A rule only a document needs: like the reviu's AturanReviu, over the document's facts."""

    id: str
    tingkat: Tingkat
    judul: str
    periksa: "Callable[[FaktaDokumen, Lapor], Iterator[Temuan]]"

    def temuan(self, pesan, tabel, baris, tercatat=None, seharusnya=None) -> Temuan:
        return Temuan(self.id, self.tingkat, pesan, tabel, baris, tercatat, seharusnya)


def tahun_anggaran_lain(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """A report that names itself for another budget year ("LK … Tahun Anggaran 2019" in a
    2024 report's preface)."""
    year = data.laporan.tahun
    for paragraph in data.laporan.paragraf:
        if not _LAPORAN_DIRI.search(paragraph.teks):
            continue
        for match in _TAHUN_ANGGARAN.finditer(paragraph.teks):
            if year and int(match.group(1)) != year:
                yield lapor(
                    Pesan(
                        '%(bagian)s menyebut laporan ini "%(kutipan)s", padahal laporan ini '
                        "untuk tahun %(tahun)s.",
                        bagian=paragraph.bagian,
                        kutipan=match.group(0),
                        tahun=year,
                    ),
                    paragraph.bagian,
                    paragraph.lokasi,
                    match.group(0),
                    f"Tahun Anggaran {year}",
                )


def _tanpa_tahun(text: str) -> str:
    return " ".join(_TAHUN.sub("####", text).lower().split())


def tahun_beda_antar_bagian(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """One statement written twice with different years, one of them the report's ("tidak ada
    gugatan … di tahun 2024" as hambatan, "… di tahun 2023" as its upaya)."""
    year = data.laporan.tahun
    places: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for table in data.laporan.tabel:
        if table.jenis is not JenisTabel.NARASI:
            continue
        for row in table.baris[1:]:
            for cell in row:
                if len(cell) >= 25 and _TAHUN.search(cell):
                    places[_tanpa_tahun(cell)].append((cell, table.bagian, f"no. {row[0]}"))
    for paragraph in data.laporan.paragraf:
        if len(paragraph.teks) >= 25 and _TAHUN.search(paragraph.teks):
            places[_tanpa_tahun(paragraph.teks)].append(
                (paragraph.teks, paragraph.bagian, paragraph.lokasi)
            )
    for found in places.values():
        years = {tuple(_TAHUN.findall(text)) for text, _, _ in found}
        if len(years) < 2:
            continue
        right = [item for item in found if str(year) in _TAHUN.findall(item[0])]
        for text, section, where in found:
            if right and str(year) not in _TAHUN.findall(text):
                yield lapor(
                    Pesan(
                        '%(bagian)s %(baris)s menulis "%(teks)s"; pernyataan yang sama di '
                        "%(bagian_lain)s %(baris_lain)s menyebut tahun %(tahun)s.",
                        bagian=section,
                        baris=where,
                        teks=text,
                        bagian_lain=right[0][1],
                        baris_lain=right[0][2],
                        tahun=year,
                    ),
                    section,
                    where,
                    ", ".join(_TAHUN.findall(text)),
                    str(year),
                )


def regulasi_sebelum_rencana(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """A regulation cited as the basis of a Renstra that it predates by more than the year of
    preparation (a 2015 regulation for the 2020–2024 Renstra)."""
    for paragraph in data.laporan.paragraf:
        for match in _REGULASI_RENSTRA.finditer(paragraph.teks):
            issued, start = int(match.group(1)), int(match.group(2))
            if issued < start - 1:
                yield lapor(
                    Pesan(
                        "%(bagian)s menyebut peraturan tahun %(terbit)s sebagai dasar Rencana "
                        "Strategis %(awal)s–%(akhir)s, yang disusun paling cepat tahun "
                        "%(siap)s.",
                        bagian=paragraph.bagian,
                        terbit=issued,
                        awal=start,
                        akhir=match.group(3),
                        siap=start - 1,
                    ),
                    paragraph.bagian,
                    paragraph.lokasi,
                    match.group(0)[:90],
                    Pesan("peraturan tahun %(siap)s atau sesudahnya", siap=start - 1),
                )


_URUTAN_KATA = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6}
_TAHUN_KE = re.compile(
    r"\btahun\s+ke(?:-\s*(\d)|(pertama|dua|tiga|empat|lima|enam))\b[^.]*?"
    r"(?:Rencana Strategis|Renstra)[^.]*?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})",
    re.I,
)


def tahun_renstra_ke(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """ "The N-th year of the Renstra A–B" said of a report whose year is not A + N − 1 ("tahun
    ketiga … Rencana Strategis 2018-2023" in a 2022 report, its fifth year)."""
    year = data.laporan.tahun
    for paragraph in data.laporan.paragraf:
        for match in _TAHUN_KE.finditer(paragraph.teks):
            digit, word, start, end = match.groups()
            stated = int(digit) if digit else _URUTAN_KATA["ke" + word.lower()]
            if not year or not int(start) <= year <= int(end):
                continue
            actual = year - int(start) + 1
            if stated != actual:
                yield lapor(
                    Pesan(
                        "%(bagian)s menyebut tahun %(tahun)s tahun ke-%(disebut)s Rencana "
                        "Strategis %(awal)s–%(akhir)s; tahun %(tahun)s adalah tahun "
                        "ke-%(sebenarnya)s.",
                        bagian=paragraph.bagian,
                        tahun=year,
                        disebut=stated,
                        awal=start,
                        akhir=end,
                        sebenarnya=actual,
                    ),
                    paragraph.bagian,
                    paragraph.lokasi,
                    Pesan("tahun ke-%(disebut)s", disebut=stated),
                    Pesan("tahun ke-%(sebenarnya)s", sebenarnya=actual),
                )


def pembulatan_terpotong(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """A printed capaian that is the computed one cut, not rounded (94,73 for 94,7368…)."""
    for kode, row in data.fakta.pengukuran.items():
        computed, printed = row.hasil.nilai, row.capaian_tercatat
        if computed is None or printed is None:
            continue
        cut = computed.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        if printed == cut and printed != round_half_up(computed):
            yield lapor(
                Pesan(
                    "Capaian %(indikator)s tercetak %(tercetak)s: %(hitungan)s dipotong, bukan "
                    "dibulatkan (dibulatkan: %(bulat)s).",
                    indikator=data.fakta.nama(kode),
                    tercetak=format_persen(printed),
                    hitungan=str(computed.quantize(Decimal("0.0001"))).replace(".", ","),
                    bulat=format_persen(computed),
                ),
                row.sumber,
                kode,
                format_persen(printed),
                format_persen(computed),
            )


def nama_pihak_mirip(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """A PK party whose name is one or two letters off a name in the staff list: one person
    spelled two ways ("Medial Aryansie" in Tabel 2, "Meidial Aryansie" in a PK)."""
    staff = {" ".join(person.nama.lower().split()): person for person in data.fakta.pegawai}
    reported: set[tuple[str, str]] = set()
    for party in data.pihak:
        key = " ".join(party.nama.lower().split())
        if key in staff or len(key) < 8:
            continue
        for other, person in staff.items():
            close = difflib.SequenceMatcher(None, key, other).ratio() >= 0.9
            if close and (key, other) not in reported:
                reported.add((key, other))
                yield lapor(
                    Pesan(
                        'Nama "%(nama)s" (%(pihak)s, NIP %(nip)s) ditulis "%(nama_lain)s" di '
                        "%(sumber)s no. %(nomor)s.",
                        nama=party.nama,
                        pihak=party.pihak,
                        nip=party.nip,
                        nama_lain=person.nama,
                        sumber=person.sumber,
                        nomor=person.nomor_urut,
                    ),
                    Pesan("Pegawai dan PK"),
                    party.nip,
                    f"{party.nama}, {person.nama}",
                    Pesan("satu ejaan nama"),
                )


def unit_pk_tak_tercantum(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """A unit that signs a PK but is not among the units the organisation section lists, and
    is not one of them named another way (unit-nama-beda reports those)."""
    listed = unit_organisasi(data.laporan)
    if not listed:
        return
    named_apart = {unit.nama for unit in data.fakta.unit}
    names = sorted(name for name, _ in listed.values())
    section = next(iter(listed.values()))[1]
    for unit in unit_penanda_tangan(data.laporan):
        if kunci_nama(unit.nama) in listed or unit.nama in named_apart:
            continue
        yield lapor(
            Pesan(
                'Unit "%(unit)s" menandatangani PK (%(lokasi)s), tetapi %(bagian)s hanya menyebut '
                "%(daftar)s.",
                unit=unit.nama,
                lokasi=unit.lokasi,
                bagian=section,
                daftar="; ".join(names),
            ),
            unit.bagian,
            unit.nama,
            unit.nama,
            Pesan("nama unit seperti di susunan organisasi"),
        )


def total_pk_beda_pagu(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """The reviu's rule in a document's form: a satker PK's stated budget total against the
    sum of its own budget lines, and against the pagu the report states for the kegiatan of
    the PK's lines (a report does not say which programme holds which kegiatan)."""
    if data.laporan.tak_terbaca:
        return
    fakta = data.fakta
    for pk in fakta.pk_satker:
        if not pk.anggaran:
            continue
        summed = sum((line.jumlah for line in pk.anggaran), Decimal(0))
        total = pk.total_anggaran_tercatat
        if total is not None and total != summed:
            yield lapor(
                Pesan(
                    "Total anggaran %(pk)s tercetak %(total)s; jumlah %(jumlah)s baris "
                    "anggarannya %(hitungan)s.",
                    pk=pk.nama,
                    total=format_rupiah(total),
                    jumlah=len(pk.anggaran),
                    hitungan=format_rupiah(summed),
                ),
                pk.nama,
                Pesan("total anggaran"),
                format_rupiah(total),
                format_rupiah(summed),
            )
        stated = total if total is not None else summed
        covered = sorted(
            {
                fakta.indikator[line.kode].kegiatan_kode
                for line in pk.baris
                if line.kode in fakta.indikator and fakta.indikator[line.kode].kegiatan_kode
            }
        )
        amounts = [
            fakta.anggaran[kode].pagu if kode in fakta.anggaran else None for kode in covered
        ]
        # A kegiatan whose pagu the report does not state would make any sum wrong.
        if not covered or None in amounts:
            continue
        pagu = sum(amounts, Decimal(0))
        if stated != pagu:
            yield temuan_total_pk_beda_pagu(lapor, pk.nama, stated, covered, pagu)


def indikator_beda_tulis(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """A unit-PK line whose indicator is written almost, not exactly, like a satker-PK or RKT
    line (a garbled word, an abbreviation): read as that line, and said to differ."""
    for pk, urutan, text, parent in data.beda_tulis:
        yield lapor(
            Pesan(
                'Baris %(urutan)s %(pk)s menulis "%(teks)s"; baris induknya (PK satker/RKT) '
                'menulis "%(induk)s". Dibaca sebagai indikator yang sama.',
                urutan=urutan,
                pk=pk,
                teks=text,
                induk=parent,
            ),
            pk,
            Pesan("baris %(urutan)s", urutan=urutan),
            text,
            parent,
        )


_TOTAL = re.compile(r"^\s*(jumlah|total)\b", re.I)


def total_baris_salah(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """A budget table's total row against the sum of the rows above it, and its % against its
    own realisasi ÷ pagu."""
    for table in data.laporan.tabel:
        if table.jenis not in (JenisTabel.ANGGARAN, JenisTabel.PENGUKURAN_ANGGARAN):
            continue
        peta = peta_kolom(table, data.laporan.tahun)
        above: dict[str, list[Decimal]] = {"pagu": [], "realisasi": []}
        for row in table.baris[peta.kepala :]:
            cells = {"pagu": peta.pagu, "realisasi": peta.realisasi_anggaran}
            values = {
                key: rupiah(row[col]) if col is not None and col < len(row) else None
                for key, col in cells.items()
            }
            label = next((cell for cell in row if cell.strip()), "")
            if not _TOTAL.match(label):
                for key, value in values.items():
                    if value is not None:
                        above[key].append(value)
                continue
            for key, value in values.items():
                if value is not None and above[key] and value != sum(above[key]):
                    yield lapor(
                        Pesan(
                            "Baris %(baris)s %(tabel)s mencetak %(besaran)s %(tercetak)s; "
                            "jumlah %(jumlah)s barisnya %(hitungan)s.",
                            baris=label,
                            tabel=table.nama,
                            besaran=key,
                            tercetak=format_rupiah(value),
                            jumlah=len(above[key]),
                            hitungan=format_rupiah(sum(above[key])),
                        ),
                        table.nama,
                        label,
                        format_rupiah(value),
                        format_rupiah(sum(above[key])),
                    )
            printed = (
                angka(row[peta.serapan])
                if peta.serapan is not None and peta.serapan < len(row)
                else None
            )
            expected = serapan(values["realisasi"], values["pagu"])
            if printed is not None and expected is not None and beda_tercetak(printed, expected):
                yield lapor(
                    Pesan(
                        "Baris %(baris)s %(tabel)s mencetak serapan %(tercetak)s; realisasi "
                        "%(realisasi)s ÷ pagu %(pagu)s = %(hitungan)s.",
                        baris=label,
                        tabel=table.nama,
                        tercetak=format_persen(printed),
                        realisasi=format_rupiah(values["realisasi"]),
                        pagu=format_rupiah(values["pagu"]),
                        hitungan=format_persen(expected),
                    ),
                    table.nama,
                    label,
                    format_persen(printed),
                    format_persen(expected),
                )


def tabel_tak_terbaca(data: FaktaDokumen, lapor: Lapor) -> Iterator[Temuan]:
    """A table that could not be read is said to be, so its figures are not taken as checked;
    and the rules that need every table are said not to have run."""
    unread = data.laporan.tak_terbaca
    if unread:
        yield lapor(
            Pesan(
                "%(jumlah)s tabel tidak dapat dibaca; aturan yang menyimpulkan dari seluruh "
                "tabel tidak dijalankan: %(aturan)s.",
                jumlah=len(unread),
                aturan=", ".join(BUTUH_SEMUA_TABEL),
            ),
            Pesan("Laporan"),
            Pesan("seluruh tabel"),
        )
    for table in unread:
        yield lapor(
            Pesan(
                "Tabel %(nomor)s (%(lokasi)s) tidak dapat dibaca: %(alasan)s; angkanya tidak "
                "diperiksa.",
                nomor=table.nomor,
                lokasi=table.lokasi,
                alasan=table.alasan,
            ),
            table.nama,
            table.lokasi,
        )


ATURAN_DOKUMEN: tuple[AturanPeriksa, ...] = (
    AturanPeriksa(
        "total-pk-beda-pagu",
        Tingkat.GALAT,
        ATURAN["total-pk-beda-pagu"].judul,
        total_pk_beda_pagu,
    ),
    AturanPeriksa(
        "tahun-anggaran-lain",
        Tingkat.GALAT,
        Pesan("Laporan menyebut tahun anggaran lain"),
        tahun_anggaran_lain,
    ),
    AturanPeriksa(
        "tahun-beda-antar-bagian",
        Tingkat.PERINGATAN,
        Pesan("Pernyataan yang sama dengan tahun berbeda"),
        tahun_beda_antar_bagian,
    ),
    AturanPeriksa(
        "regulasi-sebelum-rencana",
        Tingkat.GALAT,
        Pesan("Dasar hukum lebih tua dari rencananya"),
        regulasi_sebelum_rencana,
    ),
    AturanPeriksa(
        "tahun-renstra-ke",
        Tingkat.PERINGATAN,
        Pesan("Tahun ke-berapa Renstra disebut salah"),
        tahun_renstra_ke,
    ),
    AturanPeriksa(
        "pembulatan-terpotong",
        Tingkat.INFO,
        Pesan("Angka dipotong, bukan dibulatkan"),
        pembulatan_terpotong,
    ),
    AturanPeriksa(
        "nama-pihak-mirip",
        Tingkat.PERINGATAN,
        Pesan("Satu orang dengan dua ejaan nama"),
        nama_pihak_mirip,
    ),
    AturanPeriksa(
        "unit-pk-tak-tercantum",
        Tingkat.PERINGATAN,
        Pesan("Unit penanda tangan PK tidak ada di susunan organisasi"),
        unit_pk_tak_tercantum,
    ),
    AturanPeriksa(
        "indikator-beda-tulis",
        Tingkat.PERINGATAN,
        Pesan("Indikator PK unit ditulis berbeda dari induknya"),
        indikator_beda_tulis,
    ),
    AturanPeriksa(
        "total-baris-salah",
        Tingkat.GALAT,
        Pesan("Baris jumlah tidak sama dengan jumlah barisnya"),
        total_baris_salah,
    ),
    AturanPeriksa(
        "tabel-tak-terbaca",
        Tingkat.INFO,
        Pesan("Tabel tidak dapat dibaca"),
        tabel_tak_terbaca,
    ),
)
_URUTAN = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1, Tingkat.INFO: 2}


def periksa_laporan(laporan: Laporan) -> tuple[FaktaDokumen, list[Temuan]]:
    """The facts read from a report and every finding on them, most severe first."""
    data = fakta_dokumen(laporan)
    data.fakta.nilai_tercatat.extend(klaim(laporan))
    data.fakta.nilai_tercatat.extend(indikator_disebut(data))
    data.fakta.unit = unit_beda_nama(laporan)
    dengan_anggaran_prosa(data)
    rules = [
        rule_id
        for rule_id in DARI_KATALOG
        if not (laporan.tak_terbaca and rule_id in BUTUH_SEMUA_TABEL)
    ]
    findings = [
        finding
        for rule_id in rules
        for finding in ATURAN[rule_id].periksa(data.fakta, ATURAN[rule_id].temuan)
    ]
    findings += [finding for rule in ATURAN_DOKUMEN for finding in rule.periksa(data, rule.temuan)]
    order = {rule.id: index for index, rule in enumerate(KATALOG + ATURAN_DOKUMEN)}
    findings.sort(key=lambda finding: (_URUTAN[finding.tingkat], order[finding.aturan]))
    return data, findings
