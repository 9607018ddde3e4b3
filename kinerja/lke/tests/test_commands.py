import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from kinerja.lke import services
from kinerja.lke.tests.builders import CAMPURAN
from kinerja.lke.tests.conftest import isi


def _run(*args) -> str:
    out = StringIO()
    call_command("lke", "--satker", "kpu-kota-prabumulih", "--tahun", "2025", *args, stdout=out)
    return out.getvalue()


def test_the_command_prints_scores_per_komponen_total_predicate_and_completeness(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)
    text = _run()
    assert "1. Perencanaan Kinerja (60)" in text
    assert "40,80" in text
    assert "66,80 B" in text
    assert "Kelengkapan mandiri: 7 dari 7 kriteria dijawab, 1 N/A: 100,00%" in text
    assert "Kelengkapan final: 0 dari 7 kriteria dijawab, 0 N/A: 0,00%" in text


def test_the_json_output_keeps_decimals_as_exact_strings(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {**CAMPURAN, "2.a.3": "D"})
    document = json.loads(_run("--json"))
    mandiri = document["hasil"]["mandiri"]
    # 2.a: (0,8 + 0,3)/2 × 40 = 22; total 12 + 28,8 + 22 = 62,8.
    assert mandiri["total"] == "62.8"
    assert mandiri["predikat"] == "B"
    assert mandiri["komponen"][1]["nilai"] == "22"
    assert document["sumber"] == "jawaban-terkini"


def test_a_year_without_an_evaluation_is_a_clear_error(evaluasi):
    with pytest.raises(CommandError, match="belum memiliki evaluasi AKIP tahun 2026"):
        call_command("lke", "--satker", "kpu-kota-prabumulih", "--tahun", "2026")


def test_after_finalising_the_command_reads_the_snapshot(evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    isi(evaluasi, orang.inspektur, "evaluator", CAMPURAN)
    services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)
    document = json.loads(_run("--json"))
    assert document["sumber"] == "snapshot"
    assert len(document["sha256"]) == 64
    assert document["hasil"]["evaluator"]["total"] == "66.8"
