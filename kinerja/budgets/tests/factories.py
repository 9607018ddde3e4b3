import factory

from kinerja.budgets.models import Kegiatan


class KegiatanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kegiatan

    kode = factory.Sequence(lambda n: f"9{n:03d}")
    nama = factory.Sequence(lambda n: f"Kegiatan uji {n}")
