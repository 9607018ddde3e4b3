"""Predicates, scales and caps on small hand-made facts: predikat-tercatat-salah,
pengaturan-tercatat-beda and skala-bermasalah."""

from kinerja.evaluation.tests.builders import D, fakta, ringkas, temuan, tercatat
from kinerja.measurement.scales import LAN_4_PITA, PERMENPANRB_88_2021, Pita, Skala, periksa_skala

# --- predikat-tercatat-salah ------------------------------------------------------------------


def test_a_sakip_score_called_by_another_predicate_is_reported():
    # The published BAB IV.B no. 4: 71,2 called "B"; PermenPANRB 88/2021 gives BB.
    stated = tercatat("nilai_sakip", "BAB IV.B", label="no. 4", nilai="71.2", teks="B")
    (finding,) = temuan(fakta(nilai_tercatat=[stated]), "predikat-tercatat-salah")
    assert ringkas(finding) == (
        "predikat-tercatat-salah",
        "galat",
        "BAB IV.B",
        "no. 4",
        "B",
        "BB",
    )
    assert finding.pesan == (
        'BAB IV.B: nilai 71,2 disebut berpredikat "B"; menurut PermenPANRB 88/2021 (predikat '
        "evaluasi AKIP) predikatnya BB (Sangat Baik)."
    )


def test_a_sakip_score_at_a_band_boundary_takes_the_lower_band():
    # "batas bawah tidak termasuk": 70,00 is B, 70,01 is BB.
    assert (
        temuan(
            fakta(nilai_tercatat=[tercatat("nilai_sakip", nilai=70, teks="B")]),
            "predikat-tercatat-salah",
        )
        == []
    )
    assert (
        temuan(
            fakta(nilai_tercatat=[tercatat("nilai_sakip", nilai="71.2", teks=" BB ")]),
            "predikat-tercatat-salah",
        )
        == []
    )
    (finding,) = temuan(
        fakta(nilai_tercatat=[tercatat("nilai_sakip", nilai="70.01", teks="B")]),
        "predikat-tercatat-salah",
    )
    assert finding.seharusnya == "BB"


def test_a_satker_capaian_category_other_than_its_band_on_the_satkers_scale_is_reported():
    # The published BAB IV: "Berhasil"; 99,58% is "Sangat Berhasil" on the LAN scale.
    stated = tercatat("kategori", "BAB IV", label="Kategori capaian", teks="Berhasil")
    data = fakta(capaian_satker=D("99.58"), nilai_tercatat=[stated])
    (finding,) = temuan(data, "predikat-tercatat-salah")
    assert ringkas(finding) == (
        "predikat-tercatat-salah",
        "galat",
        "BAB IV",
        "Kategori capaian",
        "Berhasil",
        "Sangat Berhasil",
    )
    assert finding.pesan == (
        'BAB IV menggolongkan capaian satker "Berhasil"; capaian yang dihitung 99,58% menurut '
        f'{LAN_4_PITA.nama} tergolong "Sangat Berhasil".'
    )


def test_a_category_matching_regardless_of_case_or_a_satker_not_assessed_is_quiet():
    stated = tercatat("kategori", teks="sangat berhasil")
    assert (
        temuan(fakta(capaian_satker=D("99.58"), nilai_tercatat=[stated]), "predikat-tercatat-salah")
        == []
    )
    assert (
        temuan(fakta(capaian_satker=None, nilai_tercatat=[stated]), "predikat-tercatat-salah") == []
    )
    # 85 is "Berhasil" on the LAN scale (Sangat Berhasil is above 85).
    at_85 = tercatat("kategori", teks="Berhasil")
    assert (
        temuan(fakta(capaian_satker=D(85), nilai_tercatat=[at_85]), "predikat-tercatat-salah") == []
    )
    on_another_scale = fakta(
        skala=PERMENPANRB_88_2021,
        capaian_satker=D(85),
        nilai_tercatat=[tercatat("kategori", teks="Berhasil")],
    )
    (finding,) = temuan(on_another_scale, "predikat-tercatat-salah")
    assert finding.seharusnya == "A"


# --- pengaturan-tercatat-beda -----------------------------------------------------------------


def test_a_stated_scale_other_than_the_one_measured_with_is_reported():
    stated = tercatat("skala", "BAB IV", label="Skala kategori capaian", teks="PermenPANRB 88/2021")
    (finding,) = temuan(fakta(nilai_tercatat=[stated]), "pengaturan-tercatat-beda")
    assert ringkas(finding) == (
        "pengaturan-tercatat-beda",
        "peringatan",
        "BAB IV",
        "Skala kategori capaian",
        "PermenPANRB 88/2021",
        LAN_4_PITA.nama,
    )
    assert finding.pesan == (
        f'BAB IV menyatakan skala "PermenPANRB 88/2021"; pengukuran memakai {LAN_4_PITA.nama}.'
    )


def test_a_stated_scale_named_as_the_one_measured_with_is_quiet():
    # The published BAB IV: "LAN", the scale the demo measures with.
    for words in (
        "LAN",
        " lan ",
        "lan-4-pita",
        "",
        "skala LAN",
        "skala pengukuran yang ditentukan oleh Lembaga Administrasi Negara",
    ):
        stated = tercatat("skala", teks=words)
        assert temuan(fakta(nilai_tercatat=[stated]), "pengaturan-tercatat-beda") == [], words
    # A word that merely contains the name is not the name.
    stated = tercatat("skala", teks="skala kelanjutan")
    assert len(temuan(fakta(nilai_tercatat=[stated]), "pengaturan-tercatat-beda")) == 1


def test_a_stated_cap_other_than_the_satkers_is_reported():
    stated = tercatat("plafon", "BAB III", label="Plafon capaian", nilai=100)
    (finding,) = temuan(fakta(nilai_tercatat=[stated]), "pengaturan-tercatat-beda")
    assert ringkas(finding)[2:] == ("BAB III", "Plafon capaian", "100%", "tanpa plafon")
    assert finding.pesan == (
        "BAB III menyatakan plafon capaian 100%; pengukuran memakai tanpa plafon."
    )
    (finding,) = temuan(fakta(plafon=D(110), nilai_tercatat=[stated]), "pengaturan-tercatat-beda")
    assert finding.seharusnya == "plafon 110%"


def test_a_stated_cap_equal_to_the_satkers_is_quiet():
    stated = tercatat("plafon", nilai="120.0000")
    assert temuan(fakta(plafon=D(120), nilai_tercatat=[stated]), "pengaturan-tercatat-beda") == []


# --- skala-bermasalah -------------------------------------------------------------------------

# The LAN scale changed after it was chosen: "Berhasil" now ends at 84 and "Cukup Berhasil" at 71.
FLAWED = Skala(
    "lan-diubah",
    "Skala LAN diubah",
    "uji",
    (
        Pita("Sangat Berhasil", "", D(85), False, None, False),
        Pita("Berhasil", "", D(70), True, D(84), True),
        Pita("Cukup Berhasil", "", D(55), True, D(71), False),
        Pita("Tidak Berhasil", "", None, False, D(55), False),
    ),
)


def test_each_problem_of_the_satkers_scale_is_reported():
    data = fakta(skala=FLAWED, masalah_skala=tuple(periksa_skala(FLAWED)))
    findings = temuan(data, "skala-bermasalah")
    assert [ringkas(finding) for finding in findings] == [
        ("skala-bermasalah", "galat", "Pengaturan pengukuran", "lan-diubah", None, None),
    ] * 2
    assert [finding.pesan for finding in findings] == [
        "Skala predikat satker (Skala LAN diubah) cacat: Tumpang tindih: nilai 70 sampai di "
        "bawah 71 masuk pita Berhasil dan Cukup Berhasil",
        "Skala predikat satker (Skala LAN diubah) cacat: Celah: nilai di atas 84 sampai dengan "
        "85 tidak masuk pita mana pun",
    ]


def test_a_sound_scale_is_quiet():
    data = fakta(masalah_skala=tuple(periksa_skala(LAN_4_PITA)))
    assert temuan(data, "skala-bermasalah") == []
