"""Budget rules on small hand-made facts: pagu, budget realisation and absorption."""

from kinerja.evaluation.reviu import facts
from kinerja.evaluation.tests.builders import D, fakta, pk, ringkas, temuan, tercatat

# --- anggaran-melebihi-pagu -------------------------------------------------------------------


def test_budget_realisation_above_its_pagu_is_reported_with_the_excess():
    # The published 3355: Rp 2.938.071.462 spent of Rp 2.918.182.000.
    data = fakta(anggaran={"3355": facts.Anggaran("3355", D(2918182000), D(2938071462))})
    (finding,) = temuan(data, "anggaran-melebihi-pagu")
    assert ringkas(finding) == (
        "anggaran-melebihi-pagu",
        "galat",
        "Realisasi anggaran",
        "3355",
        "Rp 2.938.071.462",
        "≤ Rp 2.918.182.000",
    )
    assert finding.pesan == (
        "Realisasi anggaran kegiatan 3355 (Rp 2.938.071.462) melebihi pagunya "
        "(Rp 2.918.182.000) sebesar Rp 19.889.462."
    )


def test_budget_realisation_equal_to_its_pagu_or_without_a_pagu_is_quiet():
    data = fakta(
        anggaran={
            "3355": facts.Anggaran("3355", D(2918182000), D(2918182000)),
            "3360": facts.Anggaran("3360", None, D(186828871)),
        }
    )
    assert temuan(data, "anggaran-melebihi-pagu") == []


# --- pagu-berbeda-tanpa-revisi ----------------------------------------------------------------


def _pk_hukum(jumlah: int) -> facts.Perjanjian:
    line = facts.AnggaranPerjanjian("6867", None, "Pembentukan badan ad hoc", D(jumlah))
    return pk(sumber="PK Hukum dan SDM", tingkat="unit", anggaran=(line,))


def test_one_kegiatan_with_three_pagu_in_three_sources_is_reported():
    # The published 6867: the PK, BAB III.B and the Lampiran each print another pagu.
    data = fakta(
        perjanjian=[_pk_hukum(12406404000)],
        pagu=[facts.Pagu("6867", "laporan", D(11134042000), "BAB III.B")],
        nilai_tercatat=[
            tercatat("pagu", "Lampiran (6867)", kegiatan_kode="6867", nilai=7421764000)
        ],
    )
    (finding,) = temuan(data, "pagu-berbeda-tanpa-revisi")
    assert ringkas(finding) == (
        "pagu-berbeda-tanpa-revisi",
        "galat",
        "Pagu",
        "6867",
        "Rp 7.421.764.000, Rp 11.134.042.000, Rp 12.406.404.000",
        "satu pagu, atau revisi bertanggal dengan alasan",
    )
    assert finding.pesan == (
        "Kegiatan 6867 memiliki 3 nilai pagu berbeda tanpa revisi tercatat — "
        "PK Hukum dan SDM: Rp 12.406.404.000; BAB III.B: Rp 11.134.042.000; "
        "Lampiran (6867): Rp 7.421.764.000."
    )


def test_a_stated_pagu_that_differs_from_the_recorded_one_is_reported():
    data = fakta(
        pagu=[facts.Pagu("6709", "awal", D(551587000), "DIPA")],
        nilai_tercatat=[tercatat("pagu", "BAB III.B", kegiatan_kode="6709", nilai=551578000)],
    )
    (finding,) = temuan(data, "pagu-berbeda-tanpa-revisi")
    assert (finding.baris, finding.tercatat) == ("6709", "Rp 551.578.000, Rp 551.587.000")
    assert "2 nilai pagu berbeda" in finding.pesan


def test_the_same_pagu_in_every_source_is_quiet():
    data = fakta(
        perjanjian=[_pk_hukum(7421764000)],
        pagu=[facts.Pagu("6867", "awal", D("7421764000.0000"), "DIPA")],
        nilai_tercatat=[tercatat("pagu", "Lampiran", kegiatan_kode="6867", nilai=7421764000)],
    )
    assert temuan(data, "pagu-berbeda-tanpa-revisi") == []


def test_a_recorded_revision_explains_different_pagu():
    initial = facts.Pagu("6867", "awal", D(12406404000), "DIPA")
    revised = facts.Pagu("6867", "revisi", D(7421764000), "Revisi DIPA ke-3")
    data = fakta(perjanjian=[_pk_hukum(12406404000)], pagu=[initial])
    assert len(temuan(data, "pagu-berbeda-tanpa-revisi")) == 0
    data.nilai_tercatat = [tercatat("pagu", "Lampiran", kegiatan_kode="6867", nilai=7421764000)]
    assert len(temuan(data, "pagu-berbeda-tanpa-revisi")) == 1
    data.pagu = [initial, revised]
    assert temuan(data, "pagu-berbeda-tanpa-revisi") == []


# --- total-pk-beda-pagu -----------------------------------------------------------------------

PROGRAM = "Program Penyelenggaraan Pemilu"


def _satker_pk(*lines: facts.AnggaranPerjanjian, total: int | None = None) -> facts.Perjanjian:
    return pk(anggaran=lines, total_anggaran_tercatat=None if total is None else D(total))


def _kegiatan(pagu: dict[str, int]) -> dict[str, facts.Anggaran]:
    """Kegiatan of PROGRAM with their pagu in force."""
    return {
        kode: facts.Anggaran(kode, D(amount), None, program=PROGRAM)
        for kode, amount in pagu.items()
    }


def test_a_satker_pk_total_above_the_pagu_of_its_programmes_kegiatan_is_reported():
    line = facts.AnggaranPerjanjian(None, PROGRAM, PROGRAM, D(20518557000))
    data = fakta(
        perjanjian=[_satker_pk(line)],
        anggaran=_kegiatan({"6870": 10000000000, "6871": 7952205000}),
    )
    (finding,) = temuan(data, "total-pk-beda-pagu")
    assert ringkas(finding) == (
        "total-pk-beda-pagu",
        "galat",
        "Lampiran: PK Sekretaris–Ketua",
        "total anggaran",
        "Rp 20.518.557.000",
        "Rp 17.952.205.000",
    )
    assert finding.pesan == (
        "Total anggaran Lampiran: PK Sekretaris–Ketua Rp 20.518.557.000 berbeda dengan jumlah "
        "pagu kegiatan yang dicakupnya (6870, 6871) Rp 17.952.205.000, tanpa revisi pagu "
        "tercatat."
    )


def test_the_printed_pk_total_is_compared_when_there_is_one():
    lines = (
        facts.AnggaranPerjanjian("6870", None, "APK", D(10000000000)),
        facts.AnggaranPerjanjian("6871", None, "Logistik", D(7952205000)),
    )
    budget = _kegiatan({"6870": 10000000000, "6871": 7952205000})
    data = fakta(perjanjian=[_satker_pk(*lines)], anggaran=budget)
    assert temuan(data, "total-pk-beda-pagu") == []
    data.perjanjian = [_satker_pk(*lines, total=18000000000)]
    (finding,) = temuan(data, "total-pk-beda-pagu")
    assert (finding.tercatat, finding.seharusnya) == ("Rp 18.000.000.000", "Rp 17.952.205.000")


def test_a_pk_total_is_quiet_when_a_covered_kegiatan_was_revised_or_the_pk_is_a_units():
    line = facts.AnggaranPerjanjian(None, PROGRAM, PROGRAM, D(20518557000))
    revision = facts.Pagu("6871", "revisi", D(7952205000), "Revisi DIPA")
    budget = _kegiatan({"6870": 10000000000, "6871": 7952205000})
    revised = fakta(perjanjian=[_satker_pk(line)], anggaran=budget, pagu=[revision])
    assert temuan(revised, "total-pk-beda-pagu") == []
    unit = pk(tingkat="unit", anggaran=(line,))
    assert temuan(fakta(perjanjian=[unit], anggaran=budget), "total-pk-beda-pagu") == []


# --- serapan-tercatat-salah -------------------------------------------------------------------

# 6867 of record: Rp 11.097.951.116 of Rp 11.134.042.000 = 99,68%. The Lampiran prints its own
# Rp 7.397.563.413 of Rp 7.421.764.000 = 99,67%.
DATA_6867 = {"6867": facts.Anggaran("6867", D(11134042000), D(11097951116))}


def _lampiran(serapan: str, *, with_own_figures: bool = True) -> list[facts.NilaiTercatat]:
    stated = [tercatat("serapan", "Lampiran (6867)", kegiatan_kode="6867", nilai=serapan)]
    if with_own_figures:
        stated += [
            tercatat("pagu", "Lampiran (6867)", kegiatan_kode="6867", nilai=7421764000),
            tercatat(
                "realisasi_anggaran", "Lampiran (6867)", kegiatan_kode="6867", nilai=7397563413
            ),
        ]
    return stated


def test_a_printed_serapan_is_checked_against_its_own_tables_figures_first():
    # The published Lampiran: 99,67% is right from its own figures, though not from the data.
    data = fakta(anggaran=DATA_6867, nilai_tercatat=_lampiran("99.67"))
    assert temuan(data, "serapan-tercatat-salah") == []
    data.nilai_tercatat = _lampiran("99.68")
    (finding,) = temuan(data, "serapan-tercatat-salah")
    assert ringkas(finding) == (
        "serapan-tercatat-salah",
        "galat",
        "Lampiran (6867)",
        "6867",
        "99,68%",
        "99,67%",
    )
    assert finding.pesan == (
        "Lampiran (6867) mencetak serapan kegiatan 6867 99,68%; realisasi Rp 7.397.563.413 ÷ "
        "pagu Rp 7.421.764.000 = 99,67%."
    )


def test_a_printed_serapan_of_a_kegiatan_without_realisation_says_so_not_rp_0():
    no_realisation = {"6867": facts.Anggaran("6867", D(11134042000), None)}
    data = fakta(anggaran=no_realisation, nilai_tercatat=_lampiran("99.68", with_own_figures=False))
    (finding,) = temuan(data, "serapan-tercatat-salah")
    assert finding.pesan.endswith("realisasi – ÷ pagu Rp 11.134.042.000 = tidak dinilai.")


def test_a_printed_serapan_without_figures_beside_it_is_checked_against_the_data():
    data = fakta(anggaran=DATA_6867, nilai_tercatat=_lampiran("99.68", with_own_figures=False))
    assert temuan(data, "serapan-tercatat-salah") == []
    data.nilai_tercatat = _lampiran("99.67", with_own_figures=False)
    (finding,) = temuan(data, "serapan-tercatat-salah")
    assert (finding.tercatat, finding.seharusnya) == ("99,67%", "99,68%")
    assert "realisasi Rp 11.097.951.116 ÷ pagu Rp 11.134.042.000" in finding.pesan


def test_a_serapan_printed_beside_a_budget_realisation_is_checked_against_the_data():
    # 99,676% prints as 99,68: a printed 99,68 is right, 99,67 is not.
    right = facts.Anggaran(
        "6867", D(11134042000), D(11097951116), serapan_tercatat=(("BAB III.B", D("99.68")),)
    )
    assert temuan(fakta(anggaran={"6867": right}), "serapan-tercatat-salah") == []
    wrong = facts.Anggaran(
        "6867", D(11134042000), D(11097951116), serapan_tercatat=(("BAB III.B", D("99.67")),)
    )
    (finding,) = temuan(fakta(anggaran={"6867": wrong}), "serapan-tercatat-salah")
    assert (finding.tabel, finding.baris, finding.tercatat, finding.seharusnya) == (
        "BAB III.B",
        "6867",
        "99,67%",
        "99,68%",
    )
