"""A satker's dashboard on the demo (KPU Kota Prabumulih 2024) and its parent's (KPU Provinsi
Sumatera Selatan), through HTTP, as its users see it."""

import datetime
import re

import pytest
from django.urls import reverse

from kinerja.dashboards import views
from kinerja.evaluation.models import CatatanReviu
from kinerja.evaluation.reviu.rules import jalankan
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.measurement.choices import PeriodePelaporan
from kinerja.measurement.models import HambatanUpaya, PengaturanPengukuran
from kinerja.reporting.models import LaporanRealisasi

pytestmark = pytest.mark.django_db

PAGE = reverse("dashboards:dasbor", args=["kpu-kota-prabumulih"])
PROVINCE = reverse("dashboards:dasbor", args=["kpu-provinsi-sumatera-selatan"])


@pytest.fixture(autouse=True)
def _early_2025(monkeypatch):
    # Every deadline of 2024 has passed; the pace of 2024 is the whole year's.
    monkeypatch.setattr(views, "hari_ini", lambda: datetime.date(2025, 2, 1))


def _row(html: str, starting: str) -> list[str]:
    """The cells' texts of the first table row whose first cell starts with `starting`."""
    for row in re.findall(r"<tr>(.*?)</tr>", html, flags=re.S):
        cells = [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, flags=re.S)
        ]
        if cells and cells[0].startswith(starting):
            return cells
    raise AssertionError(f"no row {starting!r}")


def _html(client, url=PAGE, **query) -> str:
    response = client.get(url, query)
    assert response.status_code == 200
    return response.content.decode()


def test_the_dashboard_shows_the_satkers_figures_in_indonesian_format_as_the_measurement(
    client, satker_admin
):
    client.force_login(satker_admin)
    html = _html(client)
    assert "Keadaan pada 1 Februari 2025" in html
    assert "jatuh tempo 10 hari setelah periode itu berakhir" in html
    assert "99,49%" in html  # the satker's capaian, as on its measurement page
    assert "Sangat Berhasil" in html
    assert "99,81%" in html  # serapan: Rp 41.579.911.818 of Rp 41.661.103.000
    assert "Rp 2.918.182.000" in html
    assert "Rp 2.938.071.462" in html
    assert html.count("<svg") == 3  # sasaran, kegiatan, quarters
    assert 'role="img"' in html


def test_each_figure_links_to_the_records_behind_it(client, satker_admin):
    client.force_login(satker_admin)
    html = _html(client)
    measurement = reverse("measurement:pengukuran_detail", args=["kpu-kota-prabumulih"])
    budget = reverse("reporting:anggaran", args=["kpu-kota-prabumulih"])
    assert f'href="{measurement}?tahun=2024#kegiatan-6709"' in html
    assert f'href="{budget}?tahun=2024#kegiatan-3355"' in html
    # ... and the anchors exist on those pages.
    assert 'id="kegiatan-6709"' in client.get(measurement).content.decode()
    assert 'id="kegiatan-3355"' in client.get(budget).content.decode()


def test_a_kegiatan_below_the_expected_pace_is_pointed_out(client, satker_admin):
    client.force_login(satker_admin)
    html = _html(client)
    assert _row(html, "6709 Perencanaan Program") == [
        "6709 Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan "
        "Penyelenggara Pemilu",
        "Rp 551.587.000",
        "Rp 496.589.508",
        "90,03%",
        "100,00%",
        "di bawah laju",
    ]
    assert _row(html, "3355 Pengelolaan Keuangan")[3:] == ["100,68%", "100,00%", ""]


def test_during_the_year_the_pace_is_that_of_the_quarters_ended(client, satker_admin, monkeypatch):
    monkeypatch.setattr(views, "hari_ini", lambda: datetime.date(2024, 8, 15))
    client.force_login(satker_admin)
    html = _html(client)
    assert "laju yang diharapkan 50,00%" in html
    assert "s.d. TW III" in html
    assert "s.d. TW IV" not in html


def test_realisations_missing_past_their_deadline_need_attention(client, satker_admin):
    client.force_login(satker_admin)
    html = _html(client)
    attention = html[html.index('id="perhatian"') :]
    assert "TW I: 11 indikator belum ada realisasinya (batas 10 April 2024)" in attention
    assert "TW IV: 11 indikator belum ada realisasinya (batas 10 Januari 2025)" in attention
    assert "terlambat" in attention
    assert "6867-5" in attention


def test_a_returned_report_and_an_open_reviu_note_need_attention_a_closed_note_not(
    client, satker_admin, prabumulih
):
    client.force_login(satker_admin)
    before = _html(client)
    unit = prabumulih.units.order_by("urutan").first()
    LaporanRealisasi.objects.create(
        satker=prabumulih, unit=unit, tahun=2024, periode="tw2", status="dikembalikan",
        alasan_dikembalikan="Bukti dukung TW II belum diunggah.",
    )  # fmt: skip
    CatatanReviu.objects.create(satker=prabumulih, tahun=2024, teks="Lengkapi kertas kerja.")
    CatatanReviu.objects.create(
        satker=prabumulih, tahun=2024, teks="Sudah beres.", status="selesai"
    )
    html = _html(client)
    assert "Bukti dukung TW II belum diunggah." in html
    isian = reverse("reporting:isian", args=["kpu-kota-prabumulih", unit.pk, "tw2"])
    assert f'href="{isian}?tahun=2024"' in html
    assert "Lengkapi kertas kerja." in html
    assert "Sudah beres." not in html
    count_before = before.split("Perlu perhatian (")[1].split(")")[0]
    count_after = html.split("Perlu perhatian (")[1].split(")")[0]
    assert int(count_after) == int(count_before) + 2


def test_shortfalls_without_hambatan_are_the_reviu_rules_own(client, satker_admin, prabumulih):
    HambatanUpaya.objects.filter(satker=prabumulih, tahun=2024).delete()
    client.force_login(satker_admin)
    html = _html(client)
    expected = [
        item
        for item in jalankan(fakta_reviu(prabumulih, 2024))
        if item.aturan == "capaian-rendah-tanpa-hambatan"
    ]
    assert expected  # the demo has capaian below 100% once their obstacles are gone
    section = html[html.index("Capaian di bawah ambang tanpa hambatan/upaya") :]
    for item in expected:
        assert str(item.pesan).replace("/", "/") in section.replace("&#x27;", "'")


def test_the_reviu_errors_are_listed_and_link_to_the_reviu(client, satker_admin):
    client.force_login(satker_admin)
    html = _html(client)
    assert "34 galat reviu data" in html  # as the reviu page counts them
    reviu = reverse("evaluation:reviu_detail", args=["kpu-kota-prabumulih"])
    assert f'href="{reviu}?tahun=2024"' in html


def test_an_outsider_gets_404_and_a_city_user_does_not_see_the_province(
    client, outsider, satker_admin
):
    client.force_login(outsider)
    assert client.get(PAGE).status_code == 404
    client.force_login(satker_admin)
    assert client.get(PROVINCE).status_code == 404


def test_an_unknown_year_is_404(client, satker_admin):
    client.force_login(satker_admin)
    assert client.get(PAGE, {"tahun": "1999"}).status_code == 404


def test_the_province_shows_its_children_with_its_own_figure_and_drills_down(
    client, inspector_of_province
):
    client.force_login(inspector_of_province)
    html = _html(client, PROVINCE)
    assert "Belum ada RKT" not in html
    table = html[html.index('id="tabel-anak"') :]
    assert _row(table, "KPU Kota Prabumulih") == [
        "KPU Kota Prabumulih", "1", "99,49%", "Sangat Berhasil", "Rp 41.661.103.000", "99,81%",
        "11",  # its own items needing attention
    ]  # fmt: skip
    assert f'<a href="{PAGE}?tahun=2024">KPU Kota Prabumulih</a>' in table
    assert f'href="{PAGE}?tahun=2024#perhatian">11</a>' in table
    assert "Seluruhnya" in table  # the province's roll-up
    # The drill-down opens the city's own dashboard for the same reader.
    assert client.get(PAGE, {"tahun": "2024"}).status_code == 200


def test_the_province_filters_its_children_by_name_and_by_attention(
    client, inspector_of_province, other_satker
):
    client.force_login(inspector_of_province)
    both = _html(client, PROVINCE)
    assert "KPU Kota Lubuklinggau" in both
    assert "2 dari 2 satker" in both
    named = _html(client, PROVINCE, cari="prabu")
    assert "1 dari 2 satker" in named
    assert "KPU Kota Lubuklinggau" not in named
    needing = _html(client, PROVINCE, perlu="1")
    # Lubuklinggau records nothing: nothing of its own is due.
    assert "1 dari 2 satker" in needing
    assert "KPU Kota Lubuklinggau</a>" not in needing


def test_the_dashboards_are_in_the_satker_navigation(client, inspector_of_province):
    client.force_login(inspector_of_province)
    for slug in ("kpu-kota-prabumulih", "kpu-provinsi-sumatera-selatan"):
        html = client.get(reverse("front:satker_detail", args=[slug])).content.decode()
        assert reverse("dashboards:dasbor", args=[slug]) + "?tahun=2024" in html


def test_the_dashboard_reads_a_bounded_number_of_queries(
    client,
    satker_admin,
    inspector_of_province,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    client.force_login(satker_admin)
    # Computed, with the data versions its kept parts are then found by.
    with django_assert_max_num_queries(47):
        client.get(PAGE)
    client.force_login(inspector_of_province)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(PROVINCE)  # the children's figures and items computed and kept
    # Kept: the page's drawn part, found by the tree's stamp; only the session, the access
    # check and the year selector are read.
    with django_assert_max_num_queries(7):
        client.get(PROVINCE)


def test_a_child_without_data_that_year_is_opened_without_the_year_not_a_404(
    client, inspector_of_province, other_satker
):
    client.force_login(inspector_of_province)
    html = _html(client, PROVINCE)
    lubuklinggau = reverse("dashboards:dasbor", args=[other_satker.slug])
    assert f'<a href="{lubuklinggau}">KPU Kota Lubuklinggau</a>' in html
    page = _html(client, lubuklinggau)
    assert "Belum ada data tahun mana pun untuk satker ini." in page


def test_a_satker_reporting_monthly_is_due_month_by_month(client, satker_admin, prabumulih):
    PengaturanPengukuran.objects.update_or_create(
        satker=prabumulih, defaults={"periode_laporan": PeriodePelaporan.BULANAN}
    )
    client.force_login(satker_admin)
    attention = _html(client).split('id="perhatian"')[1]
    assert "Januari: 11 indikator belum ada realisasinya (batas 10 Februari 2024)" in attention
    assert "Desember: 11 indikator belum ada realisasinya (batas 10 Januari 2025)" in attention
    assert "TW I:" not in attention
    assert "11 indikator</h3>" in attention  # each indicator counted once, not twelve times


def test_the_dashboard_opens_in_english_with_its_figures_in_indonesian_format(client, satker_admin):
    client.force_login(satker_admin)
    client.cookies["django_language"] = "en"
    html = _html(client)
    assert "Log out" in html  # the layout is in English
    assert "99,49%" in html  # figures keep the Indonesian format
    assert html.count("<svg") == 3
