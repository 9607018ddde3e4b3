"""A satker whose units report monthly: the admin satker chooses it, the overview and the grid
follow, the measurement reads "s.d. <bulan>", and months and quarters are never mixed in one
unit-year or one indicator-year (March would count twice)."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from kinerja.core.models import AuditLog
from kinerja.measurement.models import PengaturanPengukuran, Realisasi
from kinerja.measurement.selectors import pengukuran
from kinerja.reporting import services
from kinerja.reporting.models import LaporanRealisasi
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db


def _rekap(dunia):
    return reverse("reporting:rekap", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"


def _isian(dunia, periode, unit=None):
    unit = unit or dunia.unit
    url = reverse("reporting:isian", args=[dunia.satker.slug, unit.pk, periode])
    return f"{url}?tahun={TAHUN}"


def _atur(client, dunia, periode):
    url = reverse("reporting:atur_periode", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"
    return client.post(url, {"periode_laporan": periode})


def _entri(dunia, aksi, versi="", **values):
    data = {"aksi": aksi, "versi": str(versi), "narasi": ""}
    for indikator in (dunia.a, dunia.b):
        data[f"status-{indikator.pk}"] = "dilaporkan"
        data[f"nilai-{indikator.pk}"] = values.get(indikator.kode, "")
        data[f"alasan-{indikator.pk}"] = ""
    return data


def test_the_admin_satker_switches_its_units_to_monthly_reports(client, dunia):
    client.force_login(dunia.admin)
    page = client.get(_rekap(dunia)).content.decode()
    assert "Triwulan I" in page
    assert "Januari" not in page
    assert _atur(client, dunia, "mingguan").status_code == 302
    assert not PengaturanPengukuran.objects.filter(satker=dunia.satker).exists()
    assert _atur(client, dunia, "bulanan").status_code == 302
    setting = PengaturanPengukuran.objects.get(satker=dunia.satker)
    assert setting.periode_laporan == "bulanan"
    assert AuditLog.objects.filter(model="measurement.PengaturanPengukuran", actor=dunia.admin)
    page = client.get(_rekap(dunia)).content.decode()
    assert "Januari" in page
    assert "Desember" in page
    assert "Triwulan I<" not in page
    # A quarter is no longer a period of this satker's units; a month is.
    assert client.get(_isian(dunia, "tw1")).status_code == 404
    assert client.get(_isian(dunia, "b01")).status_code == 200


@pytest.mark.parametrize("persona", ["operator", "kasubbag", "pimpinan", "inspektur"])
def test_only_the_admin_satker_chooses_the_reporting_period(client, dunia, persona):
    client.force_login(getattr(dunia, persona))
    assert _atur(client, dunia, "bulanan").status_code == 403
    client.force_login(dunia.orang_luar)
    assert _atur(client, dunia, "bulanan").status_code == 404
    assert not PengaturanPengukuran.objects.filter(satker=dunia.satker).exists()


def test_a_month_is_entered_approved_and_measured_up_to_that_month(client, dunia):
    services.atur_periode_laporan(actor=dunia.admin, satker=dunia.satker, periode="bulanan")
    client.force_login(dunia.operator)
    response = client.post(
        _isian(dunia, "b02"), _entri(dunia, "ajukan", **{"U-1": "30", "U-2": "1"})
    )
    assert response.status_code == 302
    laporan = LaporanRealisasi.objects.get(unit=dunia.unit, tahun=TAHUN, periode="b02")
    assert laporan.status == "diajukan"
    client.force_login(dunia.kasubbag)
    client.post(_isian(dunia, "b02"), {"aksi": "setujui", "versi": laporan.versi})
    row = Realisasi.objects.get(indikator=dunia.a, tahun=TAHUN, periode="b02")
    assert row.nilai == Decimal(30)
    assert "Februari" in row.sumber
    measured = {
        item.indikator.kode: item for item in pengukuran(dunia.satker, TAHUN, sampai="b02").baris
    }
    assert measured["U-1"].posisi_label == "s.d. Februari"
    # The March grid lists February's approved figure among the earlier periods.
    client.force_login(dunia.operator)
    assert "30" in client.get(_isian(dunia, "b03")).content.decode()


def test_a_unit_keeps_one_kind_of_period_for_a_year(client, dunia):
    client.force_login(dunia.operator)
    client.post(_isian(dunia, "tw1"), _entri(dunia, "simpan", **{"U-1": "10"}))
    assert LaporanRealisasi.objects.filter(unit=dunia.unit, periode="tw1").exists()
    services.atur_periode_laporan(actor=dunia.admin, satker=dunia.satker, periode="bulanan")
    # The unit that already reported this year per quarter keeps reporting per quarter ...
    assert client.get(_isian(dunia, "tw2")).status_code == 200
    assert client.get(_isian(dunia, "b01")).status_code == 404
    # ... and a month report for it is refused by the service whatever the page allowed.
    month = LaporanRealisasi(satker=dunia.satker, unit=dunia.unit, tahun=TAHUN, periode="b05")
    with pytest.raises(ValidationError, match="tidak dapat dicampur"):
        services.simpan(month, actor=dunia.operator, versi=None, isian={}, narasi="")
    # The other unit, with nothing reported yet, follows the satker: months.
    client.force_login(dunia.operator_lain)
    assert client.get(_isian(dunia, "b01", dunia.unit_lain)).status_code == 200
    rekap = client.get(_rekap(dunia)).content.decode()
    assert "Triwulan I" in rekap  # the first unit's column stays visible
    assert "Januari" in rekap


def test_an_indicator_year_never_mixes_months_and_quarters(dunia):
    Realisasi.objects.create(
        indikator=dunia.a, tahun=TAHUN, periode="tw1", status="dilaporkan", nilai=Decimal(5)
    )
    month = Realisasi(
        indikator=dunia.a, tahun=TAHUN, periode="b03", status="dilaporkan", nilai=Decimal(5)
    )
    with pytest.raises(ValidationError, match="sudah dicatat per triwulan"):
        month.full_clean()
    # Another year, or the annual row, is not a mix.
    Realisasi(indikator=dunia.a, tahun=TAHUN + 1, periode="b03", status="dilaporkan",
              nilai=Decimal(5)).full_clean()  # fmt: skip
    Realisasi(indikator=dunia.a, tahun=TAHUN, periode="tahunan", status="dilaporkan",
              nilai=Decimal(5)).full_clean()  # fmt: skip
