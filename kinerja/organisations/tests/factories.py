import factory

from kinerja.organisations.choices import JenisPegawai, TingkatSatker
from kinerja.organisations.models import Pegawai, Satker, Unit


class SatkerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Satker

    nama = factory.Sequence(lambda n: f"KPU Kabupaten Uji {n}")
    slug = factory.Sequence(lambda n: f"kpu-kabupaten-uji-{n}")
    tingkat = TingkatSatker.KABUPATEN_KOTA


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    satker = factory.SubFactory(SatkerFactory)
    nama = factory.Sequence(lambda n: f"Subbagian Uji {n}")


class PegawaiFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pegawai

    satker = factory.SubFactory(SatkerFactory)
    nama = factory.Sequence(lambda n: f"Pegawai {n}")
    jenis = JenisPegawai.PNS
