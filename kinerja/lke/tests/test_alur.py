import pytest

from kinerja.lke.alur import (
    PIHAK_JAWABAN,
    Langkah,
    LangkahTidakSah,
    PeranJawaban,
    Pihak,
    Status,
    boleh_dijawab,
    langkah,
    langkah_tersedia,
    nilai_final_terlihat,
)
from kinerja.lke.choices import PeranJawabanChoices, StatusEvaluasi


def test_the_happy_path_runs_from_draft_to_published():
    status = Status.DRAF
    for aksi in (Langkah.AJUKAN_MANDIRI, Langkah.MULAI_REVIU, Langkah.FINALKAN, Langkah.TERBITKAN):
        status = langkah(status, aksi)
    assert status is Status.TERBIT


def test_a_returned_self_assessment_is_submitted_again():
    assert langkah(Status.DIREVIU, Langkah.KEMBALIKAN) is Status.DIKEMBALIKAN
    assert langkah(Status.DIKEMBALIKAN, Langkah.AJUKAN_MANDIRI) is Status.MANDIRI_DIAJUKAN


@pytest.mark.parametrize(
    ("status", "aksi"),
    [
        (Status.DRAF, Langkah.FINALKAN),  # no skipping the review
        (Status.DRAF, Langkah.TERBITKAN),
        (Status.MANDIRI_DIAJUKAN, Langkah.FINALKAN),
        (Status.FINAL, Langkah.KEMBALIKAN),  # a final result is not reopened
        (Status.TERBIT, Langkah.AJUKAN_MANDIRI),
        (Status.TERBIT, Langkah.TERBITKAN),
    ],
)
def test_steps_the_status_does_not_allow_are_refused(status, aksi):
    with pytest.raises(LangkahTidakSah):
        langkah(status, aksi)


def test_the_satker_is_offered_only_its_own_step():
    assert langkah_tersedia(Status.DRAF, {Pihak.SATKER}) == [Langkah.AJUKAN_MANDIRI]
    assert langkah_tersedia(Status.DIREVIU, {Pihak.SATKER}) == []
    assert langkah_tersedia(Status.DIREVIU, {Pihak.EVALUATOR}) == [
        Langkah.KEMBALIKAN,
        Langkah.FINALKAN,
    ]


def test_the_reviewer_answers_belong_to_a_side_that_takes_no_step():
    assert PIHAK_JAWABAN[PeranJawaban.REVIEWER] is Pihak.REVIEWER
    assert PIHAK_JAWABAN[PeranJawaban.EVALUATOR] is Pihak.EVALUATOR
    assert all(langkah_tersedia(status, {Pihak.REVIEWER}) == [] for status in Status)
    assert boleh_dijawab(Status.DIREVIU, PeranJawaban.REVIEWER)
    assert not boleh_dijawab(Status.MANDIRI_DIAJUKAN, PeranJawaban.REVIEWER)
    assert not boleh_dijawab(Status.FINAL, PeranJawaban.REVIEWER)


def test_self_answers_are_open_only_before_submission_and_final_answers_only_in_review():
    assert boleh_dijawab(Status.DRAF, PeranJawaban.MANDIRI)
    assert boleh_dijawab(Status.DIKEMBALIKAN, PeranJawaban.MANDIRI)
    assert not boleh_dijawab(Status.MANDIRI_DIAJUKAN, PeranJawaban.MANDIRI)
    assert not boleh_dijawab(Status.DRAF, PeranJawaban.EVALUATOR)
    assert boleh_dijawab(Status.DIREVIU, PeranJawaban.EVALUATOR)
    assert not boleh_dijawab(Status.FINAL, PeranJawaban.EVALUATOR)


def test_hidden_scores_are_shown_to_the_satker_only_once_published():
    assert not nilai_final_terlihat(Status.FINAL, disembunyikan=True, evaluator=False)
    assert nilai_final_terlihat(Status.FINAL, disembunyikan=True, evaluator=True)
    assert nilai_final_terlihat(Status.TERBIT, disembunyikan=True, evaluator=False)
    assert nilai_final_terlihat(Status.DIREVIU, disembunyikan=False, evaluator=False)


def test_the_model_choices_carry_the_state_machines_values():
    assert {item.value for item in StatusEvaluasi} == {item.value for item in Status}
    assert {item.value for item in PeranJawabanChoices} == {item.value for item in PeranJawaban}
