import pytest

from kinerja.organisations.pohon import jalur_ke_akar
from kinerja.organisations.tests.factories import SatkerFactory

pytestmark = pytest.mark.django_db


def test_the_path_runs_from_the_satker_up_to_the_root():
    root = SatkerFactory()
    province = SatkerFactory(parent=root)
    city = SatkerFactory(parent=province)
    SatkerFactory(parent=province)  # a sibling is not on the path
    assert jalur_ke_akar(city.pk) == [city.pk, province.pk, root.pk]
    assert jalur_ke_akar(province.pk) == [province.pk, root.pk]
    assert jalur_ke_akar(root.pk) == [root.pk]


def test_the_path_follows_a_move_in_the_tree():
    old, new = SatkerFactory(), SatkerFactory()
    city = SatkerFactory(parent=old)
    city.parent = new
    city.save()
    assert jalur_ke_akar(city.pk) == [city.pk, new.pk]


def test_no_satker_has_no_path():
    assert jalur_ke_akar(987654) == []
