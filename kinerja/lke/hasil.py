"""Scores of an evaluation, computed from its stored answers on its worksheet version, and the
same as JSON-ready data (exact Decimals as strings) for the snapshot and `kinerja lke --json`."""

from collections import defaultdict

from kinerja.core.formatting import plain_decimal
from kinerja.lke.lembar import Lembar
from kinerja.lke.models import EvaluasiLke, JawabanLke
from kinerja.lke.nilai import TIDAK_BERLAKU, Hasil, hitung


def jawaban_per_peran(evaluasi: EvaluasiLke) -> dict[str, dict[str, JawabanLke]]:
    """{peran: {kode kriteria: jawaban}} in one query."""
    found: dict[str, dict[str, JawabanLke]] = defaultdict(dict)
    for row in JawabanLke.objects.filter(evaluasi=evaluasi).select_related("kriteria", "penulis"):
        found[row.peran][row.kriteria.kode] = row
    return found


def hitung_peran(lembar: Lembar, jawaban: dict[str, JawabanLke]) -> Hasil:
    return hitung(lembar, {kode: row.kode for kode, row in jawaban.items()})


def tidak_berlaku(jawaban: dict[str, JawabanLke]) -> int:
    return sum(row.kode == TIDAK_BERLAKU for row in jawaban.values())


def hasil_json(hasil: Hasil, jumlah_tidak_berlaku: int) -> dict:
    return {
        "total": plain_decimal(hasil.total),
        "total_tampil": plain_decimal(hasil.total_tampil),
        "predikat": hasil.predikat,
        "dijawab": hasil.dijawab,
        "tidak_berlaku": jumlah_tidak_berlaku,
        "jumlah": hasil.jumlah,
        "kelengkapan": plain_decimal(hasil.kelengkapan),
        "komponen": [
            {
                "kode": kom.kode,
                "bobot": plain_decimal(kom.bobot),
                "nilai": plain_decimal(kom.nilai),
                "sub": [
                    {
                        "kode": sub.kode,
                        "bobot": plain_decimal(sub.bobot),
                        "nilai": plain_decimal(sub.nilai),
                        "dijawab": sub.dijawab,
                        "jumlah": sub.jumlah,
                    }
                    for sub in kom.sub
                ],
            }
            for kom in hasil.komponen
        ],
    }
