"""Personas around KPU Kota Prabumulih's review notes (the demo's satker)."""

from dataclasses import dataclass

import pytest

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.organisations.models import Satker, Unit

Peran = Membership.Peran


@dataclass
class Orang:
    inspektur: object  # the inspectorate granted on the kota itself
    inspektur_provinsi: object  # granted on the province: reviews the kota below it
    inspektur_lain: object  # granted on another kota
    admin: object
    pimpinan: object
    operator: object
    kasubbag: object
    admin_provinsi: object  # reads the kota, answers only for the province
    orang_luar: object  # the admin of another kota


@pytest.fixture
def orang(prabumulih, other_satker) -> Orang:
    province = Satker.objects.get(slug="kpu-provinsi-sumatera-selatan")
    unit = Unit.objects.filter(satker=prabumulih).first()

    def person(peran, on=prabumulih, unit=None):
        return MembershipFactory(satker=on, unit=unit, peran=peran).user

    return Orang(
        inspektur=person(Peran.INSPEKTUR),
        inspektur_provinsi=person(Peran.INSPEKTUR, on=province),
        inspektur_lain=person(Peran.INSPEKTUR, on=other_satker),
        admin=person(Peran.ADMIN_SATKER),
        pimpinan=person(Peran.PIMPINAN),
        operator=person(Peran.OPERATOR_UNIT, unit=unit),
        kasubbag=person(Peran.KASUBBAG, unit=unit),
        admin_provinsi=person(Peran.ADMIN_SATKER, on=province),
        orang_luar=person(Peran.ADMIN_SATKER, on=other_satker),
    )
