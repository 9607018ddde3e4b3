"""Test settings: the local demo's settings (built-in key, localhost hosts), with a fast
password hasher. Production's refusals are tested in subprocesses (config/tests)."""

import os

# Before the import: config.settings reads its mode from the environment, and subprocesses
# started by tests (the `kinerja` command) inherit it.
os.environ.setdefault("KINERJA_DEMO", "1")

from config.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Most tests log in with the test client's login(), which calls authenticate() without a
# request; django-axes refuses that (it counts attempts per request). The lockout tests turn
# it on (kinerja/accounts/tests/test_lockout.py); with it off the backend lets every login
# through to ModelBackend.
AXES_ENABLED = False

# A batch without a broker runs to the end inside the request: the tests read its outcome.
KINERJA_BATCH_THREAD = False
