"""The layout of an LKE workbook (docs/lke-lembar.md), shared by its writer and its reader.
No Django."""

from kinerja.lke.lembar import KEBERADAAN, PEMANFAATAN

LEMBAR, SKALA, KETERANGAN = "Lembar", "Skala", "Keterangan"

# field, header written, width, other headers read as the same column (compared by `kunci`)
KOLOM_LEMBAR = (
    ("kode", "Kode", 9, ("no", "nomor")),
    ("uraian", "Uraian", 60, ("uraian kriteria", "kriteria", "komponen sub komponen kriteria")),
    ("bobot", "Bobot", 8, ()),
    ("skala", "Skala", 8, ("skala jawaban", "jenis jawaban", "tipe jawaban")),
    ("perspektif", "Perspektif", 13, ()),
    ("panduan", "Panduan", 50, ("penjelasan", "panduan penilaian")),
    ("bukti", "Bukti diharapkan", 40, ("bukti dukung", "bukti dukung yang diharapkan")),
    ("wajib", "Wajib", 8, ()),
    ("verifikasi", "Perlu verifikasi", 11, ("teks perlu diverifikasi",)),
    ("prasyarat", "Prasyarat", 12, ()),
    ("sumber", "Sumber", 40, ()),
    ("catatan", "Catatan", 40, ("keterangan",)),
)
KOLOM_SKALA = (
    ("skala", "Skala", 10, ("kode skala",)),
    ("nama", "Nama skala", 36, ()),
    ("pilihan", "Pilihan", 9, ("kode pilihan",)),
    ("label", "Label", 16, ()),
    ("nilai", "Nilai", 8, ("fraksi",)),
)
WAJIB_LEMBAR = ("kode", "uraian", "bobot", "skala")
WAJIB_SKALA = ("skala", "pilihan", "nilai")
PERSPEKTIF_LAIN = {"pemenuhan": KEBERADAAN, "implementasi": PEMANFAATAN}
BARIS_JUDUL_PALING_BAWAH = 10  # a local workbook may put a title above its header row


class LembarTidakSah(ValueError):
    """The workbook cannot become a worksheet; `pesan` lists every problem found."""

    def __init__(self, pesan: list[str]):
        super().__init__("\n".join(pesan))
        self.pesan = pesan
