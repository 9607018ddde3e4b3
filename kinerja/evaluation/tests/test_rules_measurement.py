"""Measurement rules on small hand-made facts: realisations, low capaian and the figures a
table quotes."""

from kinerja.evaluation.reviu import facts
from kinerja.evaluation.tests.builders import D, diukur, fakta, ringkas, temuan, tercatat

# --- realisasi-tanpa-pelaksanaan --------------------------------------------------------------

NOT_EXECUTED = tercatat(
    "pelaksanaan",
    "BAB III.B Sasaran 6",
    kegiatan_kode="6981",
    teks="Sasaran ini Tidak Dilaksanakan karena bukan menjadi ranah KPU Kota Prabumulih",
)


def test_a_realisation_for_a_kegiatan_stated_not_executed_and_without_spending_is_reported():
    # The published 6981-1: realisasi 100, BAB III.B says not executed, Rp 0 of Rp 4.000 spent.
    data = fakta(
        diukur("6981-1", 100, 100, sumber="Lampiran"),
        anggaran={"6981": facts.Anggaran("6981", D(4000), D(0))},
        nilai_tercatat=[NOT_EXECUTED],
    )
    (finding,) = temuan(data, "realisasi-tanpa-pelaksanaan")
    assert ringkas(finding) == (
        "realisasi-tanpa-pelaksanaan",
        "galat",
        "Lampiran",
        "6981-1",
        "100",
        "tidak dilaksanakan (tanpa nilai)",
    )
    assert finding.pesan == (
        "6981-1 Indikator 6981-1 dilaporkan berealisasi 100, padahal BAB III.B Sasaran 6 "
        "menyatakan kegiatannya tidak dilaksanakan dan realisasi anggaran kegiatan 6981 Rp 0 "
        "dari pagu Rp 4.000."
    )


def test_either_reason_alone_is_enough():
    stated_only = fakta(diukur("6981-1"), nilai_tercatat=[NOT_EXECUTED])
    (finding,) = temuan(stated_only, "realisasi-tanpa-pelaksanaan")
    assert finding.pesan.endswith("menyatakan kegiatannya tidak dilaksanakan.")
    unspent = fakta(diukur("6981-1"), anggaran={"6981": facts.Anggaran("6981", D(4000), D(0))})
    (finding,) = temuan(unspent, "realisasi-tanpa-pelaksanaan")
    assert finding.pesan.endswith(
        "padahal realisasi anggaran kegiatan 6981 Rp 0 dari pagu Rp 4.000."
    )


def test_no_realisation_some_spending_a_zero_pagu_or_an_executed_kegiatan_is_quiet():
    executed = tercatat("pelaksanaan", "BAB III.B", kegiatan_kode="6981", teks="dilaksanakan")
    quiet = [
        fakta(diukur("6981-1", 100, 0), nilai_tercatat=[NOT_EXECUTED]),
        fakta(
            diukur("6981-1", 100, None, status="tidak_dilaksanakan"), nilai_tercatat=[NOT_EXECUTED]
        ),
        fakta(diukur("6981-1"), anggaran={"6981": facts.Anggaran("6981", D(4000), D(1))}),
        fakta(diukur("6981-1"), anggaran={"6981": facts.Anggaran("6981", D(0), D(0))}),
        fakta(diukur("6981-1"), anggaran={"6981": facts.Anggaran("6981", D(4000), None)}),
        fakta(diukur("6981-1"), nilai_tercatat=[executed]),
        # Another kegiatan was not executed.
        fakta(diukur("6982-1"), nilai_tercatat=[NOT_EXECUTED]),
    ]
    for data in quiet:
        assert temuan(data, "realisasi-tanpa-pelaksanaan") == [], data


# --- realisasi-periode-beda-tahunan -----------------------------------------------------------


def test_an_annual_realisation_other_than_its_periods_roll_up_is_reported():
    data = fakta(
        diukur("6709-1", 100, 95, realisasi_periode=90, periode="TW I, TW II, TW III, TW IV")
    )
    (finding,) = temuan(data, "realisasi-periode-beda-tahunan")
    assert ringkas(finding) == (
        "realisasi-periode-beda-tahunan",
        "peringatan",
        "BAB III.A",
        "6709-1",
        "95",
        "90",
    )
    assert finding.pesan == (
        "Realisasi tahunan 6709-1 Indikator 6709-1 95 (BAB III.A) berbeda dengan gabungan "
        "realisasi periodenya (TW I, TW II, TW III, TW IV) 90."
    )


def test_an_annual_realisation_equal_to_its_periods_or_without_periods_is_quiet():
    same = diukur("6709-1", 100, 95, realisasi_periode="95.0000", periode="TW I, TW II")
    not_annual = diukur("6709-2", 100, None, realisasi_periode=40, periode="TW I")
    data = fakta(same, not_annual, diukur("6709-3", 100, 95))
    assert temuan(data, "realisasi-periode-beda-tahunan") == []


# --- capaian-rendah-tanpa-hambatan ------------------------------------------------------------

SASARAN_1 = "Sasaran 1: Terselenggaranya perencanaan program dan anggaran"


def _low(**lainnya) -> facts.FaktaReviu:
    # The published 6709-3: 85 against 90 is 94,44%.
    return fakta(diukur("6709-3", 90, 85, sasaran=SASARAN_1), **lainnya)


def test_a_capaian_below_the_threshold_without_hambatan_is_reported():
    (finding,) = temuan(_low(), "capaian-rendah-tanpa-hambatan")
    assert ringkas(finding) == (
        "capaian-rendah-tanpa-hambatan",
        "peringatan",
        "BAB III.A",
        "6709-3",
        "94,44%",
        "≥ 100,00%",
    )
    assert finding.pesan == (
        "Capaian 6709-3 Indikator 6709-3 94,44% di bawah ambang 100,00% tanpa hambatan/upaya "
        "untuk indikator, sasaran maupun kegiatannya."
    )


def test_a_hambatan_on_the_indicator_its_sasaran_or_its_kegiatan_explains_a_low_capaian():
    for hambatan in (
        facts.Hambatan(13, None, "SDM", indikator_kode="6709-3"),
        facts.Hambatan(13, None, "SDM", sasaran=SASARAN_1),
        facts.Hambatan(13, "6709", "SDM"),
    ):
        assert temuan(_low(hambatan=[hambatan]), "capaian-rendah-tanpa-hambatan") == []


def test_a_hambatan_elsewhere_does_not_explain_a_low_capaian():
    elsewhere = [
        facts.Hambatan(1, None, "SDM", indikator_kode="6709-1"),
        facts.Hambatan(2, None, "SDM", sasaran="Sasaran 2: Terfasilitasinya APK"),
        facts.Hambatan(3, "6870", "SDM"),
    ]
    assert len(temuan(_low(hambatan=elsewhere), "capaian-rendah-tanpa-hambatan")) == 1


def test_the_threshold_is_the_satkers_and_a_capaian_at_it_is_quiet():
    assert temuan(_low(ambang_capaian=D(90)), "capaian-rendah-tanpa-hambatan") == []
    at_threshold = _low(ambang_capaian=D("94.44"))
    assert temuan(at_threshold, "capaian-rendah-tanpa-hambatan") == []
    (finding,) = temuan(_low(ambang_capaian=D(95)), "capaian-rendah-tanpa-hambatan")
    assert finding.seharusnya == "≥ 95,00%"


def test_a_capaian_not_assessed_is_not_low():
    data = fakta(diukur("6709-3", 90, None, status="belum_dilaporkan"))
    assert temuan(data, "capaian-rendah-tanpa-hambatan") == []


def test_a_capaian_that_prints_as_the_threshold_is_not_below_it():
    # 24.999 of 25.000 is 99,996%, printed 100,00%: "100,00% di bawah ambang 100,00%" would
    # contradict itself (klaim-target-tercapai reads it as met too).
    data = fakta(diukur("6709-3", 25000, 24999))
    assert temuan(data, "capaian-rendah-tanpa-hambatan") == []
    (finding,) = temuan(fakta(diukur("6709-3", 25000, 24998)), "capaian-rendah-tanpa-hambatan")
    assert finding.tercatat == "99,99%"


# --- angka-tercatat-beda-data -----------------------------------------------------------------


def test_a_table_quoting_another_target_than_the_one_of_record_is_reported():
    # The published BAB III.B Sasaran 3: target 100 printed for 6870-1, of record 95.
    quoted = tercatat("target", "BAB III.B Sasaran 3", indikator_kode="6870-1", nilai=100)
    data = fakta(diukur("6870-1", 95, 95), nilai_tercatat=[quoted])
    (finding,) = temuan(data, "angka-tercatat-beda-data")
    assert ringkas(finding) == (
        "angka-tercatat-beda-data",
        "peringatan",
        "BAB III.B Sasaran 3",
        "6870-1",
        "100",
        "95",
    )
    assert finding.pesan == (
        "BAB III.B Sasaran 3 mencetak target 100 untuk 6870-1 Indikator 6870-1; data yang "
        "berlaku 95."
    )


def test_a_table_quoting_another_realisation_is_reported():
    quoted = tercatat("realisasi", "BAB III.B", indikator_kode="6870-1", nilai="94.5")
    (finding,) = temuan(
        fakta(diukur("6870-1", 95, 95), nilai_tercatat=[quoted]), "angka-tercatat-beda-data"
    )
    assert (finding.tercatat, finding.seharusnya) == ("94,5", "95")
    assert "mencetak realisasi 94,5 untuk 6870-1" in finding.pesan


def test_a_table_quoting_another_budget_realisation_is_reported_by_kegiatan():
    # The published Lampiran (6867): Rp 7.397.563.413 printed, Rp 11.097.951.116 of record.
    quoted = tercatat(
        "realisasi_anggaran", "Lampiran (6867)", kegiatan_kode="6867", nilai=7397563413
    )
    data = fakta(
        anggaran={"6867": facts.Anggaran("6867", D(11134042000), D(11097951116))},
        nilai_tercatat=[quoted],
    )
    (finding,) = temuan(data, "angka-tercatat-beda-data")
    assert ringkas(finding) == (
        "angka-tercatat-beda-data",
        "peringatan",
        "Lampiran (6867)",
        "6867",
        "Rp 7.397.563.413",
        "Rp 11.097.951.116",
    )
    assert finding.pesan == (
        "Lampiran (6867) mencetak realisasi anggaran Rp 7.397.563.413 untuk 6867; data yang "
        "berlaku Rp 11.097.951.116."
    )


def test_quoted_figures_equal_to_the_data_or_with_nothing_to_compare_are_quiet():
    stated = [
        tercatat("target", indikator_kode="6870-1", nilai="95.0000"),
        tercatat("realisasi", indikator_kode="6870-1", nilai=95),
        tercatat("realisasi_anggaran", kegiatan_kode="6870", nilai=198906501),
        # Not measured, a written target, no budget realisation, no figure, not compared.
        tercatat("target", indikator_kode="9999-1", nilai=100),
        tercatat("target", indikator_kode="3355-4", nilai=100),
        tercatat("realisasi_anggaran", kegiatan_kode="3355", nilai=1),
        tercatat("realisasi", indikator_kode="6870-1", teks="seratus persen"),
        tercatat("target_hasil", indikator_kode="6870-1", nilai=100),
    ]
    data = fakta(
        diukur("6870-1", 95, 95),
        diukur("3355-4", "WTP", None, realisasi_teks="WTP"),
        anggaran={"6870": facts.Anggaran("6870", D(201502000), D(198906501))},
        nilai_tercatat=stated,
    )
    assert temuan(data, "angka-tercatat-beda-data") == []
