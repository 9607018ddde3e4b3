"""Indicator wording on small hand-made facts: indikator-jumlah-bersatuan-persen and
indikator-disebut-tidak-diukur."""

from kinerja.evaluation.tests.builders import diukur, fakta, ringkas, temuan, tercatat

# --- indikator-jumlah-bersatuan-persen --------------------------------------------------------


def test_a_count_indicator_with_a_percentage_target_is_reported():
    # The published 3355-1.
    name = "Jumlah draft juklak/juknis pengelolaan keuangan di lingkungan KPU"
    (finding,) = temuan(fakta(diukur("3355-1", nama=name)), "indikator-jumlah-bersatuan-persen")
    assert ringkas(finding) == (
        "indikator-jumlah-bersatuan-persen",
        "peringatan",
        "Indikator",
        "3355-1",
        "%",
        "satuan cacah (dokumen, laporan, …) atau nama indikator persentase",
    )
    assert finding.pesan == (
        f'Indikator 3355-1 {name} menyebut "Jumlah" (cacah), tetapi targetnya dalam persen.'
    )


def test_the_name_is_read_without_regard_to_case_or_leading_spaces():
    data = fakta(diukur("3355-2", nama="  JUMLAH laporan keuangan", satuan=" % "))
    assert len(temuan(data, "indikator-jumlah-bersatuan-persen")) == 1


def test_a_count_in_units_or_a_percentage_of_a_count_is_quiet():
    data = fakta(
        diukur("3355-1", 2, 2, nama="Jumlah draft juklak/juknis", satuan="dokumen"),
        diukur("3355-2", nama="Persentase jumlah laporan yang tepat waktu"),
    )
    assert temuan(data, "indikator-jumlah-bersatuan-persen") == []


# --- indikator-disebut-tidak-diukur -----------------------------------------------------------

TAHAPAN = "Persentase Tahapan Pemilihan Tahun 2024 yang Dilaksanakan"


def test_prose_naming_an_indicator_not_measured_for_its_kegiatan_is_reported():
    # The published BAB III.B Sasaran 10: it names the voter-list indicator, 6639 measures the
    # stages of the election.
    named = "persentase KPU Kabupaten/Kota yang memutakhirkan data pemilih berkelanjutan"
    stated = tercatat("indikator", "BAB III.B Sasaran 10", kegiatan_kode="6639", teks=named)
    data = fakta(diukur("6639-1", nama=TAHAPAN), nilai_tercatat=[stated])
    (finding,) = temuan(data, "indikator-disebut-tidak-diukur")
    assert ringkas(finding) == (
        "indikator-disebut-tidak-diukur",
        "info",
        "BAB III.B Sasaran 10",
        "6639",
        named,
        None,
    )
    assert finding.pesan == (
        f'BAB III.B Sasaran 10 menyebut indikator "{named}" untuk kegiatan 6639, yang tidak '
        "diukur untuk kegiatan itu."
    )


def test_an_indicator_measured_for_another_kegiatan_does_not_count():
    stated = tercatat("indikator", kegiatan_kode="6639", teks=TAHAPAN)
    data = fakta(diukur("6982-1", nama=TAHAPAN), nilai_tercatat=[stated])
    assert len(temuan(data, "indikator-disebut-tidak-diukur")) == 1


def test_prose_naming_a_measured_indicator_in_part_or_in_full_is_quiet():
    for words in (
        TAHAPAN.upper(),
        "tahapan pemilihan tahun 2024",
        f"Capaian {TAHAPAN} mencapai 100%",
    ):
        stated = tercatat("indikator", kegiatan_kode="6639", teks=words)
        data = fakta(diukur("6639-1", nama=TAHAPAN), nilai_tercatat=[stated])
        assert temuan(data, "indikator-disebut-tidak-diukur") == [], words
