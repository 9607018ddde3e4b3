"""The reviu reads in the reader's language: on an English page the rule titles, the findings
and the words of their location and expected value are English, while the data they quote (an
indicator's name, a report section, a figure) stay as written. The Indonesian page and the
findings themselves (what exports and the other tests see) are the Indonesian as before."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from kinerja.core.pesan import Pesan
from kinerja.evaluation.reviu.rules import KATALOG, jalankan
from kinerja.evaluation.selectors import fakta_reviu

pytestmark = pytest.mark.django_db

PAGE = reverse("evaluation:reviu_detail", args=["kpu-kota-prabumulih"]) + "?tahun=2024"

# (Indonesian, English) of texts the demo's reviu shows: titles, findings, locations, values.
BOTH = [
    ("Realisasi anggaran melebihi pagu", "Budget realisation exceeds the budget ceiling (pagu)"),
    (
        "melebihi pagunya (Rp 2.918.182.000) sebesar Rp 19.889.462.",
        "exceeds its budget ceiling (pagu) (Rp 2.918.182.000) by Rp 19.889.462.",
    ),
    ("Baris PK unit tanpa induk", "Unit PK row without a parent"),
    (
        "Baris PK unit harus tertelusur ke baris PK induk atau baris RKT.",
        "A unit PK row must trace to a row of the parent PK or of the RKT.",
    ),
    ("NIP PNS harus 18 digit, bukan 19 digit.", "NIP has 18 digits, not 19."),
    ("pihak kedua: Yasrin Abidin", "second party: Yasrin Abidin"),
    ("semua sasaran tercapai", "every objective met"),
    ("6 dari 10 tercapai", "6 of 10 met"),
    (
        "tidak memiliki realisasi tahun 2024.",
        "has no realisation for 2024.",
    ),
    ("satu pagu, atau revisi bertanggal dengan alasan", "one budget ceiling (pagu), or a dated"),
    (
        "menurut R/T×100 (semakin tinggi semakin baik) hasilnya 94,74%.",
        "by R/T×100 (higher is better), it is 94,74%.",
    ),
    ("serapan per sumber dana: Tidak disebutkan 100,00%", "by funding source: Not stated 100,00%"),
]
# Words of the rules that no data of the demo holds: on the English page none may be left.
INDONESIAN_MARKERS = [
    "melebihi pagu",
    "tidak tercantum di PK",
    "tidak memiliki realisasi",
    "berbeda dengan",
    "padahal",
    "menyatakan",
    "tercetak",
    "di bawah target",
    "tidak tertelusur",
    "tidak ada di PK",
    "pihak kedua",
    "yang dinilai",
    "data yang berlaku",
    "nilai pagu berbeda",
    "Indikator PK",
    "tidak dinilai",
    "semakin tinggi",
    ">baris ",
    "bersatuan persen",
    "Satu NIP, nama berbeda",
]


@pytest.fixture(autouse=True)
def _indonesian_afterwards():
    # The middleware leaves the cookie's language active in this thread.
    yield
    translation.activate(settings.LANGUAGE_CODE)


def _page(client, user, language=None):
    client.force_login(user)
    if language:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(PAGE)
    assert response.status_code == 200
    return response.content.decode()


def test_the_reviu_page_in_english_shows_english_titles_findings_and_locations(
    client, satker_admin
):
    html = _page(client, satker_admin, "en")
    assert '<html lang="en">' in html
    for indonesian, english in BOTH:
        assert english in html, english
        assert indonesian not in html, indonesian
    for marker in INDONESIAN_MARKERS:
        assert marker not in html, marker
    # The data quoted stays as written.
    assert "Persentase pemahaman regulasi pemungutan dan penghitungan suara" in html
    assert "19780429 2009021 1 003" in html


def test_the_reviu_page_without_a_choice_is_the_indonesian_as_before(client, satker_admin):
    html = _page(client, satker_admin)
    assert '<html lang="id">' in html
    for indonesian, english in BOTH:
        assert indonesian in html, indonesian
        assert english not in html, english


def test_every_rule_says_its_title_and_explanation_in_english():
    with translation.override("en"):
        for rule in KATALOG:
            for text in (rule.judul, rule.penjelasan):
                assert isinstance(text, Pesan), rule.id
                assert text.terjemahan() != str(text), (rule.id, text)


def test_every_finding_on_the_demo_is_translated(prabumulih):
    findings = jalankan(fakta_reviu(prabumulih, 2024))
    assert len({finding.aturan for finding in findings}) > 20
    with translation.override("en"):
        for finding in findings:
            assert isinstance(finding.pesan, Pesan), finding.aturan
            assert finding.pesan.terjemahan() != str(finding.pesan), finding.pesan
