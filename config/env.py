"""Small typed readers for settings taken from the environment; they fail loudly on bad values."""

import os

from django.core.exceptions import ImproperlyConfigured


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "ya", "on"}:
        return True
    if value in {"0", "false", "no", "tidak", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} harus true/false, bukan {raw!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name} harus bilangan bulat, bukan {raw!r}") from None


def env_required(name: str, reason: str) -> str:
    """A value production cannot start without; `reason` tells the reader what to do."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} belum diisi. {reason}")
    return value
