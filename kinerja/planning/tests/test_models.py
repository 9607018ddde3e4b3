from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kinerja.planning.models import BarisRKT, TargetTahunan
from kinerja.planning.tests.factories import BarisRKTFactory, IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db


def test_negative_target_is_refused_in_indonesian_and_not_saved():
    indikator = IndikatorKinerjaFactory()
    target = TargetTahunan(indikator=indikator, tahun=2025, target=Decimal("-5"))
    with pytest.raises(ValidationError) as error:
        target.full_clean()
    assert error.value.message_dict["target"] == ["Nilai tidak boleh negatif."]
    assert not TargetTahunan.objects.filter(indikator=indikator).exists()


def test_rkt_row_cannot_use_another_satkers_indicator(prabumulih):
    row = BarisRKTFactory.build(
        rkt=BarisRKTFactory().rkt, indikator=prabumulih.indikator.first(), urutan=99
    )
    with pytest.raises(ValidationError, match="milik satker RKT ini"):
        row.full_clean()
    assert not BarisRKT.objects.filter(urutan=99).exists()


def test_indicator_code_is_unique_per_satker(prabumulih):
    duplicate = IndikatorKinerjaFactory.build(satker=prabumulih, kode="6709-1")
    with pytest.raises(ValidationError):
        duplicate.full_clean()
