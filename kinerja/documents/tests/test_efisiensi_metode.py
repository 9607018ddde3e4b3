"""BAB III's efficiency per sasaran and its statement of method, on hand-made satker-years:
efficiency is claimed only where the target is met and the budget did not outrun the result,
nothing is said without a pagu; the rules and the scale stated are the ones that measured."""

from kinerja.documents.efisiensi import kalimat_efisiensi, tabel_efisiensi
from kinerja.documents.isi import Paragraf, Tabel
from kinerja.documents.metode import metode_bab_tiga
from kinerja.measurement.pengukuran import hitung_pengukuran
from kinerja.measurement.scales import PERMENPANRB_88_2021
from kinerja.measurement.tests.snapshots import (
    anggaran,
    baris,
    belanja,
    indikator,
    pagu,
    satker_tahun,
)


def _sasaran(nilai: str, *, pagu_jumlah: str | None, spent: str | None):
    budget = anggaran(
        "K1",
        riwayat=(pagu(pagu_jumlah),) if pagu_jumlah else (),
        realisasi=(belanja("tahunan", spent),) if spent else (),
    )
    snapshot = satker_tahun(
        indikator(kegiatan_kode="K1", kegiatan_nama="Kegiatan K1"),
        realisasi={1: [baris(nilai=nilai)]},
        target_berlaku={1: "100"},
        anggaran=[budget],
    )
    return hitung_pengukuran(snapshot).sasaran[0]


def test_a_met_target_with_budget_left_is_efficient_and_says_how_much_was_left():
    group = _sasaran("100", pagu_jumlah="1000000", spent="900300")
    assert kalimat_efisiensi(group) == (
        "Capaian sasaran 100,00% dicapai dengan serapan anggaran 90,03%; efisiensinya "
        "(capaian − serapan) 9,97 poin persen: target tercapai dengan serapan yang tidak "
        "melebihi capaian, sehingga penggunaan anggaran efisien, dengan sisa anggaran "
        "Rp 99.700."
    )


def test_a_budget_absorbed_beyond_the_result_is_not_efficient():
    group = _sasaran("100", pagu_jumlah="1000000", spent="1006800")
    sentence = kalimat_efisiensi(group)
    assert "efisiensinya (capaian − serapan) -0,68 poin persen" in sentence
    assert sentence.endswith("sehingga penggunaan anggaran belum efisien.")


def test_an_unmet_target_claims_no_efficiency_however_little_was_spent():
    group = _sasaran("90", pagu_jumlah="1000000", spent="500000")
    sentence = kalimat_efisiensi(group)
    assert sentence == (
        "Target sasaran ini belum tercapai (capaian 90,00%, serapan anggaran 50,00%), sehingga "
        "efisiensi penggunaan anggaran tidak dapat dinyatakan."
    )
    assert " efisien," not in sentence
    assert "efisien." not in sentence


def test_a_met_target_with_nothing_spent_is_not_called_efficient():
    # The demo's kegiatan 6981: pagu Rp 4.000, realisation Rp 0, target met.
    group = _sasaran("100", pagu_jumlah="4000", spent="0")
    assert kalimat_efisiensi(group) == (
        "Capaian sasaran ini 100,00% tanpa realisasi anggaran yang tercatat (pagu Rp 4.000 "
        "tidak terserap), sehingga efisiensi penggunaan anggaran tidak dinyatakan."
    )


def test_without_a_pagu_nothing_is_said_and_the_table_leaves_the_sasaran_out():
    group = _sasaran("100", pagu_jumlah=None, spent="500000")
    assert kalimat_efisiensi(group) == ""
    assert tabel_efisiensi([group], "Tabel 3.9 Efisiensi") is None


def test_a_pagu_without_realisation_is_not_yet_assessed():
    group = _sasaran("100", pagu_jumlah="1000000", spent=None)
    assert kalimat_efisiensi(group) == (
        "Efisiensi belum dapat dinilai: realisasi anggaran sasaran ini belum tercatat."
    )


def test_the_efficiency_table_holds_the_figures_of_the_sentence():
    group = _sasaran("100", pagu_jumlah="1000000", spent="900300")
    table = tabel_efisiensi([group], "Tabel 3.9 Efisiensi")
    assert table.baris == (
        (group.label, "100,00%", "Rp 1.000.000", "Rp 900.300", "90,03%", "9,97"),
    )


def test_an_efficiency_of_zero_or_with_a_trailing_zero_prints_two_decimals_like_any_other():
    # Capaian 100% with the whole pagu spent: 0 points, printed "0" before, beside "9,97".
    even = _sasaran("100", pagu_jumlah="1000000", spent="1000000")
    tenths = _sasaran("100", pagu_jumlah="1000000", spent="905000")
    assert "efisiensinya (capaian − serapan) 0,00 poin persen: target tercapai" in (
        kalimat_efisiensi(even)
    )
    assert "(capaian − serapan) 9,50 poin persen" in kalimat_efisiensi(tenths)
    table = tabel_efisiensi([even, tenths], "Tabel 3.9 Efisiensi")
    assert [row[5] for row in table.baris] == ["0,00", "9,50"]


def test_the_efficiency_table_prints_no_figure_where_the_sentence_claims_none():
    # The demo printed 8,12 points for 6709 (target not met) and 100 for 6981 (nothing spent)
    # under a paragraph saying efficiency is stated only for a met target.
    unmet = _sasaran("90", pagu_jumlah="1000000", spent="500000")
    unspent = _sasaran("100", pagu_jumlah="4000", spent="0")
    overspent = _sasaran("100", pagu_jumlah="1000000", spent="1006800")
    table = tabel_efisiensi([unmet, unspent, overspent], "Tabel 3.9 Efisiensi")
    assert [row[5] for row in table.baris] == ["–", "–", "-0,68"]
    assert [row[1] for row in table.baris] == ["90,00%", "100,00%", "100,00%"]


def test_the_method_states_each_rule_used_once_the_cap_and_the_scale_of_the_settings():
    snapshot = satker_tahun(
        indikator(1),
        indikator(2),
        indikator(3, polaritas="turun", satuan="hari"),
        realisasi={1: [baris(nilai="90")], 2: [baris(nilai="100")], 3: [baris(nilai="4")]},
        target_berlaku={1: "100", 2: "100", 3: "5"},
        skala=PERMENPANRB_88_2021,
        plafon="120",
    )
    blocks = metode_bab_tiga(hitung_pengukuran(snapshot), "Tabel 3.1 Skala predikat capaian")
    text = " ".join(block.teks for block in blocks if isinstance(block, Paragraf))
    assert (
        "capaian = realisasi ÷ target × 100% (semakin tinggi semakin baik), plafon 120% "
        "(2 indikator); capaian = (2 × target − realisasi) ÷ target × 100%, paling rendah 0% "
        "(semakin rendah semakin baik), plafon 120% (1 indikator)." in text
    )
    assert PERMENPANRB_88_2021.nama in text
    # The scale's source note is for the settings page, not a sentence of the report.
    assert PERMENPANRB_88_2021.sumber not in text
    scale = next(block for block in blocks if isinstance(block, Tabel))
    assert scale.judul == "Tabel 3.1 Skala predikat capaian"
    assert len(scale.baris) == len(PERMENPANRB_88_2021.pita)
    top = scale.baris[0]
    assert top[0] == "AA"
    assert top[2] == "> 90 dan ≤ 100"


def test_a_kegiatan_counted_under_another_sasaran_is_named_not_added():
    from kinerja.documents.kalimat import kalimat_anggaran_bersama

    snapshot = satker_tahun(
        indikator(
            1,
            kegiatan_kode="K1",
            kegiatan_nama="Satu",
            sasaran_id=1,
            sasaran_nomor=1,
            sasaran_uraian="Pemilu lancar",
        ),
        indikator(2, kegiatan_kode="K1", kegiatan_nama="Satu"),
        anggaran=[anggaran("K1", riwayat=(pagu("1000000"),))],
    )
    linked, unlinked = hitung_pengukuran(snapshot).sasaran
    assert kalimat_anggaran_bersama(linked) == []
    assert kalimat_anggaran_bersama(unlinked) == [
        "Anggaran kegiatan Kegiatan K1 (K1) tidak dihitung pada bagian ini: anggaran tersebut "
        "dihitung pada Sasaran 1: Pemilu lancar, yang juga didukung indikator kegiatan itu."
    ]
    # The efficiency table counts the pagu once, under the sasaran that holds it.
    table = tabel_efisiensi([linked, unlinked], "Tabel 3.9")
    assert [row[0] for row in table.baris] == ["Sasaran 1: Pemilu lancar"]
    assert table.baris[0][2] == "Rp 1.000.000"
