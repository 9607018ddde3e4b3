"""The measurement of the demo satker, computed by Kinerja (never read from printed values)."""

import datetime
from decimal import Decimal

import pytest

from kinerja.budgets.models import Kegiatan, Pagu
from kinerja.core.formatting import format_persen
from kinerja.measurement.models import PengaturanPengukuran, Realisasi, SkalaPredikat
from kinerja.measurement.scales import PRESETS
from kinerja.measurement.selectors import pengukuran
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db
D = Decimal


@pytest.fixture
def result(prabumulih):
    return pengukuran(prabumulih, 2024)


def _row(result, kode):
    return next(row for row in result.baris if row.indikator.kode == kode)


def test_capaian_are_computed_not_copied(result):
    assert format_persen(_row(result, "6872-2").hasil.nilai) == "94,74%"  # printed 94,73
    assert format_persen(_row(result, "6709-3").hasil.nilai) == "94,44%"
    assert format_persen(_row(result, "3360-4").hasil.nilai) == "93,75%"
    assert _row(result, "6981-1").hasil.nilai == 100  # printed 0
    assert _row(result, "6872-2").hasil.aturan == "R/T×100 (semakin tinggi semakin baik)"


def test_pk_indicators_without_realisasi_are_not_assessed_and_not_averaged(result):
    row = _row(result, "6867-5")
    assert row.hasil.nilai is None
    assert row.status == "belum_dilaporkan"
    badan_adhoc = next(group for group in result.sasaran if "(6867)" in group.label)
    assert badan_adhoc.capaian == 100


def test_sasaran_and_satker_roll_up(result):
    assert len(result.sasaran) == 10
    first = result.sasaran[0]
    assert first.label.endswith("(6709)")
    assert format_persen(first.capaian) == "98,15%"
    assert format_persen(first.serapan) == "90,03%"
    # 98,15% is a target not met: no efficiency is claimed, on the page as in the report.
    assert first.efisiensi is None
    assert first.efisiensi_alasan == "target belum tercapai"
    assert format_persen(result.capaian) == "99,49%"
    assert result.predikat.predikat == "Sangat Berhasil"


def test_budget_totals_and_absorption(result):
    pagu, spent, absorbed = result.total()
    assert (pagu, spent) == (D("41661103000"), D("41579911818"))
    assert format_persen(absorbed) == "99,81%"
    assert format_persen(result.total("apbn_dipa")[2]) == "99,55%"
    item = next(item for item in result.anggaran if item.kode == "6709")
    assert item.pagu_pk == (D("822654000"), D("822654000"))
    assert item.pagu == D("551587000")


def test_comparisons_with_last_year_and_the_renstra_final_target(result):
    row = _row(result, "6709-1")
    assert row.realisasi_tahun_lalu == 95
    assert row.capaian_tahun_lalu == 100
    # 2023 comes from the Lampiran, 2024 from BAB III.A: two tables are not compared (mixing
    # them gave −5 and −10 where each table shows no change).
    assert row.selisih_tahun_lalu is None
    assert "sumber berbeda" in row.catatan_tahun_lalu
    assert _row(result, "6870-1").selisih_tahun_lalu is None
    assert row.tahun_akhir_renstra == 2024
    assert row.target_akhir_renstra.angka == 95
    assert _row(result, "6709-3").capaian_terhadap_renstra.quantize(D("0.01")) == D("94.44")


def test_a_pagu_revision_becomes_the_pagu_in_force(prabumulih):
    Pagu.objects.create(
        satker=prabumulih,
        kegiatan=Kegiatan.objects.get(kode="6709"),
        tahun=2024,
        jenis="revisi",
        jumlah=D("600000000"),
        tanggal=datetime.date(2024, 9, 1),
        alasan="Revisi POK",
        sumber="uji",
    )
    first = pengukuran(prabumulih, 2024).sasaran[0]
    assert first.pagu == D("600000000")
    assert format_persen(first.serapan) == "82,76%"


def test_quarters_roll_up_by_the_indicators_method(prabumulih):
    indikator = IndikatorKinerjaFactory(
        satker=prabumulih,
        kode="UJI-TW",
        kegiatan=Kegiatan.objects.get(kode="6709"),
        metode_agregasi="jumlah",
        satuan="dokumen",
    )
    for periode, nilai in [("tw1", "2"), ("tw2", "3"), ("tw4", "5")]:
        Realisasi.objects.create(
            indikator=indikator, tahun=2024, periode=periode, target=D(12), nilai=D(nilai)
        )
    Realisasi.objects.create(
        indikator=indikator, tahun=2024, periode="tw3", target=D(12), status="belum_dilaporkan"
    )
    from kinerja.planning.models import TargetTahunan

    TargetTahunan.objects.create(indikator=indikator, tahun=2024, target=D(12))
    row = _row(pengukuran(prabumulih, 2024), "UJI-TW")
    assert row.realisasi == 10
    assert row.target_sumber == "target tahunan Renstra"
    assert format_persen(row.hasil.nilai) == "83,33%"
    assert "(jumlah)" in row.realisasi_sumber


def test_not_executed_is_never_zero(prabumulih):
    realisasi = Realisasi.objects.get(indikator__kode="6981-1", tahun=2024)
    realisasi.status = "tidak_dilaksanakan"
    realisasi.nilai = None
    realisasi.alasan = "Bukan ranah KPU Kota Prabumulih"
    realisasi.save()
    result = pengukuran(prabumulih, 2024)
    row = _row(result, "6981-1")
    assert row.hasil.nilai is None
    assert "tidak dilaksanakan" in row.hasil.alasan.lower()
    group = next(group for group in result.sasaran if "(6981)" in group.label)
    assert group.capaian is None


def test_satker_settings_choose_cap_and_scale(prabumulih):
    PengaturanPengukuran.objects.filter(satker=prabumulih).update(
        plafon="100", skala=SkalaPredikat.objects.get(kode="permendagri-5-pita")
    )
    realisasi = Realisasi.objects.get(indikator__kode="6709-1", tahun=2024)
    realisasi.nilai = D(114)
    realisasi.save()
    result = pengukuran(prabumulih, 2024)
    row = _row(result, "6709-1")
    assert row.hasil.nilai == 100
    assert format_persen(row.hasil.nilai_tanpa_plafon) == "120,00%"
    assert row.predikat.predikat == "Sangat Tinggi"
    assert result.pengaturan.skala.kode == "permendagri-5-pita"


def test_preset_scales_in_the_database_match_the_code(db):
    for preset in PRESETS:
        assert SkalaPredikat.objects.get(kode=preset.kode).to_skala() == preset


def test_measurement_queries_are_bounded(prabumulih, django_assert_max_num_queries):
    # 17 for the reading layer, and the satker's data version (the cache key).
    with django_assert_max_num_queries(18):
        pengukuran(prabumulih, 2024)


def test_a_misconfigured_indicator_is_not_assessed_instead_of_breaking_the_page(prabumulih):
    from kinerja.planning.models import IndikatorKinerja

    IndikatorKinerja.objects.filter(satker=prabumulih, kode="6709-3").update(polaritas="rentang")
    IndikatorKinerja.objects.filter(satker=prabumulih, kode="6709-2").update(
        polaritas="stabil", batas_atas=D(50)
    )
    result = pengukuran(prabumulih, 2024)
    assert "batas atas" in _row(result, "6709-3").hasil.alasan
    assert _row(result, "6709-2").hasil.kode_aturan == "aturan_tidak_sah"
    assert _row(result, "6709-1").hasil.nilai == 100
