"""The catalogue of reviu rules on small hand-made facts. Each rule's own cases — what makes it
fire and the close case that keeps it quiet — live in test_rules_<area>.py beside this one."""

import re
from pathlib import Path

from kinerja.evaluation.reviu import facts
from kinerja.evaluation.reviu.rules import ATURAN, KATALOG, Tingkat, jalankan
from kinerja.evaluation.tests.builders import D, diukur, fakta, pk, tercatat

HERE = Path(__file__).resolve().parent


def test_every_rule_id_is_written_once_and_found_by_its_id():
    ids = [rule.id for rule in KATALOG]
    assert len(ids) == len(set(ids))
    assert all(ATURAN[rule.id] is rule for rule in KATALOG)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)+", rule_id) for rule_id in ids)


def test_every_rule_has_hand_made_facts_tests_of_its_own():
    # A rule added to KATALOG without tests in test_rules_<area>.py fails here.
    tested = "".join(path.read_text() for path in HERE.glob("test_rules_*.py"))
    untested = [rule.id for rule in KATALOG if f'"{rule.id}"' not in tested]
    assert untested == []


def test_an_empty_satker_year_gives_no_finding():
    assert jalankan(fakta()) == []


def test_each_finding_carries_its_rules_id_and_severity():
    rule = ATURAN["capaian-dipotong-tanpa-plafon"]
    finding = rule.temuan("pesan", "tabel", "baris", "tercatat", "seharusnya")
    assert (finding.aturan, finding.tingkat) == ("capaian-dipotong-tanpa-plafon", Tingkat.INFO)
    assert (finding.tabel, finding.baris, finding.tercatat, finding.seharusnya) == (
        "tabel",
        "baris",
        "tercatat",
        "seharusnya",
    )


def test_a_low_capaian_alone_is_the_one_finding_of_the_whole_catalogue():
    low = fakta(diukur("1000-1", 80, 60), anggaran={"1000": facts.Anggaran("1000", D(100), D(50))})
    assert [finding.aturan for finding in jalankan(low)] == ["capaian-rendah-tanpa-hambatan"]
    low.hambatan = [facts.Hambatan(1, "1000", "Aspek")]
    assert jalankan(low) == []


def test_findings_come_most_severe_first_then_in_catalogue_order():
    data = fakta(
        diukur("3355-1", 95, 100, nama="Jumlah draft juklak", capaian_tercatat=100),
        anggaran={"3355": facts.Anggaran("3355", D(100), D(101))},
        nilai_tercatat=[tercatat("jumlah_indikator", nilai=2)],
    )
    assert [(finding.tingkat, finding.aturan) for finding in jalankan(data)] == [
        ("galat", "anggaran-melebihi-pagu"),
        ("galat", "total-tercatat-salah"),
        ("peringatan", "indikator-jumlah-bersatuan-persen"),
        ("info", "capaian-dipotong-tanpa-plafon"),
    ]


def test_only_the_rules_asked_for_are_run():
    data = fakta(anggaran={"3355": facts.Anggaran("3355", D(100), D(101))})
    assert jalankan(data, (ATURAN["pegawai-ganda"],)) == []
    assert len(jalankan(data, (ATURAN["anggaran-melebihi-pagu"],))) == 1


def test_a_satker_year_with_nothing_of_its_own_is_told_apart_from_a_clean_one():
    assert not fakta().ada_data
    assert fakta(diukur("6709-1")).ada_data
    assert fakta(perjanjian=[pk()]).ada_data
