"""Every URL that writes, tried as each role — with this satker's ids, another unit's and
another satker's."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kinerja.reporting import services
from kinerja.reporting.models import BuktiDukung, LaporanRealisasi
from kinerja.reporting.selectors import laporan_atau_baru
from kinerja.reporting.tests.conftest import TAHUN
from kinerja.reporting.tests.test_bukti import PDF

pytestmark = pytest.mark.django_db

OK, DILARANG, TIDAK_ADA, MASUK = 302, 403, 404, "login"
#             simpan     ajukan     setujui    kembalikan unggah     buka_kembali
HARAPAN = {
    "operator": (OK, OK, DILARANG, DILARANG, OK, DILARANG),
    "operator_lain": (DILARANG,) * 6,
    "kasubbag": (DILARANG, DILARANG, OK, OK, DILARANG, OK),
    "kasubbag_lain": (DILARANG,) * 6,
    "pimpinan": (DILARANG,) * 6,
    "inspektur": (DILARANG,) * 6,
    "admin": (OK, OK, DILARANG, DILARANG, OK, DILARANG),
    "orang_luar": (TIDAK_ADA,) * 6,
    "anonim": (MASUK,) * 6,
}
AKSI = ("simpan", "ajukan", "setujui", "kembalikan", "unggah", "buka_kembali")


def _siapkan(dunia, aksi):
    """The report in the state the action needs: a draft, or a submitted one."""
    laporan = laporan_atau_baru(dunia.unit, TAHUN, "tw1")
    values = {"status": "dilaporkan", "nilai_teks": "", "alasan": ""}
    laporan = services.simpan(
        laporan,
        actor=dunia.operator,
        versi=None,
        isian={dunia.a.pk: {**values, "nilai": 30}, dunia.b.pk: {**values, "nilai": 1}},
        narasi="",
    )
    if aksi in ("setujui", "kembalikan", "buka_kembali"):
        laporan = services.ajukan(laporan, actor=dunia.operator, versi=laporan.versi)
    if aksi == "buka_kembali":
        laporan = services.setujui(laporan, actor=dunia.kasubbag, versi=laporan.versi)
    return laporan


def _data(dunia, aksi, laporan):
    data = {"aksi": aksi, "versi": laporan.versi, "alasan_kembali": "kurang bukti"}
    for indikator, nilai in ((dunia.a, "31"), (dunia.b, "2")):
        data[f"status-{indikator.pk}"] = "dilaporkan"
        data[f"nilai-{indikator.pk}"] = nilai
    if aksi == "unggah":
        data["bukti"] = SimpleUploadedFile("bukti.pdf", PDF, content_type="application/pdf")
    return data


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.mark.parametrize("persona", list(HARAPAN))
@pytest.mark.parametrize("index", range(len(AKSI)), ids=AKSI)
def test_each_role_may_do_exactly_its_own_actions(client, dunia, persona, index):
    aksi, expected = AKSI[index], HARAPAN[persona][index]
    laporan = _siapkan(dunia, aksi)
    before = LaporanRealisasi.objects.values_list("status", "versi").get(pk=laporan.pk)
    if persona != "anonim":
        client.force_login(getattr(dunia, persona))
    url = reverse("reporting:isian", args=[dunia.satker.slug, dunia.unit.pk, "tw1"])
    response = client.post(f"{url}?tahun={TAHUN}", _data(dunia, aksi, laporan))
    after = LaporanRealisasi.objects.values_list("status", "versi").get(pk=laporan.pk)
    if expected == MASUK:
        assert response.status_code == 302
        assert "/akun/" in response["Location"]
    else:
        assert response.status_code == expected
    if expected != OK:
        assert after == before  # nothing changed
        assert not BuktiDukung.objects.exists()
    else:
        assert after != before or aksi == "unggah"


@pytest.mark.parametrize("persona", ["operator", "kasubbag", "admin"])
def test_another_satkers_unit_or_satker_in_the_url_is_not_found(client, dunia, persona):
    from kinerja.organisations.tests.factories import UnitFactory

    foreign_unit = UnitFactory(satker=dunia.lain)
    client.force_login(getattr(dunia, persona))
    for slug, unit_id in (
        (dunia.satker.slug, foreign_unit.pk),  # our satker, their unit
        (dunia.lain.slug, dunia.unit.pk),  # their satker, our unit
        (dunia.lain.slug, foreign_unit.pk),
    ):
        url = reverse("reporting:isian", args=[slug, unit_id, "tw1"]) + f"?tahun={TAHUN}"
        assert client.get(url).status_code == 404
        assert client.post(url, {"aksi": "simpan"}).status_code == 404
    assert not LaporanRealisasi.objects.exists()


def test_another_units_operator_reads_but_cannot_write(client, dunia):
    client.force_login(dunia.operator_lain)
    url = reverse("reporting:isian", args=[dunia.satker.slug, dunia.unit.pk, "tw1"])
    html = client.get(f"{url}?tahun={TAHUN}").content.decode()
    assert "U-1" in html
    assert 'name="nilai-' not in html
