import factory

from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.models import RKT, BarisRKT, IndikatorKinerja


class IndikatorKinerjaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndikatorKinerja

    satker = factory.SubFactory(SatkerFactory)
    kode = factory.Sequence(lambda n: f"UJI-{n}")
    nama = factory.Sequence(lambda n: f"Persentase uji {n}")
    satuan = "%"


class RKTFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RKT

    satker = factory.SubFactory(SatkerFactory)
    tahun = 2025


class BarisRKTFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BarisRKT

    rkt = factory.SubFactory(RKTFactory)
    urutan = factory.Sequence(lambda n: n + 1)
    sasaran_tercetak = "Sasaran uji"
    indikator = factory.SubFactory(
        IndikatorKinerjaFactory, satker=factory.SelfAttribute("..rkt.satker")
    )
    target = 100
