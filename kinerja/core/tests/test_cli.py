"""The `kinerja` console command as a shell runs it: a subprocess on a demo database."""

import os
import subprocess
import sys

import pytest

fcntl = pytest.importorskip("fcntl")

KINERJA = [sys.executable, "-c", "from kinerja.cli import main; main()"]


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory):
    database = tmp_path_factory.mktemp("cli") / "db.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    # Buffered stdout, as in a shell. Unbuffered, a short write to a closed pipe is dropped
    # silently instead of raising, and the test would prove nothing.
    env.pop("PYTHONUNBUFFERED", None)
    for command in (["migrate", "--noinput", "-v0"], ["demo"]):
        subprocess.run(  # noqa: S603 - fixed arguments
            [*KINERJA, *command], env=env, check=True, capture_output=True
        )
    return env


def test_a_reader_that_leaves_early_gets_no_traceback(demo_env):
    # `kinerja pengukuran --json | head -1`. The pipe is shrunk to one page so the ~60 kB
    # document cannot fit in it: the command is still writing when the reader leaves.
    if not hasattr(fcntl, "F_SETPIPE_SZ"):
        pytest.skip("pipe size cannot be set on this platform")
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    command = subprocess.Popen(  # noqa: S603 - fixed arguments
        [*KINERJA, "pengukuran", "--satker", "kpu-kota-prabumulih", "--tahun", "2024", "--json"],
        env=demo_env,
        stdout=write_end,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        first_line = reader.readline()
    _, stderr = command.communicate(timeout=60)

    assert first_line == b"{\n"
    assert "Traceback" not in stderr.decode()
    assert "BrokenPipeError" not in stderr.decode()
    assert command.returncode == 1
