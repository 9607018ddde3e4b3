"""total-tercatat-salah on small hand-made facts: the satker's stated capaian and absorption,
stated counts, and a PK's printed total."""

from kinerja.evaluation.reviu import facts
from kinerja.evaluation.tests.builders import D, diukur, fakta, pk, ringkas, temuan, tercatat


def test_a_stated_satker_capaian_other_than_the_computed_one_is_reported():
    # The published BAB IV: 100,00% stated, the mean of its sasaran is 99,58%.
    sasaran = [
        facts.Sasaran("Sasaran 1", ("6709",), D("99.16")),
        facts.Sasaran("Sasaran 2", ("6867",), D(100)),
    ]
    stated = tercatat("capaian_satker", "BAB IV", label="Capaian kinerja satker", nilai=100)
    data = fakta(sasaran=sasaran, capaian_satker=D("99.58"), nilai_tercatat=[stated])
    (finding,) = temuan(data, "total-tercatat-salah")
    assert ringkas(finding) == (
        "total-tercatat-salah",
        "galat",
        "BAB IV",
        "Capaian kinerja satker",
        "100,00%",
        "99,58%",
    )
    assert finding.pesan == (
        "BAB IV menyatakan capaian satker 100,00%; rata-rata capaian 2 sasaran yang dihitung "
        "99,58%."
    )


def test_a_stated_satker_capaian_equal_as_printed_is_quiet():
    stated = tercatat("capaian_satker", nilai="99.58")
    data = fakta(capaian_satker=D("99.5807"), nilai_tercatat=[stated])
    assert temuan(data, "total-tercatat-salah") == []


# The published BAB IV.E: 98,17% stated; Rp 41.579.911.818 ÷ Rp 41.661.103.000 = 99,81%.
TOTALS = {"pagu_total": D(41661103000), "realisasi_total": D(41579911818)}


def test_a_stated_satker_absorption_other_than_total_realisation_over_total_pagu_is_reported():
    stated = tercatat("serapan_satker", "BAB IV.E Kesimpulan no. 2", label="Serapan", nilai="98.17")
    data = fakta(**TOTALS, nilai_tercatat=[stated])
    (finding,) = temuan(data, "total-tercatat-salah")
    assert ringkas(finding) == (
        "total-tercatat-salah",
        "galat",
        "BAB IV.E Kesimpulan no. 2",
        "Serapan",
        "98,17%",
        "99,81%",
    )
    assert finding.pesan == (
        "BAB IV.E Kesimpulan no. 2 menyatakan serapan anggaran 98,17%; total realisasi "
        "Rp 41.579.911.818 ÷ total pagu Rp 41.661.103.000 = 99,81%."
    )


def test_with_several_funding_sources_the_absorption_of_each_is_shown():
    stated = tercatat("serapan_satker", "BAB IV.E", nilai="98.17")
    by_source = {
        "APBN (DIPA)": (D(17950000000), D(17870000000)),
        "Hibah (NPHD)": (D(23711103000), D(23709911818)),
    }
    data = fakta(**TOTALS, anggaran_per_sumber_dana=by_source, nilai_tercatat=[stated])
    (finding,) = temuan(data, "total-tercatat-salah")
    assert finding.pesan.endswith(
        "= 99,81%; serapan per sumber dana: APBN (DIPA) 99,55%; Hibah (NPHD) 99,99%."
    )


def test_a_stated_absorption_without_any_budget_data_says_so_not_rp_0():
    stated = tercatat("serapan_satker", "BAB IV.E", nilai="98.17")
    (finding,) = temuan(fakta(nilai_tercatat=[stated]), "total-tercatat-salah")
    assert finding.pesan.endswith("total realisasi – ÷ total pagu – = tidak dinilai.")


def test_a_stated_satker_absorption_equal_as_printed_is_quiet():
    stated = tercatat("serapan_satker", nilai="99.81")
    assert temuan(fakta(**TOTALS, nilai_tercatat=[stated]), "total-tercatat-salah") == []


def test_stated_counts_of_sasaran_indicators_and_iku_are_compared_with_the_measurement():
    # The published BAB III.A: "3 sasaran", 10 measured.
    sasaran = [facts.Sasaran(f"Sasaran {nomor}", (), D(100)) for nomor in range(1, 11)]
    measured = [diukur("6709-1", iku=True), diukur("6709-2", iku=True), diukur("6709-3")]
    stated = [
        tercatat("jumlah_sasaran", "BAB III.A", urutan=1, label="Jumlah sasaran", nilai=3),
        tercatat("jumlah_indikator", "BAB III.A", urutan=2, label="Jumlah indikator", nilai=4),
        tercatat("jumlah_iku", "BAB III.A", urutan=3, label="Jumlah IKU", nilai=3),
    ]
    findings = temuan(
        fakta(*measured, sasaran=sasaran, nilai_tercatat=stated), "total-tercatat-salah"
    )
    assert [ringkas(finding)[2:] for finding in findings] == [
        ("BAB III.A", "Jumlah sasaran", "3", "10"),
        ("BAB III.A", "Jumlah indikator", "4", "3"),
        ("BAB III.A", "Jumlah IKU", "3", "2"),
    ]
    assert [finding.pesan for finding in findings] == [
        "BAB III.A menyebut 3 sasaran; pengukurannya memuat 10 sasaran.",
        "BAB III.A menyebut 4 indikator; pengukurannya memuat 3 indikator.",
        "BAB III.A menyebut 3 IKU; pengukurannya memuat 2 IKU.",
    ]


def test_stated_counts_that_match_or_carry_no_figure_are_quiet():
    measured = [diukur("6709-1", iku=True), diukur("6709-2")]
    stated = [
        tercatat("jumlah_sasaran", nilai=1),
        tercatat("jumlah_indikator", nilai="2.0000"),
        tercatat("jumlah_iku", nilai=1),
        tercatat("jumlah_iku", teks="beberapa IKU"),
    ]
    data = fakta(*measured, sasaran=[facts.Sasaran("Sasaran 1", (), D(100))], nilai_tercatat=stated)
    assert temuan(data, "total-tercatat-salah") == []


def test_a_pk_printing_a_total_other_than_the_sum_of_its_lines_is_reported():
    lines = (
        facts.AnggaranPerjanjian("6709", None, "Perencanaan", D(551587000)),
        facts.AnggaranPerjanjian("3355", None, "Keuangan", D(2918182000)),
    )
    wrong = pk(
        sumber="PK Subbagian Keuangan",
        tingkat="unit",
        anggaran=lines,
        total_anggaran_tercatat=D(3469679000),
    )
    (finding,) = temuan(fakta(perjanjian=[wrong]), "total-tercatat-salah")
    assert ringkas(finding) == (
        "total-tercatat-salah",
        "galat",
        "PK Subbagian Keuangan",
        "total anggaran",
        "Rp 3.469.679.000",
        "Rp 3.469.769.000",
    )
    assert finding.pesan == (
        "Total anggaran PK Subbagian Keuangan tercetak Rp 3.469.679.000; jumlah barisnya "
        "Rp 3.469.769.000."
    )


def test_a_pk_total_equal_to_its_lines_or_not_printed_is_quiet():
    lines = (facts.AnggaranPerjanjian("6709", None, "Perencanaan", D(551587000)),)
    right = pk(anggaran=lines, total_anggaran_tercatat=D(551587000))
    not_printed = pk(sumber="PK Subbagian Keuangan", tingkat="unit", anggaran=lines)
    assert temuan(fakta(perjanjian=[right, not_printed]), "total-tercatat-salah") == []
