"""The time windows of a year's evaluation on their page (/lke/jadwal/<tahun>/): read by anyone
logged in, set, changed and removed only by whoever keeps the worksheets, each change audited,
and a saved window is what the write services then enforce."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.formatting import format_tanggal
from kinerja.core.models import AuditLog
from kinerja.lke.jadwal import hapus_jadwal, tetapkan_jadwal
from kinerja.lke.models import JadwalLke, JawabanLke
from kinerja.organisations.models import Satker

URL = "/lke/jadwal/2025/"
HX = {"HTTP_HX_REQUEST": "true"}
D = datetime.date


def _simpan(client, fase, mulai, selesai, **extra):
    data = {"aksi": "simpan", "fase": fase, "mulai": mulai, "selesai": selesai}
    return client.post(URL, data, **extra)


def _audit():
    """This page's audit records (the demo's windows have their own, from loading it)."""
    return AuditLog.objects.filter(model="lke.JadwalLke", reason__startswith="Jadwal LKE")


def _window(fase):
    row = JadwalLke.objects.filter(tahun=2025, fase=fase).first()
    return (row.mulai, row.selesai) if row else None


@pytest.fixture
def windows(versi):
    """The two windows of 2025, in the past: January–February, then March–April."""
    JadwalLke.objects.filter(tahun=2025).delete()
    JadwalLke.objects.create(
        tahun=2025, fase="mandiri", mulai=D(2025, 1, 16), selesai=D(2025, 2, 28)
    )
    JadwalLke.objects.create(
        tahun=2025, fase="evaluasi", mulai=D(2025, 2, 1), selesai=D(2025, 4, 30)
    )


def test_anyone_logged_in_reads_the_windows_with_indonesian_dates(client, windows, orang):
    client.force_login(orang.orang_luar)
    page = client.get(URL)
    assert page.status_code == 200
    text = page.content.decode()
    assert "16 Januari 2025" in text
    assert "28 Februari 2025" in text
    assert "30 April 2025" in text
    assert 'name="mulai"' not in text  # no form for a reader
    client.logout()
    assert client.get(URL).status_code == 302  # to the login page


def test_the_worksheet_list_and_the_evaluation_link_to_the_windows(client, evaluasi, orang):
    client.force_login(orang.admin)
    assert URL in client.get("/lke/lembar/").content.decode()
    assert URL in client.get("/satker/kpu-kota-prabumulih/lke/2025/").content.decode()


def test_a_year_without_a_worksheet_has_no_windows_page(client, versi, orang):
    client.force_login(orang.inspektur_pusat)
    assert client.get("/lke/jadwal/2031/").status_code == 404
    with pytest.raises(ValidationError, match="Belum ada lembar kerja evaluasi tahun 2031"):
        tetapkan_jadwal(
            actor=orang.inspektur_pusat,
            tahun=2031,
            fase="mandiri",
            mulai=D(2031, 1, 1),
            selesai=D(2031, 2, 1),
        )
    assert not JadwalLke.objects.filter(tahun=2031).exists()


def test_the_central_inspectorate_sets_a_window_and_the_change_is_audited(client, windows, orang):
    client.force_login(orang.inspektur_pusat)
    page = client.get(URL).content.decode()
    assert 'name="mulai"' in page
    assert "Hapus jadwal" in page
    response = _simpan(client, "mandiri", "2025-01-20", "2025-03-15")
    assert response.status_code == 302
    assert _window("mandiri") == (D(2025, 1, 20), D(2025, 3, 15))
    assert JadwalLke.objects.filter(tahun=2025).count() == 2  # changed, not duplicated
    audit = _audit().latest("pk")
    assert audit.actor == orang.inspektur_pusat
    assert audit.action == AuditLog.Action.UPDATE
    assert (audit.before["mulai"], audit.before["selesai"]) == ("2025-01-16", "2025-02-28")
    assert (audit.after["mulai"], audit.after["selesai"]) == ("2025-01-20", "2025-03-15")
    assert "20 Januari 2025" in client.get(URL).content.decode()


def test_a_superuser_sets_a_window_with_htmx_and_gets_the_table_back(client, windows, superuser):
    client.force_login(superuser)
    response = _simpan(client, "evaluasi", "2025-03-01", "2025-05-31", **HX)
    assert response.status_code == 200
    text = response.content.decode()
    assert 'id="jadwal-lke"' in text
    assert "<html" not in text
    assert "31 Mei 2025" in text
    assert "Jadwal Evaluasi disimpan." in text
    assert _window("evaluasi") == (D(2025, 3, 1), D(2025, 5, 31))


@pytest.mark.parametrize(
    "siapa", ["admin", "pimpinan", "inspektur", "inspektur_lain", "orang_luar", "reviewer"]
)
def test_nobody_else_may_set_or_remove_a_window(client, windows, orang, siapa):
    client.force_login(getattr(orang, siapa))
    assert 'name="mulai"' not in client.get(URL).content.decode()
    assert _simpan(client, "mandiri", "2025-01-01", "2025-12-31").status_code == 403
    assert client.post(URL, {"aksi": "hapus", "fase": "evaluasi"}).status_code == 403
    assert _window("mandiri") == (D(2025, 1, 16), D(2025, 2, 28))
    assert _window("evaluasi") == (D(2025, 2, 1), D(2025, 4, 30))
    with pytest.raises(PermissionDenied):
        hapus_jadwal(actor=getattr(orang, siapa), tahun=2025, fase="evaluasi")
    assert not _audit().exists()


def test_the_admin_of_the_root_satker_may_not_set_windows(client, windows):
    admin_ri = MembershipFactory(
        satker=Satker.objects.get(slug="kpu-ri"), peran=Membership.Peran.ADMIN_SATKER
    ).user
    client.force_login(admin_ri)
    assert _simpan(client, "mandiri", "2025-01-01", "2025-12-31").status_code == 403
    assert _window("mandiri") == (D(2025, 1, 16), D(2025, 2, 28))


def test_a_logged_out_post_changes_nothing(client, windows):
    response = _simpan(client, "mandiri", "2025-01-01", "2025-12-31")
    assert response.status_code == 302  # to the login page
    assert _window("mandiri") == (D(2025, 1, 16), D(2025, 2, 28))


@pytest.mark.parametrize(
    ("fase", "mulai", "selesai", "pesan"),
    [
        (
            "mandiri",
            "2025-02-10",
            "2025-02-01",
            "Tanggal selesai (1 Februari 2025) tidak boleh sebelum tanggal mulai "
            "(10 Februari 2025).",
        ),
        (
            "evaluasi",
            "2025-01-10",
            "2025-04-30",
            "Evaluasi tidak dapat mulai (10 Januari 2025) sebelum penilaian mandiri mulai "
            "(16 Januari 2025).",
        ),
        (
            "evaluasi",
            "2025-02-01",
            "2025-02-20",
            "Evaluasi tidak dapat selesai (20 Februari 2025) sebelum penilaian mandiri selesai "
            "(28 Februari 2025)",
        ),
        (
            "mandiri",
            "2025-01-16",
            "2025-05-31",
            "Evaluasi tidak dapat selesai (30 April 2025) sebelum penilaian mandiri selesai "
            "(31 Mei 2025)",
        ),
        ("mandiri", "31-02-2025", "2025-02-28", "Mulai: Masukkan tanggal yang valid."),
        ("tahunan", "2025-01-01", "2025-02-28", "Fase: Masukkan pilihan yang valid."),
    ],
)
def test_a_window_that_does_not_fit_is_refused_with_its_message_and_the_typed_values(
    client, windows, orang, fase, mulai, selesai, pesan
):
    client.force_login(orang.inspektur_pusat)
    response = _simpan(client, fase, mulai, selesai, **HX)
    assert response.status_code == 400
    text = response.content.decode()
    assert pesan in text
    if fase != "tahunan":
        assert f'value="{mulai}"' in text  # what was typed is shown again
    assert _window("mandiri") == (D(2025, 1, 16), D(2025, 2, 28))
    assert _window("evaluasi") == (D(2025, 2, 1), D(2025, 4, 30))
    assert not _audit().exists()


def test_the_windows_may_overlap_and_the_first_window_of_a_year_is_created(client, versi, orang):
    JadwalLke.objects.filter(tahun=2025).delete()
    client.force_login(orang.inspektur_pusat)
    _simpan(client, "evaluasi", "2025-03-01", "2025-06-30")
    _simpan(client, "mandiri", "2025-01-02", "2025-04-30")
    assert _window("mandiri") == (D(2025, 1, 2), D(2025, 4, 30))
    assert _window("evaluasi") == (D(2025, 3, 1), D(2025, 6, 30))
    created = _audit().filter(action=AuditLog.Action.CREATE)
    assert created.count() == 2
    assert all(audit.before is None for audit in created)


def test_a_removed_window_is_audited_and_stops_the_phase(client, evaluasi, orang):
    client.force_login(orang.inspektur_pusat)
    response = client.post(URL, {"aksi": "hapus", "fase": "mandiri"}, **HX)
    assert response.status_code == 200
    assert "belum ditetapkan" in response.content.decode()
    assert _window("mandiri") is None
    audit = _audit().get()
    assert (audit.action, audit.after, audit.before["fase"]) == ("delete", None, "mandiri")
    again = client.post(URL, {"aksi": "hapus", "fase": "mandiri"}, **HX)
    assert again.status_code == 400
    assert "Jadwal Penilaian mandiri tahun 2025 belum ditetapkan." in again.content.decode()
    client.force_login(orang.admin)
    answer = {"peran": "mandiri", "kode": "T"}
    refused = client.post("/satker/kpu-kota-prabumulih/lke/2025/jawab/1.a.1/", answer, **HX)
    assert refused.status_code == 400
    assert "Jadwal Penilaian mandiri tahun 2025 belum ditetapkan" in refused.content.decode()
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_a_window_saved_on_the_page_is_enforced_on_the_answers(client, evaluasi, orang):
    today = timezone.localdate()
    mulai, selesai = today - datetime.timedelta(days=40), today - datetime.timedelta(days=10)
    client.force_login(orang.inspektur_pusat)
    _simpan(client, "mandiri", mulai.isoformat(), selesai.isoformat())
    client.force_login(orang.admin)
    answer = {"peran": "mandiri", "kode": "T"}
    url = "/satker/kpu-kota-prabumulih/lke/2025/jawab/1.a.1/"
    refused = client.post(url, answer, **HX)
    assert refused.status_code == 400
    message = (
        f"Di luar jadwal Penilaian mandiri tahun 2025 "
        f"({format_tanggal(mulai)} s.d. {format_tanggal(selesai)})."
    )
    assert message in refused.content.decode()
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()
    client.force_login(orang.inspektur_pusat)
    _simpan(client, "mandiri", mulai.isoformat(), today.isoformat())
    client.force_login(orang.admin)
    assert client.post(url, answer, **HX).status_code == 200
    assert JawabanLke.objects.get(evaluasi=evaluasi).kode == "T"
