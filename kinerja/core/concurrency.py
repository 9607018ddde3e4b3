"""Optimistic concurrency for rows without a version column: a form carries the fingerprint of
the row as it was opened; a save whose row no longer has that fingerprint is refused, so the
second of two people editing a record never silently overwrites the first."""

import hashlib
import json

from django.db import models

from kinerja.core.audit import snapshot


def sidik(instance: models.Model) -> str:
    """The fingerprint of a stored row's values."""
    text = json.dumps(snapshot(instance), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]
