"""Two processes writing the same SQLite database at once queue, they do not fail."""

import os
import subprocess
import sys
import textwrap

# Each writer reads, waits while the other reads too, then writes: with SQLite's default
# deferred transactions the second upgrade to a writer fails at once ("database is locked").
WRITER = textwrap.dedent(
    """
    import time
    import django
    django.setup()
    from django.db import connection, transaction

    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS antre (siapa TEXT)")
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM antre")
            time.sleep(0.5)
            cursor.execute("INSERT INTO antre VALUES (%s)", [__import__("sys").argv[1]])
    print("ok")
    """
)


def test_two_writers_at_once_both_succeed(tmp_path):
    # Run on SQLite whatever database the suite uses: the settings are what is tested.
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bersama.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "KINERJA_DEMO": "1",
    }
    # The table first, so both writers only insert.
    subprocess.run([sys.executable, "-c", WRITER, "nol"], env=env, check=True, timeout=60)  # noqa: S603
    writers = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", WRITER, name],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("satu", "dua")
    ]
    results = [writer.communicate(timeout=60) for writer in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert out.strip() == "ok"
