from decimal import Decimal

from kinerja.demo.lke import lembar_lke_demo
from kinerja.lke.models import EvaluasiLke, JawabanLke
from kinerja.lke.nilai import periksa_bobot
from kinerja.lke.versi import lembar_dari_versi
from kinerja.measurement.models import NilaiTercatat


def test_the_demo_satker_has_an_open_2025_self_assessment_without_answers(prabumulih):
    evaluasi = EvaluasiLke.objects.get(satker=prabumulih, tahun=2025)
    assert evaluasi.status == "draf"
    assert evaluasi.versi.terbit
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_the_demo_worksheet_is_the_shipped_88_2021_worksheet_as_stored(prabumulih):
    evaluasi = EvaluasiLke.objects.get(satker=prabumulih, tahun=2025)
    stored = lembar_dari_versi(evaluasi.versi)
    assert periksa_bobot(stored) == []
    assert len(stored.semua_kriteria()) == 80
    assert [sub.bobot for sub in stored.komponen[2].sub] == [
        Decimal("3"),
        Decimal("4.5"),
        Decimal("7.5"),
    ]
    # Stored and read back whole: texts, notes, prerequisites and perspectives included.
    assert stored == lembar_lke_demo()


def test_the_2024_result_stays_the_value_the_report_states(prabumulih):
    stated = NilaiTercatat.objects.filter(
        satker=prabumulih, besaran="nilai_sakip", nilai=Decimal("71.2")
    )
    assert {row.teks for row in stated} == {"BB", "B"}
