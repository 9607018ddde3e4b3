import datetime

import factory

from kinerja.agreements.choices import StatusPerjanjian, TingkatPerjanjian
from kinerja.agreements.models import BarisPerjanjian, PerjanjianKinerja
from kinerja.organisations.tests.factories import SatkerFactory, UnitFactory
from kinerja.planning.tests.factories import IndikatorKinerjaFactory


class PerjanjianSatkerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PerjanjianKinerja

    satker = factory.SubFactory(SatkerFactory)
    tahun = 2025
    tingkat = TingkatPerjanjian.SATKER
    judul = "Perjanjian Kinerja Tahun 2025"
    status = StatusPerjanjian.DRAFT
    pihak_pertama_nama = "Sekretaris Uji"
    pihak_pertama_jabatan = "Sekretaris"
    pihak_kedua_nama = "Ketua Uji"
    pihak_kedua_jabatan = "Ketua"
    tempat = "Prabumulih"
    tanggal = datetime.date(2025, 1, 30)


class PerjanjianUnitFactory(PerjanjianSatkerFactory):
    tingkat = TingkatPerjanjian.UNIT
    unit = factory.SubFactory(UnitFactory, satker=factory.SelfAttribute("..satker"))
    induk = factory.SubFactory(PerjanjianSatkerFactory, satker=factory.SelfAttribute("..satker"))


class BarisPerjanjianFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BarisPerjanjian

    perjanjian = factory.SubFactory(PerjanjianSatkerFactory)
    urutan = factory.Sequence(lambda n: n + 1)
    sasaran_tercetak = "Sasaran uji"
    indikator = factory.SubFactory(
        IndikatorKinerjaFactory, satker=factory.SelfAttribute("..perjanjian.satker")
    )
    target = 100
