# Loaded with Django, so that a task sent from a view or a command uses these settings.
from config.celery import app as celery_app

__all__ = ["celery_app"]
