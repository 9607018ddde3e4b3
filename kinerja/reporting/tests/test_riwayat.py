"""A record's history: who changed what and when, before → after; never another satker's."""

import re

import pytest
from django.urls import reverse

from kinerja.reporting.models import IsianRealisasi, LaporanRealisasi
from kinerja.reporting.tests.conftest import TAHUN
from kinerja.reporting.tests.test_flow import _post

pytestmark = pytest.mark.django_db


def _url(satker, label, pk):
    return reverse("reporting:riwayat", args=[satker.slug, label, pk]) + f"?tahun={TAHUN}"


def test_the_history_shows_who_changed_what_before_and_after(client, dunia):
    client.force_login(dunia.operator)
    _post(client, dunia, "simpan", narasi="Awal", **{"U-1": "10"})
    laporan = LaporanRealisasi.objects.get(unit=dunia.unit)
    _post(client, dunia, "simpan", versi=laporan.versi, narasi="Diperbaiki", **{"U-1": "12,5"})
    client.force_login(dunia.inspektur)
    html = client.get(_url(dunia.satker, "reporting.laporanrealisasi", laporan.pk)).content.decode()
    assert dunia.operator.username in html
    assert "Awal → Diperbaiki" in html
    # The report's own figures are in its history too, with the row they belong to.
    assert "<strong>realisasi</strong>: 10 → 12,5" in html
    entry = IsianRealisasi.objects.get(indikator=dunia.a)
    assert f"isian realisasi: {entry}" in html
    html = client.get(_url(dunia.satker, "reporting.isianrealisasi", entry.pk)).content.decode()
    assert "<strong>realisasi</strong>: 10 → 12,5" in html


def test_the_history_names_people_and_shows_times_and_amounts_as_pages_do(client, dunia):
    dunia.operator.first_name, dunia.operator.last_name = "Sari", "Dewi"
    dunia.operator.save()
    client.force_login(dunia.operator)
    _post(client, dunia, "simpan", narasi="Awal", **{"U-1": "10"})
    laporan = LaporanRealisasi.objects.get(unit=dunia.unit)
    client.force_login(dunia.inspektur)
    html = client.get(_url(dunia.satker, "reporting.laporanrealisasi", laporan.pk)).content.decode()
    assert "<strong>diubah oleh</strong>: – → Sari Dewi" in html
    assert f"<strong>satker</strong>: – → {dunia.satker}" in html
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d", html)  # no ISO timestamps


def test_another_satkers_record_or_an_unknown_kind_is_not_found(client, dunia):
    client.force_login(dunia.operator)
    _post(client, dunia, "simpan", **{"U-1": "10"})
    laporan = LaporanRealisasi.objects.get(unit=dunia.unit)
    client.force_login(dunia.orang_luar)
    # Their own satker's slug with our record's id, and ours.
    assert client.get(_url(dunia.lain, "reporting.laporanrealisasi", laporan.pk)).status_code == 404
    assert (
        client.get(_url(dunia.satker, "reporting.laporanrealisasi", laporan.pk)).status_code == 404
    )
    client.force_login(dunia.operator)
    for label in ("accounts.user", "core.auditlog", "tidak.ada"):
        assert client.get(_url(dunia.satker, label, dunia.operator.pk)).status_code == 404
