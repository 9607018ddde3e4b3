"""The five signed Perjanjian Kinerja 2024 printed in the Lampiran of the LKjIP.

Lines are (indikator, target, printed text or None when the printed text is the indicator's
name). A unit line's parent is the line of the Sekretaris–Ketua PK with the same indicator;
two unit lines have none (6709-4 and 6709-5) and are kept so.
"""

import datetime

from kinerja.demo.data.perencanaan import (
    DUKUNGAN,
    PEMILU,
    S_3355,
    S_3360,
    S_6709,
    S_6867,
    S_6870,
    S_6871,
    S_6872,
    S_6981,
    _group,
)

TANGGAL = datetime.date(2024, 1, 25)
TEMPAT = "Prabumulih"
SEKRETARIS = "Sekretaris Komisi Pemilihan Umum Kota Prabumulih"
NIP_SEKRETARIS_TERCETAK = "19780429 2009021 1 003"

SEKRETARIS_KETUA = {
    "kunci": "sekretaris",
    "unit": None,
    "judul": "Perjanjian Kinerja Tahun 2024 Komisi Pemilihan Umum Kota Prabumulih",
    "sumber": "Lampiran: PK Sekretaris–Ketua",
    "pihak_pertama": {
        "nama": "Yasrin Abidin",
        "jabatan": SEKRETARIS,
        "nip": "",
        "pegawai": ("Tabel 2", 1),
    },
    "pihak_kedua": {
        "nama": "Marta Dinata",
        "jabatan": "Ketua Komisi Pemilihan Umum Kota Prabumulih",
        "nip": "",
        "anggota": 1,
    },
    "total_anggaran_tercatat": "20518557000",
    "baris": [
        *_group(
            "1.",
            S_6709,
            "6709",
            [
                (
                    "6709-1",
                    "95",
                    "Persentase KPU Kota Prabumulih yang mampu memfasilitasi pengelolaan perencanaan program dan anggaran Pemilu",
                ),
                (
                    "6709-2",
                    "95",
                    "Persentase KPU Kota Prabumulih yang mampu memfasilitasi penyusunan dan penyusunan peraturan pelaksanaan penyelenggaraan Pemilu",
                ),
                (
                    "6709-3",
                    "90",
                    "Persentase KPU Kota Prabumulih yang mampu merencanakan, membangun, dan mengembangkan sarana dan prasarana IT Pemilu",
                ),
            ],
        ),
        *_group(
            "2.",
            S_6867,
            "6867",
            [("6867-5", "100"), ("6867-6", "100"), ("6867-7", "100"), ("6867-8", "100")],
        ),
        *_group(
            "3.",
            S_6870,
            "6870",
            [
                (
                    "6870-1",
                    "95",
                    "Persentase terfasilitasinya Alat Peraga Kampanye (APK) Pemilu Tahun 2024",
                ),
                ("6870-2", "95"),
                (
                    "6870-3",
                    "100",
                    "Persentase jadwal pelaksanaan kampanye Pemilu Tahun 2024 tepat waktu",
                ),
                ("6870-4", "100"),
            ],
        ),
        *_group(
            "4.",
            S_6871,
            "6871",
            [
                ("6871-1", "100"),
                (
                    "6871-2",
                    "100",
                    "Persentase pendistribusian logistik Pemilu tepat waktu, tepat mutu, tepat jenis dan tepat sasaran",
                ),
                ("6871-3", "95", "Persentase pelaporan logistik Pemilu ke KPU Provinsi Sumsel"),
                ("6871-4", "95"),
            ],
        ),
        *_group(
            "5.",
            S_6872,
            "6872",
            [
                (
                    "6872-1",
                    "90",
                    "Persentase sosialisasi dan simulasi pemungutan dan penghitungan suara Pemilu",
                ),
                ("6872-2", "95"),
                ("6872-3", "90"),
            ],
        ),
        *_group(
            "6.",
            S_6981,
            "6981",
            [
                ("6981-2", "95"),
                ("6981-3", "95"),
                ("6981-4", "95"),
                ("6981-5", "95"),
                ("6981-6", "95"),
            ],
        ),
        *_group("7.", "Penetapan Hasil Pemilu (6982)", "6982", [("6982-2", "100")]),
        *_group(
            "8.",
            S_3355,
            "3355",
            [
                ("3355-1", "90"),
                ("3355-2", "95"),
                ("3355-3", "100"),
                ("3355-4", "95"),
                ("3355-5", "100"),
                ("3355-6", "100"),
            ],
        ),
        *_group(
            "9.",
            S_3360,
            "3360",
            [
                ("3360-1", "95"),
                ("3360-2", "95"),
                ("3360-3", "100"),
                ("3360-4", "80"),
                ("3360-5", "90"),
                ("3360-6", "100"),
                ("3360-7", "90"),
                ("3360-8", "90"),
                ("3360-9", "90"),
                ("3360-10", "85"),
                ("3360-11", "100"),
            ],
        ),
    ],
    # "3. Total Anggaran 2024 Rp 20.518.557.000" is printed as a third line: it is a stated total.
    "anggaran": [
        {
            "nomor": "1.",
            "jenis": "program",
            "program": DUKUNGAN,
            "uraian": "Program Dukungan Manajemen",
            "anggaran": "2885908000",
        },
        {
            "nomor": "2.",
            "jenis": "program",
            "program": PEMILU,
            "uraian": "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
            "anggaran": "17632649000",
        },
    ],
}


def _kasubbag(unit, subbagian, nama, nip, jabatan, pegawai_nomor, baris, anggaran):
    return {
        "kunci": unit,
        "unit": unit,
        "judul": f"Perjanjian Kinerja Tahun 2024 {subbagian} Sekretariat Komisi Pemilihan Umum Kota Prabumulih",
        "sumber": f"Lampiran: PK {subbagian}",
        "induk": "sekretaris",
        "pihak_pertama": {
            "nama": nama,
            "jabatan": jabatan,
            "nip": nip,
            "pegawai": ("Tabel 2", pegawai_nomor),
        },
        "pihak_kedua": {
            "nama": "Yasrin Abidin",
            "jabatan": SEKRETARIS,
            "nip": NIP_SEKRETARIS_TERCETAK,
            "pegawai": ("Tabel 2", 1),
        },
        "total_anggaran_tercatat": None,
        "baris": baris,
        "anggaran": [
            {
                "nomor": f"{position}.",
                "jenis": "kro",
                "kegiatan": kode,
                "uraian": uraian,
                "anggaran": jumlah,
            }
            for position, (kode, uraian, jumlah) in enumerate(anggaran, start=1)
        ],
    }


PERENCANAAN = _kasubbag(
    "perencanaan",
    "Subbagian Perencanaan, Data dan Informasi",
    "Abdul Aziz",
    "19830729 200902 1 004",
    "Kasubbag Perencanaan, Data dan Informasi Sekretariat Komisi Pemilihan Umum Kota Prabumulih",
    2,
    _group(
        "1.",
        S_6709,
        "6709",
        [
            (
                "6709-1",
                "95",
                "Persentase KPU Kota Prabumulih yang mampu memfasilitasi pengelolaan perencanaan program dan anggaran Pemilu",
            ),
            (
                "6709-3",
                "90",
                "Persentase KPU Kota Prabumulih yang mampu merencanakan, membangun, dan mengembangkan sarana dan prasarana IT Pemilu",
            ),
            ("6709-4", "100"),
        ],
    ),
    [
        (
            "6709",
            "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggara Pemilu",
            "822654000",
        ),
        ("6982", "Penetapan Hasil Pemilu", "18729000"),
    ],
)

KEUANGAN = _kasubbag(
    "keuangan",
    "Subbagian Keuangan, Umum dan Logistik",
    "Iis Sugianti",
    "19790314 200910 2 001",
    "Kasubbag Keuangan, Umum dan Logistik Sekretariat Komisi Pemilihan Umum Kota Prabumulih",
    4,
    [
        # "10upervis" is printed where "logistik" belongs: kept as printed.
        *_group(
            "1.",
            S_6871,
            "6871",
            [
                ("6871-1", "100", "Persentase pengadaan 10upervis tepat waktu dan sesuai prosedur"),
                (
                    "6871-2",
                    "100",
                    "Persentase pendistribusian 10upervis Pemilu tepat waktu, tepat mutu, tepat jenis dan tepat sasaran",
                ),
                (
                    "6871-3",
                    "95",
                    "Persentase pelaporan 10upervis Pemilu ke KPU Provinsi Sumatera Selatan",
                ),
                ("6871-4", "95", "Persentase pendokumentasian 10upervis Pemilu dengan baik"),
            ],
        ),
        *_group(
            "2.",
            S_3355,
            "3355",
            [
                ("3355-1", "90"),
                ("3355-2", "100", "Jumlah laporan 10uperv akuntansi dan pelaporan keuangan"),
                ("3355-3", "95"),
                ("3355-4", "95"),
                (
                    "3355-5",
                    "100",
                    "Persentasi Pejabat Perbendaharaan yang menyelesaikan pertanggungjawaban penggunaan anggaran sesuai ketentuan",
                ),
                ("3355-6", "100"),
            ],
        ),
        *_group(
            "3.",
            S_3360,
            "3360",
            [
                ("3360-1", "95"),
                (
                    "3360-2",
                    "95",
                    "Persentase KPU Kota Prabumulih yang patuh dan tertib dalam pengelolaan Barang Milik Negara (BMN)",
                ),
                ("3360-3", "100"),
                ("3360-4", "80"),
                ("3360-5", "90"),
                (
                    "3360-6",
                    "100",
                    "Jumlah laporan BMN berdasarkan SIMAK BMN yang datanya sesuai dengan data SAK",
                ),
                ("3360-7", "90"),
                ("3360-8", "90"),
                ("3360-9", "90"),
                ("3360-10", "85"),
            ],
        ),
    ],
    [
        ("6871", "Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik", "1565914000"),
        ("3355", "Pengelolaan Keuangan dan Barang Milik Negara (BMN)", "2623928000"),
        ("3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", "261980000"),
    ],
)

HUKUM_SDM = _kasubbag(
    "hukum_sdm",
    "Subbagian Hukum dan Sumber Daya Manusia",
    # Tabel 2 spells the name "Medial Aryansie".
    "Meidial Aryansie",
    "19850527 200912 1 005",
    "Kasubbag Hukum dan Sumber Daya Manusia Sekretariat Komisi Pemilihan Umum Kota Prabumulih",
    5,
    [
        *_group(
            "1.",
            S_6709,
            "6709",
            [
                (
                    "6709-2",
                    "95",
                    "Persentase KPU Kota Prabumulih yang mampu memfasilitasi penyusunan dan penyusunan peraturan pelaksanaan Penyelenggaraan Pemilu",
                ),
                ("6709-5", "95"),
            ],
        ),
        *_group(
            "2.",
            S_6867,
            "6867",
            [
                ("6867-5", "100"),
                ("6867-6", "100"),
                ("6867-7", "100"),
                ("6867-8", "100", "Persentase evaluasi Badan Adhoc Pemilu Tahun 2024"),
            ],
        ),
        *_group("3.", S_3360, "3360", [("3360-11", "100")]),
    ],
    [
        (
            "6709",
            "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggara Pemilu",
            "822654000",
        ),
        ("6867", "Pembentukan Badan Adhoc", "12406404000"),
        ("3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", "261980000"),
    ],
)

TEKNIS = _kasubbag(
    "teknis",
    "Subbagian Teknis Penyelenggaraan, Partisipasi dan Hubungan Masyarakat",
    "Yudi Priambodo",
    "19771102 200902 1 004",
    "Kasubbag Teknis Penyelenggaraan, Partisipasi dan Hubungan Masyarakat Sekretariat Komisi Pemilihan Umum Kota Prabumulih",
    3,
    [
        *_group(
            "1.",
            "Masa Kampanye Pemilu (6870)",
            "6870",
            [
                (
                    "6870-1",
                    "95",
                    "Persentase terfasilitasinya Alat Peraga Kampanye (APK) Pemilu Tahun 2024",
                ),
                ("6870-2", "95"),
                (
                    "6870-3",
                    "100",
                    "Persentase jadwal pelaksanaan kampanye Pemilu Tahun 2024 tepat waktu",
                ),
                ("6870-4", "100"),
            ],
        ),
        *_group(
            "2.",
            S_6872,
            "6872",
            [
                (
                    "6872-1",
                    "90",
                    "Persentase sosialisasi dan simulasi pemungutan dan penghitungan suara Pemilu",
                ),
                ("6872-2", "95"),
                ("6872-3", "90"),
            ],
        ),
        *_group(
            "3.",
            S_6981,
            "6981",
            [
                ("6981-2", "95"),
                ("6981-3", "95"),
                ("6981-4", "95"),
                ("6981-5", "95"),
                ("6981-6", "95"),
            ],
        ),
        *_group("4.", "Penetapan Hasil Pemilu (6982)", "6982", [("6982-2", "100")]),
    ],
    [
        ("6870", "Masa Kampanye Pemilu", "911081000"),
        ("6872", "Pemungutan dan Penghitungan Suara", "1892819000"),
        (
            "6981",
            "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden serta Anggota DPR, DPD, DPRD Provinsi, dan DPRD Kabupaten/Kota",
            "15048000",
        ),
        ("6982", "Penetapan Hasil Pemilu", "18729000"),
    ],
)

PERJANJIAN = [SEKRETARIS_KETUA, PERENCANAAN, KEUANGAN, HUKUM_SDM, TEKNIS]
for _pk in PERJANJIAN:
    _pk.setdefault("induk", None)
    _pk["tempat"] = TEMPAT
    _pk["tanggal"] = TANGGAL

# The parties' terms the jabatan history needs to settle the parties of a PK signed in Kinerja
# (kinerja.agreements.pihak): each first party of a unit PK heads that unit, and the satker
# PK's second party is the head's superior. A demo assumption, as for the Sekretaris
# (organisasi.RIWAYAT_JABATAN): the report gives no start or end of any term, so each runs
# from 1 Januari 2024 and has not ended.
RIWAYAT_PIHAK = [
    {
        "anggota": SEKRETARIS_KETUA["pihak_kedua"]["anggota"],
        "jabatan": SEKRETARIS_KETUA["pihak_kedua"]["jabatan"],
        "atasan": True,
        "mulai": datetime.date(2024, 1, 1),
        "sumber": f"Laporan Kinerja 2024: {SEKRETARIS_KETUA['sumber']} (pihak kedua)",
    },
    *(
        {
            "pegawai": data["pihak_pertama"]["pegawai"],
            "jabatan": data["pihak_pertama"]["jabatan"],
            "unit": data["unit"],
            "mulai": datetime.date(2024, 1, 1),
            "sumber": f"Laporan Kinerja 2024: {data['sumber']} (pihak pertama)",
        }
        for data in PERJANJIAN
        if data["unit"]
    ),
]
