"""Kinerja settings: SQLite by default, PostgreSQL through DATABASE_URL."""

import datetime
from pathlib import Path

import dj_database_url

from config.env import env_bool, env_int, env_list, env_str
from config.storage import default_storage_from_env

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("KINERJA_DEBUG", False)

# Local-demo default only: `make run` serves on 127.0.0.1 with this key. Production sets
# KINERJA_SECRET_KEY and KINERJA_ALLOWED_HOSTS.
SECRET_KEY = env_str("KINERJA_SECRET_KEY", "kinerja-local-demo-key-not-for-production")
ALLOWED_HOSTS = env_list("KINERJA_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

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
    "kinerja.documents",
    "kinerja.demo",
    "kinerja.exporting",
    "kinerja.front",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
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
STATIC_ROOT = BASE_DIR / "var" / "static"
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
