"""Indicators and their annual targets, kept by the admin satker without the Django admin."""

from decimal import Decimal

import pytest
from django.urls import reverse

from kinerja.agreements.tests.factories import PerjanjianSatkerFactory
from kinerja.core.concurrency import sidik
from kinerja.core.models import AuditLog
from kinerja.planning.models import RKT, IndikatorKinerja, TargetTahunan
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db


def _baru(dunia):
    return reverse("reporting:indikator_baru", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"


def _ubah(dunia, indikator):
    url = reverse("reporting:indikator_ubah", args=[dunia.satker.slug, indikator.pk])
    return f"{url}?tahun={TAHUN}"


def _data(**values):
    return {
        "kode": "BARU-1", "nama": "Persentase layanan tepat waktu", "satuan": "%",
        "polaritas": "naik", "varian_turun": "2t-r", "plafon": "", "kebijakan_target_nol": "",
        "metode_agregasi": "terakhir", "batas_atas": "", "bobot": "", "label_kualitatif": "",
        "definisi": "", "sumber_data": "", "target": "94,5", "sidik": "", **values,
    }  # fmt: skip


def test_an_indicator_is_added_with_its_target_and_rules_checked(client, dunia):
    client.force_login(dunia.admin)
    response = client.post(_baru(dunia), _data(polaritas="rentang"))
    assert response.status_code == 400
    assert "Target rentang membutuhkan batas atas" in response.content.decode()
    assert not IndikatorKinerja.objects.filter(kode="BARU-1").exists()
    assert client.post(_baru(dunia), _data(polaritas="rentang", batas_atas="8")).status_code == 302
    made = IndikatorKinerja.objects.get(satker=dunia.satker, kode="BARU-1")
    target = TargetTahunan.objects.get(indikator=made, tahun=TAHUN)
    assert (made.batas_atas, target.target) == (Decimal(8), Decimal("94.5"))
    assert AuditLog.objects.filter(
        model="planning.IndikatorKinerja", object_id=str(made.pk)
    ).exists()
    listing = client.get(
        reverse("reporting:perencanaan", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"
    )
    assert "94,5%" in listing.content.decode()


def test_a_written_target_and_an_edit_keep_the_code(client, dunia):
    client.force_login(dunia.admin)
    page = client.get(_ubah(dunia, dunia.b)).content.decode()
    assert f'value="{sidik(dunia.b)}"' in page
    data = _data(kode=dunia.b.kode, satuan="dokumen", target="WTP", sidik=sidik(dunia.b))
    assert client.post(_ubah(dunia, dunia.b), data).status_code == 302
    row = TargetTahunan.objects.get(indikator=dunia.b, tahun=TAHUN)
    assert (row.target, row.target_teks) == (None, "WTP")


def test_an_indicator_changed_meanwhile_is_not_overwritten(client, dunia):
    client.force_login(dunia.admin)
    opened = sidik(dunia.b)
    first = _data(kode=dunia.b.kode, nama="Nama pertama", satuan="dokumen", sidik=opened)
    assert client.post(_ubah(dunia, dunia.b), first).status_code == 302
    response = client.post(_ubah(dunia, dunia.b), {**first, "nama": "Nama kedua"}, follow=True)
    assert "telah diubah orang lain" in response.content.decode()
    dunia.b.refresh_from_db()
    assert dunia.b.nama == "Nama pertama"


def test_an_indicator_in_use_is_never_deleted(client, dunia):
    client.force_login(dunia.admin)
    response = client.post(_ubah(dunia, dunia.a), {"aksi": "hapus"}, follow=True)
    assert "tidak dapat dihapus karena dipakai oleh 1 baris PK" in response.content.decode()
    assert IndikatorKinerja.objects.filter(pk=dunia.a.pk).exists()
    client.post(_baru(dunia), _data())
    spare = IndikatorKinerja.objects.get(kode="BARU-1")
    assert client.post(_ubah(dunia, spare), {"aksi": "hapus"}).status_code == 302
    assert not IndikatorKinerja.objects.filter(pk=spare.pk).exists()
    deleted = AuditLog.objects.filter(action="delete", actor=dunia.admin)
    assert {entry.model for entry in deleted} == {
        "planning.IndikatorKinerja",
        "planning.TargetTahunan",
    }


@pytest.mark.parametrize(("persona", "status"), [
    ("operator", 403), ("kasubbag", 403), ("pimpinan", 403), ("inspektur", 403),
    ("orang_luar", 404),
])  # fmt: skip
def test_only_the_admin_satker_keeps_the_plans(client, dunia, persona, status):
    client.force_login(getattr(dunia, persona))
    assert client.post(_baru(dunia), _data()).status_code == status
    assert client.post(_ubah(dunia, dunia.b), _data(sidik=sidik(dunia.b))).status_code == status
    assert not IndikatorKinerja.objects.filter(kode="BARU-1").exists()


def _rkt_url(dunia, tahun=TAHUN):
    return reverse("reporting:rkt", args=[dunia.satker.slug]) + f"?tahun={tahun}"


def test_a_new_year_is_opened_its_rkt_filled_and_a_satker_pk_drafted_from_it(client, dunia):
    client.force_login(dunia.admin)
    page = reverse("reporting:perencanaan", args=[dunia.satker.slug])
    assert client.get(f"{page}?tahun=2026").status_code == 404  # not a year yet
    response = client.post(_rkt_url(dunia), {"aksi": "buka", "tahun_baru": "2026"})
    assert response["Location"].endswith("?tahun=2026")
    assert client.get(f"{page}?tahun=2026").status_code == 200
    response = client.post(_rkt_url(dunia), {"aksi": "buka", "tahun_baru": "2026"})
    assert response.status_code == 400
    assert "RKT 2026 sudah ada" in response.content.decode()
    add = {"aksi": "tambah", "indikator": dunia.b.pk, "sasaran": "Meningkatnya tata kelola"}
    response = client.post(_rkt_url(dunia, 2026), {**add, "target": ""})
    assert response.status_code == 400
    assert 'value="Meningkatnya tata kelola"' in response.content.decode()  # nothing lost
    assert client.post(_rkt_url(dunia, 2026), {**add, "target": "4"}).status_code == 302
    row = RKT.objects.get(satker=dunia.satker, tahun=2026).baris.get()
    assert (row.indikator, row.target, row.kegiatan_id) == (
        dunia.b,
        Decimal(4),
        dunia.b.kegiatan_id,
    )
    client.post(_rkt_url(dunia, 2026), {"aksi": "ubah", "baris": row.pk, "target": "WTP"})
    row.refresh_from_db()
    assert (row.target, row.target_teks) == (None, "WTP")
    # The PK workplace drafts the satker PK of the new year from these rows.
    draft = reverse("reporting:pk_baru", args=[dunia.satker.slug]) + "?tahun=2026"
    assert f'value="{row.pk}"' in client.get(draft).content.decode()


def test_an_rkt_row_a_pk_line_was_drawn_from_is_never_deleted(client, dunia):
    from kinerja.agreements.models import BarisPerjanjian

    client.force_login(dunia.admin)
    client.post(_rkt_url(dunia), {"aksi": "buka", "tahun_baru": "2026"})
    client.post(
        _rkt_url(dunia, 2026),
        {"aksi": "tambah", "indikator": dunia.b.pk, "sasaran": "S", "target": "4"},
    )
    row = RKT.objects.get(satker=dunia.satker, tahun=2026).baris.get()
    pk = PerjanjianSatkerFactory(satker=dunia.satker, tahun=2026)
    BarisPerjanjian.objects.create(
        perjanjian=pk, urutan=1, sasaran_tercetak="S", indikator=dunia.b, target=4, baris_rkt=row
    )
    response = client.post(_rkt_url(dunia, 2026), {"aksi": "hapus", "baris": row.pk})
    assert response.status_code == 400
    assert "1 baris PK diturunkan darinya" in response.content.decode()
    assert RKT.objects.get(satker=dunia.satker, tahun=2026).baris.exists()


@pytest.mark.parametrize(("persona", "status"), [
    ("operator", 403), ("pimpinan", 403), ("inspektur", 403), ("orang_luar", 404),
])  # fmt: skip
def test_only_the_admin_satker_keeps_the_rkt(client, dunia, persona, status):
    client.force_login(getattr(dunia, persona))
    assert (
        client.post(_rkt_url(dunia), {"aksi": "buka", "tahun_baru": "2026"}).status_code == status
    )
    assert not RKT.objects.filter(satker=dunia.satker, tahun=2026).exists()


def test_the_address_a_refused_rkt_form_leaves_leads_back_to_the_page(client, dunia):
    client.force_login(dunia.admin)
    response = client.post(_rkt_url(dunia), {"aksi": "buka", "tahun_baru": ""})
    assert response.status_code == 400  # the form shown again with the message
    again = client.get(_rkt_url(dunia))  # reloaded from the address bar
    assert again.status_code == 302
    assert again["Location"].endswith(f"/perencanaan/?tahun={TAHUN}#rkt")


def test_the_sasaran_choices_name_their_plan(client, dunia):
    from kinerja.planning.models import Renstra, SasaranStrategis

    for awal in (2020, 2025):
        plan = Renstra.objects.create(
            satker=dunia.satker, tahun_awal=awal, tahun_akhir=awal + 4, visi="V"
        )
        SasaranStrategis.objects.create(renstra=plan, nomor=1, uraian=f"Sasaran {awal}")
    client.force_login(dunia.admin)
    page = client.get(_ubah(dunia, dunia.b)).content.decode()
    assert "Renstra 2020–2024 · 1. Sasaran 2020" in page
    assert "Renstra 2025–2029 · 1. Sasaran 2025" in page


def test_a_new_years_rkt_starts_from_the_renstra_and_its_pk_draft_from_it(client, dunia):
    from kinerja.planning.models import Renstra, SasaranStrategis

    plan = Renstra.objects.create(satker=dunia.satker, tahun_awal=2025, tahun_akhir=2029, visi="V")
    dunia.b.sasaran = SasaranStrategis.objects.create(
        renstra=plan, nomor=1, uraian="Meningkatnya tata kelola"
    )
    dunia.b.save()
    TargetTahunan.objects.create(indikator=dunia.b, tahun=2026, target_teks="WTP")
    client.force_login(dunia.admin)
    response = client.post(_rkt_url(dunia), {"aksi": "buka", "tahun_baru": "2026"}, follow=True)
    assert "RKT 2026 dibuka dengan 1 baris dari Renstra" in response.content.decode()
    row = RKT.objects.get(satker=dunia.satker, tahun=2026).baris.get()
    assert (row.indikator, row.sasaran_tercetak, row.target, row.target_teks) == (
        dunia.b, "Meningkatnya tata kelola", None, "WTP",
    )  # fmt: skip
    assert AuditLog.objects.filter(model="planning.BarisRKT", object_id=str(row.pk)).exists()
    # The satker PK draft of the new year offers that row; its parties are not typed nor
    # copied from last year's PK: the jabatan history settles them when it is signed.
    draft = client.get(reverse("reporting:pk_baru", args=[dunia.satker.slug]) + "?tahun=2026")
    page = draft.content.decode()
    assert f'value="{row.pk}"' in page
    last = PerjanjianSatkerFactory._meta.model.objects.filter(
        satker=dunia.satker, unit=None, tahun=TAHUN
    ).get()
    assert last.pihak_pertama_nama not in page
    assert 'name="pihak_pertama_nama"' not in page
    assert "Riwayat jabatan satker ini belum dicatat" in page


def test_indicators_are_listed_by_the_numbers_in_their_codes(client, dunia):
    client.force_login(dunia.admin)
    for kode in ("URUT-10", "URUT-2", "URUT-1"):
        assert client.post(_baru(dunia), _data(kode=kode)).status_code == 302
    page = client.get(
        reverse("reporting:perencanaan", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"
    ).content.decode()
    assert page.index("URUT-1<") < page.index("URUT-2<") < page.index("URUT-10<")
