"""The engine (hitung_pengukuran) on hand-made snapshots: realisation from components, target
precedence, comparisons, sasaran and satker roll-ups, misconfigured indicators, predicates."""

from decimal import Decimal

import pytest

from kinerja.core.formatting import format_persen
from kinerja.measurement.pengukuran import BarisPengukuran, hitung_pengukuran
from kinerja.measurement.scales import Pita, Skala
from kinerja.measurement.tests.snapshots import anggaran, baris, indikator, satker_tahun
from kinerja.planning.targets import Target

D = Decimal


def satu(snapshot) -> BarisPengukuran:
    (row,) = hitung_pengukuran(snapshot).baris
    return row


def tahunan(nilai: str, **fields) -> dict[int, list]:
    """Indicator 1's annual realisation."""
    return {1: [baris("tahunan", nilai, **fields)]}


# Realisation from its components -----------------------------------------------------------


def test_a_realisation_from_components_is_rounded_as_shown_and_measured_as_shown():
    row = satu(
        satker_tahun(
            realisasi={1: [baris(pembilang="745.229", pembagi="918.192")]},
            target_berlaku={1: "75"},
        )
    )
    assert row.realisasi == D("81.16")
    # 81,16 / 75 × 100 = 108,21, as a reader of the page computes it (the unrounded ratio
    # would give 108,22).
    assert format_persen(row.hasil.nilai) == "108,21%"


def test_a_realisation_from_components_rounds_half_up():
    row = satu(
        satker_tahun(realisasi={1: [baris(pembilang="1", pembagi="8")]}, target_berlaku={1: "100"})
    )
    assert row.realisasi == D("12.50")
    row = satu(
        satker_tahun(realisasi={1: [baris(pembilang="1", pembagi="16")]}, target_berlaku={1: "100"})
    )
    assert row.realisasi == D("6.25")
    row = satu(
        satker_tahun(realisasi={1: [baris(pembilang="1", pembagi="32")]}, target_berlaku={1: "100"})
    )
    assert row.realisasi == D("3.13")  # 3,125 half-up, not half-even


def test_a_zero_denominator_does_not_divide_and_the_stated_value_stands():
    row = satu(
        satker_tahun(
            realisasi={1: [baris(nilai="80", pembilang="0", pembagi="0")]},
            target_berlaku={1: "100"},
        )
    )
    assert row.realisasi == 80


# Target precedence -------------------------------------------------------------------------

PERIOD_TARGETS = {1: {"tw1": "25", "tw2": "50", "tw3": "75", "tw4": "80"}}


def test_the_signed_pks_target_comes_before_a_target_printed_beside_the_realisation():
    # The PK is the agreement; a document that measured against another figure is reported
    # by the reviu (target-pk-beda-terukur), not followed.
    snapshot = satker_tahun(
        realisasi=tahunan("72", target_tertulis="90", sumber="LKjIP 2024"),
        target_berlaku={1: "100"},
        target_periode=PERIOD_TARGETS,
    )
    row = satu(snapshot)
    assert row.target == Target(D(100))
    assert row.target_sumber == "PK"
    assert row.hasil.nilai == 72


def test_without_a_signed_pk_the_target_printed_on_the_annual_row_comes_first():
    for source in ("RKT", "target tahunan Renstra"):
        snapshot = satker_tahun(
            realisasi=tahunan("72", target_tertulis="90", sumber="LKjIP 2024"),
            target_berlaku={1: "100"},
            target_periode=PERIOD_TARGETS,
            sumber_berlaku=source,
        )
        row = satu(snapshot)
        assert row.target == Target(D(90))
        assert row.target_sumber == "target terukur (LKjIP 2024)"
        assert row.hasil.nilai == 80


def test_without_a_printed_target_the_target_in_force_comes_next():
    snapshot = satker_tahun(
        realisasi=tahunan("72"), target_berlaku={1: "100"}, target_periode=PERIOD_TARGETS
    )
    row = satu(snapshot)
    assert row.target == Target(D(100))
    assert row.target_sumber == "PK"
    assert row.hasil.nilai == 72


def test_without_a_target_in_force_the_target_comes_from_the_period_targets():
    row = satu(satker_tahun(realisasi=tahunan("72"), target_periode=PERIOD_TARGETS))
    assert row.target == Target(D(80))
    assert "rencana aksi" in row.target_sumber
    assert row.hasil.nilai == 90


def test_without_any_target_the_indicator_is_not_assessed_and_says_why():
    row = satu(satker_tahun(realisasi=tahunan("72")))
    assert row.target is None
    assert row.hasil.nilai is None
    assert row.hasil.alasan == "Tidak ada target untuk tahun ini."


def test_a_written_target_in_force_is_measured_as_written():
    snapshot = satker_tahun(
        indikator(satuan="opini"), realisasi={1: [baris(teks="WDP")]}, target_berlaku={1: "WTP"}
    )
    row = satu(snapshot)
    assert row.realisasi_teks == "WDP"
    assert row.hasil.nilai == 0


# Comparisons with last year and the Renstra -------------------------------------------------


def test_last_years_realisation_capaian_and_difference_from_the_same_source():
    snapshot = satker_tahun(
        realisasi=tahunan("90", sumber="e-SAKIP"),
        target_berlaku={1: "100"},
        realisasi_lalu=tahunan("80", target_tertulis="100", sumber="e-SAKIP"),
    )
    row = satu(snapshot)
    assert row.realisasi_tahun_lalu == 80
    assert row.sumber_tahun_lalu == "e-SAKIP"
    assert row.capaian_tahun_lalu == 80
    assert row.selisih_tahun_lalu == 10
    assert row.catatan_tahun_lalu == ""


def test_last_years_capaian_uses_last_years_target_of_record():
    snapshot = satker_tahun(
        realisasi=tahunan("90"),
        target_berlaku={1: "100"},
        realisasi_lalu=tahunan("60"),
        target_tahunan={(1, 2023): "75"},
    )
    assert satu(snapshot).capaian_tahun_lalu == 80


def test_years_from_different_sources_are_shown_but_not_subtracted():
    snapshot = satker_tahun(
        realisasi=tahunan("90", sumber="LKjIP 2024"),
        target_berlaku={1: "100"},
        realisasi_lalu={1: [baris("tw4", "80", sumber="e-Monev")]},
    )
    row = satu(snapshot)
    assert row.realisasi_tahun_lalu == 80
    assert row.selisih_tahun_lalu is None
    assert "sumber berbeda" in row.catatan_tahun_lalu
    assert "LKjIP 2024" in row.catatan_tahun_lalu
    assert "e-Monev" in row.catatan_tahun_lalu


def test_last_year_read_only_to_a_quarter_is_not_compared():
    snapshot = satker_tahun(
        realisasi=tahunan("90"),
        target_berlaku={1: "100"},
        realisasi_lalu={1: [baris("tw2", "40")]},
    )
    row = satu(snapshot)
    assert row.realisasi_tahun_lalu is None
    assert row.selisih_tahun_lalu is None


def test_this_years_realisation_against_the_renstra_final_year_target():
    snapshot = satker_tahun(
        realisasi=tahunan("90"),
        target_berlaku={1: "100"},
        target_tahunan={(1, 2026): "120"},
        tahun_akhir_renstra=2026,
    )
    row = satu(snapshot)
    assert row.target_akhir_renstra == Target(D(120))
    assert row.tahun_akhir_renstra == 2026
    assert row.capaian_terhadap_renstra == 75


def test_a_year_in_progress_is_not_compared():
    snapshot = satker_tahun(
        realisasi={1: [baris("tw2", "50")]},
        target_periode={1: {"tw2": "50"}},
        realisasi_lalu=tahunan("80"),
        target_tahunan={(1, 2026): "120"},
        tahun_akhir_renstra=2026,
    )
    row = satu(snapshot)
    assert row.realisasi_tahun_lalu is None
    assert row.capaian_terhadap_renstra is None


# Sasaran and satker -------------------------------------------------------------------------


def sasaran(nomor: int) -> dict:
    return {"sasaran_id": nomor, "sasaran_nomor": nomor, "sasaran_uraian": f"Uraian {nomor}"}


def test_indicators_are_grouped_by_sasaran_else_by_kegiatan():
    snapshot = satker_tahun(
        indikator(1, **sasaran(1)),
        indikator(2, kegiatan_kode="K9", kegiatan_nama="Kegiatan sembilan"),
        indikator(3, **sasaran(1)),
        indikator(4),
    )
    groups = hitung_pengukuran(snapshot).sasaran
    assert [group.label for group in groups] == [
        "Sasaran 1: Uraian 1",
        "Kegiatan sembilan (K9)",
        "Tanpa sasaran",
    ]
    assert [row.indikator.id for row in groups[0].baris] == [1, 3]


def test_a_sasaran_mean_skips_indicators_not_assessed():
    snapshot = satker_tahun(
        indikator(1, **sasaran(1)),
        indikator(2, **sasaran(1)),
        indikator(3, **sasaran(1)),
        realisasi={
            1: [baris(nilai="100")],
            2: [baris(status="belum_dilaporkan")],
            3: [baris(status="tidak_dilaksanakan")],
        },
        target_berlaku={1: "125", 2: "100", 3: "100"},
    )
    (group,) = hitung_pengukuran(snapshot).sasaran
    assert group.capaian == 80


@pytest.mark.parametrize(("bobot_kedua", "expected"), [("1", D(95)), (None, D(90))])
def test_a_sasaran_is_weighted_only_when_every_assessed_indicator_has_a_weight(
    bobot_kedua, expected
):
    snapshot = satker_tahun(
        indikator(1, bobot="3", **sasaran(1)),
        indikator(2, bobot=bobot_kedua, **sasaran(1)),
        # Not assessed, without a weight: it does not stop the others being weighted.
        indikator(3, **sasaran(1)),
        realisasi={1: [baris(nilai="100")], 2: [baris(nilai="80")]},
        target_berlaku={1: "100", 2: "100", 3: "100"},
    )
    (group,) = hitung_pengukuran(snapshot).sasaran
    assert group.capaian == expected


def test_the_satker_capaian_is_the_mean_of_its_sasaran_not_of_its_indicators():
    snapshot = satker_tahun(
        indikator(1, **sasaran(1)),
        indikator(2, **sasaran(1)),
        indikator(3, **sasaran(1)),
        indikator(4, **sasaran(2)),
        realisasi={
            1: [baris(nilai="100")],
            2: [baris(nilai="100")],
            3: [baris(nilai="70")],
            4: [baris(nilai="60")],
        },
        target_berlaku={1: "100", 2: "100", 3: "100", 4: "100"},
    )
    result = hitung_pengukuran(snapshot)
    assert [group.capaian for group in result.sasaran] == [90, 60]
    assert result.capaian == 75
    assert result.predikat.predikat == "Berhasil"


def test_a_satker_with_nothing_assessed_has_no_capaian_not_zero():
    snapshot = satker_tahun(realisasi={1: [baris(status="belum_dilaporkan")]})
    result = hitung_pengukuran(snapshot)
    assert result.capaian is None
    assert result.predikat is None


def test_a_misconfigured_indicator_is_not_assessed_and_does_not_break_the_rest():
    snapshot = satker_tahun(
        indikator(1, polaritas="rentang", **sasaran(1)),  # a range without its upper bound
        indikator(2, **sasaran(1)),
        realisasi={1: [baris(nilai="85")], 2: [baris(nilai="90")]},
        target_berlaku={1: "80", 2: "100"},
        realisasi_lalu={1: [baris(nilai="80")]},
    )
    result = hitung_pengukuran(snapshot)
    broken, sound = result.baris
    assert broken.hasil.nilai is None
    assert broken.hasil.kode_aturan == "aturan_tidak_sah"
    assert "batas atas" in broken.hasil.alasan
    assert broken.realisasi_tahun_lalu is None
    assert sound.hasil.nilai == 90
    assert result.capaian == 90


def test_a_band_whose_upper_bound_is_below_its_target_is_reported_not_raised():
    snapshot = satker_tahun(
        indikator(1, polaritas="stabil", batas_atas="5"),
        realisasi=tahunan("7"),
        target_berlaku={1: "10"},
    )
    row = satu(snapshot)
    assert row.hasil.kode_aturan == "aturan_tidak_sah"
    assert "pita" in row.hasil.alasan


def test_a_sasaran_carries_the_budget_of_its_kegiatan():
    snapshot = satker_tahun(
        indikator(1, kegiatan_kode="K1", kegiatan_nama="Satu", **sasaran(1)),
        indikator(2, kegiatan_kode="K2", kegiatan_nama="Dua", **sasaran(2)),
        anggaran=[anggaran("K1", pagu_pk=("1000",)), anggaran("K2", pagu_pk=("4000",))],
    )
    first, second = hitung_pengukuran(snapshot).sasaran
    assert [item.kode for item in first.anggaran] == ["K1"]
    assert first.pagu == 1000
    assert second.pagu == 4000


def test_a_kegiatan_split_between_its_sasaran_and_unlinked_indicators_is_counted_once():
    # 2 of K1's indicators are linked to Sasaran 1, one is not yet: the sasaran holds the
    # budget, the kegiatan's own group says where it is, and the pagu are not added twice.
    snapshot = satker_tahun(
        indikator(1, kegiatan_kode="K1", kegiatan_nama="Satu", **sasaran(1)),
        indikator(2, kegiatan_kode="K1", kegiatan_nama="Satu"),
        indikator(3, kegiatan_kode="K1", kegiatan_nama="Satu", **sasaran(1)),
        anggaran=[anggaran("K1", pagu_pk=("1000",))],
    )
    result = hitung_pengukuran(snapshot)
    linked, unlinked = result.sasaran
    assert linked.pagu == 1000
    assert unlinked.pagu is None
    assert unlinked.anggaran == []
    [shared] = unlinked.anggaran_bersama
    assert (shared.anggaran.kode, shared.pemilik) == ("K1", "Sasaran 1: Uraian 1")
    assert linked.anggaran_bersama == []
    assert sum(group.pagu or 0 for group in result.sasaran) == result.total()[0] == 1000


def test_a_kegiatan_shared_by_two_renstra_sasaran_is_held_by_neither():
    snapshot = satker_tahun(
        indikator(1, kegiatan_kode="K1", kegiatan_nama="Satu", **sasaran(1)),
        indikator(2, kegiatan_kode="K1", kegiatan_nama="Satu", **sasaran(2)),
        indikator(3, kegiatan_kode="K2", kegiatan_nama="Dua", **sasaran(2)),
        anggaran=[
            anggaran("K1", pagu_pk=("1000",)),
            anggaran("K2", pagu_pk=("4000",), kegiatan_id=2),
        ],
    )
    result = hitung_pengukuran(snapshot)
    first, second = result.sasaran
    assert first.pagu is None
    assert second.pagu == 4000
    assert [(s.anggaran.kode, s.pemilik, s.juga) for s in first.anggaran_bersama] == [
        ("K1", "", ("Sasaran 2: Uraian 2",))
    ]
    assert [(s.anggaran.kode, s.juga) for s in second.anggaran_bersama] == [
        ("K1", ("Sasaran 1: Uraian 1",))
    ]
    # Counted once, in the satker's total only.
    assert result.total()[0] == 5000


# Predicates -------------------------------------------------------------------------------


def _pita(predikat, bawah, bawah_inklusif, atas, atas_inklusif) -> Pita:
    return Pita(
        predikat,
        predikat,
        None if bawah is None else D(bawah),
        bawah_inklusif,
        None if atas is None else D(atas),
        atas_inklusif,
    )


# As one LKjIP prints it: "> 85; 70 – < 85", so 85 falls in no band.
SKALA_BERCELAH = Skala(
    "bercelah",
    "Skala bercelah",
    "uji",
    (
        _pita("Sangat Berhasil", "85", False, None, False),
        _pita("Berhasil", "70", True, "85", False),
        _pita("Tidak Berhasil", None, False, "70", False),
    ),
)


def test_a_capaian_in_the_gap_of_a_flawed_scale_gets_no_predicate_and_says_why():
    snapshot = satker_tahun(
        realisasi=tahunan("85"), target_berlaku={1: "100"}, skala=SKALA_BERCELAH
    )
    result = hitung_pengukuran(snapshot)
    (row,) = result.baris
    assert row.hasil.nilai == 85
    assert row.predikat is None
    assert "tidak masuk pita" in row.predikat_alasan
    assert "Skala bercelah" in row.predikat_alasan
    assert result.predikat is None


def test_a_capaian_inside_a_band_gets_its_predicate_and_no_reason():
    snapshot = satker_tahun(
        realisasi=tahunan("85.01"), target_berlaku={1: "100"}, skala=SKALA_BERCELAH
    )
    row = satu(snapshot)
    assert row.predikat.predikat == "Sangat Berhasil"
    assert row.predikat.skala == "Skala bercelah"
    assert row.predikat_alasan == ""


def test_a_capaian_above_the_top_band_keeps_the_top_predicate():
    row = satu(satker_tahun(realisasi=tahunan("130"), target_berlaku={1: "100"}))
    assert row.predikat.predikat == "Sangat Berhasil"


def test_the_satker_cap_applies_to_every_indicator_without_its_own():
    snapshot = satker_tahun(
        indikator(1),
        indikator(2, plafon="tanpa"),
        realisasi={1: [baris(nilai="130")], 2: [baris(nilai="130")]},
        target_berlaku={1: "100", 2: "100"},
        plafon="110",
    )
    capped, uncapped = hitung_pengukuran(snapshot).baris
    assert capped.hasil.nilai == 110
    assert capped.hasil.nilai_tanpa_plafon == 130
    assert uncapped.hasil.nilai == 130


def test_two_sasaran_with_the_same_words_are_still_two_sasaran():
    same = {"sasaran_nomor": 1, "sasaran_uraian": "Meningkatnya partisipasi"}
    snapshot = satker_tahun(
        indikator(1, sasaran_id=10, **same),
        indikator(2, sasaran_id=20, **same),
        realisasi={1: [baris("tahunan", "50")], 2: [baris("tahunan", "100")]},
        target_berlaku={1: "100", 2: "100"},
    )
    result = hitung_pengukuran(snapshot)
    assert [group.capaian for group in result.sasaran] == [50, 100]
