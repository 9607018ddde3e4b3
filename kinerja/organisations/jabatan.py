"""Who held a post on a date: plain rules over terms (mulai, selesai), no Django.

A term runs from `mulai` to `selesai`, both days included; `selesai` None means the term has
not ended. Two holders of the satker's head post may not share a day, nor two holders of the
same post (its name as printed, compared without regard to case or spacing), so the holder on a
date is at most one term; a date between two terms (a vacancy) has none."""

import datetime
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar


class Masa(Protocol):
    mulai: datetime.date
    selesai: datetime.date | None


T = TypeVar("T", bound=Masa)


def kunci_jabatan(nama: str) -> str:
    """The post a printed name stands for: "Sekretaris " and "sekretaris" are one post."""
    return " ".join(nama.split()).casefold()


def mencakup(term: Masa, tanggal: datetime.date) -> bool:
    return term.mulai <= tanggal and (term.selesai is None or tanggal <= term.selesai)


def tumpang_tindih(first: Masa, second: Masa) -> bool:
    """Whether two terms share at least one day."""
    first_end = first.selesai or datetime.date.max
    second_end = second.selesai or datetime.date.max
    return first.mulai <= second_end and second.mulai <= first_end


def bentrok(term: Masa, others: Iterable[T]) -> list[T]:
    """The other terms that share a day with `term`."""
    return [other for other in others if tumpang_tindih(term, other)]


def pemegang_pada(terms: Sequence[T], tanggal: datetime.date) -> T | None:
    """The term covering `tanggal`, None in a vacancy. Overlapping terms are refused when
    recorded; should two still cover the date, the later-started one is the holder."""
    covering = [term for term in terms if mencakup(term, tanggal)]
    return max(covering, key=lambda term: term.mulai) if covering else None
