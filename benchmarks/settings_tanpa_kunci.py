"""Production settings with the login lockout off, for the comparison run of
benchmarks/tebak_sandi.py only (DJANGO_SETTINGS_MODULE=benchmarks.settings_tanpa_kunci).
Production itself has no switch for it: the lockout is not meant to be turned off."""

from config.settings import *  # noqa: F403

AXES_ENABLED = False
