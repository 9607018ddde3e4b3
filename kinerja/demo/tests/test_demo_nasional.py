"""`kinerja demo-nasional`: the benchmark's synthetic national tree beside the Prabumulih
demo, labelled synthetic, built once."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from kinerja.demo.nasional import PREFIX, SUMBER
from kinerja.organisations.models import Satker
from kinerja.planning.models import TargetTahunan


def test_it_builds_a_labelled_synthetic_tree_beside_the_demo(prabumulih):
    out = StringIO()
    call_command("demo-nasional", ukuran=12, stdout=out)
    built = Satker.objects.filter(slug__startswith=PREFIX)
    assert built.count() == 12
    root = built.get(parent=None)
    assert root.slug == "sintetis-kpu-ri"
    assert root.descendants().count() == 11
    assert all("(sintetis)" in name for name in built.values_list("nama", flat=True))
    assert set(TargetTahunan.objects.filter(indikator__satker__in=built).values_list(
        "sumber", flat=True)) == {SUMBER}  # fmt: skip
    assert Satker.objects.filter(slug="kpu-kota-prabumulih").exists()  # the demo untouched
    assert "12 satker (1 pusat, 1 provinsi, 10 kab/kota)" in out.getvalue()


def test_a_second_run_refuses_and_says_what_is_there(prabumulih):
    call_command("demo-nasional", ukuran=3, stdout=StringIO())
    with pytest.raises(CommandError, match="sudah ada \\(3 satker"):
        call_command("demo-nasional", ukuran=3, stdout=StringIO())
    assert Satker.objects.filter(slug__startswith=PREFIX).count() == 3


@override_settings(KINERJA_DEMO=False, DEBUG=False)
def test_outside_the_demo_mode_it_refuses(db):
    with pytest.raises(CommandError, match="KINERJA_DEMO=1"):
        call_command("demo-nasional", ukuran=3)
    assert not Satker.objects.filter(slug__startswith=PREFIX).exists()
