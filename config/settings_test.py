"""Test settings: the same as production settings, with a fast password hasher."""

from config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Most tests log in with the test client's login(), which calls authenticate() without a
# request; django-axes refuses that (it counts attempts per request). The lockout tests turn
# it on (kinerja/accounts/tests/test_lockout.py); with it off the backend lets every login
# through to ModelBackend.
AXES_ENABLED = False
