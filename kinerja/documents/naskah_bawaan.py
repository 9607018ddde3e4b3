"""The default text of each narrative section of the LKjIP, written from the satker-year's
figures (plain Python, no Django). A user may replace a section in the application; the
fingerprint of the default they wrote over (`sidik_teks`) tells later whether the data under
it has changed since.

The defaults state only what the data supports: the year is always the report's, figures come
from the reading layer, and a section the data cannot fill says so plainly."""

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from kinerja.core.formatting import format_persen, format_rupiah

# The sections, in the order the report prints them, with their printed titles.
KATA_PENGANTAR = "kata_pengantar"
IKHTISAR_EKSEKUTIF = "ikhtisar_eksekutif"
LATAR_BELAKANG = "latar_belakang"
MAKSUD_TUJUAN = "maksud_tujuan"
TUGAS_FUNGSI = "tugas_fungsi"
ISU_STRATEGIS = "isu_strategis"
SISTEMATIKA = "sistematika"
# Written once per sasaran of the year: the causes of its success or failure and the upaya.
ANALISIS_SASARAN = "analisis_sasaran"
JUDUL = {
    KATA_PENGANTAR: "KATA PENGANTAR",
    IKHTISAR_EKSEKUTIF: "IKHTISAR EKSEKUTIF",
    LATAR_BELAKANG: "A. Latar Belakang",
    MAKSUD_TUJUAN: "B. Maksud dan Tujuan",
    TUGAS_FUNGSI: "C. Tugas Pokok dan Fungsi",
    ISU_STRATEGIS: "D. Isu Strategis",
    SISTEMATIKA: "E. Sistematika Penulisan",
    ANALISIS_SASARAN: "Analisis keberhasilan dan kegagalan serta upaya",
}
BAB = (
    ("BAB I PENDAHULUAN", "latar belakang, maksud dan tujuan, tugas pokok dan fungsi serta "
     "susunan organisasi, isu strategis yang dihadapi, dan sistematika penulisan laporan"),
    ("BAB II PERENCANAAN DAN PERJANJIAN KINERJA", "Rencana Strategis, Rencana Kinerja Tahunan "
     "dan Perjanjian Kinerja tahun berjalan"),
    ("BAB III AKUNTABILITAS KINERJA", "capaian kinerja setiap sasaran beserta analisis "
     "penyebab keberhasilan atau kegagalannya dan upaya yang dilakukan, dan realisasi anggaran"),
    ("BAB IV PENUTUP", "kesimpulan atas capaian kinerja, hambatan yang dihadapi dan upaya "
     "perbaikannya"),
    ("LAMPIRAN", "Perjanjian Kinerja yang berlaku"),
)  # fmt: skip


@dataclass(frozen=True)
class FaktaHambatan:
    """One recorded hambatan with its upaya (kinerja.measurement.HambatanUpaya)."""

    aspek: str
    hambatan: str
    upaya: str = ""


@dataclass(frozen=True)
class FaktaSasaran:
    """A sasaran of the year as its analysis is written: what identifies it (`kunci`, see
    SasaranPengukuran), its name, and the hambatan recorded for it, its indicators or its
    kegiatan in the year."""

    kunci: str
    label: str
    hambatan: tuple[FaktaHambatan, ...] = ()


@dataclass(frozen=True)
class FaktaNaskah:
    """What the defaults are written from: one satker-year as the reading layer reads it."""

    nama: str  # the official name, "Sekretariat KPU Kota Prabumulih"
    tahun: int
    jumlah_indikator: int = 0
    tercapai: int = 0
    belum_tercapai: tuple[str, ...] = ()  # names of the indicators below target
    tidak_dinilai: int = 0
    capaian: Decimal | None = None
    predikat: str = ""
    skala: str = ""
    pagu: Decimal | None = None
    realisasi: Decimal | None = None
    serapan: Decimal | None = None
    renstra: tuple[int, int] | None = None
    unit: tuple[str, ...] = ()
    anggota: int = 0
    sasaran: tuple[FaktaSasaran, ...] = ()
    hambatan_lalu: tuple[FaktaHambatan, ...] = ()  # recorded for the year before


def sidik_teks(teks: str) -> str:
    """The fingerprint of a generated text: equal texts, equal fingerprints."""
    return hashlib.sha256(teks.encode()).hexdigest()[:32]


def kata_pengantar(fakta: FaktaNaskah) -> str:
    return (
        f"Laporan Kinerja {fakta.nama} Tahun {fakta.tahun} disusun sebagai wujud "
        "pertanggungjawaban atas pelaksanaan tugas dan fungsi serta pencapaian sasaran yang "
        f"ditetapkan dalam Perjanjian Kinerja Tahun {fakta.tahun}, sesuai dengan Peraturan "
        "Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah "
        "dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 "
        "Tahun 2014.\n\n"
        f"Laporan ini menyajikan capaian kinerja tahun {fakta.tahun} beserta analisisnya, "
        "realisasi anggaran, serta hambatan dan upaya yang dilakukan. Semoga laporan ini "
        f"menjadi bahan evaluasi dan perbaikan agar kinerja {fakta.nama} pada tahun "
        f"{fakta.tahun + 1} semakin baik."
    )


def _daftar_nama(names: tuple[str, ...]) -> str:
    quoted = [f"“{name}”" for name in names]
    if len(quoted) <= 2:
        return " dan ".join(quoted)
    return ", ".join(quoted[:-1]) + ", dan " + quoted[-1]


def ikhtisar_eksekutif(fakta: FaktaNaskah) -> str:
    opening = f"Laporan Kinerja {fakta.nama} Tahun {fakta.tahun} menyajikan capaian "
    if fakta.renstra:
        opening += (
            f"sasaran yang ditetapkan dalam Rencana Strategis {fakta.renstra[0]}–"
            f"{fakta.renstra[1]} dan Perjanjian Kinerja Tahun {fakta.tahun}."
        )
    else:
        opening += f"sasaran yang ditetapkan dalam Perjanjian Kinerja Tahun {fakta.tahun}."
    paragraphs = [opening]
    if fakta.capaian is not None:
        overall = f"Capaian kinerja tahun {fakta.tahun} sebesar {format_persen(fakta.capaian)}"
        if fakta.predikat:
            overall += f" dengan predikat {fakta.predikat}"
            overall += f" menurut {fakta.skala}." if fakta.skala else "."
        else:
            overall += "."
    else:
        overall = f"Capaian kinerja tahun {fakta.tahun} belum dapat dihitung: belum ada "
        overall += "indikator yang dinilai."
    unmet = len(fakta.belum_tercapai)
    count = (
        f"Dari {fakta.jumlah_indikator} indikator kinerja, {fakta.tercapai} mencapai targetnya "
        f"dan {unmet} belum"
    )
    count += f"; {fakta.tidak_dinilai} tidak dinilai." if fakta.tidak_dinilai else "."
    if unmet:
        count += f" Indikator yang belum mencapai target: {_daftar_nama(fakta.belum_tercapai)}."
    paragraphs.append(f"{overall} {count}" if fakta.jumlah_indikator else overall)
    if fakta.pagu is not None and fakta.realisasi is not None:
        budget = (
            f"Realisasi anggaran tahun {fakta.tahun} sebesar {format_rupiah(fakta.realisasi)} "
            f"dari pagu {format_rupiah(fakta.pagu)}"
        )
        budget += f" ({format_persen(fakta.serapan)})." if fakta.serapan is not None else "."
    elif fakta.pagu is not None:
        budget = f"Pagu anggaran tahun {fakta.tahun} sebesar {format_rupiah(fakta.pagu)}; "
        budget += "realisasinya belum dicatat."
    else:
        budget = f"Pagu anggaran tahun {fakta.tahun} belum dicatat."
    paragraphs.append(budget)
    paragraphs.append(
        "Rincian capaian setiap sasaran diuraikan pada BAB III; hambatan yang dihadapi dan "
        "upaya perbaikannya pada BAB IV."
    )
    return "\n\n".join(paragraphs)


def latar_belakang(fakta: FaktaNaskah) -> str:
    return (
        f"Sebagai wujud akuntabilitas kinerja, {fakta.nama} berkewajiban mempertanggungjawabkan "
        "pelaksanaan tugas dan fungsinya melalui laporan kinerja yang disusun secara tertulis, "
        "periodik dan melembaga, sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 "
        "tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.\n\n"
        f"Laporan Kinerja Tahun {fakta.tahun} ini mengomunikasikan capaian kinerja "
        f"{fakta.nama} selama satu tahun anggaran, dikaitkan dengan pencapaian tujuan dan "
        "sasaran, serta menjelaskan keberhasilan dan kegagalan dalam mencapainya."
    )


def maksud_tujuan(fakta: FaktaNaskah) -> str:
    return (
        f"Laporan Kinerja {fakta.nama} Tahun {fakta.tahun} disusun dengan maksud dan tujuan:\n"
        "1. memberikan informasi kinerja yang terukur atas capaian yang telah dan seharusnya "
        "dicapai;\n"
        "2. menjadi bahan evaluasi dan perbaikan pelaksanaan kegiatan pada tahun berikutnya;\n"
        "3. menjadi acuan penyusunan rencana kerja, rencana kinerja dan rencana anggaran; dan\n"
        "4. menjadi wujud pertanggungjawaban kepada publik."
    )


def tugas_fungsi(fakta: FaktaNaskah) -> str:
    paragraphs = []
    if fakta.anggota:
        paragraphs.append(
            f"Komisi beranggotakan {fakta.anggota} orang; pembagian jabatan dan koordinator "
            "wilayahnya tercantum pada tabel anggota berikut."
        )
    if fakta.unit:
        paragraphs.append(
            f"Dalam melaksanakan tugas dan fungsinya, {fakta.nama} terdiri atas "
            f"{len(fakta.unit)} unit kerja: {'; '.join(fakta.unit)}. Tugas setiap unit kerja "
            "tercantum pada tabel unit kerja berikut."
        )
    else:
        paragraphs.append(f"Unit kerja {fakta.nama} belum dicatat.")
    return "\n\n".join(paragraphs)


def isu_strategis(fakta: FaktaNaskah) -> str:
    """The main problems the organisation faces, from the hambatan recorded the year before;
    without them, a plain statement that the section is not written yet."""
    before = fakta.tahun - 1
    if not fakta.hambatan_lalu:
        return (
            f"Isu strategis {fakta.nama} tahun {fakta.tahun} belum ditulis: belum ada hambatan "
            f"tahun {before} yang tercatat sebagai bahannya."
        )
    lines = [
        f"Isu strategis yang dihadapi {fakta.nama} pada tahun {fakta.tahun} bertolak dari "
        f"hambatan yang tercatat pada tahun {before}:"
    ]
    lines.extend(
        f"{number}. {item.aspek}: {item.hambatan}"
        for number, item in enumerate(fakta.hambatan_lalu, start=1)
    )
    return "\n".join(lines)


def analisis_sasaran(sasaran: FaktaSasaran, tahun: int) -> str:
    """A sasaran's analysis from the hambatan and upaya recorded for it; without them, a plain
    statement that the analysis is not written yet (never invented causes)."""
    if not sasaran.hambatan:
        return (
            f"Analisis penyebab keberhasilan atau kegagalan (faktor pendukung dan penghambat) "
            f"serta upaya untuk {sasaran.label} tahun {tahun} belum ditulis."
        )
    lines = [f"Hambatan yang tercatat pada tahun {tahun} dan upaya yang dilakukan:"]
    for number, item in enumerate(sasaran.hambatan, start=1):
        line = f"{number}. Faktor penghambat ({item.aspek}): {item.hambatan}"
        line = line if line.endswith(".") else line + "."
        if item.upaya:
            line += f" Upaya: {item.upaya}"
            line = line if line.endswith(".") else line + "."
        lines.append(line)
    return "\n".join(lines)


def kunci_slot(bagian: str, kunci: str = "") -> str:
    """How a section is named among the defaults: its code, or "code:kunci" for a section
    written once per sasaran."""
    return f"{bagian}:{kunci}" if kunci else bagian


def belum_ditulis(teks: str) -> bool:
    """Whether a section's text is the statement that it is not written yet."""
    first = teks.split("\n", 1)[0]
    return first.endswith(" belum ditulis.") or " belum ditulis: " in first


def sistematika(fakta: FaktaNaskah) -> str:
    lines = [f"Laporan Kinerja Tahun {fakta.tahun} disusun dengan sistematika sebagai berikut:"]
    lines.extend(f"{title}: {content}." for title, content in BAB)
    return "\n".join(lines)


PENULIS = {
    KATA_PENGANTAR: kata_pengantar,
    IKHTISAR_EKSEKUTIF: ikhtisar_eksekutif,
    LATAR_BELAKANG: latar_belakang,
    MAKSUD_TUJUAN: maksud_tujuan,
    TUGAS_FUNGSI: tugas_fungsi,
    ISU_STRATEGIS: isu_strategis,
    SISTEMATIKA: sistematika,
}


def bawaan(fakta: FaktaNaskah) -> dict[str, str]:
    """Every section's default text, in the report's order, then each sasaran's analysis
    (keyed "analisis_sasaran:<kunci>", kunci_slot)."""
    texts = {section: write(fakta) for section, write in PENULIS.items()}
    for item in fakta.sasaran:
        texts[kunci_slot(ANALISIS_SASARAN, item.kunci)] = analisis_sasaran(item, fakta.tahun)
    return texts


def paragraf(teks: str) -> list[str]:
    """A section's text as printed paragraphs: one per non-empty line."""
    return [line.strip() for line in teks.splitlines() if line.strip()]
