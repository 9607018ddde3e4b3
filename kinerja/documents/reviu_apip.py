"""The "Pernyataan Telah Direviu" page of the LKjIP, after the Kata Pengantar (PermenPANRB
53/2014, Lampiran III): the inspectorate's statement as recorded
(kinerja.evaluation.PernyataanReviu), signed by its reviewer; or, while none is in force, the
page says plainly that the report has not been reviewed yet (never a blank to sign by hand)."""

from kinerja.core.formatting import format_tanggal
from kinerja.core.nip import format_nip
from kinerja.documents.isi import Blok, Judul, Paragraf, Penanda, TandaTangan, nama_kapital

JUDUL_PERNYATAAN = "PERNYATAAN TELAH DIREVIU"
BELUM_DIREVIU = "BELUM DIREVIU"


def halaman_pernyataan(pernyataan, nama: str, tahun: int) -> list[Blok]:
    """The page's blocks; `pernyataan` None: the report is marked as not reviewed."""
    blocks: list[Blok] = [Judul(JUDUL_PERNYATAAN, 1)]
    if pernyataan is None:
        return [
            *blocks,
            Paragraf(BELUM_DIREVIU, rata="tengah", tebal=True),
            Paragraf(
                f"Laporan Kinerja {nama} Tahun {tahun} belum direviu oleh Aparat Pengawasan "
                "Intern Pemerintah (APIP). Pernyataan telah direviu dimuat pada halaman ini "
                "setelah inspektorat menyatakannya."
            ),
        ]
    blocks += [
        Paragraf(
            f"Kami telah mereviu Laporan Kinerja {nama} untuk tahun anggaran {tahun} sesuai "
            "Pedoman Reviu atas Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan "
            f"Kinerja menjadi tanggung jawab manajemen {nama}."
        ),
        Paragraf(
            "Reviu bertujuan untuk memberikan keyakinan terbatas bahwa laporan kinerja telah "
            "disajikan secara akurat, andal, dan valid."
        ),
        Paragraf(
            "Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan "
            "perbedaan dalam meyakini keandalan informasi yang disajikan di dalam laporan "
            "kinerja ini."
        ),
    ]
    when = format_tanggal(pernyataan.tanggal)
    signer = Penanda(
        (pernyataan.jabatan.upper() + ",",),
        nama_kapital(pernyataan.nama),
        format_nip(pernyataan.nip) if pernyataan.nip else "",
        pernyataan.pangkat_golongan,
    )
    blocks.append(TandaTangan(f"{pernyataan.tempat}, {when}", (signer,)))
    return blocks
