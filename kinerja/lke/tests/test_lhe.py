"""The LHE (Word, PDF) and the worksheet workbook: printed from the finalised snapshot, with
the scores per komponen and sub-komponen, the narratives, last year's comparison by criterion
code, the recommendations and the signer; re-rendered identically after any later change."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from openpyxl import load_workbook

from kinerja.lke import rekomendasi
from kinerja.lke.lhe_berkas import lembar_kerja_xlsx, lhe_docx
from kinerja.lke.lhe_data import data_lhe
from kinerja.lke.lhe_isi import dokumen_lhe
from kinerja.lke.models import JawabanLke, KriteriaLke, SubKomponenLke
from kinerja.lke.tests.hasil_bangun import (  # noqa: F401  (versi: a fixture)
    evaluasi_tahun_lalu,
    finalkan,
    lengkapi_lhe,
    pemeriksa,
    versi,
)
from kinerja.lke.tests.lhe_baca import baris, sel_xlsx, teks_docx


@pytest.fixture
def final(evaluasi, orang):
    return finalkan(evaluasi, orang)


@pytest.fixture
def bertanda(final, orang):
    return lengkapi_lhe(final, orang)


def test_lhe_prints_scores_per_komponen_and_sub_with_total_predicate_and_share_of_weight(
    bertanda,
):
    texts = teks_docx(lhe_docx(bertanda))
    assert baris(texts, "1 | Perencanaan Kinerja") == (
        "1 | Perencanaan Kinerja | 60,00 | 42,60 | 71,00%"
    )
    assert baris(texts, "1.b | Kualitas") == "1.b | Kualitas | 36,00 | 30,60 | 85,00%"
    assert baris(texts, "2.a | Pelaksanaan") == "2.a | Pelaksanaan | 40,00 | 26,00 | 65,00%"
    assert baris(texts, " | Nilai Akhir") == " | Nilai Akhir | 100,00 | 68,60 | B"
    assert any("adalah 68,60 dengan predikat B." in text for text in texts)


def test_lhe_prints_the_narrative_recommendations_and_signer_from_the_staff_record(bertanda):
    texts = teks_docx(lhe_docx(bertanda))
    assert "Renstra telah memuat indikator yang terukur." in texts
    assert "Evaluator tidak menulis uraian." in texts  # komponen 2 has none
    row = baris(texts, "1 | Lengkapi pedoman")
    assert row == (
        "1 | Lengkapi pedoman teknis perencanaan kinerja. | 1.a.2, 1.b.2 | Tinggi | Sekretaris "
        "| 30 Juni 2026"
    )
    joined = "\n".join(texts)
    assert "INSPEKTUR WILAYAH I," in joined
    assert "Dra. SITI RAHMAWATI" in joined  # the degree as written
    assert "19700101 200003 2 001" in joined


def test_without_last_year_the_lhe_says_there_is_nothing_to_compare(bertanda):
    assert any(
        "Tidak ada hasil evaluasi final tahun 2024" in t for t in teks_docx(lhe_docx(bertanda))
    )


def test_comparison_with_last_year_goes_by_criterion_code_and_marks_new_codes(
    bertanda, prabumulih, orang
):
    evaluasi_tahun_lalu(prabumulih, orang)
    texts = teks_docx(lhe_docx(bertanda))
    # 2.a.1 sat second last year under another wording; matched by its code all the same.
    assert baris(texts, "2.a.1 |") == "2.a.1 | B | BB | 70,00 | 80,00 | 10,00"
    assert baris(texts, "2.a.3 |") == "2.a.3 | baru | C | – | 50,00 | –"
    assert baris(texts, "1 | Perencanaan Kinerja | 56,40") == (
        "1 | Perencanaan Kinerja | 56,40 | 42,60 | -13,80"
    )
    assert any("Nilai akhir tahun 2024 84,40 (A); tahun 2025 68,60 (B)." in t for t in texts)


def test_the_lhe_is_refused_with_a_message_while_no_signer_is_recorded(final):
    with pytest.raises(ValidationError, match="Penanda tangan LHE belum ditetapkan"):
        data_lhe(final)


def test_a_signer_without_a_recorded_jabatan_is_refused(final, orang):
    nobody = pemeriksa(jabatan="")
    with pytest.raises(ValidationError, match="belum dicatat"):
        rekomendasi.tetapkan_penanda_tangan_lhe(
            actor=orang.inspektur_pusat, evaluasi=final, pemeriksa_id=nobody.pk, tempat="Jakarta"
        )


def test_the_lhe_is_refused_before_finalising(evaluasi):
    with pytest.raises(ValidationError, match="belum final"):
        data_lhe(evaluasi)


def test_re_rendering_after_changes_behind_the_services_back_gives_the_same_content(bertanda):
    docx_before = teks_docx(lhe_docx(bertanda))
    xlsx_before = sel_xlsx(lembar_kerja_xlsx(bertanda))
    JawabanLke.objects.filter(evaluasi=bertanda, peran="evaluator").update(kode="E")
    SubKomponenLke.objects.filter(komponen__versi=bertanda.versi).update(bobot=1)
    KriteriaLke.objects.filter(versi=bertanda.versi, kode="1.a.1").update(teks="diubah")
    assert teks_docx(lhe_docx(bertanda)) == docx_before
    assert sel_xlsx(lembar_kerja_xlsx(bertanda)) == xlsx_before


def test_the_workbook_holds_self_and_final_answers_with_their_difference_per_criterion(final):
    sheets = sel_xlsx(lembar_kerja_xlsx(final))
    rows = {row[0]: row for row in sheets["Lembar Kerja"][1:]}
    # 1.b.1: self A (90), final AA (100): +10.
    assert rows["1.b.1"][3:8] == ("A", 90, "AA", 100, 10)
    assert rows["2.a.2"][3:8] == ("N/A", None, "N/A", None, None)
    scores = {row[1]: row for row in sheets["Nilai"][1:]}
    assert scores["Perencanaan Kinerja"][2:] == (60, 40.8, 42.6)
    assert scores["Nilai akhir"][3:] == (66.8, 68.6)
    assert scores["Predikat"][3:] == ("B", "B")


def test_the_pdf_is_written_by_the_documents_app(bertanda):
    from kinerja.lke.lhe_berkas import lhe_pdf

    assert lhe_pdf(bertanda).startswith(b"%PDF")


def test_the_document_model_is_built_from_the_snapshot_only(bertanda):
    dokumen = dokumen_lhe(data_lhe(bertanda))
    assert dokumen.judul.startswith("Laporan Hasil Evaluasi AKIP")


def test_download_links_serve_the_files_to_the_evaluator_and_hide_them_while_scores_hidden(
    client, bertanda, orang
):
    client.force_login(orang.inspektur_pusat)
    args = ["kpu-kota-prabumulih", 2025]
    page = client.get(reverse("lke:hasil", args=args))
    assert reverse("lke:lhe_docx", args=args) in page.content.decode()
    response = client.get(reverse("lke:lhe_docx", args=args))
    assert response.status_code == 200
    assert "68,60" in "\n".join(teks_docx(response.content))
    assert client.get(reverse("lke:lembar_xlsx", args=args)).status_code == 200
    bertanda.sembunyikan_nilai = True
    bertanda.save()
    client.force_login(orang.admin)
    assert client.get(reverse("lke:lhe_docx", args=args)).status_code == 404
    assert "68,60" not in client.get(reverse("lke:hasil", args=args)).content.decode()


def test_another_satkers_people_get_404_on_the_lhe(client, bertanda, orang):
    client.force_login(orang.orang_luar)
    args = ["kpu-kota-prabumulih", 2025]
    assert client.get(reverse("lke:lhe_docx", args=args)).status_code == 404
    assert client.get(reverse("lke:hasil", args=args)).status_code == 404


def test_tables_are_numbered_in_order_whether_or_not_last_year_is_compared(bertanda, orang):
    texts = teks_docx(lhe_docx(bertanda))
    assert "Tabel 2 Rekomendasi" in texts
    assert "Tabel 4 Rekomendasi" not in texts
    evaluasi_tahun_lalu(bertanda.satker, orang)
    texts = teks_docx(lhe_docx(bertanda))
    assert [text for text in texts if text.startswith("Tabel ")] == [
        "Tabel 1 Nilai per Komponen dan Sub-komponen",
        "Tabel 2 Nilai Komponen Tahun 2024 dan 2025",
        "Tabel 3 Jawaban Evaluator per Kriteria Tahun 2024 dan 2025",
        "Tabel 4 Rekomendasi",
    ]


def test_a_criterion_code_is_never_split_across_lines(bertanda):
    dokumen = dokumen_lhe(data_lhe(bertanda))
    table = next(b for b in dokumen.blok if getattr(b, "judul", "").endswith("Rekomendasi"))
    # Lines may break after a comma, never after a dot inside a code (the PDF split "2.a.2").
    assert table.baris[0][2] == "1.\u2060a.\u20602, 1.\u2060b.\u20602"


def test_the_final_score_row_of_the_workbook_has_two_decimals_like_the_others(final):
    sheet = load_workbook(BytesIO(lembar_kerja_xlsx(final)))["Nilai"]
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    assert [cell.number_format for cell in rows["Nilai akhir"][2:5]] == ["0.00"] * 3
    assert rows["Perencanaan Kinerja"][3].number_format == "0.00"
