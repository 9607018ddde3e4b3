from django.http import HttpResponse
from django.shortcuts import redirect
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
