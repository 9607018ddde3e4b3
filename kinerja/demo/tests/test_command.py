"""`kinerja demo` creates accounts with a published password (a superuser among them): only
in the demo mode (`make run`), or when forced on purpose."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from kinerja.accounts.models import User

pytestmark = pytest.mark.django_db


@override_settings(KINERJA_DEMO=False, DEBUG=False)
def test_outside_the_demo_mode_the_command_refuses_and_names_the_way_out():
    User.objects.filter(username="admin").delete()

    with pytest.raises(CommandError) as refusal:
        call_command("demo", stdout=StringIO())

    assert "hanya dimuat dalam mode demo (KINERJA_DEMO=1" in str(refusal.value)
    assert "--paksa" in str(refusal.value)
    assert not User.objects.filter(username="admin").exists()


@override_settings(KINERJA_DEMO=False, DEBUG=False)
def test_forced_it_loads_and_warns_to_change_the_passwords():
    User.objects.filter(username="admin").delete()
    output, warnings = StringIO(), StringIO()

    call_command("demo", "--paksa", stdout=output, stderr=warnings)

    assert User.objects.get(username="admin").is_superuser
    assert "Akun demo (kata sandi: kinerja-demo)" in output.getvalue()
    assert "ganti kata sandi akun-akun ini" in warnings.getvalue()


@override_settings(KINERJA_DEMO=True, DEBUG=False)
def test_in_the_demo_mode_it_loads_without_asking():
    output, warnings = StringIO(), StringIO()

    call_command("demo", "--jika-belum-ada", stdout=output, stderr=warnings)

    assert "Data demo sudah ada" in output.getvalue()
    assert warnings.getvalue() == ""
