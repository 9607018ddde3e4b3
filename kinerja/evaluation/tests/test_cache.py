"""The reviu's findings are kept (selectors.temuan_tersimpan) between two writes: a second
view of the reviu page computes nothing, every kind of write the findings read is on the next
view at once, and what is kept holds nothing of one reader."""

import logging
import re
from decimal import Decimal

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.agreements.models import BarisPerjanjian
from kinerja.dashboards.versi import DIBACA
from kinerja.evaluation import selectors, services
from kinerja.evaluation.reviu.rules import jalankan
from kinerja.evaluation.selectors import fakta_reviu, temuan_tersimpan
from kinerja.measurement.models import HambatanUpaya, NilaiTercatat, Realisasi, VersiDataSatker
from kinerja.measurement.tests.tulisan import TAHUN, dunia_uji, siapkan_pk, tanda_tangan_pk
from kinerja.measurement.versi_data import PEMILIK
from kinerja.organisations.models import Anggota, Pegawai, Satker, Unit
from kinerja.organisations.tests.factories import PegawaiFactory, UnitFactory
from kinerja.planning.models import Misi, TargetTahunan, Tujuan

pytestmark = pytest.mark.django_db

D = Decimal
LOW = "capaian-rendah-tanpa-hambatan"  # satu's 80% of a 100 target, with no obstacle written
FORM_CATATAN = 'value="catat"'
FORM_TANGGAPAN = 'value="tanggapi"'


class Batal(Exception):
    pass


@pytest.fixture
def dunia():
    """A province and two kab/kota below it, each with one indicator measured at 80 and 90."""
    return dunia_uji()


@pytest.fixture
def orang(dunia):
    """Personas of kab/kota satu: its inspector, its admin, its unit's operator; and the admin
    of kab/kota dua (an outsider here)."""
    _provinsi, satu, dua = dunia
    unit = UnitFactory(satker=satu, nama="Subbagian Teknis")

    def person(peran, on=satu, unit=None):
        return MembershipFactory(satker=on, unit=unit, peran=peran).user

    return {
        "inspektur": person(Membership.Peran.INSPEKTUR),
        "admin": person(Membership.Peran.ADMIN_SATKER),
        "operator": person(Membership.Peran.OPERATOR_UNIT, unit=unit),
        "orang_luar": person(Membership.Peran.ADMIN_SATKER, on=dua),
    }


def _page(satker) -> str:
    return f"/satker/{satker.slug}/reviu/?tahun={TAHUN}"


def _refuse(*args, **kwargs):
    raise AssertionError("computed again")


def _ringkas(findings) -> list[tuple]:
    """What a reader sees of each finding."""
    return [
        (item.aturan, str(item.pesan), str(item.tabel), item.baris, item.tercatat, item.seharusnya)
        for item in findings
    ]


def _segar(satker) -> list[tuple]:
    """The findings computed now, around the cache."""
    return _ringkas(jalankan(fakta_reviu(satker, TAHUN)))


def _kept(satker, capture) -> list[tuple]:
    with capture(execute=True):
        findings, _ada_data = temuan_tersimpan(satker, TAHUN)
    return _ringkas(findings)


def _html(client, url) -> str:
    # Without the reader's CSRF token, masked anew on every response.
    html = client.get(url).content.decode()
    return re.sub(r'("X-CSRFToken": |name="csrfmiddlewaretoken" value=)"[^"]+"', "", html)


def test_a_second_view_reads_the_kept_findings_without_computing_them(
    client, dunia, orang, monkeypatch, django_capture_on_commit_callbacks
):
    _provinsi, satu, _dua = dunia
    client.force_login(orang["inspektur"])
    with django_capture_on_commit_callbacks(execute=True):
        first = _html(client, _page(satu))
    assert LOW in first
    monkeypatch.setattr(selectors, "fakta_reviu", _refuse)
    monkeypatch.setattr(selectors, "jalankan", _refuse)
    assert _html(client, _page(satu)) == first


def test_a_second_view_runs_fewer_queries(client, dunia, orang, django_capture_on_commit_callbacks):
    _provinsi, satu, _dua = dunia
    client.force_login(orang["inspektur"])
    with (
        django_capture_on_commit_callbacks(execute=True),
        CaptureQueriesContext(connection) as cold,
    ):
        client.get(_page(satu))
    with CaptureQueriesContext(connection) as warm:
        client.get(_page(satu))
    # Kept: session, user, grants, satker, its path, the tree's stamp, the years, the data
    # version, the notes and the reader's rights on them; none of the findings' facts.
    assert len(warm) < len(cold) - 10
    stated = NilaiTercatat._meta.db_table
    assert any(stated in query["sql"] for query in cold.captured_queries)
    assert not any(stated in query["sql"] for query in warm.captured_queries)


# Each write the findings read, and the rule whose findings it changes on kab/kota satu.
def realisasi_tercapai(provinsi, satu, dua):
    row = Realisasi.objects.get(indikator__satker=satu)
    row.nilai = D(100)
    row.save()


def target_turun(provinsi, satu, dua):
    target = TargetTahunan.objects.get(indikator__satker=satu)
    target.target = D(80)
    target.save()


def hambatan_ditulis(provinsi, satu, dua):
    HambatanUpaya.objects.create(
        satker=satu, tahun=TAHUN, nomor=1, aspek="Sosialisasi", indikator=satu.indikator.get(),
        hambatan="Anggaran terlambat", upaya="Dijadwal ulang",
    )  # fmt: skip


def nilai_tercatat(provinsi, satu, dua):
    NilaiTercatat.objects.create(
        satker=satu, tahun=TAHUN, sumber="LKjIP BAB III", besaran="capaian",
        indikator=satu.indikator.get(), nilai=D(95),
    )  # fmt: skip


def nama_unit(provinsi, satu, dua):
    UnitFactory(
        satker=satu, nama="Subbagian Hukum", nama_lain="Subbagian Hukum dan SDM",
        nama_lain_sumber="BAB I",
    )  # fmt: skip


def pegawai_ganda(provinsi, satu, dua):
    PegawaiFactory(satker=satu, nama="Amir Mahmud", sumber="Tabel 3", nomor_urut=1)
    PegawaiFactory(satker=satu, nama="Amir Mahmud", sumber="Tabel 3", nomor_urut=9)


def pk_ditandatangani(provinsi, satu, dua):
    tanda_tangan_pk(provinsi, satu, dua)


TULISAN = [
    (None, realisasi_tercapai),
    (None, target_turun),
    (None, hambatan_ditulis),
    (None, nilai_tercatat),
    (None, nama_unit),
    (None, pegawai_ganda),
    (siapkan_pk, pk_ditandatangani),
]


@pytest.mark.parametrize(
    ("prepare", "write"), TULISAN, ids=[write.__name__ for _prepare, write in TULISAN]
)
def test_each_write_the_findings_read_is_in_the_next_findings_at_once(
    dunia, prepare, write, django_capture_on_commit_callbacks
):
    _provinsi, satu, dua = dunia
    if prepare:
        prepare(*dunia)
    before = _kept(satu, django_capture_on_commit_callbacks)
    other = _kept(dua, django_capture_on_commit_callbacks)
    write(*dunia)
    after = _kept(satu, django_capture_on_commit_callbacks)
    assert after == _segar(satu)
    assert after != before
    # Another satker's findings are as they were.
    assert _kept(dua, django_capture_on_commit_callbacks) == other


def test_a_new_realisation_is_on_the_kept_reviu_page_at_once(
    client, dunia, orang, django_capture_on_commit_callbacks
):
    _provinsi, satu, _dua = dunia
    client.force_login(orang["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        assert LOW in _html(client, _page(satu))
    realisasi_tercapai(*dunia)
    assert LOW not in _html(client, _page(satu))


def test_a_note_closed_is_on_the_kept_reviu_page_at_once(
    client, dunia, orang, django_capture_on_commit_callbacks
):
    _provinsi, satu, _dua = dunia
    note = services.catat_reviu(
        actor=orang["inspektur"], satker=satu, tahun=TAHUN, teks="Mohon jelaskan capaian 80%."
    )
    client.force_login(orang["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        html = _html(client, _page(satu))
    assert 'class="status-terbuka"' in html
    assert FORM_TANGGAPAN in html
    services.selesaikan(actor=orang["inspektur"], satker=satu, catatan_id=note.pk)
    html = _html(client, _page(satu))
    assert 'class="status-selesai"' in html
    assert FORM_TANGGAPAN not in html  # a closed note is not answered


def test_each_reader_gets_the_forms_of_their_own_rights_beside_kept_findings(
    client, dunia, orang, monkeypatch, django_capture_on_commit_callbacks
):
    _provinsi, satu, _dua = dunia
    client.force_login(orang["inspektur"])
    with django_capture_on_commit_callbacks(execute=True):
        inspector = client.get(_page(satu)).content.decode()
    assert FORM_CATATAN in inspector
    # Every note form (beside each finding, and the general one) posts to the satker-year's.
    action = f'action="/satker/{satu.slug}/reviu/catatan/?tahun={TAHUN}"'
    assert inspector.count(action) == inspector.count(FORM_CATATAN)
    monkeypatch.setattr(selectors, "fakta_reviu", _refuse)
    for persona in ("admin", "operator"):
        client.force_login(orang[persona])
        html = client.get(_page(satu)).content.decode()
        assert LOW in html  # the kept findings
        assert FORM_CATATAN not in html  # but not the inspector's forms


def test_a_reader_of_another_satker_gets_404_for_kept_findings(
    client, dunia, orang, monkeypatch, django_capture_on_commit_callbacks
):
    _provinsi, satu, _dua = dunia
    client.force_login(orang["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.get(_page(satu)).status_code == 200
    monkeypatch.setattr(selectors, "fakta_reviu", _refuse)
    client.force_login(orang["orang_luar"])
    assert client.get(_page(satu)).status_code == 404


def test_kept_findings_are_shown_in_each_readers_language(
    client, dunia, orang, monkeypatch, django_capture_on_commit_callbacks
):
    _provinsi, satu, _dua = dunia
    client.force_login(orang["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        assert "Capaian di bawah ambang tanpa hambatan/upaya" in _html(client, _page(satu))
    english = "Achievement below the threshold with no obstacle/remedial action"
    monkeypatch.setattr(selectors, "fakta_reviu", _refuse)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    try:
        kept = _html(client, _page(satu))
        assert english in kept
        assert "Capaian di bawah ambang" not in kept
        monkeypatch.undo()
        cache.clear()
        assert _html(client, _page(satu)) == kept
    finally:
        translation.activate(settings.LANGUAGE_CODE)


def test_findings_computed_in_a_transaction_rolled_back_are_not_kept(
    dunia, django_capture_on_commit_callbacks
):
    _provinsi, satu, _dua = dunia
    seen = []

    def write_read_and_fail():
        with transaction.atomic():
            realisasi_tercapai(*dunia)
            seen.append(_ringkas(temuan_tersimpan(satu, TAHUN)[0]))
            raise Batal

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(Batal):
        write_read_and_fail()
    assert LOW not in {finding[0] for finding in seen[0]}
    assert callbacks == []
    assert LOW in {finding[0] for finding in _kept(satu, django_capture_on_commit_callbacks)}


def test_an_unreachable_cache_leaves_the_reviu_page_working(
    client, dunia, orang, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def down(*args, **kwargs):
        raise ConnectionError("cache server down")

    monkeypatch.setattr(cache, "get_many", down)
    monkeypatch.setattr(cache, "set_many", down)
    client.force_login(orang["inspektur"])
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        response = client.get(_page(dunia[1]))
    assert response.status_code == 200
    assert LOW in response.content.decode()
    assert "Cache tidak terbaca" in caplog.text
    assert "Cache tidak tertulis" in caplog.text


def test_every_table_the_findings_read_is_watched(prabumulih):
    """A table the findings read whose writes changed no data version would leave findings
    kept after the data changed (kinerja.measurement.versi_data, kinerja.dashboards.versi)."""
    with CaptureQueriesContext(connection) as queries:
        fakta_reviu(prabumulih, 2024)
    sql = " ".join(query["sql"] for query in queries)
    read = {
        model for model in apps.get_models() if re.search(rf'\b"?{model._meta.db_table}"?\b', sql)
    }
    watched = {*PEMILIK, *DIBACA, Satker, VersiDataSatker}
    # Read with the satker-year's documents for the pages that print them, read by no rule: a
    # PK's parties are the names the PK printed, and no rule looks at the Renstra's missions.
    printed_only = {Anggota, Misi, Tujuan}
    assert read - printed_only <= watched
    assert {NilaiTercatat, HambatanUpaya, Pegawai, Unit, BarisPerjanjian, Realisasi} <= read
