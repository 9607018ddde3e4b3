"""A small satker of its own: two units, a signed unit PK for the first with two indicators
(one with a TW I target from the rencana aksi), and a person for each role."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.agreements.models import BarisPerjanjian
from kinerja.agreements.tests.factories import PerjanjianSatkerFactory, PerjanjianUnitFactory
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.organisations.models import Anggota, RiwayatJabatan
from kinerja.organisations.tests.factories import PegawaiFactory, SatkerFactory, UnitFactory
from kinerja.planning.models import RKT, BarisRKT, TargetPeriode
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

TAHUN = 2024
Peran = Membership.Peran


@dataclass
class Dunia:
    satker: object
    unit: object
    unit_lain: object
    a: object  # TW I target 25
    b: object
    operator: object
    operator_lain: object
    kasubbag: object
    kasubbag_lain: object
    pimpinan: object
    inspektur: object
    admin: object
    orang_luar: object
    lain: object  # another satker


def _buat_pk(satker, unit, *indicators):
    induk = PerjanjianSatkerFactory(
        satker=satker, tahun=TAHUN, status="ditandatangani", tanggal=datetime.date(2024, 1, 30)
    )
    pk = PerjanjianUnitFactory(
        satker=satker, unit=unit, induk=induk, tahun=TAHUN, status="ditandatangani",
        tanggal=datetime.date(2024, 1, 31),
    )  # fmt: skip
    for urutan, (indikator, target) in enumerate(indicators, start=1):
        BarisPerjanjian.objects.create(
            perjanjian=pk, urutan=urutan, sasaran_tercetak="S", indikator=indikator, target=target
        )
    return pk


@pytest.fixture
def dunia(db) -> Dunia:
    satker = SatkerFactory(nama="KPU Kota Uji Isian", slug="kpu-kota-uji-isian")
    unit = UnitFactory(satker=satker, nama="Subbagian Keuangan Uji", urutan=1)
    unit_lain = UnitFactory(satker=satker, nama="Subbagian Teknis Uji", urutan=2)
    kegiatan = KegiatanFactory()
    a = IndikatorKinerjaFactory(satker=satker, kegiatan=kegiatan, kode="U-1", satuan="%")
    b = IndikatorKinerjaFactory(satker=satker, kegiatan=kegiatan, kode="U-2", satuan="dokumen")
    TargetPeriode.objects.create(indikator=a, tahun=TAHUN, periode="tw1", target=Decimal(25))
    _buat_pk(satker, unit, (a, Decimal(100)), (b, Decimal(4)))
    lain = SatkerFactory(nama="KPU Kota Tetangga", slug="kpu-kota-tetangga")

    def person(peran, unit=None, on=satker):
        return MembershipFactory(satker=on, unit=unit, peran=peran).user

    return Dunia(
        satker=satker,
        unit=unit,
        unit_lain=unit_lain,
        a=a,
        b=b,
        operator=person(Peran.OPERATOR_UNIT, unit),
        operator_lain=person(Peran.OPERATOR_UNIT, unit_lain),
        kasubbag=person(Peran.KASUBBAG, unit),
        kasubbag_lain=person(Peran.KASUBBAG, unit_lain),
        pimpinan=person(Peran.PIMPINAN),
        inspektur=person(Peran.INSPEKTUR),
        admin=person(Peran.ADMIN_SATKER),
        orang_luar=person(Peran.ADMIN_SATKER, on=lain),
        lain=lain,
    )


TAHUN_PK = 2025
# The draft form takes the place; the parties come from the jabatan history when signed.
PIHAK = {"tempat": "Kota Uji"}
NIP_SEKRETARIS = "198001012005011001"
NIP_KASUBBAG = "198502022010012002"


def catat_pihak(satker, unit) -> None:
    """The terms that settle the parties of the satker's and `unit`'s PKs in 2025: the
    Sekretaris, the Ketua (a commissioner) and the unit's Kasubbag."""
    sekretaris = PegawaiFactory(satker=satker, nama="Sekretaris Uji", nip=NIP_SEKRETARIS)
    kasubbag = PegawaiFactory(satker=satker, nama="Kasubbag Uji", nip=NIP_KASUBBAG, unit=unit)
    ketua = Anggota.objects.create(
        satker=satker, nama="Ketua Uji", is_ketua=True, jabatan="Ketua KPU Kota Uji"
    )
    start = datetime.date(2024, 1, 1)
    RiwayatJabatan.objects.create(
        satker=satker, pegawai=sekretaris, jabatan="Sekretaris KPU Kota Uji", kepala=True,
        mulai=start,
    )  # fmt: skip
    RiwayatJabatan.objects.create(
        satker=satker, anggota=ketua, jabatan="Ketua KPU Kota Uji", atasan=True, mulai=start
    )
    RiwayatJabatan.objects.create(
        satker=satker, pegawai=kasubbag, jabatan=f"Kepala {unit.nama}", unit=unit, mulai=start
    )


@pytest.fixture
def kantor(db):
    satker = SatkerFactory(nama="KPU Kota Uji PK", slug="kpu-kota-uji-pk", kota="Kota Uji")
    unit = UnitFactory(satker=satker, nama="Subbagian Umum Uji", urutan=1)
    other_unit = UnitFactory(satker=satker, nama="Subbagian Teknis Uji", urutan=2)
    catat_pihak(satker, unit)
    rkt = RKT.objects.create(satker=satker, tahun=TAHUN_PK)
    for urutan, target in ((1, Decimal(95)), (2, Decimal(100))):
        BarisRKT.objects.create(
            rkt=rkt, urutan=urutan, sasaran_tercetak="Meningkatnya layanan", target=target,
            indikator=IndikatorKinerjaFactory(satker=satker, kode=f"P-{urutan}"),
        )  # fmt: skip

    def person(peran, unit=None):
        return MembershipFactory(satker=satker, unit=unit, peran=peran).user

    return {
        "satker": satker,
        "unit": unit,
        "other_unit": other_unit,
        "admin": person(Peran.ADMIN_SATKER),
        "sekretaris": person(Peran.PIMPINAN),
        "kasubbag": person(Peran.KASUBBAG, unit),
        "operator": person(Peran.OPERATOR_UNIT, unit),
        "outsider": MembershipFactory(peran=Peran.ADMIN_SATKER).user,
    }
