"""The quarterly flow through the pages: save a draft, submit, return with a reason, fix,
approve — and only then does the figure reach the measurement."""

from decimal import Decimal

import pytest
from django.urls import reverse

from kinerja.core.models import AuditLog
from kinerja.measurement.models import HambatanUpaya, Realisasi, VersiDataSatker
from kinerja.measurement.selectors import pengukuran
from kinerja.reporting.models import IsianRealisasi, LaporanRealisasi
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db


def _url(dunia, unit=None, periode="tw1"):
    unit = unit or dunia.unit
    return (
        reverse("reporting:isian", args=[dunia.satker.slug, unit.pk, periode]) + f"?tahun={TAHUN}"
    )


def _post(client, dunia, aksi, versi="", **values):
    data = {"aksi": aksi, "versi": str(versi), "narasi": values.pop("narasi", "")}
    for indikator in (dunia.a, dunia.b):
        data[f"status-{indikator.pk}"] = values.get(f"status_{indikator.kode}", "dilaporkan")
        data[f"nilai-{indikator.pk}"] = values.get(indikator.kode, "")
        data[f"alasan-{indikator.pk}"] = values.get(f"alasan_{indikator.kode}", "")
    data.update(values.get("extra", {}))
    return client.post(_url(dunia), data)


def _laporan(dunia):
    return LaporanRealisasi.objects.get(unit=dunia.unit, tahun=TAHUN, periode="tw1")


def _tw1(dunia):
    return {row.indikator.kode: row for row in pengukuran(dunia.satker, TAHUN, sampai="tw1").baris}


def test_the_grid_lists_the_unit_pk_indicators_with_targets(client, dunia):
    client.force_login(dunia.operator)
    html = client.get(_url(dunia)).content.decode()
    assert "U-1" in html
    assert "U-2" in html
    assert "4 dokumen" in html  # the unit PK's target with its unit
    assert "Belum ada isian" in html


def test_a_draft_keeps_indonesian_numbers_and_changes_no_figure(client, dunia):
    client.force_login(dunia.operator)
    response = _post(client, dunia, "simpan", **{"U-1": "12,5", "U-2": "1"})
    assert response.status_code == 302
    entries = dict(IsianRealisasi.objects.values_list("indikator__kode", "nilai"))
    assert entries == {"U-1": Decimal("12.5"), "U-2": Decimal("1")}
    assert not Realisasi.objects.filter(indikator__satker=dunia.satker).exists()
    html = client.get(_url(dunia)).content.decode()
    assert 'value="12,5"' in html  # shown back the way it was typed
    assert "50,00%" in html  # the preview: 12,5 of the TW I target 25


def test_a_bad_number_saves_nothing_and_says_why(client, dunia):
    client.force_login(dunia.operator)
    response = _post(client, dunia, "simpan", **{"U-1": "Rp 5", "U-2": "2"})
    assert response.status_code == 400
    html = response.content.decode()
    assert html.count("Periksa isian yang ditandai") == 1  # one banner; the row says why
    assert "tidak ada yang disimpan" in html
    assert 'value="Rp 5"' in html  # the typing is kept
    assert not LaporanRealisasi.objects.exists()


def test_not_executed_needs_a_reason(client, dunia):
    client.force_login(dunia.operator)
    response = _post(client, dunia, "simpan", **{"status_U-2": "tidak_dilaksanakan", "U-1": "25"})
    assert response.status_code == 400
    assert "Sebutkan alasan" in response.content.decode()
    assert not IsianRealisasi.objects.exists()


def test_submitting_needs_every_indicator_and_a_hambatan_below_the_threshold(client, dunia):
    client.force_login(dunia.operator)
    response = _post(client, dunia, "ajukan", **{"U-1": "10"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "U-2: realisasi belum diisi" in html
    assert "U-1: capaian 40,00% di bawah 100,00%" in html
    laporan = _laporan(dunia)
    assert laporan.status == "draf"  # the draft was kept, the submission refused
    HambatanUpaya.objects.create(
        satker=dunia.satker, tahun=TAHUN, nomor=1, aspek="Pengadaan", indikator=dunia.a,
        hambatan="Lelang ulang", upaya="Percepatan jadwal",
    )  # fmt: skip
    response = _post(client, dunia, "ajukan", versi=laporan.versi, **{"U-1": "10", "U-2": "1"})
    assert response.status_code == 302
    assert _laporan(dunia).status == "diajukan"


def test_returned_fixed_and_approved_the_figure_reaches_the_measurement(client, dunia):
    client.force_login(dunia.operator)
    assert _post(client, dunia, "ajukan", **{"U-1": "30", "U-2": "1"}).status_code == 302
    laporan = _laporan(dunia)
    assert all(row.realisasi is None for row in _tw1(dunia).values())  # nothing while submitted

    client.force_login(dunia.kasubbag)
    response = client.post(_url(dunia), {"aksi": "kembalikan", "versi": laporan.versi})
    assert response.status_code == 400
    assert "Sebutkan alasan" in response.content.decode()
    client.post(
        _url(dunia),
        {"aksi": "kembalikan", "versi": laporan.versi, "alasan_kembali": "U-2 tanpa bukti"},
    )
    laporan = _laporan(dunia)
    assert (laporan.status, laporan.alasan_dikembalikan) == ("dikembalikan", "U-2 tanpa bukti")

    client.force_login(dunia.operator)
    assert "Dikembalikan: U-2 tanpa bukti" in client.get(_url(dunia)).content.decode()
    response = _post(client, dunia, "ajukan", versi=laporan.versi, **{"U-1": "30", "U-2": "2"})
    assert response.status_code == 302

    version_before = VersiDataSatker.objects.get(satker=dunia.satker).versi
    client.force_login(dunia.kasubbag)
    response = client.post(_url(dunia), {"aksi": "setujui", "versi": _laporan(dunia).versi})
    assert response.status_code == 302
    assert _laporan(dunia).status == "disetujui"
    rows = {row.indikator.kode: row for row in Realisasi.objects.filter(tahun=TAHUN, periode="tw1")}
    assert (rows["U-1"].nilai, rows["U-2"].nilai) == (Decimal(30), Decimal(2))
    assert "Subbagian Keuangan Uji" in rows["U-1"].sumber
    measured = _tw1(dunia)
    assert measured["U-1"].hasil.nilai == Decimal(120)  # 30 of the TW I target 25
    assert measured["U-1"].posisi_label == "s.d. TW I"
    # The satker's data version moved: a parent's roll-up recomputes it.
    assert VersiDataSatker.objects.get(satker=dunia.satker).versi > version_before
    # Every step audited, with its actor.
    actions = list(
        AuditLog.objects.filter(model="reporting.LaporanRealisasi").values_list(
            "actor__username", "reason"
        )
    )
    assert (dunia.kasubbag.username, "Dikembalikan: U-2 tanpa bukti") in actions
    assert (dunia.kasubbag.username, "Laporan realisasi disetujui") in actions
    created = AuditLog.objects.filter(
        model="measurement.Realisasi", action="create", actor=dunia.kasubbag
    )
    assert sorted(created.values_list("object_id", flat=True)) == sorted(
        str(row.pk) for row in rows.values()
    )
    # Approved is final: the operator cannot change it any more.
    client.force_login(dunia.operator)
    html = client.get(_url(dunia)).content.decode()
    assert 'name="nilai-' not in html
    response = _post(client, dunia, "simpan", versi=_laporan(dunia).versi, **{"U-1": "1"})
    assert response.status_code == 400
    assert "disetujui tidak dapat diubah" in response.content.decode()


def test_the_submitter_never_approves_their_own_report(client, dunia):
    from kinerja.accounts.models import Membership

    Membership.objects.create(
        user=dunia.operator, satker=dunia.satker, unit=dunia.unit, peran="kasubbag"
    )
    client.force_login(dunia.operator)
    _post(client, dunia, "ajukan", **{"U-1": "30", "U-2": "1"})
    response = client.post(_url(dunia), {"aksi": "setujui", "versi": _laporan(dunia).versi})
    assert response.status_code == 403
    assert "diperiksa oleh orang lain" in response.content.decode()
    assert _laporan(dunia).status == "diajukan"


def test_the_second_of_two_saves_is_told_and_overwrites_nothing(client, dunia):
    client.force_login(dunia.operator)
    _post(client, dunia, "simpan", **{"U-1": "10"})
    opened = _laporan(dunia).versi  # both people open version 1
    _post(client, dunia, "simpan", versi=opened, **{"U-1": "20"})
    response = _post(client, dunia, "simpan", versi=opened, **{"U-1": "99"})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "telah diubah oleh" in page
    assert 'value="20"' in page
    assert IsianRealisasi.objects.get(indikator=dunia.a).nilai == Decimal(20)


def test_the_overview_shows_which_periods_are_in_and_which_are_missing(client, dunia):
    client.force_login(dunia.operator)
    _post(client, dunia, "ajukan", **{"U-1": "30", "U-2": "1"})
    html = client.get(
        reverse("reporting:rekap", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"
    ).content.decode()
    row = html[html.index("Subbagian Keuangan Uji") :].split("</tr>")[0]
    assert row.count("Belum ada") == 3
    assert "Diajukan" in row


def test_the_grid_reads_a_fixed_number_of_queries(client, dunia, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kinerja.agreements.models import BarisPerjanjian
    from kinerja.planning.tests.factories import IndikatorKinerjaFactory

    client.force_login(dunia.operator)
    _post(client, dunia, "simpan", **{"U-1": "10", "U-2": "1"})

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(_url(dunia)).status_code == 200
        return len(queries)

    few = count()
    pk = BarisPerjanjian.objects.filter(indikator=dunia.a).first().perjanjian
    for number in range(3, 9):
        BarisPerjanjian.objects.create(
            perjanjian=pk, urutan=number, sasaran_tercetak="S", target=Decimal(1),
            indikator=IndikatorKinerjaFactory(satker=dunia.satker, kegiatan=dunia.a.kegiatan),
        )  # fmt: skip
    assert count() == few


def test_the_preview_shows_the_capaian_of_a_value_being_typed_and_stores_nothing(client, dunia):
    client.force_login(dunia.operator)
    url = (
        reverse("reporting:pratinjau", args=[dunia.satker.slug, dunia.unit.pk, "tw1"])
        + f"?tahun={TAHUN}"
    )
    pk = dunia.a.pk
    response = client.post(url, {"indikator": pk, f"nilai-{pk}": "12,5"})
    assert response.status_code == 200
    assert "50,00%" in response.content.decode()
    response = client.post(url, {"indikator": pk, f"nilai-{pk}": "abc"})
    assert "Angka tidak dikenali" in response.content.decode()
    assert not LaporanRealisasi.objects.exists()
    assert client.get(url).status_code == 405
    # An indicator not on that unit's PK, another satker: not found.
    other = reverse("reporting:pratinjau", args=[dunia.satker.slug, dunia.unit_lain.pk, "tw1"])
    assert client.post(f"{other}?tahun={TAHUN}", {"indikator": pk}).status_code == 404
    client.force_login(dunia.orang_luar)
    assert client.post(url, {"indikator": pk, f"nilai-{pk}": "1"}).status_code == 404


def test_an_approved_report_is_reopened_with_a_reason_and_corrected(client, dunia):
    client.force_login(dunia.operator)
    _post(client, dunia, "ajukan", **{"U-1": "30", "U-2": "1"})
    client.force_login(dunia.kasubbag)
    client.post(_url(dunia), {"aksi": "setujui", "versi": _laporan(dunia).versi})
    laporan = _laporan(dunia)
    # The operator cannot reopen it; the Kasubbag must say why.
    client.force_login(dunia.operator)
    response = client.post(_url(dunia), {"aksi": "buka_kembali", "versi": laporan.versi})
    assert response.status_code == 403
    client.force_login(dunia.kasubbag)
    response = client.post(_url(dunia), {"aksi": "buka_kembali", "versi": laporan.versi})
    assert response.status_code == 400
    client.post(
        _url(dunia),
        {"aksi": "buka_kembali", "versi": laporan.versi, "alasan_kembali": "Salah ketik U-1"},
    )
    laporan = _laporan(dunia)
    assert (laporan.status, laporan.alasan_dikembalikan) == ("dikembalikan", "Salah ketik U-1")
    # The approved figure stays in force until the correction is approved.
    assert _tw1(dunia)["U-1"].realisasi == Decimal(30)
    client.force_login(dunia.operator)
    _post(client, dunia, "ajukan", versi=laporan.versi, **{"U-1": "25", "U-2": "1"})
    assert _tw1(dunia)["U-1"].realisasi == Decimal(30)
    client.force_login(dunia.kasubbag)
    client.post(_url(dunia), {"aksi": "setujui", "versi": _laporan(dunia).versi})
    assert _tw1(dunia)["U-1"].realisasi == Decimal(25)
    row = Realisasi.objects.get(indikator=dunia.a, periode="tw1")
    update = AuditLog.objects.get(
        model="measurement.Realisasi", object_id=str(row.pk), action="update"
    )
    assert (update.before["nilai"], update.after["nilai"]) == ("30", "25")


def test_a_negative_realisation_is_refused_together_with_the_other_rows_errors(client, dunia):
    client.force_login(dunia.operator)
    response = client.post(
        _url(dunia),
        {
            "aksi": "simpan", "versi": "", "narasi": "",
            f"status-{dunia.a.pk}": "dilaporkan", f"nilai-{dunia.a.pk}": "abc",
            f"status-{dunia.b.pk}": "dilaporkan", f"nilai-{dunia.b.pk}": "-5",
        },
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 400
    assert "Angka tidak dikenali" in html
    assert "Realisasi tidak boleh negatif." in html
    assert not LaporanRealisasi.objects.filter(unit=dunia.unit).exists()
