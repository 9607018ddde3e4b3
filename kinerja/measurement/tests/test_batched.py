"""The batched path (many satkers at once) gives the same figures as the per-satker path,
indicator by indicator, on a generated national dataset with every kind of reading mixed in."""

import datetime
from decimal import Decimal

import pytest

from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian
from kinerja.agreements.tests.factories import PerjanjianSatkerFactory
from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.demo.nasional import PREFIX, Ukuran, bangun
from kinerja.measurement.models import PengaturanPengukuran, Realisasi, SkalaPredikat
from kinerja.measurement.rekap import rollup_induk
from kinerja.measurement.selectors import pengukuran, pengukuran_banyak
from kinerja.organisations.models import Satker
from kinerja.planning.models import RKT, BarisRKT, Renstra, TargetPeriode, TargetTahunan

pytestmark = pytest.mark.django_db
D = Decimal
TAHUN = 2024


def _figures(row) -> tuple:
    hasil = row.hasil
    return (
        row.indikator.kode,
        row.sasaran,
        row.target,
        row.target_sumber,
        row.realisasi,
        row.realisasi_teks,
        row.status,
        row.posisi,
        hasil.nilai,
        hasil.nilai_tanpa_plafon,
        hasil.kode_aturan,
        hasil.aturan,
        hasil.alasan,
        row.predikat,
        row.predikat_alasan,
        row.realisasi_periode,
        row.capaian_tercatat,
    )


def _comparisons(row) -> tuple:
    return (
        row.realisasi_tahun_lalu,
        row.sumber_tahun_lalu,
        row.capaian_tahun_lalu,
        row.selisih_tahun_lalu,
        row.catatan_tahun_lalu,
        row.target_akhir_renstra,
        row.capaian_terhadap_renstra,
    )


def _budget(result) -> list[tuple]:
    return [
        (item.kode, item.pagu, item.pagu_sumber, item.realisasi, item.sumber_dana)
        for item in result.anggaran
    ]


@pytest.fixture
def national():
    satkers = bangun(Ukuran(satker=12, indikator=8, kegiatan=3, tahun=(2023, TAHUN)), seed=7)
    first, second, third = satkers[3], satkers[4], satkers[5]
    indicators = {satker.pk: list(satker.indikator.order_by("kode")) for satker in satkers}

    # A signed PK in force with targets of its own (one written as a threshold) and a budget
    # line, and an RKT the PK outranks.
    pk = PerjanjianSatkerFactory(satker=first, tahun=TAHUN, status="ditandatangani")
    one, two, three = indicators[first.pk][:3]
    BarisPerjanjian.objects.create(
        perjanjian=pk, urutan=1, sasaran_tercetak="S", indikator=one, target=D(70)
    )
    BarisPerjanjian.objects.create(
        perjanjian=pk, urutan=2, sasaran_tercetak="S", indikator=two, target_teks="≥ 60"
    )
    AnggaranPerjanjian.objects.create(
        perjanjian=pk, urutan=1, jenis="kegiatan", kegiatan=one.kegiatan, uraian_tercetak="x",
        anggaran=D(5_000_000),
    )  # fmt: skip
    rkt = RKT.objects.create(satker=first, tahun=TAHUN)
    BarisRKT.objects.create(rkt=rkt, urutan=1, sasaran_tercetak="S", indikator=one, target=D(99))
    BarisRKT.objects.create(rkt=rkt, urutan=2, sasaran_tercetak="S", indikator=three, target=D(50))
    # An annual row beside the quarters, a qualitative target and realisation, components,
    # a kegiatan not executed, and a year in progress with rencana aksi targets.
    Realisasi.objects.create(
        indikator=three, tahun=TAHUN, periode="tahunan", nilai=D(48), sumber="laporan"
    )
    wtp = indicators[second.pk][0]
    TargetTahunan.objects.filter(indikator=wtp, tahun=TAHUN).update(target=None, target_teks="WTP")
    Realisasi.objects.filter(indikator=wtp, tahun=TAHUN).delete()
    Realisasi.objects.create(indikator=wtp, tahun=TAHUN, nilai_teks="WDP")
    share = indicators[second.pk][1]
    Realisasi.objects.filter(indikator=share, tahun=TAHUN).delete()
    Realisasi.objects.create(
        indikator=share, tahun=TAHUN, pembilang=D(745229), pembagi=D(918192),
        pembilang_sumber="C1", pembagi_sumber="DPT",
    )  # fmt: skip
    skipped = indicators[second.pk][2]
    Realisasi.objects.filter(indikator=skipped, tahun=TAHUN).delete()
    Realisasi.objects.create(
        indikator=skipped, tahun=TAHUN, status="tidak_dilaksanakan", alasan="Bukan kewenangan"
    )
    running = indicators[third.pk][0]
    Realisasi.objects.filter(indikator=running, tahun=TAHUN, periode__in=["tw3", "tw4"]).delete()
    for periode, target in (("tw1", 20), ("tw2", 45)):
        TargetPeriode.objects.create(indikator=running, tahun=TAHUN, periode=periode, target=target)
    # Another satker's own scale and cap, a Renstra ending in the year, a pagu revision.
    PengaturanPengukuran.objects.create(
        satker=second, plafon="100", skala=SkalaPredikat.objects.get(kode="permendagri-5-pita")
    )
    Renstra.objects.create(satker=third, tahun_awal=2020, tahun_akhir=TAHUN, visi="Visi")
    Pagu.objects.create(
        satker=third, kegiatan=running.kegiatan, tahun=TAHUN, jenis="revisi",
        jumlah=D(123_000_000), tanggal=datetime.date(2024, 6, 1), alasan="Revisi POK",
        sumber="uji",
    )  # fmt: skip
    RealisasiAnggaran.objects.create(
        satker=third, kegiatan=running.kegiatan, tahun=TAHUN, periode="tw1",
        jumlah=D(1_000), sumber="uji", sumber_dana="hibah",
    )  # fmt: skip
    return satkers


def test_batched_equals_per_satker_indicator_by_indicator(national):
    batched = pengukuran_banyak([satker.pk for satker in national], TAHUN, tahun_lalu=True)
    assert set(batched) == {satker.pk for satker in national}
    readings = set()
    for satker in national:
        alone, together = pengukuran(satker, TAHUN), batched[satker.pk]
        assert [_figures(row) for row in together.baris] == [_figures(row) for row in alone.baris]
        assert [_comparisons(row) for row in together.baris] == [
            _comparisons(row) for row in alone.baris
        ]
        assert [(group.label, group.capaian) for group in together.sasaran] == [
            (group.label, group.capaian) for group in alone.sasaran
        ]
        assert (together.capaian, together.predikat) == (alone.capaian, alone.predikat)
        assert _budget(together) == _budget(alone)
        assert together.total() == alone.total()
        assert together.pengaturan == alone.pengaturan
        readings |= {row.hasil.kode_aturan for row in alone.baris}
        readings |= {row.posisi_label for row in alone.baris}
    # The dataset exercised the readings it was built for.
    assert {"naik", "ambang", "label", "tidak_dilaksanakan", "s.d. TW II"} <= readings


def test_the_batched_path_reads_a_fixed_number_of_queries(national):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ids = [satker.pk for satker in national]
    counts = []
    for chosen in (ids[3:5], ids):
        with CaptureQueriesContext(connection) as queries:
            pengukuran_banyak(chosen, TAHUN)
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 17


def test_a_parent_shows_its_childrens_roll_up_and_the_whole_tree(national):
    pusat = Satker.objects.get(slug=f"{PREFIX}kpu-ri")
    rekap = rollup_induk(pusat, TAHUN)
    provinces = list(pusat.children.order_by("nama"))
    assert [row.satker for row in rekap.anak] == sorted(provinces, key=str)
    assert rekap.jumlah_satker == len(national)
    everything = pengukuran_banyak([satker.pk for satker in national], TAHUN).values()
    totals = [item.total() for item in everything]
    assert rekap.pagu == sum(total[0] for total in totals)
    assert rekap.realisasi_anggaran == sum(total[1] for total in totals)
    # A province's row sums itself and its kab/kota.
    first = rekap.anak[0]
    below = [first.satker.pk, *first.satker.children.values_list("pk", flat=True)]
    measured = pengukuran_banyak(below, TAHUN)
    assert first.pagu == sum(item.total()[0] for item in measured.values())
