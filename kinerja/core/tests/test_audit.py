"""The audit records what the database stored: a save that stored nothing new leaves no row,
and "after" is the row read back, not the value in memory."""

from decimal import Decimal

import pytest

from kinerja.core.audit import catat, catat_simpan, snapshot
from kinerja.core.models import AuditLog
from kinerja.planning.models import TargetTahunan
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def target():
    return TargetTahunan.objects.create(
        indikator=IndikatorKinerjaFactory(), tahun=2025, target=Decimal(0)
    )


def _logs(row):
    return AuditLog.objects.filter(model="planning.TargetTahunan", object_id=str(row.pk))


def _resave(row, value):
    before = snapshot(row)
    row.target = value
    row.save()
    return catat_simpan(None, row, before, "uji")


def test_zero_to_negative_zero_writes_no_audit_row(target):
    assert _resave(target, Decimal("-0")) is False
    assert _resave(target, Decimal("-0.0000")) is False
    assert not _logs(target).exists()


def test_trailing_zeros_write_no_audit_row(target):
    _resave(target, Decimal("1.5"))
    assert _resave(target, Decimal("1.50")) is False
    assert _resave(target, "1.5000") is False
    assert _logs(target).count() == 1


def test_after_is_the_value_the_database_stored(target):
    # Five decimals in memory; the column keeps four.
    assert _resave(target, Decimal("12.34567")) is True
    stored = TargetTahunan.objects.get(pk=target.pk).target
    log = _logs(target).get()
    assert log.after["target"] == "12.3457" == str(stored.normalize())
    assert log.before["target"] == "0"


def test_a_string_in_memory_is_recorded_as_the_stored_number(target):
    before = snapshot(target)
    target.target = "7.50"
    target.save()
    catat(None, target, AuditLog.Action.UPDATE, before, "uji")
    log = _logs(target).get()
    assert log.after["target"] == "7.5"
    assert log.after["indikator_id"] == target.indikator_id


def test_a_real_change_is_still_audited(target):
    assert _resave(target, Decimal(3)) is True
    log = _logs(target).get()
    assert (log.before["target"], log.after["target"]) == ("0", "3")
