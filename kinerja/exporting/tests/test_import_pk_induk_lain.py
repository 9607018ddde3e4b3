"""A PK cascaded from a PK of another satker (a KPU Kota PK from the KPU Provinsi PK): the export
names that parent with its satker, the restore links it to that satker's PK, and the parent's
year cannot be replaced from under it."""

import json

import pytest
from django.core.management import call_command

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.agreements.tests.factories import (
    BarisPerjanjianFactory,
    PerjanjianSatkerFactory,
    PerjanjianUnitFactory,
)
from kinerja.exporting.tests.support import (
    baris_tersimpan,
    baris_tersimpan_di,
    ekspor_di_sini,
    impor_ditolak,
    kinerja,
    kinerja_ok,
)
from kinerja.organisations.tests.factories import SatkerFactory, UnitFactory

pytestmark = pytest.mark.django_db

PROVINSI = "kpu-provinsi-induk"
KOTA = "kpu-kota-turunan"
TAHUN = 2025
SIGNED = "ditandatangani"


def _provinsi():
    """The province's signed PK with two lines; the city is created under it."""
    province = SatkerFactory(slug=PROVINSI, nama="KPU Provinsi Induk", tingkat="provinsi")
    city = SatkerFactory(slug=KOTA, nama="KPU Kota Turunan", parent=province)
    pk = PerjanjianSatkerFactory(satker=province, status=SIGNED)
    lines = [BarisPerjanjianFactory(perjanjian=pk, urutan=number) for number in (1, 2)]
    return city, pk, lines


@pytest.fixture
def bertingkat():
    """The city's PK cascaded from the province's, and a unit PK cascaded from the city's."""
    city, province_pk, province_lines = _provinsi()
    city_pk = PerjanjianSatkerFactory(satker=city, status=SIGNED, induk=province_pk)
    city_line = BarisPerjanjianFactory(perjanjian=city_pk, urutan=1, induk_baris=province_lines[1])
    unit_pk = PerjanjianUnitFactory(
        satker=city,
        unit=UnitFactory(satker=city, nama="Subbagian Teknis"),
        induk=city_pk,
        status=SIGNED,
    )
    BarisPerjanjianFactory(perjanjian=unit_pk, urutan=1, induk_baris=city_line)
    return province_pk


def test_the_export_names_a_parent_pk_of_another_satker_with_its_satker(bertingkat):
    document = json.loads(ekspor_di_sini(KOTA, TAHUN))
    assert {pk["kunci"]: pk["induk"] for pk in document["perjanjian"]} == {
        "satker#v1": {"satker": PROVINSI, "kunci": "satker#v1"},
        # A parent of the same satker keeps its plain key.
        "Subbagian Teknis#v1": "satker#v1",
    }


def test_a_city_pk_is_restored_under_the_province_pk_once_the_province_is(
    bertingkat, empty_database, tmp_path
):
    province_file = tmp_path / "provinsi.json"
    province_file.write_bytes(ekspor_di_sini(PROVINSI, TAHUN))
    city_export = ekspor_di_sini(KOTA, TAHUN)
    city_file = tmp_path / "kota.json"
    city_file.write_bytes(city_export)

    # The province's PK is not in the city's file: without it the city's PK is refused.
    refused = kinerja(empty_database, "impor", str(city_file))
    assert refused.returncode != 0
    assert (
        "Impor ditolak, tidak ada yang diubah. PK satker#v1: PK induk satker#v1 milik satker "
        f"{PROVINSI} (tahun {TAHUN}) tidak ada di basis data. Impor dulu data tahun itu satker "
        "tersebut, lalu jalankan lagi."
    ) in refused.stderr.decode()

    kinerja_ok(empty_database, "impor", str(province_file))
    kinerja_ok(empty_database, "impor", str(city_file))

    assert kinerja_ok(empty_database, "ekspor", "--satker", KOTA, "--tahun", str(TAHUN)) == (
        city_export
    )
    # The rows name their parent PK and line with its satker: "PK 2025 KPU Provinsi Induk (v1)".
    assert baris_tersimpan_di(empty_database, KOTA, TAHUN) == baris_tersimpan(KOTA, TAHUN)


def test_a_parent_pk_of_another_satker_is_not_taken_for_the_satkers_own_pk_of_that_key(tmp_path):
    """The city's own first PK and the province's PK are both "satker#v1": the city's revision,
    cascaded from the province's PK, must stay linked to that one, line for line."""
    city, province_pk, province_lines = _provinsi()
    first = PerjanjianSatkerFactory(satker=city, status=SIGNED)
    for number in (1, 2):
        BarisPerjanjianFactory(perjanjian=first, urutan=number)
    second = PerjanjianSatkerFactory(
        satker=city,
        status=SIGNED,
        versi=2,
        revisi_dari=first,
        alasan_revisi="perubahan_strategi",
        induk=province_pk,
    )
    BarisPerjanjianFactory(perjanjian=second, urutan=1, induk_baris=province_lines[1])
    path = tmp_path / "kota.json"
    path.write_bytes(ekspor_di_sini(KOTA, TAHUN))

    call_command("impor", str(path), "--ganti")

    restored = PerjanjianKinerja.objects.get(satker=city, tahun=TAHUN, versi=2)
    assert restored.induk == province_pk
    assert restored.baris.get().induk_baris == province_lines[1]


def test_a_parent_pk_of_another_satker_missing_from_the_database_is_refused(bertingkat, tmp_path):
    document = json.loads(ekspor_di_sini(KOTA, TAHUN))
    document["perjanjian"][0]["induk"]["kunci"] = "satker#v9"
    path = tmp_path / "kota.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = impor_ditolak(path, "--ganti")
    assert message.endswith(
        f"PK satker#v1: PK induk satker#v9 milik satker {PROVINSI} (tahun {TAHUN}) tidak ada di "
        "basis data. Impor dulu data tahun itu satker tersebut, lalu jalankan lagi."
    )


def test_replacing_a_year_other_satkers_pks_descend_from_is_refused_naming_them(
    bertingkat, tmp_path
):
    path = tmp_path / "provinsi.json"
    path.write_bytes(ekspor_di_sini(PROVINSI, TAHUN))
    message = impor_ditolak(path, "--ganti")
    assert message == (
        f"Impor ditolak, tidak ada yang diubah. Data tahun {TAHUN} satker {PROVINSI} tidak dapat "
        f"diganti: PK satker lain diturunkan dari PK-nya — {KOTA}: PK satker#v1 dari PK "
        "satker#v1. Hapus PK itu atau lepaskan dari PK induknya, lalu jalankan lagi."
    )
