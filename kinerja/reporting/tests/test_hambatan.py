"""The hambatan/upaya register: who records what, a record changed meanwhile, and the way
back to the entry grid that asked for it."""

import pytest
from django.urls import reverse

from kinerja.core.concurrency import sidik
from kinerja.core.models import AuditLog
from kinerja.measurement.models import HambatanUpaya
from kinerja.planning.tests.factories import IndikatorKinerjaFactory
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db


def _baru(dunia):
    return reverse("reporting:hambatan_baru", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"


def _data(indikator, **extra):
    return {
        "indikator": indikator.pk if indikator else "",
        "aspek": "Pengadaan logistik",
        "hambatan": "Penyedia terlambat",
        "upaya": "Jadwal dipercepat",
        "keterangan": "",
        "tindak_lanjut": "proses",
        "sidik": "",
        **extra,
    }


def test_a_unit_operator_records_a_hambatan_for_its_indicator_and_goes_back(client, dunia):
    client.force_login(dunia.operator)
    grid = reverse("reporting:isian", args=[dunia.satker.slug, dunia.unit.pk, "tw1"])
    page = client.get(_baru(dunia) + f"&indikator={dunia.a.pk}&kembali={grid}")
    assert page.status_code == 200
    assert f'<option value="{dunia.a.pk}" selected>' in page.content.decode()
    response = client.post(_baru(dunia), _data(dunia.a, kembali=grid))
    assert response.status_code == 302
    assert response["Location"] == grid
    row = HambatanUpaya.objects.get(satker=dunia.satker)
    assert (row.nomor, row.indikator, row.kegiatan, row.tindak_lanjut) == (
        1, dunia.a, dunia.a.kegiatan, "proses"
    )  # fmt: skip
    audit = AuditLog.objects.get(model="measurement.HambatanUpaya", object_id=str(row.pk))
    assert (audit.action, audit.actor) == ("create", dunia.operator)
    client.post(_baru(dunia), _data(dunia.b))
    ours = HambatanUpaya.objects.filter(satker=dunia.satker).order_by("nomor")
    assert list(ours.values_list("nomor", flat=True)) == [1, 2]


@pytest.mark.parametrize(("persona", "status"), [
    ("operator_lain", 403), ("kasubbag_lain", 403), ("pimpinan", 403), ("inspektur", 403),
    ("orang_luar", 404),
])  # fmt: skip
def test_others_may_not_record_the_units_hambatan(client, dunia, persona, status):
    client.force_login(getattr(dunia, persona))
    assert client.post(_baru(dunia), _data(dunia.a)).status_code == status
    assert not HambatanUpaya.objects.filter(satker=dunia.satker).exists()


def test_another_satkers_indicator_is_refused(client, dunia):
    client.force_login(dunia.admin)
    foreign = IndikatorKinerjaFactory(satker=dunia.lain)
    response = client.post(_baru(dunia), _data(foreign))
    assert response.status_code == 400
    assert not HambatanUpaya.objects.filter(satker=dunia.satker).exists()


def test_a_hambatan_changed_meanwhile_is_not_overwritten(client, dunia):
    client.force_login(dunia.admin)
    client.post(_baru(dunia), _data(dunia.a))
    row = HambatanUpaya.objects.get(satker=dunia.satker)
    opened = sidik(row)
    url = reverse("reporting:hambatan_ubah", args=[dunia.satker.slug, row.pk]) + f"?tahun={TAHUN}"
    assert client.post(url, _data(dunia.a, upaya="Upaya pertama", sidik=opened)).status_code == 302
    response = client.post(url, _data(dunia.a, upaya="Upaya kedua", sidik=opened))
    assert response.status_code == 400
    html = response.content.decode()
    assert "telah diubah orang lain" in html
    assert "Upaya pertama" in html  # the current values are shown
    assert HambatanUpaya.objects.get(satker=dunia.satker).upaya == "Upaya pertama"


def test_the_way_back_never_leaves_the_site(client, dunia):
    client.force_login(dunia.admin)
    response = client.post(_baru(dunia), _data(dunia.a, kembali="https://contoh.invalid/x"))
    assert response["Location"].startswith("/satker/")


def test_a_way_back_that_is_no_path_leads_to_the_register_not_to_an_error(client, dunia):
    # Found by the garbage posts: redirect() took a bare word for a view name (500).
    client.force_login(dunia.admin)
    response = client.post(_baru(dunia), _data(dunia.a, kembali="-281251"))
    assert response.status_code == 302
    assert response["Location"].startswith("/satker/")


def test_the_register_lists_the_year_and_the_grid_links_to_it(client, dunia):
    from kinerja.reporting.tests.test_flow import _post, _url

    client.force_login(dunia.operator)
    _post(client, dunia, "simpan", **{"U-1": "10", "U-2": "1"})
    html = client.get(_url(dunia)).content.decode()
    assert f"indikator={dunia.a.pk}" in html  # "Catat hambatan" for the indicator below
    client.post(_baru(dunia), _data(dunia.a))
    listing = client.get(
        reverse("reporting:hambatan", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"
    )
    text = listing.content.decode()
    assert "Penyedia terlambat" in text
    assert "Dalam proses" in text
    assert f"indikator={dunia.a.pk}" not in client.get(_url(dunia)).content.decode()


def test_the_indicators_are_offered_by_the_numbers_in_their_codes(client, dunia):
    for kode in ("URUT-10", "URUT-2", "URUT-1"):
        IndikatorKinerjaFactory(satker=dunia.satker, kode=kode)
    client.force_login(dunia.admin)
    page = client.get(_baru(dunia)).content.decode()
    assert page.index(">URUT-1 ") < page.index(">URUT-2 ") < page.index(">URUT-10 ")
