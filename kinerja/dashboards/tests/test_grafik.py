"""The inline SVG charts: what a reader would see (bars in proportion, colours by predicate,
Indonesian figures, links), and markup that the page's policy and parsers accept."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

from kinerja.core.pesan import Pesan
from kinerja.dashboards import grafik
from kinerja.measurement.scales import PRESETS, klasifikasi

D = Decimal
SVG = "{http://www.w3.org/2000/svg}"


def _parse(markup: str) -> ET.Element:
    # Parsing fails on markup that is not well-formed: an unescaped label would break it.
    return ET.fromstring(markup)  # noqa: S314 - the markup under test, made here


def _rects(markup: str) -> list[ET.Element]:
    return list(_parse(markup).iter(f"{SVG}rect"))


def test_bars_are_in_proportion_and_say_their_figure_in_indonesian():
    markup = grafik.grafik_batang(
        [grafik.Batang("A", D("50")), grafik.Batang("B", D("99.495"))], judul="Capaian"
    )
    widths = [D(rect.get("width")) for rect in _rects(markup)]
    assert widths[0] * 2 == D(330)  # half of the 100% axis
    assert widths[1] == D("328.3")
    assert "50,00%" in markup
    assert "99,50%" in markup


def test_an_axis_grows_past_100_for_a_capaian_above_it():
    assert grafik.skala_maks([D("104.2"), None]) == D(120)
    assert grafik.skala_maks([D("12"), None]) == D(100)
    assert grafik.skala_maks([]) == D(100)


def test_a_figure_not_assessed_draws_no_bar_and_shows_a_dash():
    markup = grafik.grafik_batang([grafik.Batang("Tidak dinilai", None)], judul="Capaian")
    assert _rects(markup) == []
    assert ">–<" in markup


def test_each_bar_links_to_the_records_behind_it_and_labels_are_escaped():
    markup = grafik.grafik_batang(
        [grafik.Batang('<script>"x"</script> & co', D(80), tautan="/satker/a/?tahun=2024&x=1")],
        judul="Serapan <b>",
    )
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup
    root = _parse(markup)  # well-formed: every text escaped
    link = next(root.iter(f"{SVG}a"))
    assert link.get("href") == "/satker/a/?tahun=2024&x=1"


def test_no_inline_style_so_the_content_security_policy_holds():
    markup = grafik.grafik_kelompok(
        [grafik.Kelompok("TW I", (D(30), D(20)), D(25), "/x/")],
        [grafik.Seri("Capaian", grafik.CAPAIAN), grafik.Seri("Serapan", grafik.SERAPAN)],
        judul="Per triwulan",
        label_acuan="laju",
    )
    assert "style=" not in markup
    assert "<script" not in markup


def test_the_pace_mark_stands_at_its_share_of_the_axis():
    markup = grafik.grafik_batang(
        [grafik.Batang("3355", D(40), acuan=D(75))], judul="Serapan", label_acuan="laju"
    )
    marks = [
        line
        for line in _parse(markup).iter(f"{SVG}line")
        if line.get("stroke-width") == "3" and line.get("y2") != line.get("y1")
    ]
    assert D(marks[0].get("x1")) == D(310) + D(330) * D("0.75")


def test_a_long_label_is_cut_and_kept_whole_in_its_tooltip():
    long = "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden serta Anggota DPR, DPD"
    markup = grafik.grafik_batang([grafik.Batang(long, D(100))], judul="Capaian")
    assert f"<title>{long}</title>" in markup
    assert re.search(r">Pengucapan Sumpah/Janji Presiden dan Wakil .*…<", markup)


def test_a_pesan_label_is_shown_in_the_readers_language_markup_safe():
    markup = grafik.grafik_batang(
        [grafik.Batang(Pesan("Sasaran %(nomor)s: %(uraian)s", nomor=1, uraian="A & B"), D(90))],
        judul="Capaian",
    )
    assert "Sasaran 1: A &amp; B" in markup


def test_predicate_colours_run_from_red_for_the_lowest_band_to_green_for_the_highest():
    for skala in PRESETS:
        lowest = klasifikasi(D(0), skala)
        highest = klasifikasi(D(100), skala)
        assert grafik.warna_predikat(lowest.predikat, skala) == grafik.PALET[0], skala.kode
        assert grafik.warna_predikat(highest.predikat, skala) == grafik.PALET[-1], skala.kode
        middle = {grafik.warna_predikat(item.predikat, skala) for item in skala.pita}
        assert len(middle) == len({item.predikat for item in skala.pita})  # each its own
        assert grafik.warna_predikat(None, skala) == grafik.ABU
        assert grafik.warna_predikat("bukan predikat", skala) == grafik.ABU
