"""Who may do what on an evaluation: the satker self-assesses, the inspectorate on the satker
or above it evaluates, nobody else writes; another satker's people are not even told it
exists (404 through the pages: test_views)."""

import pytest
from django.core.exceptions import PermissionDenied

from kinerja.core.http import TidakDitemukan
from kinerja.lke import services
from kinerja.lke.models import JawabanLke
from kinerja.lke.tests.conftest import isi


def _ke_reviu(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    return services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)


@pytest.mark.parametrize("siapa", ["admin", "pimpinan"])
def test_the_satkers_admin_and_sekretaris_self_assess(evaluasi, orang, siapa):
    isi(evaluasi, getattr(orang, siapa), "mandiri", {"1.a.1": "Y"})
    assert JawabanLke.objects.get(evaluasi=evaluasi, peran="mandiri").kode == "Y"


@pytest.mark.parametrize("siapa", ["operator", "inspektur", "inspektur_pusat"])
def test_a_units_operator_and_the_inspectorate_cannot_write_the_self_assessment(
    evaluasi, orang, siapa
):
    with pytest.raises(PermissionDenied):
        isi(evaluasi, getattr(orang, siapa), "mandiri", {"1.a.1": "Y"})


@pytest.mark.parametrize("peran", ["evaluator", "reviewer"])
def test_the_satker_cannot_write_evaluator_or_reviewer_answers(evaluasi, orang, peran):
    _ke_reviu(evaluasi, orang)
    with pytest.raises(PermissionDenied, match="inspektorat, bukan oleh satker"):
        isi(evaluasi, orang.admin, peran, {"1.a.1": "Y"})
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


@pytest.mark.parametrize("langkah", ["mulai_reviu", "finalkan", "terbitkan"])
def test_the_satker_cannot_take_the_evaluators_steps(evaluasi, orang, langkah):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    with pytest.raises(PermissionDenied):
        getattr(services, langkah)(actor=orang.admin, evaluasi=evaluasi)


def test_the_satker_cannot_return_or_hide_scores(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    with pytest.raises(PermissionDenied):
        services.kembalikan(actor=orang.pimpinan, evaluasi=evaluasi, alasan="x")
    with pytest.raises(PermissionDenied):
        services.atur_sembunyikan_nilai(actor=orang.admin, evaluasi=evaluasi, sembunyikan=True)


def test_the_central_inspectorate_evaluates_a_satker_below_it(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur_pusat, evaluasi=evaluasi)
    isi(evaluasi, orang.inspektur_pusat, "evaluator", {"1.a.1": "T"})
    assert JawabanLke.objects.get(evaluasi=evaluasi, peran="evaluator").penulis == (
        orang.inspektur_pusat
    )


@pytest.mark.parametrize("siapa", ["orang_luar", "inspektur_lain"])
def test_another_satkers_people_are_told_nothing_exists(evaluasi, orang, siapa):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    someone = getattr(orang, siapa)
    with pytest.raises(TidakDitemukan):
        services.mulai_reviu(actor=someone, evaluasi=evaluasi)
    with pytest.raises(TidakDitemukan):
        isi(evaluasi, someone, "mandiri", {"1.a.1": "Y"})
