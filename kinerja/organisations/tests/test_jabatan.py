"""Who held a post on a date (kinerja.organisations.jabatan, plain rules on hand-made terms),
and the history's validation: no two heads of one satker, nor two holders of one post, on the
same day, no term ending before it starts; the history as the jabatan page reads it."""

import datetime
from dataclasses import dataclass

import pytest
from django.core.exceptions import ValidationError

from kinerja.organisations.jabatan import pemegang_pada, tumpang_tindih
from kinerja.organisations.models import RiwayatJabatan
from kinerja.organisations.selectors import riwayat_jabatan
from kinerja.organisations.tests.factories import PegawaiFactory, SatkerFactory

D = datetime.date


@dataclass(frozen=True)
class Term:
    nama: str
    mulai: datetime.date
    selesai: datetime.date | None = None


FIRST = Term("Andi", D(2022, 3, 1), D(2024, 6, 30))
SECOND = Term("Budi", D(2024, 8, 1))  # July 2024 is a vacancy


@pytest.mark.parametrize(
    ("tanggal", "holder"),
    [
        (D(2022, 2, 28), None),  # before anyone
        (D(2022, 3, 1), "Andi"),  # first day
        (D(2024, 6, 30), "Andi"),  # last day
        (D(2024, 7, 1), None),  # the day after: the vacancy
        (D(2024, 7, 31), None),
        (D(2024, 8, 1), "Budi"),  # first day of the next term
        (D(2030, 1, 1), "Budi"),  # an open term runs on
    ],
)
def test_the_holder_on_a_date_is_the_term_covering_it_both_ends_included(tanggal, holder):
    found = pemegang_pada([FIRST, SECOND], tanggal)
    assert (found.nama if found else None) == holder


def test_terms_sharing_a_single_day_overlap_and_adjacent_ones_do_not():
    assert tumpang_tindih(FIRST, Term("C", D(2024, 6, 30), D(2024, 7, 5)))
    assert not tumpang_tindih(FIRST, Term("C", D(2024, 7, 1)))
    assert tumpang_tindih(SECOND, Term("C", D(2099, 1, 1)))  # an open term overlaps the future


@pytest.fixture
def head(db):
    satker = SatkerFactory()
    term = RiwayatJabatan(
        satker=satker,
        pegawai=PegawaiFactory(satker=satker),
        jabatan="Sekretaris",
        kepala=True,
        mulai=D(2022, 3, 1),
        selesai=D(2024, 6, 30),
    )
    term.full_clean()
    term.save()
    return term


def _term(head, **values) -> RiwayatJabatan:
    fields = {
        "satker": head.satker,
        "pegawai": PegawaiFactory(satker=head.satker),
        "jabatan": "Sekretaris",
        "kepala": True,
        **values,
    }
    return RiwayatJabatan(**fields)


def test_a_second_head_overlapping_by_one_day_is_refused(head):
    with pytest.raises(ValidationError, match="bertumpang tindih"):
        _term(head, mulai=D(2024, 6, 30)).full_clean()


def test_a_second_head_starting_the_day_after_is_accepted(head):
    _term(head, mulai=D(2024, 7, 1)).full_clean()


def test_a_non_head_post_may_overlap_the_head(head):
    _term(head, jabatan="Kasubbag", kepala=False, mulai=D(2023, 1, 1)).full_clean()


def test_the_head_of_another_satker_does_not_clash(head):
    other = SatkerFactory()
    RiwayatJabatan(
        satker=other,
        pegawai=PegawaiFactory(satker=other),
        jabatan="Sekretaris",
        kepala=True,
        mulai=D(2023, 1, 1),
    ).full_clean()


def test_a_term_ending_before_it_starts_is_refused(head):
    with pytest.raises(ValidationError, match="tidak boleh sebelum"):
        _term(head, kepala=False, mulai=D(2025, 1, 2), selesai=D(2025, 1, 1)).full_clean()


def test_a_staff_member_of_another_satker_is_refused(head):
    with pytest.raises(ValidationError, match="satker yang sama"):
        _term(head, pegawai=PegawaiFactory(), kepala=False, mulai=D(2025, 1, 1)).full_clean()


def test_two_holders_of_the_same_post_may_not_share_a_day_whatever_its_spelling(head):
    kasubbag = _term(head, jabatan="Kepala Subbagian Teknis", kepala=False, mulai=D(2023, 1, 1))
    kasubbag.full_clean()
    kasubbag.save()
    with pytest.raises(ValidationError, match="sebagai Kepala Subbagian Teknis"):
        _term(
            head, jabatan=" kepala subbagian  TEKNIS", kepala=False, mulai=D(2024, 1, 1)
        ).full_clean()
    _term(head, jabatan="Kepala Subbagian Umum", kepala=False, mulai=D(2024, 1, 1)).full_clean()


def test_the_history_lists_the_head_post_first_and_each_posts_holders_in_order(head):
    for jabatan, mulai in [
        ("Kepala Subbagian Umum", D(2021, 1, 1)),
        ("Sekretaris", D(2024, 7, 1)),
        ("Bendahara", D(2020, 1, 1)),
    ]:
        _term(head, jabatan=jabatan, kepala=jabatan == "Sekretaris", mulai=mulai).save()
    posts = riwayat_jabatan(head.satker)
    assert [(post.nama, post.kepala) for post in posts] == [
        ("Sekretaris", True),
        ("Bendahara", False),
        ("Kepala Subbagian Umum", False),
    ]
    assert [term.mulai for term in posts[0].masa] == [D(2022, 3, 1), D(2024, 7, 1)]
    assert str(posts[0].masa[0].masa) == "1 Maret 2022 – 30 Juni 2024"
    assert str(posts[0].masa[1].masa) == "1 Juli 2024 – sekarang"
