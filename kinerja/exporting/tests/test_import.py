"""`kinerja impor` restores an export: byte-identical round trips into an empty database,
replacement of one year with --ganti, and refusals that name the problem and write nothing."""

import json

import pytest
from django.core.management import CommandError, call_command

from kinerja.agreements.tests.factories import BarisPerjanjianFactory, PerjanjianSatkerFactory
from kinerja.core.models import AuditLog
from kinerja.core.tahun import TAHUN_MAKS, TAHUN_MIN
from kinerja.exporting.tests.satker_lengkap import SLUG as LENGKAP
from kinerja.exporting.tests.satker_lengkap import TAHUN as LENGKAP_TAHUN
from kinerja.exporting.tests.satker_lengkap import satker_lengkap
from kinerja.exporting.tests.support import (
    baris_tersimpan,
    baris_tersimpan_di,
    ekspor_di_sini,
    impor_ditolak,
    kinerja_ok,
)
from kinerja.measurement.models import Realisasi
from kinerja.organisations.models import Anggota, Pegawai
from kinerja.organisations.tests.factories import SatkerFactory

pytestmark = pytest.mark.django_db

SLUG = "kpu-kota-prabumulih"


@pytest.fixture
def demo_2024(prabumulih) -> dict:
    return json.loads(ekspor_di_sini(SLUG, 2024))


def _write(tmp_path, document, name="ekspor.json"):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# --- round trips into an empty database -------------------------------------------------------


def test_demo_export_restored_into_an_empty_database_exports_the_same_bytes(
    prabumulih, empty_database, tmp_path
):
    exported = {year: ekspor_di_sini(SLUG, year) for year in (2024, 2023)}
    for year, content in exported.items():
        (tmp_path / f"{year}.json").write_bytes(content)

    kinerja_ok(empty_database, "impor", str(tmp_path / "2024.json"))
    again = kinerja_ok(empty_database, "ekspor", "--satker", SLUG, "--tahun", "2024")
    assert again == exported[2024]

    # The satker is there now: the previous year goes in with --ganti and leaves 2024 alone.
    kinerja_ok(empty_database, "impor", "--ganti", str(tmp_path / "2023.json"))
    assert (
        kinerja_ok(empty_database, "ekspor", "--satker", SLUG, "--tahun", "2023")
        == (exported[2023])
    )
    assert (
        kinerja_ok(empty_database, "ekspor", "--satker", SLUG, "--tahun", "2024")
        == (exported[2024])
    )


def test_demo_restore_holds_every_stored_value_of_the_year(prabumulih, empty_database, tmp_path):
    path = tmp_path / "2024.json"
    path.write_bytes(ekspor_di_sini(SLUG, 2024))
    kinerja_ok(empty_database, "impor", str(path))
    assert baris_tersimpan_di(empty_database, SLUG, 2024) == baris_tersimpan(SLUG, 2024)


# --- refusals: a clear Indonesian message and nothing written ----------------------------------


def test_existing_satker_without_ganti_is_refused(demo_2024, tmp_path):
    message = impor_ditolak(_write(tmp_path, demo_2024))
    assert message == (
        "Impor ditolak, tidak ada yang diubah. Satker kpu-kota-prabumulih sudah ada. Untuk "
        "mengganti data tahun 2024 satker itu dengan isi berkas, jalankan lagi dengan --ganti."
    )


def test_format_version_1_is_refused(demo_2024, tmp_path):
    demo_2024["versi_format"] = 1
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert "Berkas berformat versi 1; Kinerja ini memulihkan versi 2 dan 3." in message


@pytest.mark.parametrize(
    ("tahun", "expected"),
    [
        (
            "2024",
            '"tahun" di berkas harus bilangan bulat antara 1900 dan 2200 (mis. 2024), '
            'bukan "2024".',
        ),
        (True, "bukan true."),
        (24, "bukan 24."),
        (None, 'Berkas tidak menyebut "tahun".'),
    ],
)
def test_a_year_that_is_no_whole_year_is_refused_saying_what_was_found(
    demo_2024, tmp_path, tahun, expected
):
    demo_2024["tahun"] = tahun
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith(expected)


@pytest.mark.parametrize("tahun", [TAHUN_MIN, TAHUN_MAKS])
def test_a_file_exported_for_any_year_the_commands_accept_is_restored(prabumulih, tmp_path, tahun):
    path = tmp_path / f"{tahun}.json"
    path.write_bytes(ekspor_di_sini(SLUG, tahun))
    call_command("impor", str(path), "--ganti")
    assert ekspor_di_sini(SLUG, tahun) == path.read_bytes()


@pytest.mark.parametrize("tahun", [TAHUN_MIN - 1, TAHUN_MAKS + 1])
def test_a_year_out_of_range_is_refused_by_export_and_restore_alike(demo_2024, tmp_path, tahun):
    with pytest.raises(CommandError, match=f"Tahun tidak sah: '{tahun}'"):
        ekspor_di_sini(SLUG, tahun)
    demo_2024["tahun"] = tahun
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith(
        f'"tahun" di berkas harus bilangan bulat antara {TAHUN_MIN} dan {TAHUN_MAKS} (mis. 2024), '
        f"bukan {tahun}."
    )


def test_a_file_that_is_not_a_kinerja_export_is_refused(tmp_path):
    message = impor_ditolak(_write(tmp_path, {"format": "lain", "tahun": 2024}), "--ganti")
    assert 'Berkas bukan ekspor Kinerja (kunci "format" harus "kinerja-ekspor").' in message


def test_a_file_that_is_not_json_is_refused(prabumulih, tmp_path):
    path = tmp_path / "rusak.json"
    path.write_text('{"format": "kinerja-ekspor", ', encoding="utf-8")
    message = impor_ditolak(path, "--ganti")
    assert message.startswith(f"Berkas {path} bukan JSON yang sah:")


def test_a_missing_file_is_refused(prabumulih, tmp_path):
    message = impor_ditolak(tmp_path / "tidak-ada.json")
    assert message == f"Berkas {tmp_path / 'tidak-ada.json'} tidak ditemukan."


def _realisasi(document, kode, periode="tahunan"):
    return next(
        row
        for row in document["realisasi"]
        if row["indikator_kode"] == kode and row["periode"] == periode
    )


def test_a_negative_target_is_refused_with_its_location(demo_2024, tmp_path):
    _realisasi(demo_2024, "6709-3")["target"] = "-90"
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith("realisasi 6709-3 tahunan: target: Nilai tidak boleh negatif.")


def test_an_invalid_nip_is_refused_with_its_location(demo_2024, tmp_path):
    person = next(row for row in demo_2024["pegawai"] if row["nama"] == "Abdul Aziz")
    person["nip"] = "1983072920090210"
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith(
        f"pegawai Abdul Aziz ({person['sumber']} no. {person['nomor_urut']}): "
        "nip: NIP PNS harus 18 digit, bukan 16 digit."
    )


def test_an_unknown_kegiatan_is_refused_with_its_location(demo_2024, tmp_path):
    demo_2024["rkt"]["baris"][2]["kegiatan_kode"] = "0000"
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith("RKT baris 3: kegiatan 0000 tidak ada di berkas.")


def test_an_unknown_indicator_is_refused_with_its_location(demo_2024, tmp_path):
    _realisasi(demo_2024, "6709-3")["indikator_kode"] = "6709-99"
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith("realisasi 6709-99 tahunan: indikator 6709-99 tidak ada di berkas.")


def test_an_unknown_indicator_on_a_pk_line_is_refused_with_its_location(demo_2024, tmp_path):
    demo_2024["perjanjian"][0]["baris"][0]["indikator_kode"] = "6709-99"
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith("PK satker#v1 baris 1: indikator 6709-99 tidak ada di berkas.")


def test_an_unknown_tujuan_of_a_sasaran_is_refused_not_dropped(demo_2024, tmp_path):
    demo_2024["renstra"]["sasaran"][0]["tujuan_nomor"] = 99
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith("sasaran 1: tujuan 99 tidak ada di berkas.")


def test_an_unknown_staff_member_signing_a_pk_is_refused_not_dropped(demo_2024, tmp_path):
    demo_2024["perjanjian"][0]["pihak_pertama"]["pegawai"]["nomor_urut"] = 99
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith(
        'PK satker#v1: pihak pertama: pegawai nomor urut 99 pada sumber "Tabel 2" tidak ada di '
        "berkas."
    )


def test_an_unknown_commissioner_signing_a_pk_is_refused_not_dropped(demo_2024, tmp_path):
    demo_2024["perjanjian"][0]["pihak_kedua"]["anggota_nomor_urut"] = 99
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith("PK satker#v1: pihak kedua: anggota nomor urut 99 tidak ada di berkas.")


@pytest.fixture
def lengkap() -> dict:
    satker_lengkap()
    return json.loads(ekspor_di_sini(LENGKAP, LENGKAP_TAHUN))


def _pk(document, kunci):
    return next(pk for pk in document["perjanjian"] if pk["kunci"] == kunci)


def test_an_unknown_rkt_row_of_a_pk_line_is_refused_not_dropped(lengkap, tmp_path):
    line = next(row for row in _pk(lengkap, "Subbagian Teknis#v1")["baris"] if row["rkt_urutan"])
    line["rkt_urutan"] = 99
    message = impor_ditolak(_write(tmp_path, lengkap), "--ganti")
    assert message.endswith(
        f"PK Subbagian Teknis#v1 baris {line['urutan']}: baris RKT 99 tidak ada di berkas."
    )


def test_an_unknown_kro_of_a_pk_budget_line_is_refused_not_dropped(lengkap, tmp_path):
    line = next(row for row in _pk(lengkap, "Subbagian Teknis#v1")["anggaran"] if row["kro_kode"])
    line["kro_kode"] = "ZZZ"
    message = impor_ditolak(_write(tmp_path, lengkap), "--ganti")
    assert message.endswith(
        f"PK Subbagian Teknis#v1 anggaran {line['urutan']}: KRO {line['kro_kegiatan_kode']}.ZZZ "
        "tidak ada di berkas."
    )


def test_a_list_where_a_row_belongs_is_refused_as_a_wrongly_shaped_file(demo_2024, tmp_path):
    demo_2024["kegiatan"][0] = [demo_2024["kegiatan"][0]]
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert "Berkas tidak lengkap atau tidak sesuai format ekspor versi 3:" in message


def test_text_where_a_number_belongs_is_refused_as_a_wrongly_shaped_file(demo_2024, tmp_path):
    demo_2024["pegawai"][0]["nomor_urut"] = "satu"
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert "Berkas tidak lengkap atau tidak sesuai format ekspor versi 3:" in message
    assert "'satu'" in message


def test_a_scale_with_the_same_code_and_other_bands_is_refused(demo_2024, tmp_path):
    scale = demo_2024["skala"][0]
    scale["pita"][0]["bawah"] = "90"
    message = impor_ditolak(_write(tmp_path, demo_2024), "--ganti")
    assert message.endswith(
        f"Skala {scale['kode']} di berkas berbeda dengan skala {scale['kode']} yang sudah ada; "
        "samakan dulu atau beri kode lain."
    )


# --- --ganti replaces the year, and only the year ---------------------------------------------


def test_ganti_replaces_the_year_and_audits_what_it_removed(prabumulih, demo_2024, tmp_path):
    removed = Realisasi.objects.get(
        indikator__satker=prabumulih, indikator__kode="6709-3", tahun=2024
    )
    last_year = ekspor_di_sini(SLUG, 2023)
    last_year_ids = set(
        Realisasi.objects.filter(indikator__satker=prabumulih, tahun=2023).values_list(
            "pk", flat=True
        )
    )
    demo_2024["realisasi"].remove(_realisasi(demo_2024, "6709-3"))

    call_command("impor", str(_write(tmp_path, demo_2024)), "--ganti")

    assert not Realisasi.objects.filter(
        indikator__satker=prabumulih, indikator__kode="6709-3", tahun=2024
    ).exists()
    record = AuditLog.objects.get(
        model="measurement.Realisasi", object_id=str(removed.pk), action=AuditLog.Action.DELETE
    )
    assert record.actor_label == "kinerja impor"
    assert record.before["nilai"] == "85"
    assert record.after is None
    # The year now holds exactly the document.
    assert json.loads(ekspor_di_sini(SLUG, 2024)) == demo_2024
    # Other years are untouched: same rows, same ids, no audit record about them.
    assert ekspor_di_sini(SLUG, 2023) == last_year
    assert (
        set(
            Realisasi.objects.filter(indikator__satker=prabumulih, tahun=2023).values_list(
                "pk", flat=True
            )
        )
        == last_year_ids
    )
    assert not AuditLog.objects.filter(
        actor_label="kinerja impor",
        model="measurement.Realisasi",
        object_id__in=[str(pk) for pk in last_year_ids],
    ).exists()


def test_ganti_with_the_same_document_keeps_the_export_identical(prabumulih, tmp_path):
    content = ekspor_di_sini(SLUG, 2024)
    path = tmp_path / "2024.json"
    path.write_bytes(content)
    call_command("impor", str(path), "--ganti")
    assert ekspor_di_sini(SLUG, 2024) == content


def test_two_staff_with_the_same_source_and_number_are_refused_not_merged(prabumulih, tmp_path):
    """Impor knows staff by source and number (commissioners by number), which the admin
    leaves at 0: two such rows must not silently become one."""
    satker = SatkerFactory(slug="kpu-kabupaten-tanpa-nomor")
    Pegawai.objects.create(satker=satker, nama="Amir", jenis="PPNPN", formasi="Driver")
    Pegawai.objects.create(satker=satker, nama="Badu", jenis="PPNPN", formasi="Satpam")
    BarisPerjanjianFactory(
        perjanjian=PerjanjianSatkerFactory(satker=satker, status="ditandatangani")
    )
    path = tmp_path / "tanpa-nomor.json"
    path.write_bytes(ekspor_di_sini(satker.slug, 2025))
    message = impor_ditolak(path, "--ganti")
    assert message.endswith(
        'pegawai Amir dan Badu sama-sama bernomor urut 0 pada sumber "": impor mengenali '
        "pegawai dari sumber dan nomor urutnya. Beri nomor urut yang berbeda, lalu ekspor ulang."
    )
    assert set(satker.pegawai.values_list("nama", "formasi")) == {
        ("Amir", "Driver"),
        ("Badu", "Satpam"),
    }


def test_two_commissioners_with_the_same_number_are_refused_not_merged(prabumulih, tmp_path):
    satker = SatkerFactory(slug="kpu-kabupaten-anggota-tanpa-nomor")
    Anggota.objects.create(satker=satker, nama="Hasan", is_ketua=True, jabatan="Ketua")
    Anggota.objects.create(satker=satker, nama="Rina", jabatan="Anggota")
    BarisPerjanjianFactory(
        perjanjian=PerjanjianSatkerFactory(satker=satker, status="ditandatangani")
    )
    path = tmp_path / "anggota.json"
    path.write_bytes(ekspor_di_sini(satker.slug, 2025))
    message = impor_ditolak(path, "--ganti")
    assert message.endswith(
        "anggota Hasan dan Rina sama-sama bernomor urut 0: impor mengenali anggota dari nomor "
        "urutnya. Beri nomor urut yang berbeda, lalu ekspor ulang."
    )
