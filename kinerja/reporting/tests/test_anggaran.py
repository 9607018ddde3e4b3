"""The budget page: a pagu and its revisions, realisation by month and funding source, typed
the Indonesian way; the figures it shows are the reading layer's, as on the measurement page."""

from decimal import Decimal

import pytest
from django.urls import reverse

from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.core.models import AuditLog
from kinerja.measurement.selectors import pengukuran
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db


def _url(dunia):
    return reverse("reporting:anggaran", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"


def _pagu(dunia, **values):
    return {
        "aksi": "pagu", "pagu-kegiatan": dunia.a.kegiatan_id, "pagu-jenis": "awal",
        "pagu-jumlah": "Rp 1.748.912.000", "pagu-sumber_dana": "apbn_dipa",
        "pagu-tanggal": "", "pagu-alasan": "", "pagu-sumber": "DIPA 2024",
        **{f"pagu-{key}": value for key, value in values.items()},
    }  # fmt: skip


def _realisasi(dunia, **values):
    return {
        "aksi": "realisasi", "realisasi-kegiatan": dunia.a.kegiatan_id,
        "realisasi-periode": "b01", "realisasi-sumber_dana": "apbn_dipa",
        "realisasi-jumlah": "100.000.000", "realisasi-sumber": "SP2D Januari",
        **{f"realisasi-{key}": value for key, value in values.items()},
    }  # fmt: skip


def test_a_pagu_its_revision_and_monthly_realisations_give_the_serapan(client, dunia):
    client.force_login(dunia.admin)
    assert client.post(_url(dunia), _pagu(dunia)).status_code == 302
    response = client.post(_url(dunia), _pagu(dunia, jenis="revisi", jumlah="2.000.000.000"))
    assert response.status_code == 400  # a revision says when and why
    assert "wajib bertanggal" in response.content.decode()
    revision = _pagu(dunia, jenis="revisi", jumlah="2.000.000.000", tanggal="2024-06-01",
                     alasan="Revisi POK")  # fmt: skip
    assert client.post(_url(dunia), revision).status_code == 302
    client.post(_url(dunia), _realisasi(dunia))
    client.post(_url(dunia), _realisasi(dunia, periode="b02", jumlah="Rp 150.000.000"))
    html = client.get(_url(dunia)).content.decode()
    assert "Rp 2.000.000.000" in html
    assert "Rp 250.000.000" in html
    assert "12,50%" in html
    assert "Februari (APBN (DIPA)): Rp 150.000.000" in html
    measured = pengukuran(dunia.satker, TAHUN).anggaran[0]
    assert (measured.pagu, measured.realisasi) == (Decimal(2_000_000_000), Decimal(250_000_000))
    assert Pagu.objects.filter(satker=dunia.satker).count() == 2


def test_a_second_entry_for_a_period_replaces_it_audited(client, dunia):
    client.force_login(dunia.admin)
    client.post(_url(dunia), _realisasi(dunia))
    client.post(_url(dunia), _realisasi(dunia, jumlah="120.000.000"))
    row = RealisasiAnggaran.objects.get(satker=dunia.satker)
    assert row.jumlah == Decimal(120_000_000)
    audit = AuditLog.objects.filter(model="budgets.RealisasiAnggaran", object_id=str(row.pk))
    update = audit.get(action="update")
    assert (update.before["jumlah"], update.after["jumlah"]) == ("100000000", "120000000")


def test_money_typed_wrong_saves_nothing(client, dunia):
    client.force_login(dunia.admin)
    response = client.post(_url(dunia), _realisasi(dunia, jumlah="12,5"))
    assert response.status_code == 400
    assert not RealisasiAnggaran.objects.filter(satker=dunia.satker).exists()


@pytest.mark.parametrize(("persona", "status"), [
    ("operator", 403), ("kasubbag", 403), ("pimpinan", 403), ("inspektur", 403),
    ("orang_luar", 404),
])  # fmt: skip
def test_only_the_admin_satker_records_budgets(client, dunia, persona, status):
    client.force_login(getattr(dunia, persona))
    assert client.post(_url(dunia), _pagu(dunia)).status_code == status
    assert client.post(_url(dunia), _realisasi(dunia)).status_code == status
    assert not Pagu.objects.filter(satker=dunia.satker).exists()
    assert not RealisasiAnggaran.objects.filter(satker=dunia.satker).exists()


def test_another_satkers_kegiatan_is_not_a_choice(client, dunia):
    from kinerja.budgets.tests.factories import KegiatanFactory

    client.force_login(dunia.admin)
    foreign = KegiatanFactory(kode="9999")
    response = client.post(_url(dunia), _pagu(dunia, kegiatan=foreign.pk))
    assert response.status_code == 400
    assert not Pagu.objects.filter(satker=dunia.satker).exists()


def test_months_and_quarters_of_one_kegiatan_are_never_mixed(client, dunia):
    client.force_login(dunia.admin)
    client.post(_url(dunia), _realisasi(dunia))
    response = client.post(_url(dunia), _realisasi(dunia, periode="tw1"))
    assert response.status_code == 400
    assert "sudah dicatat per bulan" in response.content.decode()
    assert RealisasiAnggaran.objects.filter(satker=dunia.satker).count() == 1
