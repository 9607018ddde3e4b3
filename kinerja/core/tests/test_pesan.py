"""Texts of the Django-free modules are Indonesian strings that say themselves in the reader's
language where a page prints them."""

import copy
from decimal import Decimal

from django.template import Context, Template
from django.utils import translation

from kinerja.core.pesan import Pesan, gabung, terjemahkan
from kinerja.measurement.capaian import AturanCapaian, hitung_capaian
from kinerja.measurement.periods import SINGKATAN


def _render(value, language: str) -> str:
    with translation.override(language):
        return Template("{{ value }}").render(Context({"value": value}))


def test_a_pesan_is_its_indonesian_text_everywhere_outside_a_page():
    text = Pesan("target %(periode)s", periode=SINGKATAN["tw1"])
    assert text == "target TW I"
    assert f"{text}" == "target TW I"
    assert str(text) == "target TW I"
    with translation.override("en"):
        # Exports, documents and comparisons keep the Indonesian, whatever the language.
        assert text == "target TW I"
        assert text.upper() == "TARGET TW I"


def test_a_page_prints_it_in_the_readers_language_with_nested_texts_translated():
    text = Pesan("s.d. %(periode)s", periode=SINGKATAN["tw3"])
    assert _render(text, "id") == "s.d. TW III"
    assert _render(text, "en") == "to Q3"
    assert _render(SINGKATAN["b03"], "en") == "March"


def test_values_that_are_data_are_kept_and_escaped():
    text = Pesan("Aturan capaian tidak sah: %(alasan)s", alasan="<b>rusak</b>")
    assert _render(text, "en") == "Invalid achievement rule: &lt;b&gt;rusak&lt;/b&gt;"
    assert _render(text, "id") == "Aturan capaian tidak sah: &lt;b&gt;rusak&lt;/b&gt;"


def test_a_template_without_values_keeps_its_percent_sign():
    assert Pesan("100%") == "100%"
    assert _render(Pesan("100%"), "en") == "100%"


def test_joining_and_adding_keep_each_part_translatable():
    joined = gabung(", ", [SINGKATAN["tw1"], SINGKATAN["tw2"]])
    assert joined == "TW I, TW II"
    assert _render(joined, "en") == "Q1, Q2"
    assert gabung(", ", ["a", "b"]) == "a, b"
    assert _render(Pesan("Tidak dinilai") + " (x)", "en") == "Not assessed (x)"
    assert _render("(x) " + Pesan("Tidak dinilai"), "en") == "(x) Not assessed"
    with translation.override("en"):
        assert terjemahkan(joined) == "Q1, Q2"
        assert terjemahkan("data") == "data"


def test_a_pesan_survives_a_copy():
    text = Pesan("s.d. %(periode)s", periode=SINGKATAN["tw2"])
    again = copy.deepcopy(text)
    assert again == "s.d. TW II"
    assert _render(again, "en") == "to Q2"


def test_a_capaian_rule_with_a_cap_reads_in_english_on_a_page():
    hasil = hitung_capaian(Decimal(90), Decimal(99), AturanCapaian(plafon=Decimal(110)))
    assert hasil.aturan == "R/T×100 (semakin tinggi semakin baik), plafon 110%"
    assert _render(hasil.aturan, "en") == "R/T×100 (higher is better), capped at 110%"
    missing = hitung_capaian(Decimal(90), None)
    assert _render(missing.alasan, "en") == "Realisation not yet reported."
