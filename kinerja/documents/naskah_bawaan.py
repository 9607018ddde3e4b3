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
SISTEMATIKA = "sistematika"
JUDUL = {
    KATA_PENGANTAR: "KATA PENGANTAR",
    IKHTISAR_EKSEKUTIF: "IKHTISAR EKSEKUTIF",
    LATAR_BELAKANG: "A. Latar Belakang",
    MAKSUD_TUJUAN: "B. Maksud dan Tujuan",
    TUGAS_FUNGSI: "C. Tugas Pokok dan Fungsi",
    SISTEMATIKA: "D. Sistematika Penulisan",
}
BAB = (
    ("BAB I PENDAHULUAN", "latar belakang, maksud dan tujuan, tugas pokok dan fungsi serta "
     "susunan organisasi, dan sistematika penulisan laporan"),
    ("BAB II PERENCANAAN DAN PERJANJIAN KINERJA", "Rencana Strategis, Rencana Kinerja Tahunan "
     "dan Perjanjian Kinerja tahun berjalan"),
    ("BAB III AKUNTABILITAS KINERJA", "capaian kinerja setiap sasaran beserta analisisnya, dan "
     "realisasi anggaran"),
    ("BAB IV PENUTUP", "kesimpulan atas capaian kinerja, hambatan yang dihadapi dan upaya "
     "perbaikannya"),
    ("LAMPIRAN", "Perjanjian Kinerja yang berlaku"),
)  # fmt: skip


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
    SISTEMATIKA: sistematika,
}


def bawaan(fakta: FaktaNaskah) -> dict[str, str]:
    """Every section's default text, in the report's order."""
    return {section: write(fakta) for section, write in PENULIS.items()}


def paragraf(teks: str) -> list[str]:
    """A section's text as printed paragraphs: one per non-empty line."""
    return [line.strip() for line in teks.splitlines() if line.strip()]
