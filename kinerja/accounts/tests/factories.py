import factory

from kinerja.accounts.models import Membership, User
from kinerja.organisations.tests.factories import SatkerFactory


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"pengguna{n}")
    password = factory.django.Password("rahasia-uji")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    satker = factory.SubFactory(SatkerFactory)
    peran = Membership.Peran.ADMIN_SATKER
