"""The Celery application for the year-end batch: `celery -A config worker`. Its settings are
Django's `CELERY_*` settings (config/settings.py); tasks are the apps' `tasks.py` modules."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("kinerja")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
