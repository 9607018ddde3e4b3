"""Ids and numbers typed or posted as something `int()` refuses (`²` is a digit to
`str.isdigit()`, `NaN` is none) get a page with a message, never a crash page."""

import pytest
from django.urls import reverse

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.core.models import AuditLog
from kinerja.planning.models import BarisRKT
from kinerja.planning.renstra import simpan_renstra
from kinerja.reporting.tests.conftest import PIHAK, TAHUN, TAHUN_PK

pytestmark = pytest.mark.django_db


def _url(satker, name, *args, tahun=TAHUN):
    return reverse(f"reporting:{name}", args=[satker.slug, *args]) + f"?tahun={tahun}"


@pytest.mark.parametrize("baris", ["NaN", "²", "1e5", "-1"])
def test_a_pk_line_that_is_not_an_id_is_not_found(client, kantor, baris):
    client.force_login(kantor["admin"])
    sources = [str(row.pk) for row in BarisRKT.objects.filter(rkt__satker=kantor["satker"])]
    client.post(_url(kantor["satker"], "pk_baru", tahun=TAHUN_PK), {**PIHAK, "sumber": sources})
    draft = PerjanjianKinerja.objects.get(satker=kantor["satker"], unit=None)
    before = AuditLog.objects.count()
    url = _url(kantor["satker"], "pk_detail", draft.pk, tahun=TAHUN_PK)
    response = client.post(url, {"aksi": "ubah", "baris": baris, "target": "90"})
    assert response.status_code == 404
    assert "Baris PK tidak ditemukan" in response.content.decode()
    assert AuditLog.objects.count() == before


def test_a_superscript_digit_as_the_rkt_year_is_refused_with_a_message(client, dunia):
    client.force_login(dunia.admin)
    response = client.post(_url(dunia.satker, "rkt"), {"aksi": "buka", "tahun_baru": "2²"})
    assert response.status_code == 400
    assert "Isi tahun dengan angka" in response.content.decode()


def test_a_superscript_digit_as_a_renstra_number_is_refused_with_a_message(client, dunia):
    renstra = simpan_renstra(
        actor=dunia.admin,
        satker=dunia.satker,
        renstra=None,
        data={"tahun_awal": 2020, "tahun_akhir": 2024, "visi": "Visi"},
    )
    client.force_login(dunia.admin)
    url = _url(dunia.satker, "renstra_butir", renstra.pk, "sasaran")
    response = client.post(url, {"aksi": "tambah", "nomor": "²", "uraian": "S", "tujuan": "²"})
    assert response.status_code < 500
    assert not renstra.sasaran.exists()
    bad_year = {"aksi": "simpan", "tahun_awal": "²⁰²⁰", "tahun_akhir": "2024", "visi": "V"}
    response = client.post(_url(dunia.satker, "renstra_baru"), bad_year)
    assert response.status_code == 400
    assert "Isi tahun antara" in response.content.decode()


def test_odd_digits_in_links_are_not_found_or_ignored(client, dunia):
    client.force_login(dunia.admin)
    assert client.get(_url(dunia.satker, "hambatan_baru") + "&indikator=²").status_code == 200
    history = reverse("reporting:riwayat", args=[dunia.satker.slug, "indikator", "²"])
    assert client.get(history).status_code == 404
    grid = reverse("reporting:isian", args=[dunia.satker.slug, dunia.unit.pk, "tw1"])
    client.force_login(dunia.operator)
    response = client.post(grid + f"?tahun={TAHUN}", {"aksi": "simpan", "versi": "²"})
    assert response.status_code < 500


@pytest.mark.parametrize("value", ["1.748.912.000", "NaN", "²"])
def test_an_rkt_row_or_indicator_that_is_not_an_id_is_refused(client, kantor, value):
    client.force_login(kantor["admin"])
    url = _url(kantor["satker"], "rkt", tahun=TAHUN_PK)
    before = AuditLog.objects.count()
    response = client.post(url, {"aksi": "ubah", "baris": value, "target": "90"})
    assert response.status_code == 404
    assert "Baris RKT tidak ditemukan" in response.content.decode()
    response = client.post(url, {"aksi": "tambah", "indikator": value, "target": "90"})
    assert response.status_code == 400
    assert "Pilih indikator satker ini" in response.content.decode()
    assert AuditLog.objects.count() == before


@pytest.mark.parametrize("value", ["1.748.912.000", "NaN", "²"])
def test_a_renstra_statement_that_is_not_an_id_is_not_found(client, dunia, value):
    renstra = simpan_renstra(
        actor=dunia.admin,
        satker=dunia.satker,
        renstra=None,
        data={"tahun_awal": 2020, "tahun_akhir": 2024, "visi": "Visi"},
    )
    client.force_login(dunia.admin)
    url = _url(dunia.satker, "renstra_butir", renstra.pk, "misi")
    response = client.post(url, {"aksi": "hapus", "butir": value})
    assert response.status_code == 404
    assert "Butir Renstra tidak ditemukan" in response.content.decode()
