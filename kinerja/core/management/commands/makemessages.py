"""Django's makemessages, also collecting the templates of `Pesan(...)` (kinerja.core.pesan):
the Django-free modules write their texts as `Pesan("…%(nilai)s…", nilai=…)`, and the first
argument is the msgid."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=Pesan"]
