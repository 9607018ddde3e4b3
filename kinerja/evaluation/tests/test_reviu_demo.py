"""On the demo data the reviu surfaces the contradictions the 2024 report holds."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from kinerja.evaluation.reviu.rules import KATALOG, jalankan
from kinerja.evaluation.selectors import fakta_reviu

pytestmark = pytest.mark.django_db


@pytest.fixture
def findings(prabumulih):
    return jalankan(fakta_reviu(prabumulih, 2024))


def _by_rule(findings, rule):
    return [finding for finding in findings if finding.aturan == rule]


def test_budget_realisation_above_pagu(findings):
    (finding,) = _by_rule(findings, "anggaran-melebihi-pagu")
    assert finding.baris == "3355"
    assert finding.tingkat == "galat"
    assert "Rp 19.889.462" in finding.pesan


def test_indicators_measured_but_not_agreed_and_agreed_but_not_measured(findings):
    measured = {finding.baris for finding in _by_rule(findings, "indikator-diukur-tanpa-pk")}
    assert measured == {"6867-1", "6867-2", "6867-3", "6867-4", "6981-1", "6982-1", "6639-1"}
    agreed = _by_rule(findings, "indikator-pk-tidak-diukur")
    assert len(agreed) == 11
    assert all(finding.tabel == "Lampiran: PK Sekretaris–Ketua" for finding in agreed)


def test_target_differences(findings):
    (measured,) = _by_rule(findings, "target-pk-beda-terukur")
    assert (measured.baris, measured.tercatat, measured.seharusnya) == ("3355-5", "95", "100")
    unit = _by_rule(findings, "target-unit-beda-induk")
    assert [(finding.tercatat, finding.seharusnya) for finding in unit] == [
        ("100", "95"),
        ("95", "100"),
    ]


def test_unit_lines_without_parent(findings):
    lines = _by_rule(findings, "baris-pk-tanpa-induk")
    assert len(lines) == 2
    assert "Terelesaiannya" in lines[0].pesan
    assert "JDIIH" in lines[1].pesan


def test_pagu_conflicts_without_revision(findings):
    conflicts = {
        finding.baris: finding for finding in _by_rule(findings, "pagu-berbeda-tanpa-revisi")
    }
    assert set(conflicts) == {
        "3355",
        "3360",
        "6709",
        "6867",
        "6870",
        "6871",
        "6872",
        "6981",
        "6982",
    }
    assert "Rp 7.421.764.000" in conflicts["6867"].pesan
    assert "Rp 12.406.404.000" in conflicts["6867"].pesan


def test_realisation_reported_for_a_kegiatan_not_executed(findings):
    (finding,) = _by_rule(findings, "realisasi-tanpa-pelaksanaan")
    assert finding.baris == "6981-1"
    assert "tidak dilaksanakan" in finding.pesan
    assert "Rp 0 dari pagu Rp 4.000" in finding.pesan


def test_stated_values_that_differ_from_computed(findings):
    capaian = {
        (finding.baris, finding.tercatat, finding.seharusnya)
        for finding in _by_rule(findings, "capaian-tercatat-salah")
    }
    # 3355-5: BAB III.A measured 95 against its own 95; the signed PK says 100.
    assert capaian == {
        ("6872-2", "94,73%", "94,74%"),
        ("6981-1", "0,00%", "100,00%"),
        ("3355-5", "100,00%", "95,00%"),
    }
    totals = {
        (finding.tabel, finding.tercatat, finding.seharusnya)
        for finding in _by_rule(findings, "total-tercatat-salah")
    }
    assert ("BAB III.A", "3", "10") in totals
    assert ("BAB IV", "100,00%", "99,49%") in totals
    assert ("BAB IV.E Kesimpulan no. 2", "98,17%", "99,81%") in totals
    # The Lampiran's 99,67% for 6867 is right from the Lampiran's own figures
    # (7.397.563.413 / 7.421.764.000); its figures' difference from the data is reported once,
    # as angka-tercatat-beda-data, not again as a wrong percentage.
    assert _by_rule(findings, "serapan-tercatat-salah") == []
    predicates = {
        (finding.tercatat, finding.seharusnya)
        for finding in _by_rule(findings, "predikat-tercatat-salah")
    }
    assert predicates == {("B", "BB"), ("Berhasil", "Sangat Berhasil")}


def test_restated_figures_that_differ_from_the_data(findings):
    restated = {
        (finding.tabel, finding.baris, finding.tercatat, finding.seharusnya)
        for finding in _by_rule(findings, "angka-tercatat-beda-data")
    }
    assert ("BAB III.B Sasaran 3", "6870-1", "100", "95") in restated
    assert ("Lampiran (6867)", "6867-1", "Rp 7.397.563.413", "Rp 11.097.951.116") in restated
    quoted = _by_rule(findings, "target-pk-tercatat-beda")
    assert {finding.tabel for finding in quoted} == {"BAB II.D"}
    assert len(quoted) == 7


def test_claims_that_targets_were_met_are_checked_against_the_computed_capaian(findings):
    claims = {finding.tabel: finding for finding in _by_rule(findings, "klaim-target-tercapai")}
    assert set(claims) == {
        "Ikhtisar Eksekutif",
        "BAB IV",
        "BAB III.B Sasaran 1",
        "BAB III.B Sasaran 5",
        "BAB III.B Sasaran 9",
    }
    assert claims["Ikhtisar Eksekutif"].seharusnya == "33 dari 37 tercapai"
    assert "94,44%" in claims["Ikhtisar Eksekutif"].pesan
    assert claims["BAB IV"].seharusnya == "6 dari 10 tercapai"
    assert "98,15%" in claims["BAB III.B Sasaran 1"].pesan
    (exceeded,) = _by_rule(findings, "klaim-capaian")
    assert (exceeded.tabel, exceeded.tercatat, exceeded.seharusnya) == (
        "BAB III.B Sasaran 8",
        "> 100,00%",
        "99,17%",  # 3355-5 measured against its PK's 100, not BAB III.A's 95
    )
    # The stated LAN scale is the one the measurement uses: no finding.
    assert _by_rule(findings, "pengaturan-tercatat-beda") == []


def test_the_pk_total_against_the_pagu_of_its_kegiatan(findings):
    (finding,) = _by_rule(findings, "total-pk-beda-pagu")
    assert (finding.tercatat, finding.seharusnya) == ("Rp 20.518.557.000", "Rp 17.952.205.000")


def test_people_and_units_named_twice_or_differently(findings):
    (nip,) = _by_rule(findings, "nip-nama-beda")
    assert "Medial Aryansie" in nip.pesan and "Meidial Aryansie" in nip.pesan  # noqa: PT018
    assert {finding.tercatat for finding in _by_rule(findings, "unit-nama-beda")} == {
        "Subbagian Teknis Penyelenggaraan Pemilu dan Hukum",
        "Subbagian Sumber Daya Manusia dan Parmas",
    }
    (twice,) = _by_rule(findings, "pegawai-ganda")
    assert twice.baris == "Amir Mahmud"


def test_count_indicators_with_percentage_targets(findings):
    assert {
        finding.baris for finding in _by_rule(findings, "indikator-jumlah-bersatuan-persen")
    } == {
        "3355-1",
        "3355-2",
        "3360-1",
        "3360-6",
    }


def test_ill_formed_printed_nip(findings):
    nips = _by_rule(findings, "nilai-tidak-sah")
    assert len(nips) == 4
    assert all(finding.tercatat == "19780429 2009021 1 003" for finding in nips)
    assert "19 digit" in nips[0].pesan


def test_findings_are_ordered_by_severity(findings):
    order = {"galat": 0, "peringatan": 1, "info": 2}
    assert [order[f.tingkat] for f in findings] == sorted(order[f.tingkat] for f in findings)


def test_every_rule_is_documented_with_an_example():
    text = (Path(__file__).resolve().parents[3] / "docs" / "reviu.md").read_text()
    for rule in KATALOG:
        assert f"`{rule.id}`" in text, rule.id


def test_reviu_command_json_and_exit_status(prabumulih, capsys):
    call_command("reviu", "--satker", "kpu-kota-prabumulih", "--tahun", "2024", "--json")
    document = json.loads(capsys.readouterr().out)
    assert document["tahun"] == 2024
    first = document["temuan"][0]
    assert set(first) == {"aturan", "tingkat", "pesan", "tabel", "baris", "tercatat", "seharusnya"}
    call_command("reviu", "--satker", "kpu-kota-prabumulih", "--tahun", "2024")
    out = capsys.readouterr().out
    assert out.startswith("REVIU Sekretariat Komisi Pemilihan Umum Kota Prabumulih TAHUN 2024")
    assert document["ada_data"] is True


def test_reviu_command_does_not_call_a_year_without_data_clean(prabumulih, capsys):
    call_command("reviu", "--satker", "kpu-provinsi-sumatera-selatan", "--tahun", "2024")
    out = capsys.readouterr().out
    assert "belum ada data satker ini sendiri" in out
    assert "0 temuan" not in out
    call_command("reviu", "--satker", "kpu-provinsi-sumatera-selatan", "--tahun", "2024", "--json")
    document = json.loads(capsys.readouterr().out)
    assert (document["ada_data"], document["temuan"]) == (False, [])


def test_reviu_queries_are_bounded(prabumulih, django_assert_max_num_queries):
    with django_assert_max_num_queries(35):
        fakta_reviu(prabumulih, 2024)
