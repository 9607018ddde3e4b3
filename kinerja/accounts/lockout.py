"""Login lockout through django-axes: three counts with their own limits, the client's address,
the page a refused login gets, and the audit record of each lockout.

Failed logins are counted, within the cool-off (AXES_COOLOFF_TIME after the last failure),
for each of AXES_LOCKOUT_PARAMETERS, each against its own limit (KINERJA_LOGIN_FAILURE_LIMITS):
- one account from one address (5): someone guessing a password. It stops an address before
  the next count can lock the account for everyone, so no single address can lock its owner out;
- one account from every address (10): the same guessing spread over many addresses;
- one address for every account (20): one address trying many accounts, which also bounds how
  many accounts it can disturb; high enough for an office whose staff share one address.
Axes itself compares one number with one limit (AXES_FAILURE_LIMIT); `get_failures` below
reports that limit as soon as any count reached its own.
"""

import datetime
import math
from dataclasses import dataclass

from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_username, get_cool_off, get_lockout_parameters
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.accounts.services import catat_penguncian


@dataclass(frozen=True)
class Kunci:
    """One count that reached its limit: which, how many failures, until when."""

    kriteria: tuple[str, ...]
    gagal: int
    sampai: datetime.datetime

    @property
    def akun(self) -> bool:
        return "username" in self.kriteria


class KinerjaLockoutHandler(AxesDatabaseHandler):
    def locks(self, request, credentials=None) -> list[Kunci]:
        """The counts of this request that reached their limit (empty: not locked)."""
        parameters = get_lockout_parameters(request, credentials)
        limits = settings.KINERJA_LOGIN_FAILURE_LIMITS
        cool_off = get_cool_off(request)
        found = []
        for parameter, attempts, limit in zip(
            parameters, self.get_user_attempts(request, credentials), limits, strict=True
        ):
            figures = attempts.aggregate(
                gagal=Sum("failures_since_start"), akhir=Max("attempt_time")
            )
            if (figures["gagal"] or 0) >= limit:
                kriteria = (parameter,) if isinstance(parameter, str) else tuple(parameter)
                found.append(Kunci(kriteria, figures["gagal"], figures["akhir"] + cool_off))
        return found

    def get_failures(self, request, credentials=None) -> int:
        if self.locks(request, credentials):
            return settings.AXES_FAILURE_LIMIT
        return 0

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        # The failure that locks is audited once. A refused attempt during the lockout comes
        # here too (already flagged by the backend): auditing each would let anyone write one
        # audit row per request.
        was_locked = getattr(request, "axes_locked_out", False)
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is None or was_locked or not request.axes_locked_out:
            return
        catat_penguncian(
            username=get_client_username(request, credentials) or "",
            ip_address=request.axes_ip_address or "",
            locks=self.locks(request, credentials),
        )


def client_ip(request) -> str | None:
    """The client's address; behind KINERJA_PROXY_COUNT proxies, the X-Forwarded-For entry the
    outermost of them appended (entries before it come from the client and may be forged)."""
    count = settings.KINERJA_PROXY_COUNT
    if count:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response, credentials):
    """The login page, in the app's layout, saying what is locked, until when, whom to ask."""
    locks = AxesProxyHandler.get_implementation().locks(request, credentials)
    sampai = max((kunci.sampai for kunci in locks), default=timezone.now())
    menit = max(1, math.ceil((sampai - timezone.now()).total_seconds() / 60))
    if any(kunci.akun for kunci in locks):
        pesan = _("Akun ini dikunci sementara karena terlalu banyak percobaan masuk yang gagal.")
    else:
        pesan = _(
            "Alamat jaringan Anda dikunci sementara karena terlalu banyak percobaan masuk yang "
            "gagal dari alamat ini."
        )
    context = {
        "form": AuthenticationForm(request),
        "kunci": {
            "pesan": pesan,
            "jam": timezone.localtime(sampai).strftime("%H.%M"),
            "menit": menit,
        },
    }
    return render(
        request, "registration/login.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
