"""Moments and people as a page names them: the date in words in Jakarta time, with the time
where one is shown, and a person's full name before their username."""

import datetime

from django.contrib.auth import get_user_model

from kinerja.core.formatting import format_waktu
from kinerja.core.templatetags.kinerja_format import nama_pengguna, tanggal, waktu

# 20:30 UTC on 28 November is 03:30 on 29 November in Jakarta (UTC+7).
MOMEN = datetime.datetime(2025, 11, 28, 20, 30, tzinfo=datetime.UTC)


def test_format_waktu_writes_the_date_in_words_then_the_time():
    assert (
        format_waktu(datetime.datetime(2026, 1, 5, 9, 7, tzinfo=datetime.UTC))
        == "5 Januari 2026 09:07"
    )


def test_the_filters_read_a_stored_moment_in_jakarta_time():
    assert tanggal(MOMEN) == "29 November 2025"
    assert waktu(MOMEN) == "29 November 2025 03:30"
    assert tanggal(datetime.date(2025, 11, 28)) == "28 November 2025"
    assert waktu(None) == "–"


def test_a_person_is_named_by_full_name_else_username():
    User = get_user_model()
    assert nama_pengguna(User(username="inspektur")) == "inspektur"
    named = User(username="prabumulih", first_name="Rina", last_name="Marlina")
    assert nama_pengguna(named) == "Rina Marlina"
    assert nama_pengguna(None) == "–"
