"""The export carries every stored value: a small satker holding one of each kind of row
survives export → import into an empty database → export, byte for byte and row for row."""

import json
from decimal import Decimal

import pytest
from django.apps import apps

from kinerja.agreements.models import AnggaranPerjanjian
from kinerja.agreements.tests.factories import BarisPerjanjianFactory, PerjanjianSatkerFactory
from kinerja.budgets.models import Program
from kinerja.exporting.tests.satker_lengkap import SLUG, TAHUN, satker_lengkap
from kinerja.exporting.tests.support import (
    baris_tersimpan,
    baris_tersimpan_di,
    ekspor_di_sini,
    kinerja,
    kinerja_ok,
    querysets,
)
from kinerja.measurement.models import Realisasi
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.models import Renstra, SasaranStrategis
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db

D = Decimal
SIGNED = "ditandatangani"


@pytest.fixture
def exported(tmp_path) -> bytes:
    """The export of the test satker; its evidence files in tmp_path / "bukti"."""
    satker_lengkap()
    return ekspor_di_sini(SLUG, TAHUN, bukti=tmp_path / "bukti")


def test_every_kind_of_row_is_filled_in_the_test_satker(exported):
    """The round trip below proves something only if each table has rows."""
    empty = [label for label, rows in querysets(SLUG, TAHUN).items() if not rows.exists()]
    assert empty == []


def test_the_comparison_covers_every_model_holding_satker_data(db):
    """A new model of satker data must be added to the export, the import and this list."""
    not_satker_data = {"core.AuditLog", "accounts.User", "accounts.Membership"}
    # The measurement's cache is recomputed from the data, never exported.
    not_satker_data |= {"measurement.RingkasanPengukuran", "measurement.VersiDataSatker"}
    # Generated drafts are copies of documents made from the data, kept where they were made.
    not_satker_data |= {"documents.LaporanDihasilkan"}
    # A year-end batch is a run of the report generator and its files, made again from the
    # data at will: not the satker's data.
    not_satker_data |= {"documents.LaporanMassal", "documents.LaporanMassalSatker"}
    # The LKE windows of a year serve every satker: not one satker's data. (The worksheet
    # version is shared too, and travels as the reference data the year's evaluation uses.)
    not_satker_data |= {"lke.JadwalLke"}

    # A report kept on /periksa-lk/ is its uploader's file, of any body, not a satker's data.
    not_satker_data |= {"periksa.PeriksaTersimpan"}
    ours = {
        model._meta.label for model in apps.get_models() if model.__module__.startswith("kinerja.")
    }
    assert set(querysets(SLUG, TAHUN)) == ours - not_satker_data


def test_the_export_carries_the_stated_and_written_values(exported):
    document = json.loads(exported)
    budget = {row["kegiatan_kode"]: row for row in document["anggaran"]}["9701"]
    assert [row["serapan_tercatat"] for row in budget["realisasi_per_periode"]] == ["0.11", None]
    partisipasi = {row["kode"]: row for row in document["indikator"]}["UJI-1"]
    assert [row["target"] for row in partisipasi["target_periode"]] == ["10", "20", "25.5", "30"]
    realised = {row["indikator_kode"]: row for row in document["realisasi"]}
    assert realised["UJI-2"]["realisasi_teks"] == "WTP"
    assert realised["UJI-2"]["target_teks"] == "WTP"
    assert (realised["UJI-3"]["pembilang"], realised["UJI-3"]["pembilang_sumber"]) == (
        "745229",
        "Form C Hasil",
    )
    assert (realised["UJI-3"]["pembagi"], realised["UJI-3"]["pembagi_sumber"]) == ("918192", "DPT")
    second = next(pk for pk in document["perjanjian"] if pk["versi"] == 2)
    assert (second["revisi_dari"], second["alasan_revisi"], second["keterangan_revisi"]) == (
        "satker#v1",
        "pergantian_pejabat",
        "Ketua baru dilantik",
    )
    assert second["pihak_pertama"]["pegawai"] == {"sumber": "Tabel 2", "nomor_urut": 1}
    assert second["pihak_kedua"]["anggota_nomor_urut"] == 2


def test_the_export_carries_pagu_per_kro_and_document_numbers(exported):
    budget = {row["kegiatan_kode"]: row for row in json.loads(exported)["anggaran"]}
    per_kro = budget["9703"]
    assert [
        (row["kro"], row["jumlah"], row["nomor_dokumen"]) for row in per_kro["riwayat_pagu"]
    ] == [
        ("EBD", 500_000, "SP DIPA-076.01.2.000001/2025"),
        ("EBD", 450_000, "S-17/POK/2025"),
    ]
    assert per_kro["pagu"] == 450_000  # the last of the KRO's history
    whole = budget["9701"]["riwayat_pagu"]
    assert [(row["kro"], row["nomor_dokumen"]) for row in whole] == [
        (None, None),
        (None, "SP DIPA-076.01.2.000001/2025 revisi ke-1"),
    ]


def test_a_file_from_before_pagu_per_kro_still_imports(exported, empty_database, tmp_path):
    document = json.loads(exported)
    document["anggaran"] = [row for row in document["anggaran"] if row["kegiatan_kode"] != "9703"]
    for item in document["anggaran"]:
        for row in item["riwayat_pagu"]:
            del row["kro"], row["nomor_dokumen"]
    # Such a file predates the export of realisation reports (format 2) and of the LKE
    # evaluation too.
    del document["laporan_realisasi"], document["evaluasi_lke"]
    document["versi_format"] = 2
    path = tmp_path / "lama.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    kinerja_ok(empty_database, "impor", str(path))

    pagu = baris_tersimpan_di(empty_database, SLUG, TAHUN)["budgets.Pagu"]
    # The revision's document was written in its source before it had a field of its own.
    assert sorted((row["jenis"], row["kro"], row["nomor_dokumen"]) for row in pagu) == [
        ("awal", None, ""),
        ("laporan", None, ""),
        ("revisi", None, "Revisi DIPA I"),
    ]


def test_a_file_mixing_kegiatan_and_kro_pagu_is_refused(exported, empty_database, tmp_path):
    document = json.loads(exported)
    budget = {row["kegiatan_kode"]: row for row in document["anggaran"]}["9701"]
    budget["riwayat_pagu"][1]["kro"] = "EBA"
    document["laporan_realisasi"] = []  # no evidence folder needed: the pagu is what is tried
    path = tmp_path / "campur.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    result = kinerja(empty_database, "impor", str(path))

    assert result.returncode != 0
    assert "seluruh kegiatan dan juga per KRO" in result.stderr.decode()


def test_export_import_export_of_every_kind_of_row_is_identical(exported, empty_database, tmp_path):
    database = empty_database
    path = tmp_path / "lengkap.json"
    path.write_bytes(exported)

    kinerja_ok(database, "impor", str(path), "--bukti", str(tmp_path / "bukti"))

    assert kinerja_ok(database, "ekspor", "--satker", SLUG, "--tahun", str(TAHUN)) == exported
    # Byte-identical exports could still hide a value neither side carries: compare the rows.
    assert baris_tersimpan_di(database, SLUG, TAHUN) == baris_tersimpan(SLUG, TAHUN)


def _round_trip(database, tmp_path, slug: str, tahun: int = TAHUN):
    """Export here, import there, export there: (bytes here, bytes there)."""
    exported = ekspor_di_sini(slug, tahun)
    path = tmp_path / f"{slug}.json"
    path.write_bytes(exported)
    kinerja_ok(database, "impor", str(path))
    return exported, kinerja_ok(database, "ekspor", "--satker", slug, "--tahun", str(tahun))


def test_a_programme_named_only_on_a_pk_budget_line_is_restored_with_its_code(
    empty_database, tmp_path
):
    pk = PerjanjianSatkerFactory(satker=SatkerFactory(slug="kpu-kabupaten-program"), status=SIGNED)
    BarisPerjanjianFactory(perjanjian=pk)
    program = Program.objects.create(kode="WB", nama="Program Penyelenggaraan Pemilu Uji")
    AnggaranPerjanjian.objects.create(
        perjanjian=pk,
        urutan=1,
        jenis="program",
        program=program,
        uraian_tercetak=program.nama,
        anggaran=D(5_000_000),
    )
    exported, again = _round_trip(empty_database, tmp_path, "kpu-kabupaten-program")
    assert again == exported
    rows = baris_tersimpan_di(empty_database, "kpu-kabupaten-program", TAHUN)
    assert rows["budgets.Program"] == [{"kode": "WB", "nama": "Program Penyelenggaraan Pemilu Uji"}]
    assert [line["program"] for line in rows["agreements.AnggaranPerjanjian"]] == [
        "WB Program Penyelenggaraan Pemilu Uji"
    ]


def test_an_indicator_under_an_older_renstra_keeps_its_sasaran(empty_database, tmp_path):
    satker = SatkerFactory(slug="kpu-kabupaten-dua-renstra")
    older = Renstra.objects.create(satker=satker, tahun_awal=2020, tahun_akhir=2024, visi="Lama")
    newer = Renstra.objects.create(satker=satker, tahun_awal=2025, tahun_akhir=2029, visi="Baru")
    sasaran = SasaranStrategis.objects.create(renstra=older, nomor=1, uraian="Sasaran lama")
    SasaranStrategis.objects.create(renstra=newer, nomor=1, uraian="Sasaran baru")
    indikator = IndikatorKinerjaFactory(satker=satker, kode="LAMA-1", sasaran=sasaran)
    Realisasi.objects.create(indikator=indikator, tahun=TAHUN, nilai=D(90), target=D(100))

    exported, again = _round_trip(empty_database, tmp_path, satker.slug)
    assert again == exported  # the bytes agree; the stored link does not
    restored = baris_tersimpan_di(empty_database, satker.slug, TAHUN)["planning.IndikatorKinerja"]
    assert [row["sasaran"] for row in restored] == ["Sasaran 1: Sasaran lama"]


def test_a_sasarans_analysis_travels_by_its_renstra_sasaran_and_an_orphan_stays_orphaned(
    exported,
):
    document = json.loads(exported)
    rows = {row["teks"]: row for row in document["naskah"] if row["bagian"] == "analisis_sasaran"}
    first = rows["Analisis 1"]
    assert (first["kunci"], first["sasaran_nomor"], first["label_kunci"]) == (
        "sasaran",
        1,
        "Sasaran 1",
    )
    assert rows["Analisis 3"]["kunci"] == "yatim:sasaran-999999"
    statements = document["pernyataan_reviu"]
    assert [(row["nama"], row["alasan_penarikan"]) for row in statements] == [
        ("Budi Santoso", "Data berubah"),
        ("Rina", ""),
    ]
