"""Responses every app shares: the "not found" a user may read, and the error pages."""

from django.http import Http404, HttpResponseServerError
from django.shortcuts import render
from django.template import loader


class TidakDitemukan(Http404):
    """A 404 whose message is written for the user (Indonesian) and shown on the page.
    Other 404s (unknown URLs, Django's own English messages) show the generic text."""


def tidak_ditemukan(request, exception=None):
    message = str(exception) if isinstance(exception, TidakDitemukan) else ""
    return render(request, "404.html", {"pesan": message}, status=404)


def galat_server(request):
    # No request context: whatever failed (database, a context processor) must not fail here.
    # The nonce lets the page's one inline <style> past the content security policy; a request
    # that failed before the policy's middleware has none, and the page shows unstyled.
    nonce = getattr(request, "csp_nonce", None)
    context = {"nonce": str(nonce)} if nonce is not None else {}
    return HttpResponseServerError(loader.get_template("500.html").render(context))


def dilarang(request, exception=None):
    # PermissionDenied raised by the access gate carries a message written for the user.
    message = str(exception) if exception and str(exception) else ""
    return render(request, "403.html", {"pesan": message}, status=403)


def nomor_dari(text: str | None) -> int | None:
    """An id or number a form or a link sends: ASCII digits only, else None. `str.isdigit()`
    also accepts `²` and `١٢٣`, which `int()` then refuses or reads unexpectedly."""
    if not text or not (text.isascii() and text.isdigit()):
        return None
    return int(text)
