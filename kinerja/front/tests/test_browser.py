"""The main journey of this stage in a real browser: log in, read the satker's PKs."""

import os
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(os.environ.get("KINERJA_ARTIFACTS", "artifacts"))


def test_satker_admin_logs_in_and_reads_the_signed_pks(page, demo_server):
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_extra_http_headers({"Accept-Language": "en-US,en;q=0.9"})
    page.goto(f"{demo_server.url}/")
    page.fill("#id_username", "prabumulih")
    page.fill("#id_password", "kinerja-demo")
    page.click("button[type=submit]")
    page.wait_for_url("**/satker/kpu-kota-prabumulih/")

    assert page.locator("h1").inner_text() == "Sekretariat Komisi Pemilihan Umum Kota Prabumulih"
    pks = page.locator("section[id^=pk-]")
    assert pks.count() == 5
    first = pks.first
    assert "Prabumulih, 25 Januari 2024" in first.inner_text()
    assert "Rp 20.518.557.000" in first.locator("tfoot").inner_text()
    page.screenshot(path=ARTIFACTS / "satker-prabumulih.png", full_page=True)


def test_wrong_password_is_told_in_indonesian(page, demo_server):
    page.goto(f"{demo_server.url}/akun/masuk/")
    page.fill("#id_username", "prabumulih")
    page.fill("#id_password", "salah")
    page.click("button[type=submit]")
    assert "Nama pengguna atau kata sandi salah" in page.locator("main").inner_text()


def test_satker_admin_follows_the_links_to_measurement_and_reviu(page, demo_server):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{demo_server.url}/akun/masuk/")
    page.fill("#id_username", "prabumulih")
    page.fill("#id_password", "kinerja-demo")
    page.click("button[type=submit]")
    page.click("text=Pengukuran")
    page.wait_for_url("**/pengukuran/**")
    assert "99,49%" in page.locator("main").inner_text()
    page.screenshot(path=ARTIFACTS / "pengukuran-prabumulih.png", full_page=True)
    page.click("text=Reviu")
    page.wait_for_url("**/reviu/**")
    assert "34 galat" in page.locator("main").inner_text()
    page.screenshot(path=ARTIFACTS / "reviu-prabumulih.png")


def test_a_superuser_reads_the_provinces_roll_up_of_the_cities_below_it(page, demo_server):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{demo_server.url}/akun/masuk/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "kinerja-demo")
    page.click("button[type=submit]")
    page.get_by_role("link", name="KPU Provinsi Sumatera Selatan", exact=True).click()
    page.wait_for_url("**/satker/kpu-provinsi-sumatera-selatan/")
    rekap = page.locator("#rekap + p + table")
    assert "KPU Kota Prabumulih" in rekap.inner_text()
    assert "99,49%" in rekap.inner_text()
    page.click("text=Rekap satker di bawahnya")
    page.wait_for_url("**/rekap/**")
    assert "Rp 41.661.103.000" in page.locator("main").inner_text()
    page.screenshot(path=ARTIFACTS / "rekap-sumatera-selatan.png", full_page=True)


@pytest.mark.parametrize(
    "path", ["/satker/kpu-kota-prabumulih/", "/satker/kpu-kota-prabumulih/pengukuran/"]
)
def test_on_a_phone_wide_tables_scroll_inside_the_page(page, demo_server, path):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{demo_server.url}/akun/masuk/")
    page.fill("#id_username", "prabumulih")
    page.fill("#id_password", "kinerja-demo")
    page.click("button[type=submit]")
    page.wait_for_url("**/satker/**")
    page.goto(f"{demo_server.url}{path}")
    # The page itself is no wider than the phone; tables scroll within it.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    widest = page.evaluate(
        "Math.max(...[...document.querySelectorAll('table')].map(t => t.scrollWidth))"
    )
    assert widest > 390
