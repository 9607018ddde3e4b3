"""No traceback on any import document: a malformed export (wrong types, missing keys, huge
numbers, NaN and Infinity, negatives, unicode, deep nesting) is refused with ImporDitolak and
writes nothing, and a document that loads leaves the database valid."""

import copy
import json
import math
from decimal import Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kinerja.agreements.tests.factories import BarisPerjanjianFactory, PerjanjianSatkerFactory
from kinerja.budgets.models import Pagu
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.exporting.importer import ImporDitolak, impor
from kinerja.exporting.tests.satker_lengkap import SLUG, TAHUN, satker_lengkap
from kinerja.exporting.tests.support import database_fingerprint, ekspor_di_sini
from kinerja.measurement.models import Realisasi
from kinerja.organisations.tests.factories import SatkerFactory, UnitFactory
from kinerja.planning.models import TargetTahunan
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db


def _deep(levels: int):
    value: object = "dalam"
    for number in range(levels):
        value = [value] if number % 2 else {"a": value}
    return value


ANEH = [
    "NaN", "Infinity", "-Infinity", "nan", "1e999", "-1", "-0", "1E+30", "", " ", "\x00",
    "0x10", "١٢٣", "²", "9" * 60, "2024-13-45", "2024-02-30T25:00:00", "2025-01-01T00:00:00",
    "'; DROP TABLE x; --", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "kpu-kabupaten-lengkap", "UJI-1", "tw1", "dilaporkan",
]  # fmt: skip
SAMPAH = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([-1, 0, 10**20, 2**63, -(2**63) - 1, 10**400]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 1e308]),
    st.text(max_size=30),
    st.sampled_from(ANEH),
    st.lists(st.integers() | st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers() | st.none(), max_size=3),
    st.sampled_from([50, 900]).map(_deep),
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _rusak(document, path, how, garbage):
    """`document` with the value at `path` replaced by `garbage`, removed, or its list doubled."""
    if not path:
        return garbage
    parent = document
    try:
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]]
    except (KeyError, IndexError, TypeError):
        return document  # an earlier change took this place away
    last = path[-1]
    if how == "hapus" and isinstance(parent, dict):
        del parent[last]
    elif how == "gandakan" and isinstance(parent[last], list) and parent[last]:
        parent[last] = parent[last] * 2
    else:
        parent[last] = garbage
    return document


def satker_kecil():
    """A satker with one of the rows most files carry: a unit, an indicator with its target,
    a signed PK line, a realisation and a pagu. Small, so that many damaged copies load fast."""
    satker = SatkerFactory(nama="KPU Kota Kecil", slug="kpu-kota-kecil")
    UnitFactory(satker=satker, nama="Subbagian Umum", urutan=1)
    kegiatan = KegiatanFactory(kode="9801", nama="Kegiatan kecil")
    indikator = IndikatorKinerjaFactory(satker=satker, kode="K-1", kegiatan=kegiatan)
    TargetTahunan.objects.create(indikator=indikator, tahun=TAHUN, target=Decimal("85.5"))
    pk = PerjanjianSatkerFactory(satker=satker, tahun=TAHUN, status="ditandatangani")
    BarisPerjanjianFactory(perjanjian=pk, indikator=indikator, target=Decimal(90))
    Realisasi.objects.create(indikator=indikator, tahun=TAHUN, periode="tw1", nilai=Decimal(40))
    Pagu.objects.create(
        satker=satker, kegiatan=kegiatan, tahun=TAHUN, jenis="awal", jumlah=Decimal(1_000_000)
    )
    return satker


@pytest.fixture
def kecil():
    satker_kecil()
    return json.loads(ekspor_di_sini("kpu-kota-kecil", TAHUN))


@pytest.fixture
def dokumen(tmp_path):
    """The export of a satker holding one of each kind of row; its evidence in tmp_path/bukti."""
    satker_lengkap()
    return json.loads(ekspor_di_sini(SLUG, TAHUN, bukti=tmp_path / "bukti")), tmp_path / "bukti"


def impor_atau_tolak(document, **options):
    """Import in a savepoint rolled back afterwards; a refusal must have written nothing."""
    before = database_fingerprint()
    with transaction.atomic():
        try:
            impor(document, **options)
        except ImporDitolak as error:
            refusal = str(error)
        else:
            refusal = None
        finally:
            transaction.set_rollback(True)
    if refusal is not None:
        assert refusal.strip()
        assert database_fingerprint() == before, "a refused import must write nothing"
    return refusal


# Shrinking re-runs whole imports for minutes; the failing document prints as drawn.
CEPAT = settings(
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _rusakkan(data, original):
    document = copy.deepcopy(original)
    paths = list(_paths(original))
    for _ in range(data.draw(st.integers(1, 3), label="kerusakan")):
        path = data.draw(st.sampled_from(paths), label="path")
        how = data.draw(st.sampled_from(["ganti", "hapus", "gandakan"]), label="cara")
        document = _rusak(document, path, how, data.draw(SAMPAH, label="sampah"))
        if not isinstance(document, dict):
            break
    return document


@settings(CEPAT, max_examples=120)
@given(data=st.data())
def test_a_damaged_small_export_is_refused_or_loaded_never_a_crash(kecil, data):
    document = _rusakkan(data, kecil)
    impor_atau_tolak(document, ganti=data.draw(st.booleans(), label="ganti"))


@settings(CEPAT, max_examples=10)
@given(data=st.data())
def test_a_damaged_full_export_is_refused_or_loaded_never_a_crash(dokumen, data):
    original, bukti = dokumen
    impor_atau_tolak(_rusakkan(data, original), ganti=True, bukti=bukti)


@pytest.mark.parametrize(
    ("section", "key"), [("unit", "urutan"), ("indikator", "bobot"), ("realisasi", "nilai")]
)
@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 10**400, "NaN", "Infinity"])
def test_infinity_and_huge_numbers_are_refused_with_a_message(kecil, section, key, value):
    document = copy.deepcopy(kecil)
    document[section][0][key] = value
    assert impor_atau_tolak(document, ganti=True)


def test_nesting_deeper_than_python_recurses_is_refused(kecil):
    document = copy.deepcopy(kecil)
    document["unit"][0]["nama"] = _deep(5000)
    assert impor_atau_tolak(document, ganti=True)
