"""What the benchmarks that serve Kinerja over HTTP share: a throw-away database, the
production environment, the `kinerja` command, and gunicorn started as docs/deploy.md runs it
(stopped through its PID at the end of the block)."""

import http.cookiejar
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINERJA = Path(sys.executable).parent / "kinerja"
POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"
LOGIN = "/akun/masuk/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def database(backend: str, folder: Path, prefix: str = "kinerja_bench"):
    """A DATABASE_URL for a database that exists only within the block."""
    if backend == "sqlite":
        yield f"sqlite:///{folder}/db.sqlite3"
        return
    import psycopg
    from psycopg import sql

    name = f"{prefix}_{secrets.token_hex(4)}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"postgres://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def production_env(database_url: str, folder: Path) -> dict:
    """Production settings (its own secret key, plain HTTP on loopback) on `database_url`."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("KINERJA_", "DJANGO_"))
    }
    return env | {
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": database_url,
        "KINERJA_SECRET_KEY": secrets.token_urlsafe(50),
        "KINERJA_ALLOWED_HOSTS": "127.0.0.1",
        "KINERJA_HTTPS": "0",
        "KINERJA_STATIC_ROOT": str(folder / "static"),
        "KINERJA_MEDIA_ROOT": str(folder / "media"),
        "MPLCONFIGDIR": str(folder / "matplotlib"),
    }


def kinerja(env: dict, *arguments: str) -> str:
    completed = subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [str(KINERJA), *arguments], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if completed.returncode:
        raise SystemExit(f"kinerja {' '.join(arguments)}:\n{completed.stdout}{completed.stderr}")
    return completed.stdout


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


@contextmanager
def server(env: dict, settings_module: str, workers: int, log_path: Path):
    """Gunicorn on a free loopback port, as docs/deploy.md runs it; its base URL."""
    port = free_port()
    with log_path.open("wb") as log:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed arguments
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}"]
            + ["--workers", str(workers), "--timeout", "120"],
            cwd=ROOT,
            env=env | {"DJANGO_SETTINGS_MODULE": settings_module},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while not _answers(base + LOGIN):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"gunicorn tidak jalan:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.2)
            yield base
        finally:
            # SIGTERM to the master, by its PID: it stops its own workers.
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect is an answer here: 302 after a login that succeeded, or a page sending a
    # client whose session ended back to the login page.
    def redirect_request(self, *args, **kwargs) -> None:
        return None


class Browser:
    """One client of one server, with its own cookies (session, CSRF)."""

    def __init__(self, base: str, timeout: float = 300):
        self.base, self.timeout = base, timeout
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect
        )

    def request(self, path: str, fields: dict | None = None) -> tuple[int, str]:
        """GET, or POST the fields; the status (redirects not followed) and the page."""
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        try:
            with self.opener.open(self.base + path, data=data, timeout=self.timeout) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def csrf_token(self) -> str:
        status, page = self.request(LOGIN)
        found = CSRF_FIELD.search(page)
        if status != 200 or not found:
            raise SystemExit(f"{LOGIN}: status {status}, tanpa token CSRF")
        return found.group(1)

    def login(self, username: str, password: str, token: str | None = None) -> int:
        """302: logged in; 200: the form again, the password refused; 429: locked out."""
        fields = {"username": username, "password": password}
        fields["csrfmiddlewaretoken"] = token or self.csrf_token()
        return self.request(LOGIN, fields)[0]
