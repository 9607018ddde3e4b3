"""One review of one file, as the command and the upload page both give it: the report read,
the findings, and the same record as `kinerja periksa-lk --json` prints (and the page keeps
when the user keeps the file). Plain Python, no Django."""

import time
from collections import Counter
from dataclasses import asdict, dataclass

from kinerja.evaluation.reviu.rules import KATALOG, Temuan
from kinerja.periksa.aturan import ATURAN_DOKUMEN, periksa_laporan
from kinerja.periksa.dokumen import Blok, Laporan
from kinerja.periksa.fakta import FaktaDokumen
from kinerja.periksa.susun import susun

JUDUL_ATURAN = {rule.id: rule.judul for rule in KATALOG + ATURAN_DOKUMEN}


@dataclass
class HasilPeriksa:
    berkas: str  # the file's name as given
    ada_teks: bool  # False for a PDF without a text layer: nothing was reviewed
    laporan: Laporan
    data: FaktaDokumen
    temuan: list[Temuan]
    detik: float  # structure and review; reading the file is the caller's

    @property
    def jenis_tabel(self) -> dict[str, int]:
        return dict(sorted(Counter(table.jenis.value for table in self.laporan.tabel).items()))

    @property
    def jumlah(self) -> Counter:
        return Counter(finding.tingkat.value for finding in self.temuan)


def periksa_blok(blocks: list[Blok], tahun: int | None, berkas: str) -> HasilPeriksa:
    """The review of blocks a reader gave, `tahun` overriding the year the cover states."""
    started = time.perf_counter()
    report = susun(blocks, tahun)
    data, findings = periksa_laporan(report)
    return HasilPeriksa(berkas, bool(blocks), report, data, findings, time.perf_counter() - started)


def sebagai_json(hasil: HasilPeriksa) -> dict:
    """The review as plain JSON data (texts in Indonesian)."""
    report = hasil.laporan
    return {
        "berkas": hasil.berkas,
        "ada_teks": hasil.ada_teks,
        "tahun": report.tahun,
        "organisasi": report.organisasi,
        "bagian": [asdict(section) for section in report.bagian],
        "tabel": [
            {
                "nomor": table.nomor,
                "bagian": table.bagian,
                "judul": table.judul,
                "lokasi": table.lokasi,
                "jenis": table.jenis.value,
                "alasan": table.alasan,
            }
            for table in report.tabel
        ],
        "temuan": [asdict(finding) for finding in hasil.temuan],
    }
