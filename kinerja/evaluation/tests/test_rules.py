"""Rules on small hand-made facts: what makes each fire and what keeps it quiet."""

from decimal import Decimal

from kinerja.evaluation.reviu import facts
from kinerja.evaluation.reviu.rules import jalankan
from kinerja.measurement.capaian import AturanCapaian, hitung_capaian
from kinerja.measurement.scales import LAN_4_PITA
from kinerja.planning.targets import Target

D = Decimal


def _facts(**overrides):
    target, realisasi = D(80), D(60)
    base = {
        "satker": "uji",
        "tahun": 2025,
        "skala": LAN_4_PITA,
        "ambang_capaian": D(100),
        "indikator": {"A": facts.Indikator("A", "Indikator A", "1000", AturanCapaian())},
        "pengukuran": {
            "A": facts.Pengukuran(
                "A",
                target,
                realisasi,
                "dilaporkan",
                hitung_capaian(target, realisasi),
                None,
                "uji",
            )
        },
        "rkt": [],
        "perjanjian": [],
        "pagu": [],
        "anggaran": {"1000": facts.Anggaran("1000", D(100), D(50), ())},
        "nilai_tercatat": [],
        "hambatan": [],
        "capaian_satker": D(75),
        "sasaran": [facts.Sasaran("Sasaran A", ("1000",), D(75))],
        "pagu_total": D(100),
        "realisasi_total": D(50),
    }
    base.update(overrides)
    return facts.FaktaReviu(**base)


def _rules(findings):
    return [finding.aturan for finding in findings]


def test_low_capaian_needs_a_hambatan_for_its_kegiatan():
    assert _rules(jalankan(_facts())) == ["capaian-rendah-tanpa-hambatan"]
    explained = _facts(hambatan=[facts.Hambatan(1, "1000", "Aspek")])
    assert jalankan(explained) == []


def test_the_threshold_is_the_satkers():
    assert jalankan(_facts(ambang_capaian=D(70))) == []


def test_a_recorded_revision_explains_different_pagu():
    pk = facts.Perjanjian(
        "PK", "unit", "PK uji", (), (facts.AnggaranPerjanjian("1000", None, "x", D(120)),)
    )
    conflicting = _facts(perjanjian=[pk], pagu=[facts.Pagu("1000", "laporan", D(100), "lap")])
    assert "pagu-berbeda-tanpa-revisi" in _rules(jalankan(conflicting))
    revised = _facts(perjanjian=[pk], pagu=[facts.Pagu("1000", "revisi", D(100), "revisi")])
    assert "pagu-berbeda-tanpa-revisi" not in _rules(jalankan(revised))


def test_a_valid_printed_nip_is_quiet_and_an_invalid_one_is_not():
    valid = facts.Perjanjian(
        "PK", "unit", "PK uji", pihak=(("pihak pertama", "Abdul Aziz", "19830729 200902 1 004"),)
    )
    invalid = facts.Perjanjian(
        "PK", "unit", "PK uji", pihak=(("pihak kedua", "X", "19831329 200902 1 004"),)
    )
    assert "nilai-tidak-sah" not in _rules(jalankan(_facts(perjanjian=[valid])))
    (finding,) = [
        f for f in jalankan(_facts(perjanjian=[invalid])) if f.aturan == "nilai-tidak-sah"
    ]
    assert "Tanggal lahir" in finding.pesan


def test_stated_capaian_matching_at_two_decimals_is_quiet():
    row = facts.Pengukuran(
        "A", Target(D(90)), D(85), "dilaporkan", hitung_capaian(D(90), D(85)), D("94.44"), "uji"
    )
    quiet = _facts(pengukuran={"A": row}, hambatan=[facts.Hambatan(1, "1000", "x")])
    assert "capaian-tercatat-salah" not in _rules(jalankan(quiet))
