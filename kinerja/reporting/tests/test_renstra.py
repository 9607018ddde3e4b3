"""The Renstra kept by the admin satker without the Django admin: its period, visi, misi,
tujuan, sasaran and the indicators' targets for each year, over HTMX or plain forms."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kinerja.core.concurrency import sidik
from kinerja.core.models import AuditLog
from kinerja.planning import renstra as services
from kinerja.planning.models import RKT, Misi, Renstra, SasaranStrategis, TargetTahunan, Tujuan
from kinerja.planning.tests.factories import IndikatorKinerjaFactory
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}
VISI = "Menjadi penyelenggara pemilu yang berintegritas"


def _plan(dunia, awal=2025, akhir=2029):
    return services.simpan_renstra(
        actor=dunia.admin,
        satker=dunia.satker,
        renstra=None,
        data={"tahun_awal": awal, "tahun_akhir": akhir, "visi": VISI},
    )


def _detail(dunia, renstra):
    return reverse("reporting:renstra_detail", args=[dunia.satker.slug, renstra.pk])


def _butir(dunia, renstra, jenis):
    return reverse("reporting:renstra_butir", args=[dunia.satker.slug, renstra.pk, jenis])


def _target(dunia, renstra, indikator):
    return reverse("reporting:renstra_target", args=[dunia.satker.slug, renstra.pk, indikator.pk])


def test_two_plans_of_a_satker_never_cover_the_same_year(dunia):
    first = _plan(dunia)
    with pytest.raises(ValidationError, match="bertumpuk dengan Renstra 2025–2029"):
        _plan(dunia, 2029, 2033)
    with pytest.raises(ValidationError, match="Tahun akhir tidak boleh sebelum tahun awal"):
        _plan(dunia, 2035, 2031)
    with pytest.raises(ValidationError, match="Isi tahun antara"):
        _plan(dunia, "dua ribu", 2031)
    second = _plan(dunia, 2030, 2034)
    assert list(Renstra.objects.filter(satker=dunia.satker)) == [second, first]
    assert AuditLog.objects.filter(model="planning.Renstra", actor=dunia.admin).count() == 2


def test_a_plan_never_shrinks_away_from_the_rkt_that_refers_to_it(dunia):
    renstra = _plan(dunia)
    RKT.objects.create(satker=dunia.satker, tahun=2028, renstra=renstra)
    data = {"tahun_awal": 2025, "tahun_akhir": 2027, "visi": VISI}
    with pytest.raises(ValidationError, match="RKT 2028 mengacu ke Renstra ini"):
        services.simpan_renstra(
            actor=dunia.admin, satker=dunia.satker, renstra=renstra, data=data,
            sidik_awal=sidik(renstra),
        )  # fmt: skip
    renstra.refresh_from_db()
    assert renstra.tahun_akhir == 2029
    with pytest.raises(ValidationError, match="dipakai oleh 1 RKT"):
        services.hapus_renstra(actor=dunia.admin, renstra=renstra)


def test_statements_are_numbered_audited_and_deleted_only_when_unused(dunia):
    renstra = _plan(dunia)
    add = dict(actor=dunia.admin, renstra=renstra)
    first = services.simpan_butir(**add, jenis="misi", uraian="Misi pertama")
    second = services.simpan_butir(**add, jenis="misi", uraian="Misi kedua")
    assert (first.nomor, second.nomor) == (1, 2)
    with pytest.raises(ValidationError, match="Nomor 2 sudah dipakai"):
        services.simpan_butir(**add, jenis="misi", nomor="2", uraian="Lagi")
    tujuan = services.simpan_butir(**add, jenis="tujuan", uraian="Tujuan satu")
    sasaran = services.simpan_butir(**add, jenis="sasaran", uraian="Sasaran", tujuan=tujuan)
    with pytest.raises(ValidationError, match="dipakai oleh 1 sasaran strategis"):
        services.hapus_butir(actor=dunia.admin, butir=tujuan)
    dunia.b.sasaran = sasaran
    dunia.b.save()
    with pytest.raises(ValidationError, match="dipakai oleh 1 indikator kinerja"):
        services.hapus_butir(actor=dunia.admin, butir=sasaran)
    with pytest.raises(ValidationError, match="1 indikator pada sasarannya"):
        services.hapus_renstra(actor=dunia.admin, renstra=renstra)
    services.hapus_butir(actor=dunia.admin, butir=second)
    assert list(Misi.objects.filter(renstra=renstra)) == [first]
    deleted = AuditLog.objects.get(model="planning.Misi", action="delete", actor=dunia.admin)
    assert deleted.before["uraian"] == "Misi kedua"


def test_a_sasaran_sits_only_under_a_tujuan_of_its_own_plan(dunia):
    renstra, other = _plan(dunia), _plan(dunia, 2030, 2034)
    foreign = services.simpan_butir(actor=dunia.admin, renstra=other, jenis="tujuan", uraian="T")
    with pytest.raises(ValidationError, match="Tujuan harus berasal dari Renstra yang sama"):
        services.simpan_butir(
            actor=dunia.admin, renstra=renstra, jenis="sasaran", uraian="S", tujuan=foreign
        )
    assert not SasaranStrategis.objects.filter(renstra=renstra).exists()


def test_a_plans_targets_are_saved_all_or_nothing(dunia):
    renstra = _plan(dunia)
    typed = {2025: "95", 2026: "94,5", 2027: "WTP", 2028: "-5", 2029: ""}
    with pytest.raises(ValidationError) as refused:
        services.simpan_target_renstra(
            actor=dunia.admin, renstra=renstra, indikator=dunia.a, target=typed
        )
    assert set(refused.value.message_dict) == {"2028"}
    assert not TargetTahunan.objects.filter(indikator=dunia.a, tahun__gte=2025).exists()
    services.simpan_target_renstra(
        actor=dunia.admin, renstra=renstra, indikator=dunia.a, target={**typed, 2028: "96"}
    )
    rows = {
        row.tahun: (row.target, row.target_teks)
        for row in TargetTahunan.objects.filter(indikator=dunia.a, tahun__gte=2025)
    }
    assert rows == {
        2025: (Decimal(95), ""),
        2026: (Decimal("94.5"), ""),
        2027: (None, "WTP"),
        2028: (Decimal(96), ""),
    }
    services.simpan_target_renstra(
        actor=dunia.admin, renstra=renstra, indikator=dunia.a, target={2027: ""}
    )
    assert not TargetTahunan.objects.filter(indikator=dunia.a, tahun=2027).exists()
    with pytest.raises(ValidationError, match="di luar periode Renstra"):
        services.simpan_target_renstra(
            actor=dunia.admin, renstra=renstra, indikator=dunia.a, target={2031: "1"}
        )


def test_the_admin_opens_a_plan_on_its_page_and_nothing_typed_is_lost(client, dunia):
    client.force_login(dunia.admin)
    new = reverse("reporting:renstra_baru", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"
    response = client.post(new, {"tahun_awal": "2029", "tahun_akhir": "2025", "visi": VISI})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Tahun akhir tidak boleh sebelum tahun awal" in page
    assert VISI in page
    assert 'value="2029"' in page
    response = client.post(new, {"tahun_awal": "2025", "tahun_akhir": "2029", "visi": VISI})
    renstra = Renstra.objects.get(satker=dunia.satker)
    assert response.status_code == 302
    assert response["Location"].startswith(_detail(dunia, renstra))
    listing = client.get(reverse("reporting:renstra", args=[dunia.satker.slug]))
    assert "2025–2029" in listing.content.decode()


def test_a_statement_is_added_in_place_over_htmx_and_by_a_plain_form(client, dunia):
    renstra = _plan(dunia)
    client.force_login(dunia.admin)
    url = _butir(dunia, renstra, "misi")
    response = client.post(url, {"aksi": "tambah", "uraian": "Misi lewat HTMX"}, **HTMX)
    part = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in part
    assert part.strip().startswith('<section id="butir-misi">')
    assert "Misi lewat HTMX" in part
    assert "Misi 1 disimpan." in part
    response = client.post(url, {"aksi": "tambah", "uraian": "Misi biasa"}, follow=True)
    assert "Misi 2 disimpan." in response.content.decode()
    assert list(Misi.objects.filter(renstra=renstra).values_list("nomor", "uraian")) == [
        (1, "Misi lewat HTMX"),
        (2, "Misi biasa"),
    ]
    response = client.post(url, {"aksi": "tambah", "nomor": "1", "uraian": "Bentrok"}, **HTMX)
    assert response.status_code == 400
    assert "Bentrok" in response.content.decode()  # kept in the form that failed


def test_a_statement_changed_meanwhile_is_not_overwritten(client, dunia):
    renstra = _plan(dunia)
    misi = services.simpan_butir(actor=dunia.admin, renstra=renstra, jenis="misi", uraian="Awal")
    opened = sidik(misi)
    client.force_login(dunia.admin)
    url = _butir(dunia, renstra, "misi")
    first = {"aksi": "ubah", "butir": misi.pk, "nomor": "1", "sidik": opened, "uraian": "Satu"}
    assert client.post(url, first, **HTMX).status_code == 200
    response = client.post(url, {**first, "uraian": "Dua"}, **HTMX)
    assert response.status_code == 400
    assert "telah diubah orang lain" in response.content.decode()
    assert "Satu" in response.content.decode()  # the current value is shown
    misi.refresh_from_db()
    assert misi.uraian == "Satu"


def test_targets_are_saved_for_each_year_in_place(client, dunia):
    renstra = _plan(dunia)
    sasaran = services.simpan_butir(actor=dunia.admin, renstra=renstra, jenis="sasaran", uraian="S")
    dunia.a.sasaran = sasaran
    dunia.a.save()
    client.force_login(dunia.admin)
    page = client.get(_detail(dunia, renstra)).content.decode()
    assert 'name="target_2029"' in page
    url = _target(dunia, renstra, dunia.a)
    typed = {"target_2025": "90", "target_2026": "abc", "target_2027": "-1"}
    response = client.post(url, typed, **HTMX)
    assert response.status_code == 400
    row = response.content.decode()
    assert row.strip().startswith(f'<tr id="target-{dunia.a.pk}">')
    assert 'value="-1"' in row
    assert "2027:" in row
    assert not TargetTahunan.objects.filter(indikator=dunia.a, tahun__gte=2025).exists()
    response = client.post(url, {"target_2025": "90", "target_2026": "92,5"}, **HTMX)
    assert response.status_code == 200
    assert 'value="92,5"' in response.content.decode()
    assert TargetTahunan.objects.get(indikator=dunia.a, tahun=2026).target == Decimal("92.5")
    # An indicator of the satker that is not on this plan, or of another satker: not found.
    assert client.post(_target(dunia, renstra, dunia.b), typed).status_code == 404
    outsider = IndikatorKinerjaFactory(satker=dunia.lain)
    assert client.post(_target(dunia, renstra, outsider), typed).status_code == 404


@pytest.mark.parametrize(("persona", "status"), [
    ("operator", 403), ("kasubbag", 403), ("pimpinan", 403), ("inspektur", 403),
    ("orang_luar", 404),
])  # fmt: skip
def test_only_the_admin_satker_keeps_the_renstra(client, dunia, persona, status):
    renstra = _plan(dunia)
    misi = services.simpan_butir(actor=dunia.admin, renstra=renstra, jenis="misi", uraian="M")
    sasaran = services.simpan_butir(actor=dunia.admin, renstra=renstra, jenis="sasaran", uraian="S")
    dunia.a.sasaran = sasaran
    dunia.a.save()
    before = AuditLog.objects.count()
    client.force_login(getattr(dunia, persona))
    new = reverse("reporting:renstra_baru", args=[dunia.satker.slug])
    posts = [
        (new, {"tahun_awal": "2030", "tahun_akhir": "2034", "visi": "V"}),
        (_detail(dunia, renstra), {"aksi": "simpan", "tahun_awal": "2025",
                                   "tahun_akhir": "2030", "visi": "V",
                                   "sidik": sidik(renstra)}),
        (_detail(dunia, renstra), {"aksi": "hapus"}),
        (_butir(dunia, renstra, "misi"), {"aksi": "ubah", "butir": misi.pk,
                                          "uraian": "X", "sidik": sidik(misi)}),
        (_butir(dunia, renstra, "misi"), {"aksi": "hapus", "butir": misi.pk}),
        (_target(dunia, renstra, dunia.a), {"target_2025": "1"}),
    ]  # fmt: skip
    for url, data in posts:
        assert client.post(url, data).status_code == status, url
    assert AuditLog.objects.count() == before
    # Every reader of the satker reads the plan; the outsider reads nothing.
    read = client.get(_detail(dunia, renstra))
    assert read.status_code == (404 if persona == "orang_luar" else 200)
    if read.status_code == 200:
        assert 'name="uraian"' not in read.content.decode()


def test_another_satkers_plan_or_statement_in_the_url_is_not_found(client, dunia):
    renstra = _plan(dunia)
    foreign = Renstra.objects.create(satker=dunia.lain, tahun_awal=2025, tahun_akhir=2029, visi="V")
    foreign_misi = Misi.objects.create(renstra=foreign, nomor=1, uraian="M")
    client.force_login(dunia.admin)
    assert client.get(_detail(dunia, foreign)).status_code == 404
    response = client.post(
        _butir(dunia, renstra, "misi"), {"aksi": "hapus", "butir": foreign_misi.pk}
    )
    assert response.status_code == 404
    assert client.post(_butir(dunia, renstra, "visi"), {"aksi": "tambah"}).status_code == 404
    assert Misi.objects.filter(pk=foreign_misi.pk).exists()
    history = reverse(
        "reporting:riwayat", args=[dunia.satker.slug, "planning.misi", foreign_misi.pk]
    )
    assert client.get(history).status_code == 404


def test_the_plan_page_reads_the_same_queries_for_more_rows(client, dunia):
    renstra = _plan(dunia)
    client.force_login(dunia.admin)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(_detail(dunia, renstra)).status_code == 200
        return len(queries)

    def add(number):
        tujuan = Tujuan.objects.create(renstra=renstra, nomor=number, uraian=f"T{number}")
        Misi.objects.create(renstra=renstra, nomor=number, uraian=f"M{number}")
        sasaran = SasaranStrategis.objects.create(
            renstra=renstra, tujuan=tujuan, nomor=number, uraian=f"S{number}"
        )
        indikator = IndikatorKinerjaFactory(satker=dunia.satker, sasaran=sasaran)
        TargetTahunan.objects.create(indikator=indikator, tahun=2026, target=Decimal(number))

    add(1)
    few = count()
    for number in range(2, 7):
        add(number)
    assert count() == few


def test_a_new_tujuan_is_offered_at_once_to_the_sasaran_forms(client, dunia):
    renstra = _plan(dunia)
    client.force_login(dunia.admin)
    response = client.post(
        _butir(dunia, renstra, "tujuan"), {"aksi": "tambah", "uraian": "Tujuan baru"}, **HTMX
    )
    part = response.content.decode()
    assert '<section id="butir-tujuan">' in part
    sasaran = part[part.index('<section id="butir-sasaran" hx-swap-oob="true">') :]
    assert "1. Tujuan baru</option>" in sasaran
