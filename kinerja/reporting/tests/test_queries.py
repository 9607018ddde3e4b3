"""The workplace's lists read a fixed number of queries, whatever the number of rows: rows are
added here, not taken from the demo."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.measurement.models import HambatanUpaya
from kinerja.planning.models import TargetTahunan
from kinerja.planning.tests.factories import IndikatorKinerjaFactory
from kinerja.reporting.models import LaporanRealisasi
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db


def _add(dunia, number):
    kegiatan = KegiatanFactory()
    indikator = IndikatorKinerjaFactory(satker=dunia.satker, kegiatan=kegiatan)
    TargetTahunan.objects.create(indikator=indikator, tahun=TAHUN, target=Decimal(90))
    Pagu.objects.create(
        satker=dunia.satker, kegiatan=kegiatan, tahun=TAHUN, jenis="awal", jumlah=1000,
        sumber="uji",
    )  # fmt: skip
    RealisasiAnggaran.objects.create(
        satker=dunia.satker, kegiatan=kegiatan, tahun=TAHUN, periode="b01", jumlah=10,
        sumber="uji",
    )  # fmt: skip
    HambatanUpaya.objects.create(
        satker=dunia.satker, tahun=TAHUN, nomor=number, aspek="a", hambatan="h", upaya="u",
        indikator=indikator,
    )  # fmt: skip


@pytest.mark.parametrize("name", ["perencanaan", "anggaran", "hambatan", "rekap", "pk_daftar"])
def test_a_list_reads_the_same_queries_for_more_rows(client, dunia, name):
    client.force_login(dunia.admin)
    url = reverse(f"reporting:{name}", args=[dunia.satker.slug]) + f"?tahun={TAHUN}"

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    _add(dunia, 1)
    LaporanRealisasi.objects.create(
        satker=dunia.satker, unit=dunia.unit, tahun=TAHUN, periode="tw1"
    )
    few = count()
    for number in range(2, 7):
        _add(dunia, number)
    LaporanRealisasi.objects.create(
        satker=dunia.satker, unit=dunia.unit, tahun=TAHUN, periode="tw2"
    )
    assert count() == few
