from decimal import Decimal

from kinerja.demo.lke import lembar_lke_demo
from kinerja.lke.models import EvaluasiLke, JawabanLke
from kinerja.lke.nilai import periksa_bobot
from kinerja.measurement.models import NilaiTercatat


def test_the_demo_satker_has_an_open_2025_self_assessment_without_answers(prabumulih):
    evaluasi = EvaluasiLke.objects.get(satker=prabumulih, tahun=2025)
    assert evaluasi.status == "draf"
    assert evaluasi.versi.terbit
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_the_demo_worksheet_has_the_88_2021_weights_and_says_its_text_is_provisional():
    lembar = lembar_lke_demo()
    assert periksa_bobot(lembar) == []
    assert [sub.bobot for sub in lembar.komponen[2].sub] == [
        Decimal("3.0"),
        Decimal("4.5"),
        Decimal("7.5"),
    ]
    assert all(k.teks_perlu_diverifikasi for k in lembar.semua_kriteria())


def test_the_2024_result_stays_the_value_the_report_states(prabumulih):
    stated = NilaiTercatat.objects.filter(
        satker=prabumulih, besaran="nilai_sakip", nilai=Decimal("71.2")
    )
    assert {row.teks for row in stated} == {"BB", "B"}
