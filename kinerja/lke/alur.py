"""The life of one LKE evaluation, as a state machine. Plain Python, no Django.

draf → mandiri_diajukan → direviu → final → terbit, with "dikembalikan" when the evaluator
sends the self-assessment back (with a reason) and the satker submits it again. Each step
belongs to one side: the satker submits its self-assessment, the evaluator (the
inspectorate) does everything else, so the evaluated unit never finalises or publishes its
own score. An intermediate reviewer takes no step: they only write the reviewer answers.
Which answers may be written also follows from the status: the satker's while the
self-assessment is open, the reviewer's and evaluator's while it is under review.
"""

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    DRAF = "draf"
    MANDIRI_DIAJUKAN = "mandiri_diajukan"
    DIREVIU = "direviu"
    DIKEMBALIKAN = "dikembalikan"
    FINAL = "final"
    TERBIT = "terbit"


class Langkah(StrEnum):
    AJUKAN_MANDIRI = "ajukan_mandiri"
    MULAI_REVIU = "mulai_reviu"
    KEMBALIKAN = "kembalikan"
    FINALKAN = "finalkan"
    TERBITKAN = "terbitkan"


class Pihak(StrEnum):
    """Who writes: the evaluated satker, an intermediate reviewer (optional, before the
    final), or the evaluator. The reviewer and the evaluator are the evaluator's side: both
    see what the evaluator hides from the satker."""

    SATKER = "satker"
    REVIEWER = "reviewer"
    EVALUATOR = "evaluator"


class PeranJawaban(StrEnum):
    MANDIRI = "mandiri"  # the satker's self-assessment
    REVIEWER = "reviewer"  # an intermediate reviewer's answer, optional
    EVALUATOR = "evaluator"  # the final answer


@dataclass(frozen=True)
class Transisi:
    dari: frozenset[Status]
    ke: Status
    pihak: Pihak


TRANSISI: dict[Langkah, Transisi] = {
    Langkah.AJUKAN_MANDIRI: Transisi(
        frozenset({Status.DRAF, Status.DIKEMBALIKAN}), Status.MANDIRI_DIAJUKAN, Pihak.SATKER
    ),
    Langkah.MULAI_REVIU: Transisi(
        frozenset({Status.MANDIRI_DIAJUKAN}), Status.DIREVIU, Pihak.EVALUATOR
    ),
    Langkah.KEMBALIKAN: Transisi(
        frozenset({Status.MANDIRI_DIAJUKAN, Status.DIREVIU}), Status.DIKEMBALIKAN, Pihak.EVALUATOR
    ),
    Langkah.FINALKAN: Transisi(frozenset({Status.DIREVIU}), Status.FINAL, Pihak.EVALUATOR),
    Langkah.TERBITKAN: Transisi(frozenset({Status.FINAL}), Status.TERBIT, Pihak.EVALUATOR),
}

# Which answers are open for writing in which status.
BOLEH_DIJAWAB: dict[PeranJawaban, frozenset[Status]] = {
    PeranJawaban.MANDIRI: frozenset({Status.DRAF, Status.DIKEMBALIKAN}),
    PeranJawaban.REVIEWER: frozenset({Status.DIREVIU}),
    PeranJawaban.EVALUATOR: frozenset({Status.DIREVIU}),
}

PIHAK_JAWABAN: dict[PeranJawaban, Pihak] = {
    PeranJawaban.MANDIRI: Pihak.SATKER,
    PeranJawaban.REVIEWER: Pihak.REVIEWER,
    PeranJawaban.EVALUATOR: Pihak.EVALUATOR,
}


class LangkahTidakSah(ValueError):
    """A step the evaluation's status does not allow."""


def langkah(status: Status, aksi: Langkah) -> Status:
    """The status after `aksi`; LangkahTidakSah when the status does not allow it."""
    transisi = TRANSISI[aksi]
    if status not in transisi.dari:
        raise LangkahTidakSah(f"{aksi.value} tidak dapat dilakukan pada status {status.value}.")
    return transisi.ke


def langkah_tersedia(status: Status, pihak: set[Pihak]) -> list[Langkah]:
    """The steps the status allows to the sides the user acts for, in the machine's order."""
    return [
        aksi
        for aksi, transisi in TRANSISI.items()
        if status in transisi.dari and transisi.pihak in pihak
    ]


def boleh_dijawab(status: Status, peran: PeranJawaban) -> bool:
    return status in BOLEH_DIJAWAB[peran]


def nilai_final_terlihat(status: Status, disembunyikan: bool, evaluator: bool) -> bool:
    """Whether the reviewer's and evaluator's answers and scores are shown: always to the
    evaluator's side (`evaluator`: the evaluator or a reviewer), to the satker once published
    or while the evaluator does not hide them."""
    return evaluator or status is Status.TERBIT or not disembunyikan
