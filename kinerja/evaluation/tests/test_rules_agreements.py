"""Agreement and plan rules on small hand-made facts: the signed PKs, their lines and targets,
the RKT, and PKs restated in the report body."""

from kinerja.evaluation.tests.builders import baris, diukur, fakta, pk, ringkas, temuan, tercatat

PK_SATKER = "Lampiran: PK Sekretaris–Ketua"

# --- indikator-diukur-tanpa-pk ----------------------------------------------------------------


def test_an_indicator_measured_but_absent_from_the_signed_satker_pk_is_reported():
    measured = diukur("6867-1", 100, 100, nama="Persentase pelantikan PPK sesuai jadwal")
    data = fakta(measured, diukur("6709-1"), perjanjian=[pk(baris(1, "6709-1", 100))])
    (finding,) = temuan(data, "indikator-diukur-tanpa-pk")
    assert ringkas(finding) == (
        "indikator-diukur-tanpa-pk",
        "peringatan",
        "BAB III.A",
        "6867-1",
        None,
        None,
    )
    assert finding.pesan == (
        "Indikator 6867-1 Persentase pelantikan PPK sesuai jadwal diukur (BAB III.A) tetapi "
        "tidak tercantum di PK satker yang ditandatangani."
    )


def test_a_qualitative_realisation_counts_as_measured_and_a_unit_pk_does_not_count():
    opinion = diukur("3355-4", "WTP", None, realisasi_teks="WTP", sumber="BAB III.B")
    unit = pk(baris(1, "3355-4", "WTP"), tingkat="unit", sumber="PK Subbagian Keuangan")
    data = fakta(opinion, perjanjian=[pk(baris(1, "6709-1", 100)), unit])
    (finding,) = temuan(data, "indikator-diukur-tanpa-pk")
    assert (finding.tabel, finding.baris) == ("BAB III.B", "3355-4")


def test_a_realisation_recorded_without_a_source_is_located_in_the_measurement():
    data = fakta(diukur("6867-1", sumber=""), perjanjian=[pk(baris(1, "6709-1", 100))])
    (finding,) = temuan(data, "indikator-diukur-tanpa-pk")
    assert (finding.tabel, finding.baris) == ("Pengukuran", "6867-1")
    assert finding.pesan == (
        "Indikator 6867-1 Indikator 6867-1 diukur tetapi tidak tercantum di PK satker yang "
        "ditandatangani."
    )


def test_an_indicator_in_the_pk_or_without_realisation_or_without_any_pk_is_quiet():
    unmeasured = diukur("6867-1", 100, None, status="belum_dilaporkan")
    data = fakta(diukur("6709-1"), unmeasured, perjanjian=[pk(baris(1, "6709-1", 100))])
    assert temuan(data, "indikator-diukur-tanpa-pk") == []
    # Without a signed satker PK there is nothing to compare with.
    assert temuan(fakta(diukur("6867-1")), "indikator-diukur-tanpa-pk") == []


# --- indikator-pk-tidak-diukur ----------------------------------------------------------------


def test_a_pk_indicator_without_realisation_is_reported_at_its_pk_line():
    not_reported = diukur("6709-2", 95, None, status="belum_dilaporkan")
    lines = (baris(1, "6709-1", 100), baris(2, "6709-2", 95), baris(4, "6872-4", 100))
    data = fakta(diukur("6709-1"), not_reported, perjanjian=[pk(*lines)])
    findings = temuan(data, "indikator-pk-tidak-diukur")
    assert [ringkas(finding) for finding in findings] == [
        ("indikator-pk-tidak-diukur", "peringatan", PK_SATKER, "baris 2", None, None),
        ("indikator-pk-tidak-diukur", "peringatan", PK_SATKER, "baris 4", None, None),
    ]
    assert findings[0].pesan == (
        "Indikator PK 6709-2 Indikator 6709-2 (target 95) tidak memiliki realisasi tahun 2024."
    )
    # An indicator Kinerja does not measure at all is named by its code.
    assert findings[1].pesan.startswith("Indikator PK 6872-4 (target 100) tidak memiliki")


def test_a_pk_indicator_with_a_realisation_in_words_or_only_in_a_unit_pk_is_quiet():
    opinion = diukur("3355-4", "WTP", None, realisasi_teks="WTP")
    unit = pk(baris(1, "3355-9", 100), tingkat="unit", sumber="PK Subbagian Keuangan")
    data = fakta(opinion, perjanjian=[pk(baris(1, "3355-4", "WTP")), unit])
    assert temuan(data, "indikator-pk-tidak-diukur") == []


# --- target-pk-beda-rkt -----------------------------------------------------------------------


def test_a_pk_target_other_than_the_rkt_target_is_reported():
    data = fakta(
        diukur("6709-1", 95, 95),
        rkt=[baris(3, "6709-1", 95, dokumen="RKT 2024")],
        perjanjian=[pk(baris(1, "6709-1", 100))],
    )
    (finding,) = temuan(data, "target-pk-beda-rkt")
    assert ringkas(finding) == (
        "target-pk-beda-rkt",
        "peringatan",
        PK_SATKER,
        "baris 1",
        "100",
        "95",
    )
    assert finding.pesan == "Target 6709-1 Indikator 6709-1 di PK (100) berbeda dengan RKT (95)."


def test_the_same_target_in_pk_and_rkt_or_an_indicator_outside_the_rkt_is_quiet():
    data = fakta(
        rkt=[baris(3, "6709-1", "95.0000", dokumen="RKT 2024")],
        perjanjian=[pk(baris(1, "6709-1", 95), baris(2, "6867-1", 100))],
    )
    assert temuan(data, "target-pk-beda-rkt") == []


def test_written_targets_are_compared_as_written():
    data = fakta(
        rkt=[baris(1, "3355-4", "WTP", dokumen="RKT 2024")],
        perjanjian=[pk(baris(1, "3355-4", "WDP"))],
    )
    (finding,) = temuan(data, "target-pk-beda-rkt")
    assert (finding.tercatat, finding.seharusnya) == ("WDP", "WTP")


# --- target-pk-beda-terukur -------------------------------------------------------------------


def test_a_realisation_measured_against_another_target_than_the_pks_is_reported():
    # The published 3355-5: measured against 95 in BAB III.A, PK target 100.
    data = fakta(diukur("3355-5", 95, 95), perjanjian=[pk(baris(5, "3355-5", 100))])
    (finding,) = temuan(data, "target-pk-beda-terukur")
    assert ringkas(finding) == (
        "target-pk-beda-terukur",
        "peringatan",
        "BAB III.A",
        "3355-5",
        "95",
        "100",
    )
    assert finding.pesan == (
        "3355-5 Indikator 3355-5 diukur terhadap target 95 (BAB III.A), sedangkan target PK 100."
    )


def test_a_realisation_measured_against_the_pk_target_or_with_no_target_is_quiet():
    no_target = diukur("3355-6", None, 80)
    data = fakta(
        diukur("3355-5", "100.0000", 95),
        no_target,
        perjanjian=[pk(baris(5, "3355-5", 100), baris(6, "3355-6", 90))],
    )
    assert temuan(data, "target-pk-beda-terukur") == []


# --- target-unit-beda-induk -------------------------------------------------------------------


def test_a_unit_pk_line_with_a_target_other_than_its_parents_is_reported():
    # The published PK Subbagian Keuangan line 6: 3355-2 target 100, its parent 95.
    line = baris(6, "3355-2", 100, induk_target=baris(1, "3355-2", 95).target)
    unit = pk(line, tingkat="unit", sumber="PK Subbagian Keuangan")
    (finding,) = temuan(fakta(perjanjian=[unit]), "target-unit-beda-induk")
    assert ringkas(finding) == (
        "target-unit-beda-induk",
        "peringatan",
        "PK Subbagian Keuangan",
        "baris 6",
        "100",
        "95",
    )
    assert finding.pesan == (
        "Target 3355-2 di PK Subbagian Keuangan (100) berbeda dengan PK induknya (95)."
    )


def test_a_unit_pk_line_with_its_parents_target_or_no_parent_is_quiet():
    same = baris(6, "3355-2", 95, induk_target=baris(1, "3355-2", "95.0000").target)
    unit = pk(same, baris(7, "3355-3", 100), tingkat="unit", sumber="PK Subbagian Keuangan")
    assert temuan(fakta(perjanjian=[unit]), "target-unit-beda-induk") == []


# --- baris-pk-tanpa-induk ---------------------------------------------------------------------


def test_a_unit_pk_line_that_traces_nowhere_is_reported_with_why():
    problem = "tidak ada baris PK induk maupun baris RKT untuk indikator ini."
    line = baris(
        3,
        "6982-9",
        100,
        teks="Persentase Terelesaiannya Laporan Penetapan Hasil Pemilu Tahun 2024",
        masalah_telusur=problem,
    )
    unit = pk(line, baris(4, "6982-1", 100), tingkat="unit", sumber="PK Subbagian Perencanaan")
    (finding,) = temuan(fakta(perjanjian=[unit]), "baris-pk-tanpa-induk")
    assert ringkas(finding) == (
        "baris-pk-tanpa-induk",
        "galat",
        "PK Subbagian Perencanaan",
        "baris 3",
        None,
        None,
    )
    assert finding.pesan == (
        'Baris "Persentase Terelesaiannya Laporan Penetapan Hasil Pemilu Tahun 2024" di PK '
        "Subbagian Perencanaan tidak tertelusur: " + problem
    )


def test_pk_lines_that_trace_are_quiet():
    unit = pk(baris(4, "6982-1", 100), tingkat="unit", sumber="PK Subbagian Perencanaan")
    assert temuan(fakta(perjanjian=[unit]), "baris-pk-tanpa-induk") == []


# --- target-pk-tercatat-beda ------------------------------------------------------------------


def test_a_restated_pk_quoting_an_indicator_the_signed_pk_lacks_is_reported():
    quoted = tercatat(
        "target_pk",
        "BAB II.D",
        urutan=4,
        teks="Persentase pelantikan PPK sesuai jadwal",
        nilai=100,
    )
    data = fakta(perjanjian=[pk(baris(1, "6709-1", 100))], nilai_tercatat=[quoted])
    (finding,) = temuan(data, "target-pk-tercatat-beda")
    assert ringkas(finding) == (
        "target-pk-tercatat-beda",
        "peringatan",
        "BAB II.D",
        "baris 4",
        "Persentase pelantikan PPK sesuai jadwal",
        "tidak ada di PK",
    )
    assert finding.pesan == (
        'BAB II.D mengutip "Persentase pelantikan PPK sesuai jadwal" sebagai indikator PK, '
        "padahal indikator itu tidak ada di PK yang ditandatangani."
    )


def test_a_restated_pk_quoting_another_target_is_reported():
    quoted = tercatat("target_pk", "BAB II.D", urutan=2, indikator_kode="6709-1", nilai=95)
    data = fakta(
        diukur("6709-1"),
        perjanjian=[pk(baris(1, "6709-1", 100))],
        nilai_tercatat=[quoted],
    )
    (finding,) = temuan(data, "target-pk-tercatat-beda")
    assert ringkas(finding)[2:] == ("BAB II.D", "baris 2", "95", "100")
    assert finding.pesan == (
        "BAB II.D mengutip target 95 untuk 6709-1 Indikator 6709-1; PK yang ditandatangani 100."
    )


def test_a_faithful_restatement_or_one_without_a_signed_pk_is_quiet():
    quoted = tercatat("target_pk", "BAB II.D", indikator_kode="6709-1", nilai="100.0000")
    data = fakta(perjanjian=[pk(baris(1, "6709-1", 100))], nilai_tercatat=[quoted])
    assert temuan(data, "target-pk-tercatat-beda") == []
    unsigned = fakta(
        perjanjian=[pk(baris(1, "6709-1", 95), tingkat="unit")], nilai_tercatat=[quoted]
    )
    assert temuan(unsigned, "target-pk-tercatat-beda") == []


# --- pk-induk-diganti -------------------------------------------------------------------------


def test_a_unit_pk_cascaded_from_a_replaced_parent_pk_is_reported():
    parent = "PK Sekretaris–Ketua (versi 1, 25 Januari 2024)"
    replacement = "PK Sekretaris–Ketua (versi 2, 1 Juli 2024)"
    unit = pk(
        baris(1, "6709-1", 100),
        tingkat="unit",
        sumber="PK Subbagian Keuangan",
        induk_diganti=(parent, replacement),
    )
    data = fakta(perjanjian=[pk(baris(1, "6709-1", 100)), unit])
    (finding,) = temuan(data, "pk-induk-diganti")
    assert ringkas(finding) == (
        "pk-induk-diganti",
        "peringatan",
        "PK Subbagian Keuangan",
        "",
        parent,
        replacement,
    )
    assert finding.pesan == (
        f"PK Subbagian Keuangan diturunkan dari {parent}, yang sudah diganti {replacement}; "
        "revisi PK ini agar baris dan targetnya menurun dari PK induk yang berlaku."
    )


def test_a_parent_pk_not_in_force_and_not_replaced_is_named_so():
    unit = pk(tingkat="unit", sumber="PK Subbagian Umum", induk_diganti=("PK Sekretaris", ""))
    (finding,) = temuan(fakta(perjanjian=[unit]), "pk-induk-diganti")
    assert "yang tidak berlaku (belum ditandatangani atau sudah diganti)" in finding.pesan
    assert finding.seharusnya == "PK induk yang berlaku"


def test_a_pk_cascaded_from_the_parent_in_force_is_quiet():
    unit = pk(tingkat="unit", sumber="PK Subbagian Umum")
    assert temuan(fakta(perjanjian=[pk(), unit]), "pk-induk-diganti") == []
