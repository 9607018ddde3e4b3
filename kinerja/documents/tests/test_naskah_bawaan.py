"""The default narrative texts (kinerja.documents.naskah_bawaan) on small hand-made facts: they
state the figures as given, name the indicators below target, never another year, and say
plainly what the data does not hold."""

import re
from decimal import Decimal

from kinerja.documents import naskah_bawaan as bawaan
from kinerja.documents.naskah_bawaan import FaktaNaskah

FAKTA = FaktaNaskah(
    nama="Sekretariat KPU Kota Uji",
    tahun=2024,
    jumlah_indikator=4,
    tercapai=2,
    belum_tercapai=("Persentase bimtek KPPS", "Persentase logistik tepat waktu"),
    tidak_dinilai=0,
    capaian=Decimal("96.125"),
    predikat="Sangat Baik",
    skala="Skala Uji",
    pagu=Decimal(1_748_912_000),
    realisasi=Decimal(1_746_500_000),
    serapan=Decimal("99.8620"),
    renstra=(2020, 2024),
    unit=("Subbagian Keuangan, Umum dan Logistik", "Subbagian Hukum"),
    anggota=5,
)


def test_the_ikhtisar_states_the_capaian_the_counts_the_unmet_indicators_and_the_budget():
    text = bawaan.ikhtisar_eksekutif(FAKTA)
    assert "Rencana Strategis 2020–2024 dan Perjanjian Kinerja Tahun 2024" in text
    assert "Capaian kinerja tahun 2024 sebesar 96,13% dengan predikat Sangat Baik menurut " in text
    assert "Dari 4 indikator kinerja, 2 mencapai targetnya dan 2 belum." in text
    assert (
        "Indikator yang belum mencapai target: “Persentase bimtek KPPS” dan “Persentase "
        "logistik tepat waktu”." in text
    )
    assert "sebesar Rp 1.746.500.000 dari pagu Rp 1.748.912.000 (99,86%)." in text


def test_the_ikhtisar_says_what_is_missing_instead_of_inventing_it():
    empty = FaktaNaskah(nama="Sekretariat KPU Kota Kosong", tahun=2025, jumlah_indikator=2,
                        tidak_dinilai=2)  # fmt: skip
    text = bawaan.ikhtisar_eksekutif(empty)
    assert "belum dapat dihitung: belum ada indikator yang dinilai." in text
    assert "2 tidak dinilai" in text
    assert "Pagu anggaran tahun 2025 belum dicatat." in text
    assert "Rencana Strategis" not in text
    assert "Rp" not in text
    assert "%" not in text


def test_the_kata_pengantar_names_the_satker_and_never_a_wrong_year():
    for year in (2019, 2024, 2031):
        facts = FaktaNaskah(nama="Sekretariat KPU Kota Uji", tahun=year)
        text = bawaan.kata_pengantar(facts)
        assert f"Laporan Kinerja Sekretariat KPU Kota Uji Tahun {year}" in text
        # Besides the report's year and the next, only the regulations' year (2014) appears.
        assert set(re.findall(r"\b(?:19|20)\d\d\b", text)) <= {str(year), str(year + 1), "2014"}


def test_every_default_speaks_of_the_reports_year_only():
    for section, text in bawaan.bawaan(FAKTA).items():
        years = set(re.findall(r"\b(?:19|20)\d\d\b", text))
        # The isu strategis is drawn from the hambatan of the year before, and says so.
        before = {"2023"} if section == bawaan.ISU_STRATEGIS else set()
        assert years <= {"2014", "2020", "2024", "2025", *before}, section


def test_the_isu_strategis_lists_last_years_hambatan_or_says_it_is_not_written():
    facts = FaktaNaskah(
        nama="Sekretariat KPU Kota Uji", tahun=2024,
        hambatan_lalu=(
            bawaan.FaktaHambatan("Logistik", "Distribusi terlambat.", "Dimajukan."),
            bawaan.FaktaHambatan("SDM", "Operator kurang", ""),
        ),
    )  # fmt: skip
    assert bawaan.paragraf(bawaan.isu_strategis(facts)) == [
        "Isu strategis yang dihadapi Sekretariat KPU Kota Uji pada tahun 2024 bertolak dari "
        "hambatan yang tercatat pada tahun 2023:",
        "1. Logistik: Distribusi terlambat.",
        "2. SDM: Operator kurang",
    ]
    text = bawaan.isu_strategis(FAKTA)
    assert text == (
        "Isu strategis Sekretariat KPU Kota Uji tahun 2024 belum ditulis: belum ada hambatan "
        "tahun 2023 yang tercatat sebagai bahannya."
    )
    assert bawaan.belum_ditulis(text)


def test_a_sasarans_analysis_states_its_hambatan_and_upaya_or_that_it_is_not_written():
    recorded = bawaan.FaktaSasaran(
        "sasaran-7", "Sasaran 1: Pemilu tertib",
        (bawaan.FaktaHambatan("TPS", "Akses sulit", "Pengiriman lebih awal"),),
    )  # fmt: skip
    text = bawaan.analisis_sasaran(recorded, 2024)
    assert bawaan.paragraf(text) == [
        "Hambatan yang tercatat pada tahun 2024 dan upaya yang dilakukan:",
        "1. Faktor penghambat (TPS): Akses sulit. Upaya: Pengiriman lebih awal.",
    ]
    assert not bawaan.belum_ditulis(text)
    empty = bawaan.analisis_sasaran(bawaan.FaktaSasaran("kegiatan-3355", "Kegiatan X"), 2024)
    assert empty == (
        "Analisis penyebab keberhasilan atau kegagalan (faktor pendukung dan penghambat) serta "
        "upaya untuk Kegiatan X tahun 2024 belum ditulis."
    )
    assert bawaan.belum_ditulis(empty)
    facts = FaktaNaskah(nama="X", tahun=2024, sasaran=(recorded,))
    assert bawaan.bawaan(facts)["analisis_sasaran:sasaran-7"] == text


def test_the_sistematika_lists_every_chapter_in_order():
    lines = bawaan.paragraf(bawaan.sistematika(FAKTA))
    assert lines[0] == "Laporan Kinerja Tahun 2024 disusun dengan sistematika sebagai berikut:"
    assert [line.split(":")[0] for line in lines[1:]] == [
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN DAN PERJANJIAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
        "LAMPIRAN",
    ]


def test_the_tugas_fungsi_counts_the_units_and_the_members():
    text = bawaan.tugas_fungsi(FAKTA)
    assert "Komisi beranggotakan 5 orang" in text
    assert (
        "terdiri atas 2 unit kerja: Subbagian Keuangan, Umum dan Logistik; Subbagian Hukum." in text
    )
    assert bawaan.tugas_fungsi(FaktaNaskah(nama="X", tahun=2024)) == "Unit kerja X belum dicatat."


def test_the_fingerprint_follows_the_text():
    text = bawaan.ikhtisar_eksekutif(FAKTA)
    assert bawaan.sidik_teks(text) == bawaan.sidik_teks(bawaan.ikhtisar_eksekutif(FAKTA))
    changed = FaktaNaskah(**{**FAKTA.__dict__, "realisasi": Decimal(1_700_000_000)})
    assert bawaan.sidik_teks(text) != bawaan.sidik_teks(bawaan.ikhtisar_eksekutif(changed))
