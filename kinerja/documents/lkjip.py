"""The LKjIP's chapters built from the reading layer, as document blocks
(kinerja.documents.isi). BAB III: A. capaian per sasaran — each with its table,
its sentences and its budget — and B. realisasi anggaran per kegiatan with totals that
reconcile. Tables are numbered as the chapter goes (Tabel 3.1, 3.2, …)."""

import datetime
from dataclasses import replace

from kinerja.core.formatting import format_persen, format_rupiah, format_tanggal, format_target
from kinerja.documents.analisis import (
    analisis_sasaran,
    gambar_anggaran,
    gambar_capaian,
    paragraf_indikator,
)
from kinerja.documents.efisiensi import tabel_efisiensi
from kinerja.documents.identitas_laporan import identitas_laporan
from kinerja.documents.isi import Blok, Dokumen, HalamanBaru, Judul, Kolom, Paragraf, Tabel
from kinerja.documents.kalimat import (
    capaian_tampil,
    kalimat_anggaran,
    kalimat_anggaran_bersama,
    kalimat_sasaran,
    realisasi_tampil,
    tercapai,
)
from kinerja.documents.metode import metode_bab_tiga
from kinerja.documents.naskah import fakta_naskah, naskah_tahun
from kinerja.documents.naskah_bawaan import ANALISIS_SASARAN, JUDUL, kunci_slot, paragraf
from kinerja.documents.penanda_tangan import blok_tanda_tangan, tetapkan_penanda_tangan
from kinerja.documents.pendahuluan import bab_satu, halaman_depan
from kinerja.documents.pk import baris_target, dokumen_pk
from kinerja.documents.tabel_rkt import tabel_rkt
from kinerja.documents.triwulan import CapaianTriwulan, blok_triwulan, capaian_triwulan
from kinerja.evaluation.pernyataan import pernyataan_berlaku
from kinerja.measurement.models import HambatanUpaya
from kinerja.measurement.pengukuran import Pengukuran, hitung_pengukuran
from kinerja.measurement.satker_year import satker_tahun
from kinerja.measurement.snapshot import SUMBER_DANA

KOLOM_CAPAIAN = (
    Kolom("No", 1.0),
    Kolom("Indikator Kinerja", 6.2),
    Kolom("Target", 2.2, angka=True),
    Kolom("Realisasi", 2.4, angka=True),
    Kolom("Capaian", 2.0, angka=True),
    Kolom("Ket.", 2.2),  # "Tercapai" on one line
)
KOLOM_ANGGARAN = (
    Kolom("Kode", 1.4),
    Kolom("Kegiatan", 6.6),
    Kolom("Pagu", 3.2, angka=True),
    Kolom("Realisasi", 3.2, angka=True),
    Kolom("Serapan", 1.6, angka=True),
)


def _ket(row) -> str:
    verdict = tercapai(row)
    if verdict is None:
        return "–"
    return "Tercapai" if verdict else "Belum tercapai"


def _rupiah(value) -> str:
    return format_rupiah(value) if value is not None else "–"


def _persen(value) -> str:
    return format_persen(value) if value is not None else "–"


def blok_analisis(teks: str | None) -> list[Blok]:
    """A sasaran's written analysis (causes of success or failure, upaya) under its figures."""
    if not teks:
        return []
    return [
        Paragraf(JUDUL[ANALISIS_SASARAN], rata="kiri", tebal=True),
        *(Paragraf(line) for line in paragraf(teks)),
    ]


def bab_tiga(
    pengukuran: Pengukuran,
    triwulan: list[CapaianTriwulan] | None = None,
    naskah: dict[str, str] | None = None,
) -> list[Blok]:
    """`naskah`: the narrative in force by slot, for each sasaran's analysis (none: the
    chapter has the figures and their sentences only)."""
    naskah = naskah or {}
    number = chart = 0

    def caption(text: str) -> str:
        nonlocal number
        number += 1
        return f"Tabel 3.{number} {text}"

    def chart_caption(text: str) -> str:
        nonlocal chart
        chart += 1
        return f"Grafik 3.{chart} {text}"

    blocks: list[Blok] = [Judul("BAB III AKUNTABILITAS KINERJA", 1), Judul("A. Capaian Kinerja", 2)]
    overall = f"Capaian kinerja {pengukuran.nama} tahun {pengukuran.tahun}"
    if pengukuran.capaian is not None:
        overall += f" sebesar {format_persen(pengukuran.capaian)}"
        overall += f" dengan predikat {pengukuran.predikat}." if pengukuran.predikat else "."
    else:
        overall += " tidak dapat dihitung: belum ada indikator yang dinilai."
    blocks.append(Paragraf(overall))
    blocks.extend(metode_bab_tiga(pengukuran, caption("Skala predikat capaian")))
    blocks.extend(blok_triwulan(triwulan or [], caption, chart_caption))
    for group in pengukuran.sasaran:
        blocks.append(Judul(group.label, 2))
        blocks.append(
            Tabel(
                kolom=KOLOM_CAPAIAN,
                baris=tuple(
                    (
                        f"{index}.",
                        row.indikator.nama,
                        format_target(row.target, row.indikator.satuan),
                        realisasi_tampil(row),
                        capaian_tampil(row),
                        _ket(row),
                    )
                    for index, row in enumerate(group.baris, start=1)
                ),
                judul=caption(f"Capaian {group.label}"),
            )
        )
        blocks.extend(gambar_capaian(group, chart_caption, f"Tabel 3.{number}"))
        blocks.append(Paragraf(kalimat_sasaran(group)))
        blocks.extend(paragraf_indikator(row, pengukuran.tahun) for row in group.baris)
        if group.anggaran:
            blocks.append(Paragraf(kalimat_anggaran(group.anggaran)))
        blocks.extend(Paragraf(text) for text in kalimat_anggaran_bersama(group))
        blocks.extend(analisis_sasaran(group, pengukuran.tahun, caption, chart_caption))
        blocks.extend(blok_analisis(naskah.get(kunci_slot(ANALISIS_SASARAN, group.kunci))))
    efficiency = (
        tabel_efisiensi(
            pengukuran.sasaran, caption(f"Efisiensi per sasaran tahun {pengukuran.tahun}")
        )
        if any(group.pagu for group in pengukuran.sasaran)
        else None
    )
    if efficiency is not None:
        blocks.append(Judul("Efisiensi penggunaan anggaran", 2))
        blocks.append(
            Paragraf(
                "Efisiensi setiap sasaran dihitung sebagai capaian sasaran dikurangi serapan "
                "anggarannya (poin persen); efisiensi hanya dinyatakan untuk sasaran yang "
                "targetnya tercapai."
            )
        )
        blocks.append(efficiency)

    blocks.append(Judul("B. Realisasi Anggaran", 2))
    pagu, realised, share = pengukuran.total()
    blocks.append(
        Tabel(
            kolom=KOLOM_ANGGARAN,
            baris=tuple(
                (
                    item.kode,
                    item.nama,
                    _rupiah(item.pagu),
                    _rupiah(item.realisasi),
                    _persen(item.serapan),
                )
                for item in pengukuran.anggaran
            ),
            judul=caption("Realisasi anggaran per kegiatan"),
            kaki=(("", "Jumlah", _rupiah(pagu), _rupiah(realised), _persen(share)),),
        )
    )
    blocks.extend(gambar_anggaran(pengukuran.anggaran, chart_caption, f"Tabel 3.{number}"))
    blocks.append(
        Paragraf(
            kalimat_anggaran(pengukuran.anggaran, f"{pengukuran.nama} tahun {pengukuran.tahun}")
        )
    )
    if pengukuran.sumber_dana:
        by_source = []
        for source in pengukuran.sumber_dana:
            source_pagu, source_spent, source_share = pengukuran.total(source)
            by_source.append(
                (
                    str(SUMBER_DANA.get(source, source)),
                    _rupiah(source_pagu),
                    _rupiah(source_spent),
                    _persen(source_share),
                )
            )
        blocks.append(
            Tabel(
                kolom=(
                    Kolom("Sumber dana", 6.4),
                    Kolom("Pagu", 3.4, angka=True),
                    Kolom("Realisasi", 3.4, angka=True),
                    Kolom("Serapan", 2.0, angka=True),
                ),
                baris=tuple(by_source),
                judul=caption("Realisasi anggaran per sumber dana"),
                kaki=(("Jumlah", _rupiah(pagu), _rupiah(realised), _persen(share)),),
            )
        )
    return blocks


def bab_dua(snapshot) -> list[Blok]:
    """BAB II from the satker-year's documents: the Renstra covering the year, the RKT and the
    satker's PK in force, each table as the documents state them."""
    blocks: list[Blok] = [Judul("BAB II PERENCANAAN DAN PERJANJIAN KINERJA", 1)]
    renstra = snapshot.renstra
    blocks.append(Judul("A. Rencana Strategis", 2))
    if renstra is None:
        blocks.append(Paragraf(f"Tidak ada Renstra yang mencakup tahun {snapshot.tahun}."))
    else:
        blocks.append(
            Paragraf(
                f"Renstra {renstra.tahun_awal}–{renstra.tahun_akhir}"
                + (f" ditetapkan dengan {renstra.dasar_hukum}." if renstra.dasar_hukum else ".")
            )
        )
        blocks.append(Paragraf(f"Visi: {renstra.visi}"))
        blocks.extend(
            Paragraf(f"Misi {item.nomor}: {item.uraian}", rata="kiri")
            for item in renstra.misi.all()
        )
        blocks.extend(
            Paragraf(f"Tujuan {item.nomor}: {item.uraian}", rata="kiri")
            for item in renstra.tujuan.all()
        )
        blocks.extend(
            Paragraf(f"Sasaran strategis {item.nomor}: {item.uraian}", rata="kiri")
            for item in renstra.sasaran.all()
        )
    blocks.append(Judul(f"B. Rencana Kinerja Tahunan {snapshot.tahun}", 2))
    if snapshot.rkt_baris:
        blocks.append(
            tabel_rkt(snapshot.rkt_baris, f"Tabel 2.1 Rencana Kinerja Tahunan {snapshot.tahun}")
        )
    else:
        blocks.append(Paragraf(f"RKT tahun {snapshot.tahun} belum dicatat."))
    blocks.append(Judul(f"C. Perjanjian Kinerja {snapshot.tahun}", 2))
    satker_pk = [pk for pk in snapshot.perjanjian if pk.unit_id is None]
    if not satker_pk:
        blocks.append(
            Paragraf(f"Belum ada Perjanjian Kinerja satker yang berlaku tahun {snapshot.tahun}.")
        )
    for pk in satker_pk:
        signed = f", ditandatangani {format_tanggal(pk.tanggal)}" if pk.tanggal else ""
        blocks.append(Paragraf(f"{pk.judul} (versi {pk.versi}{signed})."))
        blocks.append(
            Tabel(
                kolom=(
                    Kolom("No", 1.2),
                    Kolom("Sasaran Strategis", 4.8),
                    Kolom("Indikator Kinerja", 7.5),
                    Kolom("Target", 2.5, angka=True),
                ),
                baris=baris_target(pk),
                judul=f"Tabel 2.2 Perjanjian Kinerja {snapshot.tahun}",
            )
        )
    return blocks


def bab_empat(pengukuran: Pengukuran, hambatan) -> list[Blok]:
    """BAB IV: the conclusion the figures support, and the hambatan and upaya recorded."""
    blocks: list[Blok] = [Judul("BAB IV PENUTUP", 1), Judul("A. Kesimpulan", 2)]
    rows = pengukuran.baris
    met = sum(1 for row in rows if tercapai(row) is True)
    unmet = sum(1 for row in rows if tercapai(row) is False)
    unassessed = len(rows) - met - unmet
    summary = (
        f"Dari {len(rows)} indikator kinerja tahun {pengukuran.tahun}, {met} mencapai "
        f"targetnya dan {unmet} belum"
    )
    summary += f"; {unassessed} tidak dinilai." if unassessed else "."
    blocks.append(Paragraf(summary))
    blocks.append(Paragraf(kalimat_anggaran(pengukuran.anggaran, f"tahun {pengukuran.tahun}")))
    blocks.append(Judul("B. Hambatan dan Upaya", 2))
    if not hambatan:
        blocks.append(Paragraf("Tidak ada hambatan yang dicatat."))
        return blocks
    blocks.append(
        Tabel(
            kolom=(
                Kolom("No", 1.0),
                Kolom("Kegiatan/Aspek", 3.6),
                Kolom("Hambatan", 5.2),
                Kolom("Upaya", 6.2),
            ),
            baris=tuple(
                (f"{item.nomor}.", item.aspek, item.hambatan, item.upaya) for item in hambatan
            ),
            judul="Tabel 4.1 Hambatan dan upaya",
        )
    )
    return blocks


def lampiran_data(snapshot, measured: Pengukuran) -> list[Blok]:
    """The appendices of the year's plan and measurement: the RKT as adopted and every
    indicator's measurement (the PKs follow, each as its own document)."""
    tahun = snapshot.tahun
    blocks: list[Blok] = [HalamanBaru(), Judul(f"Lampiran: Rencana Kinerja Tahunan {tahun}", 1)]
    if snapshot.rkt_baris:
        blocks.append(tabel_rkt(snapshot.rkt_baris, f"Tabel L.1 Rencana Kinerja Tahunan {tahun}"))
    else:
        blocks.append(Paragraf(f"RKT tahun {tahun} belum dicatat."))
    blocks += [HalamanBaru(), Judul(f"Lampiran: Pengukuran Kinerja {tahun}", 1)]
    rows = [
        (
            row.indikator.kode,
            row.indikator.nama,
            format_target(row.target, row.indikator.satuan),
            realisasi_tampil(row),
            capaian_tampil(row),
            row.predikat.predikat if row.predikat else "–",
            _ket(row),
        )
        for group in measured.sasaran
        for row in group.baris
    ]
    blocks.append(
        Tabel(
            kolom=(
                Kolom("Kode", 1.6),
                Kolom("Indikator Kinerja", 5.4),
                Kolom("Target", 1.8, angka=True),
                Kolom("Realisasi", 2.0, angka=True),
                Kolom("Capaian", 1.9, angka=True),
                Kolom("Predikat", 1.6),
                Kolom("Ket.", 1.7),
            ),
            baris=tuple(rows),
            judul=f"Tabel L.2 Pengukuran kinerja tahun {tahun}",
        )
    )
    return blocks


def laporan_kinerja(
    satker, tahun: int, tanggal: datetime.date | None = None, *, snapshot=None
) -> Dokumen:
    """The LKjIP of a satker-year as far as it is generated today: the cover and front matter
    (roman page numbers), BAB I (its narrative as the users wrote it, or the defaults), BAB II,
    BAB III and BAB IV from the data, signed by the head of the satker on the report's date
    (its LaporanTahunan, or `tanggal` when given; none: the date is printed as not set, never
    today's), and the PKs in force as attachments. One read of the reading layer serves every
    chapter (`snapshot`: a reading already made of this satker-year)."""
    snapshot = snapshot or satker_tahun(satker, tahun)
    measured = hitung_pengukuran(snapshot)
    hambatan = list(
        HambatanUpaya.objects.filter(satker=satker, tahun=tahun).order_by("nomor", "pk")
    )
    name = satker.nama_lengkap or satker.nama
    naskah = {
        section.slot: section.teks
        for section in naskah_tahun(satker, tahun, fakta_naskah(snapshot, measured))
        if not section.yatim
    }
    document = Dokumen(
        judul=f"Laporan Kinerja {name} Tahun {tahun}",
        kepala=f"{name} — Laporan Kinerja Tahun {tahun}",
    )
    identitas = identitas_laporan(satker, tahun)
    if tanggal is not None:
        identitas = replace(identitas, tanggal=tanggal)
    penetapan = tetapkan_penanda_tangan(satker, identitas.tanggal, snapshot.perjanjian)
    document.tambah(
        *halaman_depan(
            snapshot, measured, naskah, identitas, penetapan, pernyataan_berlaku(satker, tahun)
        ),
        *bab_satu(snapshot, naskah),
        HalamanBaru(),
        *bab_dua(snapshot),
        HalamanBaru(),
        *bab_tiga(measured, capaian_triwulan(snapshot), naskah),
        HalamanBaru(),
        *bab_empat(measured, hambatan),
        *blok_tanda_tangan(penetapan, identitas.tempat, identitas.tanggal),
    )
    document.tambah(*lampiran_data(snapshot, measured))
    # The reading layer already holds the PKs in force with their lines and budget.
    for pk in snapshot.perjanjian:
        pk.satker = satker
        document.tambah(HalamanBaru(), Judul(f"Lampiran: {pk.judul}", 1), *dokumen_pk(pk).blok)
    return document
