import re
from decimal import Decimal

from kinerja.lke.bawaan import muat_lembar_88_2021
from kinerja.lke.lembar import AA_E, PERSPEKTIF, YA_TIDAK
from kinerja.lke.nilai import hitung, periksa_bobot
from kinerja.lke.usulan_bukti import USULAN

D = Decimal


def _kunci(kode: str) -> tuple:
    return tuple(int(bagian) if bagian.isdigit() else bagian for bagian in kode.split("."))


def test_the_88_2021_worksheet_passes_the_weights_check():
    assert periksa_bobot(muat_lembar_88_2021()) == []


def test_komponen_and_sub_komponen_carry_the_88_2021_weights():
    lembar = muat_lembar_88_2021()
    assert [(k.kode, k.bobot) for k in lembar.komponen] == [
        ("1", D(30)),
        ("2", D(30)),
        ("3", D(15)),
        ("4", D(25)),
    ]
    assert [s.bobot for k in lembar.komponen for s in k.sub] == [
        D(x) for x in ("6", "9", "15", "6", "9", "15", "3", "4.5", "7.5", "5", "7.5", "12.5")
    ]
    # 20/30/50% of every komponen, in the order keberadaan, kualitas, pemanfaatan.
    for komponen in lembar.komponen:
        assert [s.bobot / komponen.bobot for s in komponen.sub] == [D("0.2"), D("0.3"), D("0.5")]
        assert tuple(s.perspektif for s in komponen.sub) == PERSPEKTIF


def test_criteria_counts_follow_the_commonest_list_of_80():
    lembar = muat_lembar_88_2021()
    counts = {s.kode: len(s.kriteria) for k in lembar.komponen for s in k.sub}
    assert list(counts.values()) == [6, 11, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5]
    assert len(lembar.semua_kriteria()) == 80


def test_codes_are_unique_ordered_and_nested_under_their_sub_komponen():
    lembar = muat_lembar_88_2021()
    codes = [k.kode for k in lembar.semua_kriteria()]
    assert len(set(codes)) == len(codes)
    assert codes == sorted(codes, key=_kunci)
    for komponen in lembar.komponen:
        for sub in komponen.sub:
            assert sub.kode.startswith(komponen.kode + ".")
            for nomor, kriteria in enumerate(sub.kriteria, start=1):
                assert kriteria.kode == f"{sub.kode}.{nomor}"


def test_every_criterion_has_text_a_scale_guidance_evidence_and_a_source():
    for kriteria in muat_lembar_88_2021().semua_kriteria():
        assert kriteria.teks.endswith(".")
        assert kriteria.skala in (YA_TIDAK, AA_E)
        assert kriteria.panduan
        assert kriteria.bukti_diharapkan
        assert "[P1]" in kriteria.sumber


def test_graded_criteria_carry_the_letter_rules_of_their_perspective():
    lembar = muat_lembar_88_2021()
    sub_1b = lembar.komponen[0].sub[1]
    smart = next(k for k in sub_1b.kriteria if k.kode == "1.b.5")
    assert smart.skala is AA_E
    assert "upaya inovatif" in smart.panduan
    assert "(>75% - 100%)" in smart.panduan
    pedoman = lembar.komponen[0].sub[0].kriteria[0]
    assert pedoman.skala is YA_TIDAK
    assert pedoman.panduan.startswith("Y bila")


def test_disputed_wording_and_placement_are_marked_for_verification():
    lembar = muat_lembar_88_2021()
    ditandai = {k.kode for k in lembar.semua_kriteria() if k.teks_perlu_diverifikasi}
    assert {"1.a.2", "1.b.10", "3.b.3", "3.b.4", "3.b.5", "3.b.6", "3.b.7"} <= ditandai
    assert "1.a.1" not in ditandai
    for kriteria in lembar.semua_kriteria():
        if kriteria.teks_perlu_diverifikasi:
            assert kriteria.catatan, kriteria.kode


def test_mended_typos_of_the_source_are_stated_and_gone_from_the_text():
    lembar = muat_lembar_88_2021()
    teks = " ".join(k.teks for k in lembar.semua_kriteria())
    for salah in ("teribat", "realiasi", "akuntablitas", "rerkomendasi"):
        assert salah not in teks
        assert any(salah in k.catatan for k in lembar.semua_kriteria())


def test_prerequisites_point_to_earlier_criteria_of_the_worksheet():
    lembar = muat_lembar_88_2021()
    posisi = {k.kode: i for i, k in enumerate(lembar.semua_kriteria())}
    for kriteria in lembar.semua_kriteria():
        for kode in kriteria.prasyarat:
            assert posisi[kode] < posisi[kriteria.kode]
    laporan = [k.kode for k in lembar.semua_kriteria() if k.prasyarat == ("3.a.1",)]
    assert len(laporan) == 21  # every criterion of komponen 3 but 3.a.1 itself, as in [W]


def test_the_file_header_states_the_regulation_could_not_be_read():
    lembar = muat_lembar_88_2021()
    assert "tidak dapat dibaca" in lembar.catatan
    assert "scribd.com" in lembar.sumber
    assert re.search(r"github\.com/agusnurwanto/wp-eval-sakip", lembar.sumber)


def test_every_answer_at_the_top_scores_exactly_100_and_at_the_bottom_0():
    lembar = muat_lembar_88_2021()
    semua = lembar.semua_kriteria()
    atas = {k.kode: max(k.skala.pilihan, key=lambda p: p.nilai).kode for k in semua}
    bawah = {k.kode: min(k.skala.pilihan, key=lambda p: p.nilai).kode for k in semua}
    assert hitung(lembar, atas).total == D(100)
    assert hitung(lembar, bawah).total == D(0)


def test_the_worksheet_is_read_once():
    assert muat_lembar_88_2021() is muat_lembar_88_2021()


def test_every_criterion_proposed_evidence_from_records_exists_in_the_worksheet():
    codes = {k.kode for k in muat_lembar_88_2021().semua_kriteria()}
    assert set(USULAN) <= codes
