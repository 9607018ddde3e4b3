"""The quarterly journey in a real browser (Debian's chromium), on the demo satker with its
demo accounts: the operator enters TW I with an evidence file, the Kasubbag returns it, the
operator fixes it, the Kasubbag approves, and the measurement page shows the figure "s.d. TW I".
Screenshots are saved as artifacts."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from kinerja.core.tests.browser import masuk
from kinerja.demo.loader import DEMO_PASSWORD, UNIT_DEMO, load_demo
from kinerja.organisations.models import Unit
from kinerja.reporting.tests.conftest import PIHAK
from kinerja.reporting.tests.conftest import TAHUN_PK as TAHUN
from kinerja.reporting.tests.test_bukti import PDF

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(os.environ.get("KINERJA_ARTIFACTS", "artifacts"))


@pytest.fixture
def demo_server(live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    load_demo()
    return live_server


def _login(page, server, username):
    masuk(page, server, username)
    page.wait_for_url("**/satker/**")


def _logout(page):
    page.get_by_role("button", name="Keluar").click()


def test_a_quarter_is_entered_returned_fixed_approved_and_measured(
    page, live_server, dunia, settings, tmp_path
):
    """On a satker of its own: the demo's 2024 is a closed year, whose annual rows rightly
    outrank a TW I row."""
    ARTIFACTS.mkdir(exist_ok=True)
    settings.MEDIA_ROOT = tmp_path
    for user in (dunia.operator, dunia.kasubbag):
        user.set_password(DEMO_PASSWORD)
        user.save()
    slug = dunia.satker.slug
    grid = f"{live_server.url}/satker/{slug}/realisasi/{dunia.unit.pk}/tw1/?tahun=2024"
    evidence = tmp_path / "berita-acara.pdf"
    evidence.write_bytes(PDF)

    _login(page, live_server, dunia.operator.username)
    page.goto(f"{live_server.url}/satker/{slug}/")
    page.get_by_role("link", name="Realisasi").first.click()
    page.wait_for_url("**/realisasi/**")
    page.locator("tr", has_text=dunia.unit.nama).get_by_role("link").first.click()
    page.wait_for_url(f"**/realisasi/{dunia.unit.pk}/tw1/**")
    page.fill(f"input[name=nilai-{dunia.a.pk}]", "12,5")
    # The capaian follows the typing (HTMX, vendored), before anything is saved.
    expect(page.locator(f"#capaian-{dunia.a.pk}")).to_contain_text("50,00%")
    page.fill(f"input[name=nilai-{dunia.b.pk}]", "1")
    page.get_by_role("button", name="Simpan draf").click()
    main = page.locator("main").inner_text()
    assert "Isian disimpan sebagai draf" in main
    assert "50,00%" in main  # the preview: 12,5 of the TW I target 25
    page.set_input_files("input[name=bukti]", str(evidence))
    page.get_by_role("button", name="Unggah bukti").click()
    assert "berita-acara.pdf" in page.locator("main").inner_text()
    # Below the satker's threshold: submitting asks for a hambatan first.
    page.get_by_role("button", name="Simpan dan ajukan").click()
    assert "catat hambatan dan upayanya" in page.locator("main").inner_text()
    page.fill(f"input[name=nilai-{dunia.a.pk}]", "30")
    page.get_by_role("button", name="Simpan dan ajukan").click()
    assert page.locator("#status-laporan").inner_text() == "Diajukan"
    page.screenshot(path=ARTIFACTS / "realisasi-diajukan.png", full_page=True)
    _logout(page)

    _login(page, live_server, dunia.kasubbag.username)
    page.goto(grid)
    page.fill("#alasan_kembali", "Jumlah dokumen belum sesuai berita acara")
    page.get_by_role("button", name="Kembalikan").click()
    assert page.locator("#status-laporan").inner_text() == "Dikembalikan"
    _logout(page)

    _login(page, live_server, dunia.operator.username)
    page.goto(grid)
    assert "belum sesuai berita acara" in page.locator("#alasan-dikembalikan").inner_text()
    page.fill(f"input[name=nilai-{dunia.b.pk}]", "2")
    page.get_by_role("button", name="Simpan dan ajukan").click()
    assert page.locator("#status-laporan").inner_text() == "Diajukan"
    _logout(page)

    _login(page, live_server, dunia.kasubbag.username)
    page.goto(grid)
    page.get_by_role("button", name="Setujui").click()
    assert page.locator("#status-laporan").inner_text() == "Disetujui"
    page.screenshot(path=ARTIFACTS / "realisasi-disetujui.png", full_page=True)

    page.get_by_role("link", name="Pengukuran").click()
    page.wait_for_url("**/pengukuran/**")
    row = page.locator("tr", has_text="U-1").first.inner_text()
    assert "30%" in row
    assert "s.d. TW I" in row
    assert "120,00%" in row
    page.screenshot(path=ARTIFACTS / "pengukuran-setelah-tw1.png", full_page=True)


def test_the_entry_grid_fits_a_phone(page, demo_server):
    ARTIFACTS.mkdir(exist_ok=True)
    unit = Unit.objects.get(nama=UNIT_DEMO)
    page.set_viewport_size({"width": 390, "height": 844})
    _login(page, demo_server, "operator")
    page.goto(f"{demo_server.url}/satker/kpu-kota-prabumulih/realisasi/{unit.pk}/tw1/?tahun=2024")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    field = page.locator("input[name^=nilai-]").first
    assert field.is_visible()
    box = field.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 390
    page.screenshot(path=ARTIFACTS / "realisasi-390px.png", full_page=True)
    page.screenshot(path=ARTIFACTS / "realisasi-390px-layar.png")


def test_a_pk_is_drafted_cascaded_signed_and_revised(page, live_server, kantor):
    ARTIFACTS.mkdir(exist_ok=True)
    office = kantor
    for key in ("admin", "sekretaris", "kasubbag"):
        office[key].set_password(DEMO_PASSWORD)
        office[key].save()
    slug = office["satker"].slug

    _login(page, live_server, office["admin"].username)
    page.goto(f"{live_server.url}/satker/{slug}/pk/?tahun={TAHUN}")
    page.get_by_role("link", name=f"Susun draf PK satker dari RKT {TAHUN}").click()
    # No party is typed: the page says who the jabatan history names today.
    preview = page.locator("#pihak-riwayat").inner_text()
    assert "Sekretaris Uji" in preview
    assert "Ketua Uji" in preview
    for key, value in PIHAK.items():
        page.fill(f"#{key}", value)
    page.get_by_role("button", name="Buat draf").click()
    assert page.locator("#status-pk").inner_text() == "Draf"
    page.get_by_label("Target P-1").fill("94,5")
    page.locator("tr", has_text="P-1").get_by_role("button", name="Simpan").click()
    assert "94,5%" in page.locator("tr", has_text="P-1").inner_text()
    page.get_by_role("button", name="Ajukan untuk ditandatangani").click()
    assert page.locator("#status-pk").inner_text() == "Diajukan untuk ditandatangani"
    pk_url = page.url
    _logout(page)

    _login(page, live_server, office["sekretaris"].username)
    page.goto(pk_url)
    page.fill("#tanggal", f"{TAHUN}-01-30")
    page.get_by_role("button", name="Tandatangani").click()
    assert page.locator("#status-pk").inner_text() == "Ditandatangani"
    parties = page.locator("main table").first.inner_text()
    assert "Sekretaris Uji" in parties
    assert "Ketua KPU Kota Uji" in parties
    _logout(page)

    _login(page, live_server, office["kasubbag"].username)
    page.goto(f"{live_server.url}/satker/{slug}/pk/?tahun={TAHUN}")
    page.get_by_role("link", name="Subbagian Umum Uji").click()
    for key, value in PIHAK.items():
        page.fill(f"#{key}", value)
    page.get_by_role("button", name="Buat draf").click()
    assert "P-1" in page.locator("main").inner_text()
    page.screenshot(path=ARTIFACTS / "pk-unit-draf.png", full_page=True)
    _logout(page)

    _login(page, live_server, office["admin"].username)
    page.goto(pk_url)
    page.select_option("#alasan_revisi", "pergantian_pejabat")
    page.fill("#keterangan", "Sekretaris baru")
    page.get_by_role("button", name="Buat revisi").click()
    main = page.locator("main").inner_text()
    assert "Versi 2" in main
    assert "revisi dari versi 1" in main
    page.screenshot(path=ARTIFACTS / "pk-revisi.png", full_page=True)


def test_two_browsers_edit_one_report_and_the_second_is_warned(browser, live_server, dunia):
    dunia.operator.set_password(DEMO_PASSWORD)
    dunia.operator.save()
    dunia.admin.set_password(DEMO_PASSWORD)
    dunia.admin.save()
    grid = f"{live_server.url}/satker/{dunia.satker.slug}/realisasi/{dunia.unit.pk}/tw1/?tahun=2024"
    first, second = browser.new_page(), browser.new_page()
    _login(first, live_server, dunia.operator.username)
    _login(second, live_server, dunia.admin.username)
    first.goto(grid)
    first.fill(f"input[name=nilai-{dunia.a.pk}]", "10")
    first.get_by_role("button", name="Simpan draf").click()
    first.goto(grid)
    second.goto(grid)  # both now hold version 1
    first.fill(f"input[name=nilai-{dunia.a.pk}]", "20")
    first.get_by_role("button", name="Simpan draf").click()
    second.fill(f"input[name=nilai-{dunia.a.pk}]", "99")
    second.get_by_role("button", name="Simpan draf").click()
    assert "telah diubah oleh" in second.locator("main").inner_text()
    assert second.input_value(f"input[name=nilai-{dunia.a.pk}]") == "20"
    second.screenshot(path=ARTIFACTS / "realisasi-bentrok.png", full_page=True)
    first.close()
    second.close()


def test_the_renstra_is_kept_in_place_without_reloading_the_page(page, live_server, dunia):
    """The admin satker opens a plan and keeps its misi and targets over HTMX: the page is
    never reloaded (a marker set in the page survives), and a refused save keeps what was
    typed."""
    ARTIFACTS.mkdir(exist_ok=True)
    dunia.admin.set_password(DEMO_PASSWORD)
    dunia.admin.save()
    slug = dunia.satker.slug
    _login(page, live_server, dunia.admin.username)
    page.goto(f"{live_server.url}/satker/{slug}/perencanaan/?tahun=2024")
    page.get_by_role("link", name="Renstra", exact=True).click()
    page.get_by_role("link", name="Buat Renstra baru").click()
    page.fill("#tahun_awal", "2025")
    page.fill("#tahun_akhir", "2029")
    page.fill("#visi", "Menjadi penyelenggara pemilu yang berintegritas")
    page.get_by_role("button", name="Simpan").click()
    page.wait_for_url("**/perencanaan/renstra/*/**")
    page.evaluate("window.belumDimuatUlang = true")

    misi = page.locator("#butir-misi")
    misi.get_by_label("Misi baru").fill("Meningkatkan kualitas pelayanan pemilu")
    misi.get_by_role("button", name="Tambah").click()
    expect(page.locator("#butir-misi .pesan")).to_have_text("Misi 1 disimpan.")
    sasaran = page.locator("#butir-sasaran")
    sasaran.get_by_label("Sasaran strategis baru").fill("Meningkatnya partisipasi pemilih")
    sasaran.get_by_role("button", name="Tambah").click()
    expect(page.locator("#butir-sasaran .pesan")).to_have_text("Sasaran strategis 1 disimpan.")
    # A number already taken is refused in place, the text typed is kept.
    misi = page.locator("#butir-misi")
    misi.locator("form.baru input[name=nomor]").fill("1")
    misi.get_by_label("Misi baru").fill("Misi yang bentrok")
    misi.get_by_role("button", name="Tambah").click()
    expect(page.locator("#butir-misi .galat")).to_contain_text("Nomor 1 sudah dipakai")
    expect(page.locator("#butir-misi").get_by_label("Misi baru")).to_have_value("Misi yang bentrok")
    assert page.evaluate("window.belumDimuatUlang") is True
    page.screenshot(path=ARTIFACTS / "renstra-htmx.png", full_page=True)
