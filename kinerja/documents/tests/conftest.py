"""Shared fixture of the documents tests: a satker-year with nothing missing."""

import datetime

import pytest

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.agreements.choices import StatusPerjanjian
from kinerja.agreements.tests.factories import BarisPerjanjianFactory, PerjanjianSatkerFactory
from kinerja.demo.nasional import Ukuran, bangun
from kinerja.documents.models import LaporanTahunan
from kinerja.evaluation.models import PernyataanReviu
from kinerja.measurement.models import HambatanUpaya, Realisasi
from kinerja.organisations.models import RiwayatJabatan
from kinerja.organisations.tests.factories import PegawaiFactory, SatkerFactory
from kinerja.planning.models import Renstra, SasaranStrategis, TargetTahunan
from kinerja.planning.tests.factories import IndikatorKinerjaFactory


@pytest.fixture
def siap():
    """A satker-year with nothing missing: a Renstra with its target, a signed satker PK, an
    annual realisation, the report's date and the head who held the post on it, hambatan of
    the year and the year before (the isu strategis and the sasaran's analysis are written
    from them), and the inspectorate's statement that the report was reviewed."""
    satker = SatkerFactory(nama="KPU Kota Siap", slug="kpu-kota-siap", kota="Kota Siap")
    LaporanTahunan.objects.create(satker=satker, tahun=2025, tanggal=datetime.date(2026, 1, 20))
    RiwayatJabatan.objects.create(
        satker=satker,
        pegawai=PegawaiFactory(satker=satker, nama="Siti Kepala"),
        jabatan="Sekretaris",
        kepala=True,
        mulai=datetime.date(2024, 1, 1),
    )
    renstra = Renstra.objects.create(satker=satker, tahun_awal=2021, tahun_akhir=2025, visi="V")
    sasaran = SasaranStrategis.objects.create(renstra=renstra, nomor=1, uraian="Pemilu tertib")
    indikator = IndikatorKinerjaFactory(
        satker=satker, sasaran=sasaran, kode="S-1", nama="Persentase TPS tepat waktu", satuan="%"
    )
    TargetTahunan.objects.create(indikator=indikator, tahun=2025, target=95)
    pk = PerjanjianSatkerFactory(
        satker=satker, status=StatusPerjanjian.DITANDATANGANI, tanggal=datetime.date(2025, 1, 30)
    )
    BarisPerjanjianFactory(perjanjian=pk, indikator=indikator, target=95)
    Realisasi.objects.create(indikator=indikator, tahun=2025, periode="tahunan", nilai=96)
    HambatanUpaya.objects.create(
        satker=satker, tahun=2024, nomor=1, aspek="Logistik", hambatan="Distribusi terlambat.",
        upaya="Jadwal distribusi dimajukan.",
    )  # fmt: skip
    HambatanUpaya.objects.create(
        satker=satker, tahun=2025, nomor=1, aspek="TPS", sasaran=sasaran,
        hambatan="Akses ke TPS terpencil sulit.", upaya="Pengiriman lebih awal.",
    )  # fmt: skip
    PernyataanReviu.objects.create(
        satker=satker, tahun=2025, tanggal=datetime.date(2026, 1, 15), tempat="Kota Siap",
        nama="Budi Inspektur", nip="197001012000031001", jabatan="Inspektur Wilayah I",
    )  # fmt: skip
    return satker


@pytest.fixture
def nasional(db, settings, tmp_path):
    """A small synthetic national tree for the year-end batch: KPU RI, one province, two
    kab/kota; files under a temporary media root."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return bangun(Ukuran(satker=4, indikator=3, kegiatan=2))


@pytest.fixture
def admin_pusat(nasional):
    """Persona: the admin satker of the (synthetic) KPU RI."""
    return MembershipFactory(satker=nasional[0], peran=Membership.Peran.ADMIN_SATKER).user


@pytest.fixture
def inspektur_pusat(nasional):
    """Persona: a read-only inspector on KPU RI."""
    return MembershipFactory(satker=nasional[0], peran=Membership.Peran.INSPEKTUR).user
