import time

from django.conf import settings
from django.utils import translation


class IndonesianFirstLocaleMiddleware:
    """Bahasa Indonesia for everyone, English only for a user who chose it.

    Django's LocaleMiddleware follows the browser's Accept-Language, which would show English
    screens to Indonesian civil servants whose browsers happen to be set to English.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            # The thread goes back to Indonesian: whatever runs in it next (a command, a task)
            # must not inherit one reader's choice.
            translation.deactivate()
        response.headers.setdefault("Content-Language", language)
        return response


class IdleSessionMiddleware:
    """A signed-in session lives SESSION_COOKIE_AGE after its last use, not after its login.

    Django counts a session's age from its last save; saving on every request
    (SESSION_SAVE_EVERY_REQUEST) would write the session table on every page and every htmx
    keystroke preview. The session is saved again only once RENEW_AFTER has passed since the
    last renewal, so the idle limit holds to within those minutes.
    """

    RENEW_AFTER = 5 * 60  # seconds
    KEY = "_kinerja_diperbarui"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        # Only a session this request already read: checking an untouched one would cost a
        # query on pages that need no session at all.
        if session is None or not session.accessed or session.is_empty():
            return response
        now = time.time()
        renewed = session.get(self.KEY)
        if session.modified or (renewed is not None and now - renewed >= self.RENEW_AFTER):
            # Stamped whenever the session is written anyway (at login, among others).
            session[self.KEY] = now
        return response
