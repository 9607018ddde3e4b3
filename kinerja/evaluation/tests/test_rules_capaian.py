"""Printed capaian on small hand-made facts: capaian-tercatat-salah (a wrong figure) and
capaian-dipotong-tanpa-plafon (a figure cut to 100, 110 or 120 without a stated cap)."""

from kinerja.evaluation.reviu.rules import ATURAN, jalankan
from kinerja.evaluation.tests.builders import D, diukur, fakta, ringkas, temuan, tercatat
from kinerja.measurement.capaian import AturanCapaian

PRINTED_RULES = (ATURAN["capaian-tercatat-salah"], ATURAN["capaian-dipotong-tanpa-plafon"])


def _printed_findings(data) -> list[tuple[str, str | None, str | None]]:
    return [
        (finding.aturan, finding.tercatat, finding.seharusnya)
        for finding in jalankan(data, PRINTED_RULES)
    ]


# --- capaian-tercatat-salah -------------------------------------------------------------------


def test_a_printed_capaian_is_compared_after_rounding_both_to_two_decimals():
    # The published 6872-2: 90 against 95 is 94,7368…%, printed 94,74 (right) or 94,73.
    right = fakta(diukur("6872-2", 95, 90, capaian_tercatat="94.74"))
    assert _printed_findings(right) == []
    wrong = fakta(diukur("6872-2", 95, 90, capaian_tercatat="94.73"))
    (finding,) = temuan(wrong, "capaian-tercatat-salah")
    assert ringkas(finding) == (
        "capaian-tercatat-salah",
        "galat",
        "BAB III.A",
        "6872-2",
        "94,73%",
        "94,74%",
    )
    assert finding.pesan == (
        "Capaian 6872-2 Indikator 6872-2 tercetak 94,73% di BAB III.A; dari target 95 dan "
        "realisasi 90 menurut R/T×100 (semakin tinggi semakin baik) hasilnya 94,74%."
    )


def test_stated_capaian_matching_at_two_decimals_is_quiet():
    assert _printed_findings(fakta(diukur("6709-3", 90, 85, capaian_tercatat="94.44"))) == []


def test_a_printed_zero_for_a_full_realisation_is_wrong():
    # The published 6981-1: printed 0,00%, 100 against 100 is 100,00%.
    data = fakta(diukur("6981-1", 100, 100, capaian_tercatat=0, sumber="Lampiran"))
    assert _printed_findings(data) == [("capaian-tercatat-salah", "0,00%", "100,00%")]


def test_a_capaian_stated_by_a_table_without_its_figures_is_checked_against_the_data():
    stated = tercatat("capaian", "BAB III.B Sasaran 5", indikator_kode="6872-2", nilai="94.73")
    data = fakta(diukur("6872-2", 95, 90), nilai_tercatat=[stated])
    (finding,) = temuan(data, "capaian-tercatat-salah")
    assert (finding.tabel, finding.baris, finding.tercatat, finding.seharusnya) == (
        "BAB III.B Sasaran 5",
        "6872-2",
        "94,73%",
        "94,74%",
    )
    data.nilai_tercatat = [
        tercatat("capaian", "BAB III.B Sasaran 5", indikator_kode="6872-2", nilai="94.74")
    ]
    assert temuan(data, "capaian-tercatat-salah") == []


def _table(capaian: str) -> list:
    """BAB III.B Sasaran 3 prints target 100 and realisation 95 for 6870-1 (95 and 95 of
    record), and a capaian."""
    return [
        tercatat("target", "BAB III.B Sasaran 3", indikator_kode="6870-1", nilai=100),
        tercatat("realisasi", "BAB III.B Sasaran 3", indikator_kode="6870-1", nilai=95),
        tercatat("capaian", "BAB III.B Sasaran 3", indikator_kode="6870-1", nilai=capaian),
    ]


def test_a_capaian_stated_by_a_table_is_checked_against_that_tables_own_figures():
    # 95 of the table's 100 is 95%: right by the table, though the data give 100%.
    data = fakta(diukur("6870-1", 95, 95), nilai_tercatat=_table("95"))
    assert temuan(data, "capaian-tercatat-salah") == []
    data.nilai_tercatat = _table("100")
    (finding,) = temuan(data, "capaian-tercatat-salah")
    assert (finding.tabel, finding.tercatat, finding.seharusnya) == (
        "BAB III.B Sasaran 3",
        "100,00%",
        "95,00%",
    )
    # The message names the figures the 95% comes from: the table's, not the data's.
    assert "dari target 100 dan realisasi 95 menurut" in finding.pesan


def test_stated_capaian_of_an_unmeasured_indicator_or_without_a_figure_are_not_checked():
    stated = [
        tercatat("capaian", indikator_kode="9999-1", nilai=50),
        tercatat("capaian", indikator_kode="6872-2", teks="hampir tercapai"),
    ]
    assert _printed_findings(fakta(diukur("6872-2", 95, 90), nilai_tercatat=stated)) == []


# --- capaian-dipotong-tanpa-plafon ------------------------------------------------------------

# 100 against 95 is 105,2631…%.
ABOVE_TARGET = {"target": 95, "realisasi": 100}


def test_a_printed_100_for_105_26_with_no_cap_stated_anywhere_is_the_info_rule_only():
    data = fakta(diukur("6709-1", **ABOVE_TARGET, capaian_tercatat=100))
    assert _printed_findings(data) == [("capaian-dipotong-tanpa-plafon", "100,00%", "105,26%")]
    (finding,) = temuan(data, "capaian-dipotong-tanpa-plafon")
    assert ringkas(finding) == (
        "capaian-dipotong-tanpa-plafon",
        "info",
        "BAB III.A",
        "6709-1",
        "100,00%",
        "105,26%",
    )
    assert finding.pesan == (
        "Capaian 6709-1 Indikator 6709-1 tercetak 100,00% di BAB III.A, padahal hitungannya "
        "105,26%: dipotong 100% tanpa plafon yang dinyatakan."
    )


def test_a_capaian_stated_by_a_table_cut_to_110_is_the_info_rule_only():
    # 23 against 20 is 115%.
    stated = tercatat("capaian", "BAB III.B", indikator_kode="6709-1", nilai=110)
    data = fakta(diukur("6709-1", 20, 23), nilai_tercatat=[stated])
    assert _printed_findings(data) == [("capaian-dipotong-tanpa-plafon", "110,00%", "115,00%")]
    assert "dipotong 110% tanpa plafon" in temuan(data, "capaian-dipotong-tanpa-plafon")[0].pesan


def test_with_the_satkers_or_the_indicators_cap_a_printed_100_is_neither():
    capped = AturanCapaian(plafon=D(100))
    satker_cap = fakta(
        diukur("6709-1", **ABOVE_TARGET, aturan=capped, capaian_tercatat=100), plafon=D(100)
    )
    assert _printed_findings(satker_cap) == []
    indicator_cap = fakta(diukur("6709-1", **ABOVE_TARGET, aturan=capped, capaian_tercatat=100))
    assert _printed_findings(indicator_cap) == []


def test_one_indicator_capped_does_not_excuse_a_cut_on_another_measured_without_a_cap():
    capped = AturanCapaian(plafon=D(100))
    data = fakta(
        diukur("6709-1", **ABOVE_TARGET, aturan=capped, capaian_tercatat=100),
        diukur("6709-2", **ABOVE_TARGET, capaian_tercatat=100),
    )
    assert _printed_findings(data) == [("capaian-dipotong-tanpa-plafon", "100,00%", "105,26%")]
    assert temuan(data, "capaian-dipotong-tanpa-plafon")[0].baris == "6709-2"


def test_a_table_right_by_its_own_figures_is_not_called_cut_from_the_datas_figure():
    # The table prints 100 of 100 → 100%; the data holds 120 (120%). That the figures differ
    # is angka-tercatat-beda-data's to say; the printed 100% is no cut.
    own = [
        tercatat("target", "Lampiran", indikator_kode="6709-1", nilai=100),
        tercatat("realisasi", "Lampiran", indikator_kode="6709-1", nilai=100),
        tercatat("capaian", "Lampiran", indikator_kode="6709-1", nilai=100),
    ]
    data = fakta(diukur("6709-1", 100, 120), nilai_tercatat=own)
    assert _printed_findings(data) == []


def test_with_a_stated_cap_a_printed_100_is_neither():
    # The document says where it cuts; that the satker measures without a cap is
    # pengaturan-tercatat-beda's to say, once.
    stated_cap = tercatat("plafon", "BAB III", label="Plafon capaian", nilai=100)
    data = fakta(
        diukur("6709-1", **ABOVE_TARGET, capaian_tercatat=100), nilai_tercatat=[stated_cap]
    )
    assert _printed_findings(data) == []


def test_a_printed_100_under_a_cap_of_110_is_a_wrong_capaian():
    data = fakta(
        diukur("6709-1", **ABOVE_TARGET, aturan=AturanCapaian(plafon=D(110)), capaian_tercatat=100),
        plafon=D(110),
    )
    assert _printed_findings(data) == [("capaian-tercatat-salah", "100,00%", "105,26%")]


def test_a_printed_figure_that_is_no_usual_cap_or_above_the_computation_is_a_wrong_capaian():
    not_a_cap = fakta(diukur("6709-1", **ABOVE_TARGET, capaian_tercatat=105))
    assert _printed_findings(not_a_cap) == [("capaian-tercatat-salah", "105,00%", "105,26%")]
    # 98 against 100 printed as 100: rounded up, not cut.
    above = fakta(diukur("6709-1", 100, 98, capaian_tercatat=100))
    assert _printed_findings(above) == [("capaian-tercatat-salah", "100,00%", "98,00%")]
