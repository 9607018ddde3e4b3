"""The report check in a real browser (Debian's chromium): a user with no satker uploads the
seed as a text file, waits on the page while it is read (htmx), and reads the known finding
"Tahun Anggaran 2019"; then keeps it and deletes it again. Screenshots are saved."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from kinerja.accounts.tests.factories import UserFactory
from kinerja.core.tests.browser import masuk
from kinerja.periksa.models import PeriksaTersimpan
from kinerja.periksa.tests.test_seed import SEED

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(os.environ.get("KINERJA_ARTIFACTS", "artifacts"))
SANDI = "sandi-uji-periksa-lk"


def test_a_user_uploads_the_seed_and_reads_its_findings(page, live_server, settings, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    settings.MEDIA_ROOT = tmp_path
    user = UserFactory(password=SANDI)
    masuk(page, live_server, user.username, SANDI)
    page.wait_for_url(lambda url: "/akun/masuk/" not in url)
    page.get_by_role("link", name="Periksa LK").click()
    page.wait_for_url("**/periksa-lk/")
    page.set_input_files("input[name=berkas]", str(SEED))
    page.get_by_role("button", name="Periksa").click()
    findings = page.locator("#temuan-periksa")
    expect(findings).to_contain_text("Tahun Anggaran 2019")
    expect(findings).to_contain_text("tahun-anggaran-lain")
    expect(page.locator("#hasil-periksa")).to_contain_text("SEKRETARIAT KPU KOTA PRABUMULIH")
    assert "sudah dibaca lalu dibuang" in page.locator("main").inner_text()
    assert PeriksaTersimpan.objects.count() == 0
    page.screenshot(path=ARTIFACTS / "periksa-lk-hasil.png", full_page=True)

    page.set_input_files("input[name=berkas]", str(SEED))
    page.get_by_label("Simpan berkas dan hasilnya untuk saya, sampai saya menghapusnya").check()
    page.get_by_role("button", name="Periksa").click()
    page.wait_for_url("**/periksa-lk/*/")
    expect(page.locator("#temuan-periksa")).to_contain_text("Tahun Anggaran 2019")
    assert PeriksaTersimpan.objects.filter(pemilik=user).count() == 1
    page.get_by_role("button", name="Hapus").click()
    page.wait_for_url("**/periksa-lk/")
    expect(page.locator("main")).to_contain_text("dihapus")
    assert PeriksaTersimpan.objects.count() == 0
