"""Comparing two years' results by code, on hand-made snapshot contents."""

from decimal import Decimal

from kinerja.lke.banding_tahun import banding, nilai_jawaban

YT = [["Y", "Ya", "1"], ["T", "Tidak", "0"]]
AE = [["AA", "AA", "1"], ["A", "A", "0.9"], ["B", "B", "0.7"], ["E", "E", "0"]]


def _isi(tahun, kriteria, jawaban, total, predikat, komponen):
    return {
        "tahun": tahun,
        "lembar": {
            "komponen": [
                {
                    "kode": kode,
                    "nama": f"Komponen {kode}",
                    "sub": [
                        {
                            "kode": f"{kode}.a",
                            "kriteria": [
                                {"kode": k, "teks": teks, "pilihan": pilihan}
                                for k, teks, pilihan in kriteria
                                if k.startswith(f"{kode}.")
                            ],
                        }
                    ],
                }
                for kode in komponen
            ]
        },
        "jawaban": {"evaluator": {k: {"kode": v} for k, v in jawaban.items()}},
        "hasil": {
            "evaluator": {
                "total_tampil": total,
                "predikat": predikat,
                "komponen": [{"kode": k, "nilai": v} for k, v in komponen.items()],
            }
        },
    }


LALU = _isi(
    2024,
    # 1.a.2 listed first, 1.a.1 worded otherwise: neither matters.
    [("1.a.2", "Renstra", YT), ("1.a.1", "Pedoman (lama)", AE), ("1.a.9", "Dihapus", YT)],
    {"1.a.1": "B", "1.a.2": "Y", "1.a.9": "T"},
    "56.4",
    "C",
    {"1": "56.4"},
)
KINI = _isi(
    2025,
    [("1.a.1", "Pedoman", AE), ("1.a.2", "Renstra", YT), ("1.a.3", "Baru", AE)],
    {"1.a.1": "AA", "1.a.2": "T", "1.a.3": "A"},
    "71",
    "BB",
    {"1": "60", "2": "11"},
)


def test_criteria_are_matched_by_code_whatever_their_place_or_wording():
    rows = {row.kode: row for row in banding(KINI, LALU).kriteria}
    assert (rows["1.a.1"].jawaban_lalu, rows["1.a.1"].jawaban_kini) == ("B", "AA")
    assert rows["1.a.1"].selisih == Decimal(30)
    assert rows["1.a.2"].selisih == Decimal(-100)


def test_a_code_absent_last_year_is_new_and_a_code_gone_is_listed():
    found = banding(KINI, LALU)
    new = next(row for row in found.kriteria if row.kode == "1.a.3")
    assert new.baru
    assert (new.nilai_lalu, new.nilai_kini, new.selisih) == (None, Decimal(90), None)
    assert found.dihapus == ("1.a.9",)


def test_komponen_scores_compare_by_code_and_a_new_komponen_has_no_previous_score():
    found = banding(KINI, LALU)
    assert [(k.kode, k.nilai_lalu, k.selisih) for k in found.komponen] == [
        ("1", Decimal("56.4"), Decimal("3.6")),
        ("2", None, None),
    ]
    assert (found.total_lalu, found.predikat_lalu, found.predikat_kini) == (
        Decimal("56.4"),
        "C",
        "BB",
    )


def test_na_and_no_answer_have_no_points():
    kriteria = {"pilihan": AE}
    assert nilai_jawaban(kriteria, "N/A") is None
    assert nilai_jawaban(kriteria, None) is None
    assert nilai_jawaban(kriteria, "A") == Decimal(90)
