"""The LKjIP's optional appendices: "Hal yang Belum Lengkap" (the readiness check's blockers,
when the report was made in spite of them) and "Catatan Konsistensi Data" (the reviu's
findings, when asked for). Document blocks, as the chapters are."""

from collections.abc import Sequence

from kinerja.documents.isi import Blok, Dokumen, HalamanBaru, Judul, Kolom, Paragraf, Tabel
from kinerja.documents.kesiapan import JUDUL_JENIS, Penghalang
from kinerja.documents.lkjip import laporan_kinerja
from kinerja.evaluation.reviu.rules import ATURAN, Temuan

JUDUL_BELUM_LENGKAP = "Lampiran: Hal yang Belum Lengkap"
JUDUL_KONSISTENSI = "Lampiran: Catatan Konsistensi Data"
TINGKAT = {"galat": "Galat", "peringatan": "Peringatan", "info": "Info"}


def lampiran_belum_lengkap(penghalang: Sequence[Penghalang], tahun: int) -> list[Blok]:
    return [
        HalamanBaru(),
        Judul(JUDUL_BELUM_LENGKAP, 1),
        Paragraf(
            f"Laporan ini dibuat atas permintaan walaupun data tahun {tahun} belum lengkap. "
            "Angka dan kalimat yang bergantung pada hal-hal berikut dapat berubah setelah "
            "hal-hal itu dilengkapi."
        ),
        Tabel(
            kolom=(Kolom("No", 1.0), Kolom("Bagian", 3.0), Kolom("Yang belum lengkap", 12.0)),
            baris=tuple(
                (f"{index}.", JUDUL_JENIS[item.jenis], item.pesan)
                for index, item in enumerate(penghalang, start=1)
            ),
            judul=f"Hal yang belum lengkap {tahun}",
        ),
    ]


def lampiran_konsistensi(temuan: Sequence[Temuan], tahun: int) -> list[Blok]:
    blocks: list[Blok] = [
        HalamanBaru(),
        Judul(JUDUL_KONSISTENSI, 1),
        Paragraf(
            f"Temuan reviu atas data tahun {tahun}: setiap aturan yang tidak dipenuhi, di mana, "
            "apa yang tercatat dan apa yang diberikan oleh hitungan dari datanya. Angka dalam "
            "laporan ini adalah hasil hitungan, bukan angka yang tercatat."
        ),
    ]
    if not temuan:
        blocks.append(Paragraf(f"Tidak ada temuan reviu untuk data tahun {tahun}."))
        return blocks
    blocks.append(
        Tabel(
            kolom=(
                Kolom("No", 0.8),
                Kolom("Aturan (tingkat)", 3.0),
                Kolom("Lokasi", 3.0),
                Kolom("Uraian", 4.8),
                Kolom("Tercatat", 2.2),
                Kolom("Hasil hitungan", 2.2),
            ),
            baris=tuple(
                (
                    f"{index}.",
                    f"{ATURAN[item.aturan].judul} ({TINGKAT[item.tingkat]})",
                    f"{item.tabel}, {item.baris}" if item.baris else item.tabel,
                    item.pesan,
                    item.tercatat or "–",
                    item.seharusnya or "–",
                )
                for index, item in enumerate(temuan, start=1)
            ),
            judul=f"Catatan konsistensi data {tahun}",
        )
    )
    return blocks


def laporan_dengan_lampiran(
    satker,
    tahun: int,
    *,
    penghalang: Sequence[Penghalang] = (),
    temuan: Sequence[Temuan] | None = None,
    snapshot=None,
) -> Dokumen:
    """The LKjIP, followed by the blockers it was made in spite of (none: no such appendix)
    and, when `temuan` is given, the consistency notes."""
    document = laporan_kinerja(satker, tahun, snapshot=snapshot)
    if penghalang:
        document.tambah(*lampiran_belum_lengkap(penghalang, tahun))
    if temuan is not None:
        document.tambah(*lampiran_konsistensi(temuan, tahun))
    return document
