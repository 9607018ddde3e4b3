"""The `kinerja` console command: the one entry point, equivalent to manage.py."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 - reads the environment now, not mid-command
    except ImproperlyConfigured as error:
        # A setting missing from the environment is the operator's to fix: say which, without
        # a traceback that buries it.
        sys.exit(f"Kinerja tidak dapat dijalankan: {error}")

    try:
        execute_from_command_line(sys.argv)
        # Flushed here so that a reader gone early fails inside the try, not in the
        # interpreter's own flush at exit, where it can only print a traceback-like warning.
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (`| head`) closed the pipe: not worth a traceback. stdout goes to devnull
        # so the final flush at exit finds somewhere to write, as the Python docs advise
        # (library/signal.html, "Note on SIGPIPE").
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
