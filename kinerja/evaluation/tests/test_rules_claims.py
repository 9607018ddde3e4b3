"""Claims on small hand-made facts: "semua target tercapai", "N dari M tercapai", averages
and bounds of capaian, checked against the computed capaian of what they name."""

from kinerja.evaluation.reviu import facts
from kinerja.evaluation.tests.builders import D, diukur, fakta, ringkas, temuan, tercatat

# --- klaim-target-tercapai --------------------------------------------------------------------


def _five_iku() -> list:
    # A published KPU report: all five IKU said met; two are at 40,9 and 37,4 against 75.
    return [
        diukur("1-1", 75, 80, iku=True),
        diukur("1-2", 75, 75, iku=True),
        diukur("1-3", 75, 90, iku=True),
        diukur("1-4", 75, "40.9", iku=True),
        diukur("1-5", 75, "37.4", iku=True),
    ]


def test_a_report_saying_all_five_iku_met_while_two_are_far_below_is_reported():
    claim = tercatat(
        "klaim_tercapai",
        "Ringkasan Eksekutif",
        label="Semua IKU tercapai",
        cakupan="iku",
        teks="kelima IKU telah mencapai target yang ditetapkan",
    )
    # An indicator that is no IKU is outside the claim, met or not.
    data = fakta(*_five_iku(), diukur("2-1", 100, 10), nilai_tercatat=[claim])
    (finding,) = temuan(data, "klaim-target-tercapai")
    assert ringkas(finding) == (
        "klaim-target-tercapai",
        "galat",
        "Ringkasan Eksekutif",
        "Semua IKU tercapai",
        "semua IKU tercapai",
        "3 dari 5 tercapai",
    )
    assert finding.pesan == (
        'Ringkasan Eksekutif menyatakan "kelima IKU telah mencapai target yang ditetapkan", '
        "padahal 2 dari 5 IKU yang dinilai di bawah target — "
        "1-4 Indikator 1-4: 54,53%; 1-5 Indikator 1-5: 49,87%."
    )


def test_a_claim_over_a_single_assessed_indicator_does_not_say_1_of_1():
    claim = tercatat("klaim_tercapai", cakupan="indikator", teks="target telah tercapai")
    data = fakta(diukur("6709-1", 100, 90), nilai_tercatat=[claim])
    (finding,) = temuan(data, "klaim-target-tercapai")
    assert "padahal satu-satunya indikator yang dinilai di bawah target — 6709-1" in (finding.pesan)


def test_all_met_is_quiet_when_every_assessed_indicator_prints_at_least_100():
    # 24.999 of 25.000 is 99,996%, printed and read as 100,00%; not assessed is not missed.
    claim = tercatat("klaim_tercapai", cakupan="indikator", teks="semua target tercapai")
    met = diukur("6709-1", 25000, 24999)
    not_reported = diukur("6709-2", 100, None, status="belum_dilaporkan")
    assert temuan(fakta(met, not_reported, nilai_tercatat=[claim]), "klaim-target-tercapai") == []
    # 24.998 of 25.000 is 99,992%, printed 99,99%: missed.
    missed = diukur("6709-3", 25000, 24998)
    data = fakta(met, not_reported, missed, nilai_tercatat=[claim])
    (finding,) = temuan(data, "klaim-target-tercapai")
    assert finding.seharusnya == "1 dari 2 tercapai"
    assert "1 dari 2 indikator yang dinilai di bawah target — 6709-3" in finding.pesan
    assert finding.pesan.endswith("Indikator 6709-3: 99,99%.")


def test_n_of_m_with_a_wrong_n_is_reported():
    claim = tercatat(
        "jumlah_tercapai", "BAB IV", label="IKU tercapai", cakupan="iku", nilai=4, dari=5
    )
    (finding,) = temuan(fakta(*_five_iku(), nilai_tercatat=[claim]), "klaim-target-tercapai")
    assert ringkas(finding)[2:] == ("BAB IV", "IKU tercapai", "4 dari 5", "3 dari 5")
    assert finding.pesan == "BAB IV menyatakan 4 dari 5 IKU tercapai; hitungannya 3 dari 5."


def test_n_of_m_with_a_wrong_m_is_reported_and_the_right_count_is_quiet():
    wrong_m = tercatat("jumlah_tercapai", cakupan="iku", nilai=3, dari=6)
    (finding,) = temuan(fakta(*_five_iku(), nilai_tercatat=[wrong_m]), "klaim-target-tercapai")
    assert (finding.tercatat, finding.seharusnya) == ("3 dari 6", "3 dari 5")
    right = tercatat("jumlah_tercapai", cakupan="iku", nilai=3, dari=5)
    assert temuan(fakta(*_five_iku(), nilai_tercatat=[right]), "klaim-target-tercapai") == []
    # Only N printed ("3 IKU tercapai"): only N is checked.
    only_n = tercatat("jumlah_tercapai", cakupan="iku", nilai=3)
    assert temuan(fakta(*_five_iku(), nilai_tercatat=[only_n]), "klaim-target-tercapai") == []


def test_a_claim_on_indicators_counts_every_measured_indicator():
    claim = tercatat("jumlah_tercapai", cakupan="indikator", nilai=3, dari=5)
    data = fakta(*_five_iku(), diukur("2-1", 100, 100), nilai_tercatat=[claim])
    (finding,) = temuan(data, "klaim-target-tercapai")
    assert finding.seharusnya == "4 dari 6"
    assert "indikator tercapai" in finding.pesan


def test_a_claim_narrowed_to_a_kegiatan_an_indicator_or_a_sasaran_reads_only_those():
    data = fakta(
        diukur("6709-3", 90, 85, sasaran="Sasaran 1"),
        diukur("6870-1", 100, 100, sasaran="Sasaran 3"),
        diukur("6870-2", 100, 100, sasaran="Sasaran 3"),
    )
    for narrowing in (
        {"kegiatan_kode": "6870"},
        {"indikator_kode": "6870-1"},
        {"sasaran": "Sasaran 3"},
    ):
        data.nilai_tercatat = [tercatat("klaim_tercapai", cakupan="indikator", **narrowing)]
        assert temuan(data, "klaim-target-tercapai") == [], narrowing
    data.nilai_tercatat = [tercatat("klaim_tercapai", cakupan="indikator", sasaran="Sasaran 1")]
    (finding,) = temuan(data, "klaim-target-tercapai")
    assert finding.seharusnya == "0 dari 1 tercapai"


SASARAN = [
    facts.Sasaran("Sasaran 1: Perencanaan", ("6709",), D("98.15")),
    facts.Sasaran("Sasaran 3: APK", ("6870",), D(100)),
    facts.Sasaran("Sasaran 5: Sosialisasi", ("6872",), D("97.37")),
]


def test_a_claim_that_every_sasaran_was_met_is_checked_against_the_sasaran_capaian():
    claim = tercatat(
        "klaim_tercapai",
        "BAB IV",
        label="Semua sasaran strategis tercapai",
        cakupan="sasaran",
        teks="telah berhasil mencapai semua sasaran strategis",
    )
    (finding,) = temuan(fakta(sasaran=SASARAN, nilai_tercatat=[claim]), "klaim-target-tercapai")
    assert ringkas(finding)[4:] == ("semua sasaran tercapai", "1 dari 3 tercapai")
    assert finding.pesan == (
        'BAB IV menyatakan "telah berhasil mencapai semua sasaran strategis", padahal 2 dari 3 '
        "sasaran yang dinilai di bawah target — Sasaran 1: Perencanaan: 98,15%; "
        "Sasaran 5: Sosialisasi: 97,37%."
    )


def test_a_sasaran_claim_scoped_to_a_kegiatan_whose_sasaran_is_at_100_is_quiet():
    met = tercatat("klaim_tercapai", "BAB III.B Sasaran 3", cakupan="sasaran", kegiatan_kode="6870")
    assert temuan(fakta(sasaran=SASARAN, nilai_tercatat=[met]), "klaim-target-tercapai") == []
    missed = tercatat(
        "klaim_tercapai", "BAB III.B Sasaran 1", cakupan="sasaran", kegiatan_kode="6709"
    )
    (finding,) = temuan(fakta(sasaran=SASARAN, nilai_tercatat=[missed]), "klaim-target-tercapai")
    assert (finding.tabel, finding.seharusnya) == ("BAB III.B Sasaran 1", "0 dari 1 tercapai")
    assert "98,15%" in finding.pesan
    by_label = tercatat(
        "jumlah_tercapai", cakupan="sasaran", sasaran="Sasaran 3: APK", nilai=1, dari=1
    )
    assert temuan(fakta(sasaran=SASARAN, nilai_tercatat=[by_label]), "klaim-target-tercapai") == []


# --- klaim-capaian ----------------------------------------------------------------------------


def _three(**claim) -> facts.FaktaReviu:
    # 94,44%, 100% and 105%: a mean of 99,81…%.
    return fakta(
        diukur("6709-3", 90, 85),
        diukur("6870-1", 100, 100),
        diukur("6871-1", 100, 105),
        nilai_tercatat=[tercatat(**claim)] if claim else [],
    )


def test_a_stated_average_above_a_bound_that_the_mean_does_not_reach_is_reported():
    data = _three(
        besaran="rata_rata_capaian",
        sumber="BAB IV",
        label="Rata-rata capaian",
        cakupan="indikator",
        pembanding=">",
        nilai=100,
        teks="rata-rata capaian melebihi target",
    )
    (finding,) = temuan(data, "klaim-capaian")
    assert ringkas(finding) == (
        "klaim-capaian",
        "galat",
        "BAB IV",
        "Rata-rata capaian",
        "> 100,00%",
        "99,81%",
    )
    assert finding.pesan == (
        'BAB IV menyatakan "rata-rata capaian melebihi target" (rata-rata capaian > 100,00%); '
        "rata-rata capaian 3 indikator yang dinilai 99,81%."
    )


def test_each_comparison_of_a_stated_average_is_checked_as_printed():
    # The mean 99,8148…% prints as 99,81%. None: the claim holds.
    cases = {
        ("=", "99.81"): None,
        ("=", "99.82"): "= 99,82%",
        (">", "99.8"): None,
        (">", "99.81"): "> 99,81%",
        ("≥", "99.81"): None,
        ("≥", "99.82"): "≥ 99,82%",
        ("<", "99.82"): None,
        ("<", "99.81"): "< 99,81%",
        ("≤", "99.81"): None,
        ("≤", "99.8"): "≤ 99,80%",
    }
    for (pembanding, nilai), contradicted in cases.items():
        data = _three(
            besaran="rata_rata_capaian", cakupan="indikator", pembanding=pembanding, nilai=nilai
        )
        findings = temuan(data, "klaim-capaian")
        assert [finding.tercatat for finding in findings] == (
            [contradicted] if contradicted else []
        ), (pembanding, nilai)
        assert all(finding.seharusnya == "99,81%" for finding in findings)


def test_an_average_claim_on_the_sasaran_reads_the_sasaran_capaian():
    # The published BAB III.B Sasaran 8 "melebihi target": its capaian is 100,00%, not above.
    claim = tercatat(
        "rata_rata_capaian",
        "BAB III.B Sasaran 8",
        cakupan="sasaran",
        kegiatan_kode="3355",
        pembanding=">",
        nilai=100,
    )
    data = fakta(
        sasaran=[facts.Sasaran("Sasaran 8: Keuangan", ("3355",), D(100))], nilai_tercatat=[claim]
    )
    (finding,) = temuan(data, "klaim-capaian")
    assert (finding.tabel, finding.tercatat, finding.seharusnya) == (
        "BAB III.B Sasaran 8",
        "> 100,00%",
        "100,00%",
    )
    assert "rata-rata capaian 1 sasaran yang dinilai 100,00%" in finding.pesan


def test_an_average_of_nothing_assessed_is_not_contradicted():
    data = fakta(
        diukur("6709-3", 90, None, status="belum_dilaporkan"),
        nilai_tercatat=[
            tercatat("rata_rata_capaian", cakupan="indikator", pembanding=">", nilai=90)
        ],
    )
    assert temuan(data, "klaim-capaian") == []


def test_a_stated_bound_on_every_capaian_names_those_outside_it():
    data = _three(
        besaran="batas_capaian",
        sumber="Ikhtisar Eksekutif",
        label="Capaian minimal 95%",
        cakupan="indikator",
        pembanding="≥",
        nilai=95,
        teks="semua indikator mencapai minimal 95%",
    )
    (finding,) = temuan(data, "klaim-capaian")
    assert ringkas(finding) == (
        "klaim-capaian",
        "galat",
        "Ikhtisar Eksekutif",
        "Capaian minimal 95%",
        "≥ 95,00%",
        "1 indikator di luar batas",
    )
    assert finding.pesan == (
        'Ikhtisar Eksekutif menyatakan "semua indikator mencapai minimal 95%" (setiap capaian '
        "≥ 95,00%); 1 indikator tidak — 6709-3 Indikator 6709-3: 94,44%."
    )


def test_a_stated_bound_every_capaian_meets_as_printed_is_quiet():
    # 94,444…% prints 94,44: "minimal 94,44%" holds, and so does "di bawah 106%".
    at_least = _three(besaran="batas_capaian", cakupan="indikator", pembanding="≥", nilai="94.44")
    assert temuan(at_least, "klaim-capaian") == []
    below = _three(besaran="batas_capaian", cakupan="indikator", pembanding="<", nilai=106)
    assert temuan(below, "klaim-capaian") == []
    iku_only = _three(besaran="batas_capaian", cakupan="iku", pembanding="≥", nilai=95)
    assert temuan(iku_only, "klaim-capaian") == []


def test_a_claim_without_a_figure_is_not_checked():
    data = _three(besaran="rata_rata_capaian", cakupan="indikator", pembanding=">", teks="tinggi")
    assert temuan(data, "klaim-capaian") == []
