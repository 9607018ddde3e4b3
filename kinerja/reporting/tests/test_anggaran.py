"""The budget page: a pagu and its revisions, realisation by month and funding source, typed
the Indonesian way; the figures it shows are the reading layer's, as on the measurement page."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.core.models import AuditLog
from kinerja.measurement.selectors import pengukuran
from kinerja.planning.tests.factories import IndikatorKinerjaFactory
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
                     alasan="Revisi POK", nomor_dokumen="S-12/POK/2024")  # fmt: skip
    assert client.post(_url(dunia), revision).status_code == 302
    client.post(_url(dunia), _realisasi(dunia))
    client.post(_url(dunia), _realisasi(dunia, periode="b02", jumlah="Rp 150.000.000"))
    html = client.get(_url(dunia)).content.decode()
    assert "Rp 2.000.000.000" in html
    assert "Rp 250.000.000" in html
    assert "12,50%" in html
    assert "Februari · APBN (DIPA): Rp 150.000.000" in html
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
    # Said at the top of the page, with a link down to the form, not only beside the field.
    page = response.content.decode()
    banner = page.index("Periksa isian yang ditandai; tidak ada yang disimpan.")
    assert banner < page.index('id="catat-pagu"')
    assert 'href="#catat-realisasi"' in page


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


# Pagu per KRO and the document number ----------------------------------------------------------


def _kro(dunia, kode, nama=None):
    from kinerja.budgets.models import KRO

    return KRO.objects.create(kegiatan=dunia.a.kegiatan, kode=kode, nama=nama or f"Layanan {kode}")


def test_a_kegiatans_pagu_kept_per_kro_is_the_sum_of_each_kros_last_pagu(client, dunia):
    eba, ebb = _kro(dunia, "EBA", "Layanan Dukungan Manajemen"), _kro(dunia, "EBB")
    client.force_login(dunia.admin)
    for kro, amount in ((eba, "800.000.000"), (ebb, "200.000.000")):
        response = client.post(
            _url(dunia), _pagu(dunia, kro=kro.pk, jumlah=amount, nomor_dokumen="SP DIPA-1/2024")
        )
        assert response.status_code == 302
    revision = _pagu(
        dunia, kro=eba.pk, jenis="revisi", jumlah="900.000.000", tanggal="2024-06-01",
        alasan="Pergeseran antar-KRO", nomor_dokumen="S-123/REV-POK/2024",
    )  # fmt: skip
    assert client.post(_url(dunia), revision).status_code == 302
    html = client.get(_url(dunia)).content.decode()
    assert "Rp 1.100.000.000" in html  # 900 of EBA's revision + 200 of EBB, not 1.900
    assert "jumlah pagu per KRO (EBA, EBB)" in html
    assert "KRO EBA Layanan Dukungan Manajemen" in html
    assert "No. S-123/REV-POK/2024" in html
    assert f'<option value="{eba.pk}">{dunia.a.kegiatan.kode}.EBA Layanan Dukungan' in html
    measured = pengukuran(dunia.satker, TAHUN).anggaran[0]
    assert measured.pagu == Decimal(1_100_000_000)
    stored = Pagu.objects.get(satker=dunia.satker, jenis="revisi")
    assert (stored.kro, stored.nomor_dokumen) == (eba, "S-123/REV-POK/2024")
    audit = AuditLog.objects.get(model="budgets.Pagu", object_id=str(stored.pk))
    assert audit.after["nomor_dokumen"] == "S-123/REV-POK/2024"
    assert audit.after["kro_id"] == eba.pk
    assert "S-123/REV-POK/2024" in audit.reason


@pytest.mark.parametrize("first_per_kro", [True, False])
def test_a_pagu_of_the_whole_kegiatan_and_kro_pagu_are_never_mixed(client, dunia, first_per_kro):
    kro = _kro(dunia, "EBA")
    client.force_login(dunia.admin)
    first, second = (kro.pk, "") if first_per_kro else ("", kro.pk)
    assert client.post(_url(dunia), _pagu(dunia, kro=first)).status_code == 302
    response = client.post(_url(dunia), _pagu(dunia, kro=second))
    assert response.status_code == 400
    expected = "sudah dicatat per KRO" if first_per_kro else "sudah dicatat untuk seluruh kegiatan"
    assert expected in response.content.decode()
    assert Pagu.objects.filter(satker=dunia.satker).count() == 1


def test_a_kro_of_another_kegiatan_is_refused(client, dunia):
    from kinerja.budgets.models import KRO

    # Another kegiatan of the same satker: its KRO is a choice, but not for this kegiatan.
    other = IndikatorKinerjaFactory(satker=dunia.satker, kegiatan=KegiatanFactory()).kegiatan
    foreign = KRO.objects.create(kegiatan=other, kode="EBC", nama="Layanan lain")
    client.force_login(dunia.admin)
    response = client.post(_url(dunia), _pagu(dunia, kro=foreign.pk))
    assert response.status_code == 400
    assert "bukan bagian dari kegiatan" in response.content.decode()
    assert not Pagu.objects.filter(satker=dunia.satker).exists()


def test_a_revision_names_its_document(client, dunia):
    client.force_login(dunia.admin)
    client.post(_url(dunia), _pagu(dunia))
    revision = _pagu(dunia, jenis="revisi", jumlah="2.000.000.000", tanggal="2024-06-01",
                     alasan="Revisi POK")  # fmt: skip
    response = client.post(_url(dunia), revision)
    assert response.status_code == 400
    assert "wajib menyebut nomor dokumennya" in response.content.decode()
    assert Pagu.objects.filter(satker=dunia.satker).count() == 1


def test_the_budget_page_reads_the_same_queries_for_more_kro_pagu(client, dunia):
    from kinerja.budgets.models import KRO

    client.force_login(dunia.admin)

    def add(number):
        kegiatan = KegiatanFactory()
        IndikatorKinerjaFactory(satker=dunia.satker, kegiatan=kegiatan)
        for kode in ("EBA", "EBB"):
            kro = KRO.objects.create(kegiatan=kegiatan, kode=kode, nama=f"Layanan {kode}")
            for jenis, jumlah in (("awal", 1000), ("revisi", 1200)):
                Pagu.objects.create(
                    satker=dunia.satker, kegiatan=kegiatan, kro=kro, tahun=TAHUN, jenis=jenis,
                    jumlah=jumlah, nomor_dokumen=f"DIPA-{number}", sumber="uji",
                )  # fmt: skip

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(_url(dunia)).status_code == 200
        return len(queries)

    add(1)
    few = count()
    for number in range(2, 6):
        add(number)
    assert count() == few


def test_a_missing_kro_is_added_on_the_page_then_offered_for_a_pagu(client, dunia):
    from kinerja.budgets.models import KRO

    client.force_login(dunia.admin)
    kegiatan = dunia.a.kegiatan
    data = {"aksi": "kro", "kro-kegiatan": kegiatan.pk, "kro-kode": "eba", "kro-nama": "Layanan"}
    assert client.post(_url(dunia), data).status_code == 302
    kro = KRO.objects.get(kegiatan=kegiatan)
    assert (kro.kode, kro.nama) == ("EBA", "Layanan")
    assert AuditLog.objects.filter(model="budgets.KRO", object_id=str(kro.pk), actor=dunia.admin)
    assert f'<option value="{kro.pk}">' in client.get(_url(dunia)).content.decode()
    # The same code again is refused with a message; a kegiatan the satker does not budget is
    # not a choice.
    again = client.post(_url(dunia), data)
    assert again.status_code == 400
    assert KRO.objects.filter(kegiatan=kegiatan).count() == 1
    foreign = {**data, "kro-kegiatan": KegiatanFactory().pk, "kro-kode": "EBB"}
    assert client.post(_url(dunia), foreign).status_code == 400
    # Only the admin satker adds one.
    client.force_login(dunia.operator)
    assert client.post(_url(dunia), {**data, "kro-kode": "EBC"}).status_code == 403
    assert not KRO.objects.filter(kode="EBC").exists()
