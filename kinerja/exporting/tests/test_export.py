import json

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def exported(prabumulih, capsys):
    call_command("ekspor", "--satker", "kpu-kota-prabumulih", "--tahun", "2024")
    return json.loads(capsys.readouterr().out)


def test_export_has_the_documented_top_level_keys(exported):
    for key in [
        "satker",
        "induk",
        "skala",
        "kegiatan",
        "indikator",
        "nilai_tercatat",
        "unit",
        "pegawai",
        "anggota",
        "renstra",
        "rkt",
        "perjanjian",
        "realisasi",
        "anggaran",
        "hambatan",
        "laporan_realisasi",
    ]:
        assert key in exported
    assert exported["satker"]["slug"] == "kpu-kota-prabumulih"
    assert exported["versi_format"] == 3
    assert [node["slug"] for node in exported["induk"]] == [
        "kpu-ri",
        "kpu-provinsi-sumatera-selatan",
    ]


def test_pegawai_carry_nip_or_null_and_their_kind(exported):
    by_name = {(row["nama"], row["nomor_urut"], row["jenis"]): row for row in exported["pegawai"]}
    assert by_name[("Abdul Aziz", 2, "PNS")]["nip"] == "198307292009021004"
    assert by_name[("Yasrin Abidin", 1, "PNS")]["nip"] is None
    assert by_name[("Rio Sisworo", 15, "PPPK")]["jabatan"] == ""
    assert by_name[("Amir Mahmud", 9, "PPNPN")]["formasi"] == "Driver"


def test_rkt_rows_carry_kegiatan_code_indicator_and_target_as_decimal_strings(exported):
    assert exported["rkt"]["sumber"] == "BAB II.C"
    rows = exported["rkt"]["baris"]
    assert len(rows) == 37
    assert rows[2] == {
        "urutan": 3,
        "nomor": "",
        "kegiatan_kode": "6709",
        "indikator_kode": "6709-3",
        "sasaran": "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan "
        "Penyelenggara Pemilu (6709)",
        "indikator": "Persentase KPU Kota Prabumulih yang mampu merencanakan, membangun, dan "
        "mengembangkan sarana dan prasarana IT Pemilu/Pemilihan",
        "target": "90",
        "target_teks": None,
    }


def test_perjanjian_carry_parties_date_lines_and_rupiah_integers(exported):
    sekretaris = exported["perjanjian"][0]
    assert sekretaris["pihak_pertama"]["nama"] == "Yasrin Abidin"
    assert sekretaris["pihak_kedua"]["nama"] == "Marta Dinata"
    assert sekretaris["tanggal"] == "2024-01-25"
    assert sekretaris["total_anggaran_tercatat"] == 20518557000
    assert [line["anggaran"] for line in sekretaris["anggaran"]] == [2885908000, 17632649000]
    assert len(sekretaris["baris"]) == 41
    keuangan = next(
        pk for pk in exported["perjanjian"] if pk["unit"] == "Subbagian Keuangan, Umum dan Logistik"
    )
    assert keuangan["pihak_kedua"]["nip_tercetak"] == "19780429 2009021 1 003"
    assert [line["anggaran"] for line in keuangan["anggaran"]] == [
        1565914000,
        2623928000,
        261980000,
    ]


def test_realisasi_carry_the_published_figures_and_the_stated_capaian(exported):
    by_code = {row["indikator_kode"]: row for row in exported["realisasi"]}
    assert by_code["6709-3"]["target"] == "90"
    assert by_code["6709-3"]["realisasi"] == "85"
    assert by_code["6709-3"]["capaian_tercatat"] == "94.44"
    assert by_code["6872-2"]["capaian_tercatat"] == "94.73"
    assert by_code["3360-4"]["capaian_tercatat"] == "93.75"
    assert by_code["6981-1"]["capaian_tercatat"] == "0"


def test_anggaran_carry_pagu_and_realisasi_per_kegiatan(exported):
    by_code = {row["kegiatan_kode"]: row for row in exported["anggaran"]}
    assert by_code["6872"]["pagu"] == 1748912000
    assert by_code["6872"]["realisasi"] == 1746467098
    assert by_code["3355"]["realisasi"] == 2938071462
    assert by_code["3355"]["realisasi_per_periode"][0]["serapan_tercatat"] == "100.68"
    assert by_code["6639"]["sumber_dana"] == ""  # the report does not say
    assert by_code["6709"]["sumber_dana"] == "apbn_dipa"
    assert by_code["6981"]["realisasi"] == 0


def test_hambatan_rows_keep_both_printed_versions(exported):
    assert len(exported["hambatan"]) == 21
    row = exported["hambatan"][11]
    assert row["hambatan"] == "Tidak ada gugatan atau sengketa hukum di tahun 2024"
    assert row["hambatan_di_tabel_upaya"] == "Tidak ada gugatan atau sengketa hukum di tahun 2023"


def test_export_is_byte_stable(prabumulih, capsys):
    call_command("ekspor", "--satker", "kpu-kota-prabumulih", "--tahun", "2024")
    first = capsys.readouterr().out
    call_command("ekspor", "--satker", "kpu-kota-prabumulih", "--tahun", "2024")
    assert capsys.readouterr().out == first


def test_previous_year_export_holds_the_lampiran_2023_figures(prabumulih, capsys):
    call_command("ekspor", "--satker", "kpu-kota-prabumulih", "--tahun", "2023")
    document = json.loads(capsys.readouterr().out)
    assert len(document["realisasi"]) == 10
    assert document["rkt"] is None
    assert {row["sumber"] for row in document["realisasi"]} == {
        f"Lampiran ({code})"
        for code in ["6709", "6867", "6870", "6871", "6872", "3355", "3360", "6639", "6981", "6982"]
    }


def test_unknown_satker_is_a_clear_error(db):
    with pytest.raises(CommandError, match="tidak ditemukan"):
        call_command("ekspor", "--satker", "tidak-ada", "--tahun", "2024")
