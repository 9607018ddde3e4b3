from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, resolve_url
from django.urls import reverse


class WajibGantiSandiMiddleware:
    """A user holding a temporary password set by an admin chooses their own before anything
    else: the admin knows the temporary one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.wajib_ganti_sandi:
            return self.get_response(request)
        target = reverse("accounts:password_change")
        allowed = {target, reverse("accounts:logout"), reverse("set_language")}
        if request.path in allowed:
            return self.get_response(request)
        if request.headers.get("HX-Request"):
            # An HTMX request swaps its answer into the page: have htmx load the page instead.
            response = HttpResponse(status=204)
            response["HX-Redirect"] = target
            return response
        return redirect(target)


class HtmxLoginMiddleware:
    """An htmx request whose session has expired is sent to the login page as a whole page.

    login_required answers with a redirect to the login page; htmx would follow it and swap
    the login form into the row being saved. Instead htmx is told to load the login page,
    coming back afterwards to the page the user was on (HX-Current-URL), not to the URL
    the fragment was posted to.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.headers.get("HX-Request") or response.status_code not in (301, 302):
            return response
        login = resolve_url(settings.LOGIN_URL)
        location = urlsplit(response.get("Location", ""))
        if location.path != login:
            return response
        page = urlsplit(request.headers.get("HX-Current-URL", ""))
        target = response["Location"]
        if page.path:
            back = page.path + (f"?{page.query}" if page.query else "")
            target = f"{login}?{urlencode({'next': back}, safe='/')}"
        htmx = HttpResponse(status=204)
        htmx["HX-Redirect"] = target
        return htmx
