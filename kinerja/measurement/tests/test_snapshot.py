"""The budget of a kegiatan as it stands (putuskan_anggaran) and the satker's budget totals per
funding source (Pengukuran.total), on hand-made records."""

import dataclasses
import datetime
from decimal import Decimal

from kinerja.measurement.pengukuran import hitung_pengukuran
from kinerja.measurement.tests.snapshots import (
    anggaran,
    belanja,
    indikator,
    pagu,
    satker_tahun,
)

D = Decimal


# Pagu in force -------------------------------------------------------------------------------


def test_the_pagu_in_force_is_the_last_of_its_history():
    item = anggaran(
        riwayat=(pagu("1000", jenis="awal"), pagu("1200", "apbd", jenis="revisi")),
        pagu_pk=("900",),
    )
    assert item.pagu == 1200
    assert item.pagu_sumber_dana == "apbd"
    assert item.pagu_sumber == "Revisi"


def test_without_a_history_the_pagu_is_the_pk_amount_when_every_pk_agrees():
    item = anggaran(pagu_pk=("1000", "1000"))
    assert item.pagu == 1000
    assert item.pagu_sumber == "anggaran di PK"


def test_pks_that_disagree_give_no_pagu():
    item = anggaran(pagu_pk=("1000", "1100"))
    assert item.pagu is None
    assert item.pagu_sumber == ""
    assert item.serapan is None


def test_no_record_at_all_is_no_pagu_and_no_realisation_not_zero():
    item = anggaran()
    assert item.pagu is None
    assert item.realisasi is None
    assert item.realisasi_per_sumber_dana == {}


# Realisation -------------------------------------------------------------------------------


def test_period_rows_alone_are_summed():
    item = anggaran(realisasi=(belanja("tw1", "1000"), belanja("tw2", "2000")))
    assert item.realisasi == 3000
    assert item.realisasi_per_sumber_dana == {"apbn_dipa": D(3000)}
    assert item.realisasi_sumber == "jumlah TW I, TW II"


def test_the_annual_row_outranks_the_period_rows_of_its_funding_source_only():
    item = anggaran(
        realisasi=(
            belanja("tw1", "1000"),
            belanja("tahunan", "5000"),
            belanja("tw1", "300", "hibah"),
            belanja("tw2", "200", "hibah"),
        )
    )
    assert item.realisasi_per_sumber_dana == {"apbn_dipa": D(5000), "hibah": D(500)}
    assert item.realisasi == 5500
    assert item.realisasi_sumber == "tahunan; jumlah TW I, TW II"


def test_serapan_is_realisation_over_pagu():
    item = anggaran(
        riwayat=(pagu("4000"),), realisasi=(belanja("tw1", "1000"), belanja("tw2", "2000"))
    )
    assert item.serapan == 75
    assert anggaran(riwayat=(pagu("0"),), realisasi=(belanja("tw1", "5"),)).serapan is None


def test_the_funding_source_is_the_pagus_else_the_single_source_of_the_realisation():
    assert anggaran(riwayat=(pagu("1000", "apbd"),)).sumber_dana == "apbd"
    assert anggaran(pagu_pk=("1000",), realisasi=(belanja("tw1", "5", "hibah"),)).sumber_dana == (
        "hibah"
    )
    two_sources = (belanja("tw1", "5", "hibah"), belanja("tw1", "5", "apbd"))
    assert anggaran(pagu_pk=("1000",), realisasi=two_sources).sumber_dana == ""
    assert anggaran(riwayat=(pagu("1000", "apbn_dipa"),)).sumber_dana_label == "APBN (DIPA)"


# Pagu per KRO --------------------------------------------------------------------------------


def test_a_pagu_kept_per_kro_is_the_sum_of_each_kros_last_figure():
    item = anggaran(
        riwayat=(
            pagu("800", jenis="awal", kro="EBA"),
            pagu("200", jenis="awal", kro="EBB"),
            pagu("900", jenis="revisi", kro="EBA"),  # replaces EBA's 800, not EBB's 200
        ),
        pagu_pk=("1000",),
    )
    assert item.pagu == 1100
    assert item.pagu_sumber == "jumlah pagu per KRO (EBA, EBB)"
    assert [(share.kode, share.jumlah) for share in item.pagu_per_kro] == [
        ("EBA", 900),
        ("EBB", 200),
    ]
    assert [row.jumlah for row in item.pagu_per_kro[0].riwayat] == [800, 900]
    assert item.pagu_masalah == ""


def test_a_pagu_of_the_whole_kegiatan_and_pagu_per_kro_are_never_added_together():
    item = anggaran(
        riwayat=(pagu("1000", jenis="awal"), pagu("400", jenis="awal", kro="EBA")),
        pagu_pk=("1000",),
    )
    # Neither 1400 (one counted twice) nor a guess at which is meant, nor the PK's amount.
    assert item.pagu is None
    assert item.serapan is None
    assert "seluruh kegiatan dan juga per KRO" in item.pagu_masalah
    assert item.pagu_per_kro == ()


def test_a_pagu_of_the_whole_kegiatan_has_no_kro_breakdown():
    item = anggaran(riwayat=(pagu("1000", jenis="awal"),))
    assert (item.pagu, item.pagu_per_kro, item.pagu_masalah) == (1000, (), "")


def test_kro_pagu_have_one_funding_source_only_when_they_all_agree():
    same = anggaran(riwayat=(pagu("1", "apbd", kro="EBA"), pagu("2", "apbd", kro="EBB")))
    assert same.sumber_dana == "apbd"
    mixed = anggaran(riwayat=(pagu("1", "apbd", kro="EBA"), pagu("2", "hibah", kro="EBB")))
    assert mixed.sumber_dana == ""


def test_up_to_a_quarter_a_kro_revision_counts_only_once_in_force():
    revised = dataclasses.replace(pagu("50", kro="EBA"), tanggal=datetime.date(2024, 8, 1))
    history = (pagu("40", jenis="awal", kro="EBA"), pagu("10", jenis="awal", kro="EBB"), revised)
    snapshot = satker_tahun(indikator(), anggaran=[anggaran(riwayat=history)])
    assert hitung_pengukuran(snapshot, sampai="tw2").total()[0] == D(50)
    assert hitung_pengukuran(snapshot).total()[0] == D(60)


# Totals of the satker ---------------------------------------------------------------------


def test_totals_per_funding_source_and_for_the_satker():
    snapshot = satker_tahun(
        indikator(),
        anggaran=[
            anggaran(
                "K1",
                riwayat=(pagu("4000", "apbn_dipa"),),
                realisasi=(belanja("tw1", "1000"), belanja("tw2", "2000")),
            ),
            anggaran(
                "K2",
                riwayat=(pagu("1000", "hibah"),),
                realisasi=(belanja("tahunan", "500", "hibah"),),
                kegiatan_id=2,
            ),
        ],
    )
    result = hitung_pengukuran(snapshot)
    assert result.total() == (D(5000), D(3500), D(70))
    assert result.total("apbn_dipa") == (D(4000), D(3000), D(75))
    assert result.total("hibah") == (D(1000), D(500), D(50))
    # No apbd record at all: no figure, not Rp 0.
    assert result.total("apbd") == (None, None, None)
    assert result.sumber_dana == ["apbn_dipa", "hibah"]


def test_a_pk_pagu_counts_under_the_funding_source_of_its_realisation():
    # The kegiatan table shows this kegiatan as APBN (DIPA); its pagu must not sit under
    # "Tidak disebutkan" while its realisation sits under APBN (DIPA).
    snapshot = satker_tahun(
        indikator(),
        anggaran=[anggaran("K1", pagu_pk=("4000",), realisasi=(belanja("tw1", "3000"),))],
    )
    result = hitung_pengukuran(snapshot)
    assert result.total("apbn_dipa") == (D(4000), D(3000), D(75))
    assert result.sumber_dana == ["apbn_dipa"]


def test_a_satker_without_any_budget_record_has_no_totals_not_zero():
    result = hitung_pengukuran(satker_tahun(indikator(), anggaran=[anggaran("K1")]))
    assert result.total() == (None, None, None)


# The budget as it stood at the end of a period (--sampai) ---------------------------------


def test_up_to_a_quarter_the_budget_counts_only_what_was_known_then():
    revised = dataclasses.replace(pagu("5000", jenis="revisi"), tanggal=datetime.date(2024, 8, 1))
    snapshot = satker_tahun(
        indikator(),
        anggaran=[
            anggaran(
                "K1",
                riwayat=(pagu("4000", jenis="awal"), revised),
                realisasi=(
                    belanja("tw1", "1000"),
                    belanja("tw2", "1500"),
                    belanja("tw3", "2000"),
                    belanja("tahunan", "4900"),
                ),
            )
        ],
    )
    whole_year = hitung_pengukuran(snapshot)
    assert whole_year.total() == (D(5000), D(4900), D(98))
    at_tw2 = hitung_pengukuran(snapshot, sampai="tw2")
    # The revision of August is not yet in force at the end of June; the annual row is not
    # known yet; TW I and TW II are.
    assert at_tw2.total() == (D(4000), D(2500), D("62.5"))
    assert at_tw2.anggaran[0].realisasi_sumber == "jumlah TW I, TW II"
    at_tw3 = hitung_pengukuran(snapshot, sampai="tw3")
    assert at_tw3.total() == (D(5000), D(4500), D(90))
    # Monthly reading: up to the end of August counts the revision dated 1 August.
    assert hitung_pengukuran(snapshot, sampai="b08").total()[0] == D(5000)
