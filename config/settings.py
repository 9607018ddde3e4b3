"""Kinerja settings, read from the environment (every variable: docs/deploy.md).

SQLite by default, PostgreSQL through DATABASE_URL. Production is the default mode; the local
demo (KINERJA_DEMO=1, set by `make run`) and development (KINERJA_DEBUG=1) are the only modes
that run on the built-in key and localhost hosts."""

import datetime
from pathlib import Path

import dj_database_url
from csp import constants as csp_constants
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_required, env_str
from config.storage import default_storage_from_env

BASE_DIR = Path(__file__).resolve().parent.parent

# --- Mode, secret key and hosts (deploy) -------------------------------------------------------
DEBUG = env_bool("KINERJA_DEBUG", False)
# The local demo: its accounts share one published password, so `kinerja demo` creates them only
# in this mode (or with DEBUG), never on a server by accident.
KINERJA_DEMO = env_bool("KINERJA_DEMO", False)
PRODUCTION = not (DEBUG or KINERJA_DEMO)

# Local-demo default only; production must bring its own (a published key signs anyone's session).
DEMO_SECRET_KEY = "kinerja-local-demo-key-not-for-production"  # noqa: S105
if PRODUCTION:
    SECRET_KEY = env_required(
        "KINERJA_SECRET_KEY",
        "Kinerja berjalan sebagai produksi (KINERJA_DEMO dan KINERJA_DEBUG tidak menyala) dan "
        "membutuhkan kunci rahasianya sendiri; buat dengan: python -c 'import secrets; "
        "print(secrets.token_urlsafe(50))' (docs/deploy.md). Untuk demo lokal: make run.",
    )
    if SECRET_KEY == DEMO_SECRET_KEY:
        raise ImproperlyConfigured(
            "KINERJA_SECRET_KEY berisi kunci demo yang tercantum di kode sumber; buat kunci "
            "sendiri untuk produksi (docs/deploy.md)."
        )
    ALLOWED_HOSTS = env_list("KINERJA_ALLOWED_HOSTS", [])
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "KINERJA_ALLOWED_HOSTS belum diisi. Kinerja berjalan sebagai produksi dan hanya "
            "melayani nama host yang disebutkan, dipisah koma (mis. kinerja.kpu-prabumulih.go.id); "
            "lihat docs/deploy.md. Untuk demo lokal: make run."
        )
else:
    SECRET_KEY = env_str("KINERJA_SECRET_KEY", DEMO_SECRET_KEY)
    ALLOWED_HOSTS = env_list("KINERJA_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
# --- end of mode, secret key and hosts ----------------------------------------------------------

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "kinerja.core",
    "kinerja.accounts",
    "kinerja.organisations",
    "kinerja.budgets",
    "kinerja.planning",
    "kinerja.agreements",
    "kinerja.measurement",
    "kinerja.reporting",
    "kinerja.evaluation",
    "kinerja.periksa",
    "kinerja.documents",
    "kinerja.lke",
    "kinerja.demo",
    "kinerja.exporting",
    "kinerja.front",
    "kinerja.dashboards",
    # The content security policy's own checks (outdated settings); its header comes from the
    # middleware below.
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files (the admin's CSS, htmx) served by the application itself: no separate
    # static file server to configure. Right after SecurityMiddleware, as WhiteNoise asks.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Idle expiry for shared office computers (settings at the end of this file).
    "kinerja.core.middleware.IdleSessionMiddleware",
    "kinerja.core.middleware.IndonesianFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two writers at once (the year-end batch's workers, two users saving) must queue rather
    # than fail with "database is locked": SQLite's default deferred transaction starts as a
    # reader and its upgrade to a writer is refused at once when another writer holds the
    # lock, whatever the timeout. An immediate transaction takes the write lock when it begins,
    # and waits up to the timeout for it.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )

# The computed measurement of satker-years (kinerja.measurement.cache, docs/kinerja-cepat.md).
# Each process's own memory by default, so `make run` and the tests need no server; in
# production KINERJA_CACHE_URL=redis://127.0.0.1:6379/0 shares one cache between gunicorn's
# workers, so a figure computed by one is read by the others. Entries are never stale (their
# key holds the data version), so the timeout only returns memory.
CACHE_URL = env_str("KINERJA_CACHE_URL", "").strip()
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": env_str("KINERJA_CACHE_PREFIX", "kinerja"),
            "TIMEOUT": 24 * 3600,
        }
    }
elif CACHE_URL:
    raise ImproperlyConfigured(
        f"KINERJA_CACHE_URL harus redis://, rediss:// atau unix://, bukan {CACHE_URL!r}"
    )
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 3600,
            # A satker-year's figures take tens of kilobytes: a few thousand stay within a
            # worker's memory and cover a whole province's pages.
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "front:home"
LOGOUT_REDIRECT_URL = "accounts:login"

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
# Our own catalogue: msgids are the Indonesian texts, locale/en holds their English.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "static/"
# Evidence files (bukti dukung). Never served as static media: they are downloaded through a
# view that checks the user's access to the report.
MEDIA_ROOT = Path(env_str("KINERJA_MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# The disk under MEDIA_ROOT by default; KINERJA_STORAGE=s3 and its KINERJA_S3_* settings for an
# S3-compatible store (config/storage.py, docs/realisasi.md).
STORAGES = {
    "default": default_storage_from_env(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Production serving: static files, HTTPS, content security policy, sessions, logs (deploy) --
# Every switch below is documented in docs/deploy.md.
if PRODUCTION:
    # `kinerja collectstatic` gathers the files here; WhiteNoise serves them with hashed names
    # (cached for a year) and compressed copies.
    STATIC_ROOT = Path(env_str("KINERJA_STATIC_ROOT", str(BASE_DIR / "var" / "static")))
    STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
else:
    # The demo and development serve straight from the apps' static folders: nothing to collect
    # on a fresh machine, so `make run` stays one command.
    WHITENOISE_USE_FINDERS = True

# HTTPS is on by default in production: the session cookie is a password for as long as it
# lives, and an office network is shared. KINERJA_HTTPS=0 only for a plain-HTTP intranet.
HTTPS = env_bool("KINERJA_HTTPS", PRODUCTION)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = env_int("KINERJA_HSTS_SECONDS", 31_536_000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("KINERJA_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("KINERJA_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Joining the browsers' preload list binds the whole registered domain (often the
    # instance's go.id domain, not Kinerja's host): its owner's decision, not a default here.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Behind nginx (docs/deploy.md) the TLS ends at the proxy, which says so in X-Forwarded-Proto.
# Trusted only when switched on: without a proxy that overwrites it, any client could send it.
if env_bool("KINERJA_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env_list("KINERJA_CSRF_TRUSTED_ORIGINS", [])

# Scripts and styles come only from Kinerja's own static files: an injected <script> or
# on*="" attribute does not run. The one inline <style> left (the 500 page, which must not
# depend on static files) carries the request's nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", csp_constants.NONCE],
        # data: for the empty favicon in base.html.
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Office computers are shared: a session ends when the browser closes and after
# KINERJA_SESSION_IDLE_HOURS without a request (kinerja.core.middleware.IdleSessionMiddleware
# renews it while in use).
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_IDLE_HOURS = env_int("KINERJA_SESSION_IDLE_HOURS", 2)
if SESSION_IDLE_HOURS < 1:
    raise ImproperlyConfigured(
        f"KINERJA_SESSION_IDLE_HOURS minimal 1 jam, bukan {SESSION_IDLE_HOURS}"
    )
SESSION_COOKIE_AGE = SESSION_IDLE_HOURS * 3600

# Without DEBUG, Django would only mail errors to ADMINS (none here): write them to stderr,
# where gunicorn and systemd's journal keep them.
LOG_LEVEL = env_str("KINERJA_LOG_LEVEL", "WARNING").strip().upper()
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    raise ImproperlyConfigured(
        f"KINERJA_LOG_LEVEL harus DEBUG, INFO, WARNING, ERROR atau CRITICAL, bukan {LOG_LEVEL!r}"
    )
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
}
# --- end of production serving -----------------------------------------------------------------

# --- Accounts: passwords and login lockout (issue #9, part 2) --------------------------------
# Kept together here, apart from the deployment settings above, so that each part reads whole.

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

INSTALLED_APPS += ["axes"]
TEMPLATES[0]["OPTIONS"]["context_processors"] += ["kinerja.accounts.context_processors.menu"]
MIDDLEWARE += [
    # After authentication and messages: a user holding a temporary password set by an
    # admin is sent to change it before anything else.
    "kinerja.accounts.middleware.WajibGantiSandiMiddleware",
    # An htmx request that login_required sends to the login page loads it as a full page.
    "kinerja.accounts.middleware.HtmxLoginMiddleware",
    # Last, as django-axes asks: it turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]
# Axes first: a locked-out login is refused before ModelBackend hashes the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failed logins are counted three ways, each with its own limit within the cool-off
# (kinerja/accounts/lockout.py and docs/akun.md say why these numbers):
# one account from one address: 5 (guessing one password; no single address can lock an
# account for its owner elsewhere), one account from every address: 10 (the same guessing
# spread over many addresses), one address for every account: 20 (trying many accounts; an
# office behind one address survives its staff's typos).
AXES_HANDLER = "kinerja.accounts.lockout.KinerjaLockoutHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username", "ip_address"]
KINERJA_LOGIN_FAILURE_LIMITS = [5, 10, 20]
AXES_FAILURE_LIMIT = max(KINERJA_LOGIN_FAILURE_LIMITS)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
# A refused attempt during a lockout does not restart it: hammering a locked account does not
# keep it locked for ever.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# A successful login does not clear the counts: it would clear the address's count too, letting
# someone with one valid account try other accounts' passwords without limit.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "kinerja.accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "kinerja.accounts.lockout.client_ip"
# Behind a reverse proxy every request comes from the proxy's address: set the number of
# proxies in front of Kinerja, and the client's address is read from X-Forwarded-For (the
# entry the nearest of them appended; the ones before it are the client's to forge).
KINERJA_PROXY_COUNT = env_int("KINERJA_PROXY_COUNT", 0)

# --- The year-end batch: every LKjIP under a parent satker (issue #10 §4, docs/dokumen.md) -------
# With a broker (redis://127.0.0.1:6379/1) each satker's report is one Celery task run by
# `celery -A config worker`. Without one, nothing needs Redis: the batch is written in this
# process (kinerja.documents.massal), and a task sent all the same runs eagerly rather than
# looking for a broker, so `make run` and the tests work on a bare machine.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "").strip() or None
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
# Results are read from the database (each satker's row), never from Celery's result store.
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_DEFAULT_QUEUE = env_str("KINERJA_CELERY_QUEUE", "kinerja")
# One report at a time per worker process: a report takes seconds, so prefetching more would
# leave a process idle while another holds a queue of reports.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ACKS_LATE = True
# In-process, a batch started from the web page runs in a background thread so the page can
# show its progress at once; the tests run it to the end before the response (False).
KINERJA_BATCH_THREAD = env_bool("KINERJA_BATCH_THREAD", True)
# A batch with reports waiting and no report written for this long has lost its writer (a
# worker or web process stopped): its page says "terhenti" and offers to resume it.
KINERJA_BATCH_TERHENTI_MENIT = env_int("KINERJA_BATCH_TERHENTI_MENIT", 10)
# `kinerja bersihkan-laporan` keeps the files of each parent's newest batches, and removes
# any batch's files once it is this many days old.
KINERJA_BATCH_SIMPAN = env_int("KINERJA_BATCH_SIMPAN", 3)
KINERJA_BATCH_SIMPAN_HARI = env_int("KINERJA_BATCH_SIMPAN_HARI", 30)
