"""Every consumer reads a satker-year through the one reading layer: the measurement, the
export, the reviu facts and the pages show the same figures, and the pages' query counts do
not grow with the number of rows."""

import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.agreements.models import AnggaranPerjanjian
from kinerja.agreements.tests.factories import (
    BarisPerjanjianFactory,
    PerjanjianSatkerFactory,
    PerjanjianUnitFactory,
)
from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.exporting.selectors import build_export
from kinerja.measurement.models import HambatanUpaya, NilaiTercatat, Realisasi
from kinerja.measurement.selectors import pengukuran
from kinerja.organisations.models import Pegawai
from kinerja.organisations.tests.factories import SatkerFactory, UnitFactory
from kinerja.planning.models import Renstra, SasaranStrategis, TargetPeriode, TargetTahunan
from kinerja.planning.tests.factories import BarisRKTFactory, IndikatorKinerjaFactory, RKTFactory

pytestmark = pytest.mark.django_db

TAHUN = 2025
D = Decimal
SIGNED = "ditandatangani"


# --- one budget decision, four readers --------------------------------------------------------


@pytest.fixture
def satker_tanpa_realisasi_tahunan():
    """A kegiatan with no annual realisation row, only TW I Rp 1.000 and TW II Rp 2.000, and a
    pagu known only from the signed PK's budget line."""
    satker = SatkerFactory(slug="kpu-kabupaten-triwulan")
    kegiatan = KegiatanFactory(kode="9801", nama="Kegiatan triwulan")
    indikator = IndikatorKinerjaFactory(satker=satker, kode="TW-1", kegiatan=kegiatan)
    pk = PerjanjianSatkerFactory(satker=satker, tahun=TAHUN, status=SIGNED)
    BarisPerjanjianFactory(perjanjian=pk, indikator=indikator, kegiatan=kegiatan, target=D(100))
    AnggaranPerjanjian.objects.create(
        perjanjian=pk,
        urutan=1,
        jenis="kegiatan",
        kegiatan=kegiatan,
        uraian_tercetak=kegiatan.nama,
        anggaran=D(10_000),
    )
    for periode, jumlah in [("tw1", 1_000), ("tw2", 2_000)]:
        RealisasiAnggaran.objects.create(
            satker=satker,
            kegiatan=kegiatan,
            tahun=TAHUN,
            periode=periode,
            jumlah=D(jumlah),
            sumber="Laporan triwulan",
        )
    return satker


def test_measurement_sums_the_quarters_and_takes_the_pk_pagu(satker_tanpa_realisasi_tahunan):
    measured = pengukuran(satker_tanpa_realisasi_tahunan, TAHUN)
    (item,) = measured.anggaran
    assert (item.kode, item.pagu, item.realisasi) == ("9801", D(10_000), D(3_000))
    assert item.pagu_sumber == "anggaran di PK"
    # The same words the hand-made snapshots give: one label per period, everywhere.
    assert item.realisasi_sumber == "jumlah TW I, TW II"
    assert measured.total()[:2] == (D(10_000), D(3_000))


def test_export_shows_the_same_pagu_and_realisation(satker_tanpa_realisasi_tahunan):
    (item,) = build_export(satker_tanpa_realisasi_tahunan, TAHUN)["anggaran"]
    assert (item["kegiatan_kode"], item["pagu"], item["realisasi"]) == ("9801", 10_000, 3_000)
    assert item["riwayat_pagu"] == []
    assert [row["jumlah"] for row in item["realisasi_per_periode"]] == [1_000, 2_000]


def test_reviu_facts_show_the_same_pagu_and_realisation(satker_tanpa_realisasi_tahunan):
    facts = fakta_reviu(satker_tanpa_realisasi_tahunan, TAHUN)
    budget = facts.anggaran["9801"]
    assert (budget.pagu, budget.realisasi) == (D(10_000), D(3_000))
    assert (facts.pagu_total, facts.realisasi_total) == (D(10_000), D(3_000))


def test_measurement_page_shows_the_same_pagu_and_realisation(
    client, satker_tanpa_realisasi_tahunan
):
    member = MembershipFactory(satker=satker_tanpa_realisasi_tahunan).user
    client.force_login(member)
    url = reverse("measurement:pengukuran_detail", args=[satker_tanpa_realisasi_tahunan.slug])
    html = client.get(url).content.decode()
    row = re.search(r"<tr><td>9801 Kegiatan triwulan</td>.*?</tr>", html, re.DOTALL).group()
    cells = re.findall(r'<td class="angka">(.*?)</td>', row, re.DOTALL)
    pk_amount, pagu, realisasi, serapan = cells
    assert pk_amount == 'Rp 10.000 <span class="catatan">(PK satker)</span>'
    assert pagu.startswith("Rp 10.000<br>") and "anggaran di PK" in pagu  # noqa: PT018
    assert realisasi.startswith("Rp 3.000<br>")
    assert serapan == "30,00%"


# --- query counts do not grow with rows -------------------------------------------------------


def _satker_with_rows():
    """A satker-year with a Renstra, an RKT, a satker PK and a unit PK tracing to it, staff, and
    a function that adds indicators, each with its kegiatan and every row that hangs on it."""
    satker = SatkerFactory(slug="kpu-kabupaten-banyak")
    unit = UnitFactory(satker=satker, nama="Subbagian Teknis")
    renstra = Renstra.objects.create(satker=satker, tahun_awal=2025, tahun_akhir=2029, visi="V")
    rkt = RKTFactory(satker=satker, tahun=TAHUN, renstra=renstra)
    pk = PerjanjianSatkerFactory(satker=satker, tahun=TAHUN, status=SIGNED)
    unit_pk = PerjanjianUnitFactory(satker=satker, tahun=TAHUN, unit=unit, induk=pk, status=SIGNED)
    count = 0

    def add(number: int) -> None:
        nonlocal count
        for _ in range(number):
            count += 1
            sasaran = SasaranStrategis.objects.create(
                renstra=renstra, nomor=count, uraian=f"Sasaran {count}"
            )
            kegiatan = KegiatanFactory()
            indikator = IndikatorKinerjaFactory(
                satker=satker, kegiatan=kegiatan, sasaran=sasaran, iku=count % 2 == 0
            )
            TargetTahunan.objects.create(indikator=indikator, tahun=TAHUN, target=D(90))
            TargetTahunan.objects.create(indikator=indikator, tahun=2029, target=D(95))
            TargetPeriode.objects.create(indikator=indikator, tahun=TAHUN, periode="tw2", target=45)
            rkt_row = BarisRKTFactory(rkt=rkt, urutan=count, indikator=indikator, target=D(90))
            line = BarisPerjanjianFactory(
                perjanjian=pk, urutan=count, indikator=indikator, baris_rkt=rkt_row, target=D(90)
            )
            BarisPerjanjianFactory(
                perjanjian=unit_pk, urutan=count, indikator=indikator, induk_baris=line
            )
            for agreement in (pk, unit_pk):
                AnggaranPerjanjian.objects.create(
                    perjanjian=agreement,
                    urutan=count,
                    jenis="kegiatan",
                    kegiatan=kegiatan,
                    uraian_tercetak=kegiatan.nama,
                    anggaran=D(1_000),
                )
            Realisasi.objects.create(
                indikator=indikator, tahun=TAHUN, nilai=D(85), sumber="BAB III"
            )
            Realisasi.objects.create(indikator=indikator, tahun=TAHUN - 1, nilai=D(80))
            Pagu.objects.create(
                satker=satker,
                kegiatan=kegiatan,
                tahun=TAHUN,
                jenis="awal",
                jumlah=1_000,
                sumber="x",
            )
            Pagu.objects.create(
                satker=satker,
                kegiatan=kegiatan,
                tahun=TAHUN,
                jenis="revisi",
                jumlah=900,
                tanggal=datetime.date(2025, 6, 1),
                alasan="Efisiensi",
                sumber="y",
            )
            RealisasiAnggaran.objects.create(
                satker=satker, kegiatan=kegiatan, tahun=TAHUN, periode="tw1", jumlah=400, sumber="z"
            )
            HambatanUpaya.objects.create(
                satker=satker,
                tahun=TAHUN,
                nomor=count,
                aspek="Aspek",
                kegiatan=kegiatan,
                indikator=indikator,
                sasaran=sasaran,
                hambatan="Hambatan",
                upaya="Upaya",
            )
            NilaiTercatat.objects.create(
                satker=satker,
                tahun=TAHUN,
                sumber="BAB III",
                urutan=count,
                besaran="capaian",
                indikator=indikator,
                kegiatan=kegiatan,
                nilai=D("94.44"),
            )
            Pegawai.objects.create(
                satker=satker, unit=unit, nama=f"Pegawai {count}", jenis="PPNPN", nomor_urut=count
            )

    return satker, add


@pytest.mark.parametrize(
    "url_name",
    ["front:satker_detail", "measurement:pengukuran_detail", "evaluation:reviu_detail"],
)
def test_page_queries_do_not_grow_with_rows(client, url_name):
    satker, add = _satker_with_rows()
    client.force_login(MembershipFactory(satker=satker).user)
    url = reverse(url_name, args=[satker.slug])

    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        if url_name != "evaluation:reviu_detail":  # the reviu lists findings, not indicators
            html = response.content.decode()
            assert all(name in html for name in satker.indikator.values_list("nama", flat=True))
        return len(queries)

    add(3)
    with_three = count_queries()
    add(27)
    assert count_queries() == with_three


def test_a_blank_written_target_reads_as_no_target_not_a_crash(satker_tanpa_realisasi_tahunan):
    # The database accepts whitespace as a written target (a row saved past validation); the
    # reading layer reads it as the planning rule does, never failing for the whole country.
    from kinerja.agreements.models import BarisPerjanjian

    BarisPerjanjian.objects.filter(perjanjian__satker=satker_tanpa_realisasi_tahunan).update(
        target=None, target_teks="  "
    )
    (row,) = pengukuran(satker_tanpa_realisasi_tahunan, TAHUN).baris
    assert row.target is None


def test_an_indicator_linked_to_the_next_plans_sasaran_is_not_grouped_under_it_this_year():
    """Linking an indicator to a sasaran of the 2026–2030 Renstra changes nothing in 2025."""
    satker = SatkerFactory()
    kegiatan = KegiatanFactory(kode="9611", nama="Kegiatan uji")
    indikator = IndikatorKinerjaFactory(satker=satker, kegiatan=kegiatan)
    rkt = RKTFactory(satker=satker, tahun=TAHUN)
    BarisRKTFactory(rkt=rkt, indikator=indikator, kegiatan=kegiatan, target=D(90))
    Realisasi.objects.create(
        indikator=indikator, tahun=TAHUN, periode="tahunan", status="dilaporkan", nilai=D(90)
    )
    before = [group.label for group in pengukuran(satker, TAHUN).sasaran]
    assert before == ["Kegiatan uji (9611)"]
    later = Renstra.objects.create(satker=satker, tahun_awal=2026, tahun_akhir=2030, visi="V")
    indikator.sasaran = SasaranStrategis.objects.create(renstra=later, nomor=1, uraian="Baru")
    indikator.save()
    assert [group.label for group in pengukuran(satker, TAHUN).sasaran] == before
    current = Renstra.objects.create(satker=satker, tahun_awal=2021, tahun_akhir=2025, visi="V")
    indikator.sasaran = SasaranStrategis.objects.create(renstra=current, nomor=2, uraian="Kini")
    indikator.save()
    assert [group.label for group in pengukuran(satker, TAHUN).sasaran] == ["Sasaran 2: Kini"]
