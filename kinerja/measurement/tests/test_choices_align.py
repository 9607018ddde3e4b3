"""The plain rule modules and the Django choices spell the same values."""

import pytest

from kinerja.measurement import capaian, periods
from kinerja.measurement import choices as measurement_choices
from kinerja.planning import choices as planning_choices


@pytest.mark.parametrize(
    ("plain", "django_choices", "extra"),
    [
        (capaian.Polaritas, planning_choices.Polaritas, set()),
        (capaian.VarianTurun, planning_choices.VarianTurun, set()),
        (capaian.KebijakanTargetNol, planning_choices.KebijakanTargetNol, {""}),
        (periods.MetodeAgregasi, planning_choices.MetodeAgregasi, set()),
        (capaian.StatusRealisasi, measurement_choices.StatusRealisasi, set()),
    ],
)
def test_plain_enums_and_choices_agree(plain, django_choices, extra):
    assert {item.value for item in plain} | extra == set(django_choices.values)


def test_indicator_caps_are_the_allowed_caps():
    numeric = {value for value in planning_choices.Plafon.values if value.isdigit()}
    assert {int(value) for value in numeric} == {int(cap) for cap in capaian.PLAFON_YANG_DIIZINKAN}
