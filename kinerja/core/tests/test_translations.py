"""The English catalogue (locale/en/LC_MESSAGES/django.po, Indonesian msgids) is complete, and
the compiled django.mo committed beside it says exactly what the .po says. The .mo is
committed so that `make run` and `make test` work on a machine without GNU gettext; these
tests fail when someone edits the .po and forgets `make messages`."""

import ast
import gettext
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def read_po(path: Path) -> list[dict]:
    """The entries of a .po file: msgid, msgid_plural, msgstr (a list: one per plural form)
    and flags. Enough of the format for what makemessages writes."""
    entries, entry, key = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip() or (line.startswith("#") and entry and key):
            if entry and key:
                entries.append(entry)
            entry, key = None, None
        if line.startswith("#,"):
            entry = entry or {"flags": set(), "msgstr": {}}
            entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
            continue
        if line.startswith("#") or not line.strip():
            continue
        entry = entry or {"flags": set(), "msgstr": {}}
        match = re.match(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?) (\".*\")$", line)
        if match:
            key = (match.group(1), match.group(2))
            text = ast.literal_eval(match.group(3))
        else:
            text = ast.literal_eval(line)
        name, index = key
        if name.startswith("msgstr"):
            entry["msgstr"][int(index or 0)] = entry["msgstr"].get(int(index or 0), "") + text
        else:
            entry[name] = entry.get(name, "") + text
    return [item for item in entries if item.get("msgid")]


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    return read_po(CATALOGUE / "django.po")


def test_every_entry_has_an_english_translation_and_none_is_fuzzy(entries):
    assert len(entries) > 500
    untranslated = [item["msgid"] for item in entries if not all(item["msgstr"].values())]
    fuzzy = [item["msgid"] for item in entries if "fuzzy" in item["flags"]]
    assert untranslated == []
    assert fuzzy == []


def test_translations_keep_their_placeholders(entries):
    wrong = [
        item["msgid"]
        for item in entries
        for text in item["msgstr"].values()
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(item["msgid"]))
    ]
    assert wrong == []


def test_the_committed_mo_is_compiled_from_the_po(entries):
    with open(CATALOGUE / "django.mo", "rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    stale = []
    for item in entries:
        if "msgid_plural" in item:
            for count, form in ((1, 0), (2, 1)):
                got = catalogue.ngettext(item["msgid"], item["msgid_plural"], count)
                if got != item["msgstr"][form]:
                    stale.append(item["msgid"])
        elif catalogue.gettext(item["msgid"]) != item["msgstr"][0]:
            stale.append(item["msgid"])
    # Nothing in the .mo that the .po no longer has (the header is the empty msgid).
    known = {item["msgid"] for item in entries}
    extra = [
        key
        for key in catalogue._catalog
        if key and (key[0] if isinstance(key, tuple) else key) not in known
    ]
    assert stale == [], "Run `make messages`: django.mo is older than django.po."
    assert extra == [], "Run `make messages`: django.mo holds entries django.po dropped."


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_every_marked_string_is_in_the_catalogue(entries, settings, tmp_path, monkeypatch):
    """makemessages run afresh finds no msgid the .po lacks. It runs on a copy of the sources:
    makemessages writes beside what it reads, and must not touch the real catalogue."""
    for folder in ("kinerja", "templates"):
        shutil.copytree(
            Path(settings.BASE_DIR) / folder,
            tmp_path / folder,
            ignore=shutil.ignore_patterns("tests", "__pycache__", "migrations"),
        )
    (tmp_path / "locale").mkdir()
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)
    call_command("makemessages", locale=["en"], no_obsolete=True, verbosity=0)
    fresh = read_po(tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po")
    missing = {item["msgid"] for item in fresh} - {item["msgid"] for item in entries}
    assert missing == set(), "Run `make messages` and translate the new entries."
