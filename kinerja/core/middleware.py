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
