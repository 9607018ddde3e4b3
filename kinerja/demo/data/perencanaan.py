"""Renstra 2020–2024, budget structure, indicators, RKT 2024 and the BAB II.D restatement of
the PK, from the 2024 LKjIP of Sekretariat KPU Kota Prabumulih (BAB II)."""

RENSTRA = {
    "tahun_awal": 2020,
    "tahun_akhir": 2024,
    "sumber": "BAB II.B",
    # As printed: a 2015 regulation for the 2020–2024 plan.
    "dasar_hukum": "Peraturan Komisi Pemilihan Umum Nomor 63 Tahun 2015 Tentang Rencana Strategis Komisi Pemilihan Umum Tahun 2020-2024",
    "visi": "Komisi Pemilihan Umum Menjadi Penyelenggara Pemilihan Umum yang Mandiri, Professional, dan Berintegritas untuk Terwujudnya Pemilu yang LUBER dan JURDIL",
    "misi": [
        "Membangun SDM yang Kompeten sebagai upaya menciptakan Penyelenggara Pemilu yang Profesional;",
        "Menyusun Regulasi di bidang Pemilu yang memberikan kepastian hukum, progresif, dan partisipatif;",
        "Meningkatkan kualitas pelayanan Pemilu, khususnya untuk para pemangku kepentingan dan umumnya untuk seluruh masyarakat;",
        "Meningkatkan partisipasi dan kualitas pemilih melalui sosialisasi dan pendidikan pemilih yang berkelanjutan;",
        "Memperkuat Kedudukan Organisasi dalam Ketatanegaraan.",
        "Meningkatkan integritas penyelenggara Pemilu dengan memberikan pemahaman secara intensif dan komprehensif khususnya mengenai kode etik penyelenggara Pemilu;",
        "Mewujudkan penyelenggara Pemilu yang efektif dan efisien, transparan, akuntabel, serta aksesable.",
    ],
    "tujuan": [
        "Terwujudnya lembaga KPU yang memiliki integritas, kompetensi, kredibilitas, dan kapabilitas dalam menyelenggarakan Pemilu;",
        "Terselenggaranya Pemilu sesuai dengan peraturan perundangan yang berlaku;",
        "Meningkatnya partisipasi politik masyarakat dalam pelaksanaan demokrasi di Indonesia;",
        "Meningkatnya kesadaran masyarakat untuk berpartisipasi dalam Pemilu;",
        "Terselenggaranya Pemilu yang efektif dan efisien, transparan, akuntabel, dan aksesabel.",
    ],
    # The sasaran section names its three tujuan in words that differ from the list above.
    "sasaran": [
        (
            1,
            "Mewujudkan KPU Kota Prabumulih yang mandiri, professional dan berintegritas",
            "Tersedianya peraturan perundangan bidang politik yang kuat;",
        ),
        (
            1,
            "Mewujudkan KPU Kota Prabumulih yang mandiri, professional dan berintegritas",
            "Tersedianya Sistem Informasi Partai Politik yang andal dan berkualitas; dan",
        ),
        (
            1,
            "Mewujudkan KPU Kota Prabumulih yang mandiri, professional dan berintegritas",
            "Terwujudnya SDM dan Lembaga KPU Kota Prabumulih yang berkualitas.",
        ),
        (
            2,
            "Menyelenggarakan Pemilu Serentak yang demokratis, tepat waktu, efisien dan efektif",
            "Terwujudnya Pendidikan Pemilih Kepemiluan dan Demokrasi untuk seluruh lapisan masyarakat; dan",
        ),
        (
            2,
            "Menyelenggarakan Pemilu Serentak yang demokratis, tepat waktu, efisien dan efektif",
            "Terwujudnya koordinasi penyelenggaraan kepemiluan yang sesuai dengan Standar Pelayanan Publik, disertai pengelolaan data dan informasi serta dokumentasi pelaksanaan Pemilu berbasis teknologi informasi yang terintegrasi.",
        ),
        (
            3,
            "Mewujudkan Pemilu Serentak yang Langsung, Umum, Bebas, Rahasia, Jujur dan Adil",
            "terwujudnya Pemilu Serentak dengan tingkat partisipasi yang tinggi;",
        ),
        (
            3,
            "Mewujudkan Pemilu Serentak yang Langsung, Umum, Bebas, Rahasia, Jujur dan Adil",
            "penyelesaian sengketa hukum yang baik.",
        ),
    ],
}

DUKUNGAN = "Program Dukungan Manajemen"
PEMILU = "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"
PROGRAM = [DUKUNGAN, PEMILU]

# Which programme a kegiatan belongs to is not printed; it follows exactly from the sums of the
# PKs: the unit-PK KRO budgets of 3355 + 3360 equal the Dukungan Manajemen programme of the
# Sekretaris–Ketua PK (Rp 2.885.908.000), and the other seven equal Rp 17.632.649.000.
# 6639 (Pemilihan) is outside both; the report does not say where its money comes from.
KEGIATAN = [
    (
        "6709",
        "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggara Pemilu",
        PEMILU,
    ),
    ("6867", "Pembentukan Badan Adhoc", PEMILU),
    ("6870", "Masa Kampanye Pemilu", PEMILU),
    ("6871", "Pengelolaan, Pengadaan, Laporan, dan Dokumentasi Logistik", PEMILU),
    ("6872", "Pemungutan dan Penghitungan Suara", PEMILU),
    (
        "6981",
        "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden serta Anggota DPR, DPD, DPRD Provinsi, dan DPRD Kabupaten/Kota",
        PEMILU,
    ),
    ("6982", "Penetapan Hasil Pemilu", PEMILU),
    ("3355", "Pengelolaan Keuangan dan Barang Milik Negara", DUKUNGAN),
    ("3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", DUKUNGAN),
    ("6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", None),
]
# Funding source per kegiatan. The report states none. The nine kegiatan of the two programmes
# of the PK are taken as APBN (DIPA) — a demo assumption (docs/data-demo.md): the programmes are
# KPU's (BA 076) and the report speaks of revising "halaman 3 DIPA"; 6639 is left unstated.
SUMBER_DANA_DEMO = "apbn_dipa"
KEGIATAN_SUMBER_DANA_TIDAK_DISEBUTKAN = {"6639"}

# One indicator per distinct measure. Names are the RKT wording (BAB II.C) where the RKT has
# the indicator, otherwise the wording of the first PK that has it. Every table keeps its own
# printed wording beside the link.
INDIKATOR = [
    (
        "6709-1",
        "6709",
        "Persentase KPU Kota Prabumulih yang mampu memfasilitasi pengelolaan perencanaan program dan anggaran Pemilu/Pemilihan",
    ),
    (
        "6709-2",
        "6709",
        "Persentase KPU Kota Prabumulih yang mampu memfasilitasi penyusunan dan penyusunan peraturan pelaksanaan Penyelenggaraan Pemilu/Pemilihan",
    ),
    (
        "6709-3",
        "6709",
        "Persentase KPU Kota Prabumulih yang mampu merencanakan, membangun, dan mengembangkan sarana dan prasarana IT Pemilu/Pemilihan",
    ),
    ("6709-4", "6709", "Persentase Terelesaiannya Laporan Penetapan Hasil Pemilu Tahun 2024"),
    ("6709-5", "6709", "Pengelolaan JDIIH KPU Kota Prabumulih"),
    ("6867-1", "6867", "Persentase pelantikan PPK sesuai jadwal"),
    ("6867-2", "6867", "Persentase pembentukan PPS sesuai jadwal"),
    ("6867-3", "6867", "Persentase pembentukan Pantarlih sesuai jadwal"),
    ("6867-4", "6867", "Persentase sosialisasi pendaftaran KPPS sesuai jadwal"),
    ("6867-5", "6867", "Persentase sosialisasi dan pengumuman pembentukan KPPS sesuai jadwal"),
    ("6867-6", "6867", "Persentase pelantikan KPPS sesuai jadwal"),
    ("6867-7", "6867", "Persentase Pengganti Antar Waktu Badan Adhoc sesuai jadwal"),
    ("6867-8", "6867", "Persentase evaluasi Badan Adhoc sesuai jadwal"),
    (
        "6870-1",
        "6870",
        "Persentase terfasilitasinya Alat Peraga Kampanye (APK) Pemilu/Pemilihan Tahun 2024",
    ),
    ("6870-2", "6870", "Persentase tersusunnya lokasi pemasangan APK dan lokasi kampanye"),
    (
        "6870-3",
        "6870",
        "Persentase jadwal pelaksanaan kampanye Pemilu/Pemilihan Tahun 2024 tepat waktu",
    ),
    ("6870-4", "6870", "Persentase pelaporan dana kampanye tepat waktu"),
    ("6871-1", "6871", "Persentase pengadaan logistik tepat waktu dan sesuai prosedur"),
    (
        "6871-2",
        "6871",
        "Persentase pendistribusian logistik Pemilu/Pemilihan tepat waktu, tepat mutu, tepat jenis dan tepat sasaran",
    ),
    ("6871-3", "6871", "Persentase pelaporan logistik Pemilu/Pemilihan ke KPU Provinsi Sumsel"),
    ("6871-4", "6871", "Persentase pendokumentasian logistik Pemilu dengan baik"),
    (
        "6872-1",
        "6872",
        "Persentase sosialisasi dan simulasi pemungutan dan penghitungan suara Pemilu/Pemilihan",
    ),
    ("6872-2", "6872", "Persentase pemahaman regulasi pemungutan dan penghitungan suara"),
    (
        "6872-3",
        "6872",
        "Persentase Bimbingan Teknis (Bimtek) pemungutan suara kepada KPPS yang terlaksana",
    ),
    ("6981-1", "6981", "Persentase Fasilitasi Penyiapan Sumpah Janji"),
    ("6981-2", "6981", "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden"),
    ("6981-3", "6981", "Pengucapan Sumpah/Janji Anggota DPR RI"),
    ("6981-4", "6981", "Pengucapan Sumpah/Janji Anggota DPD"),
    ("6981-5", "6981", "Pengucapan Sumpah/Janji Anggota DPRD Provinsi Sumatera Selatan"),
    ("6981-6", "6981", "Pengucapan Sumpah/Janji Anggota DPRD Kota Prabumulih"),
    ("6982-1", "6982", "Persentase Persiapan Logistik dan Penetapan Hasil Pemilu/Pemilihan"),
    ("6982-2", "6982", "Persentase Penetapan Hasil Pemilu sesuai regulasi dan tepat waktu"),
    ("3355-1", "3355", "Jumlah draft juklak/juknis pengelolaan keuangan di lingkungan KPU"),
    ("3355-2", "3355", "Jumlah laporan sistem akuntansi dan pelaporan keuangan"),
    (
        "3355-3",
        "3355",
        "Persentase permasalahan dalam pengelolaan keuangan yang dapat diselesaikan",
    ),
    (
        "3355-4",
        "3355",
        "Persentase KPU Kota Prabumulih yang menyampaikan Laporan Pertanggungjawaban Penggunaan Anggaran berbasis SIMONIKA yang tepat waktu dan valid",
    ),
    (
        "3355-5",
        "3355",
        "Persentase Pejabat Perbendaharaan yang menyelesaikan pertanggungjawaban penggunaan anggaran sesuai ketentuan",
    ),
    (
        "3355-6",
        "3355",
        "Persentase Satker yang menyelesaikan pembayaran gaji dan tunjangan pegawai tepat waktu",
    ),
    (
        "3360-1",
        "3360",
        "Jumlah rancangan Peraturan KPU/Keputusan KPU tentang kearsipan yang telah disusun",
    ),
    (
        "3360-2",
        "3360",
        "Persentase KPU Kota Prabumulih yang patuh dan tertib dalam pengelolaan Barang Milik Negara",
    ),
    (
        "3360-3",
        "3360",
        "Persentase gangguan keamanan dalam lingkungan KPU Kota Prabumulih yang dapat ditanggulangi",
    ),
    (
        "3360-4",
        "3360",
        "Persentase ruangan rapat yang digunakan tidak ada yang bersamaan dalam waktu dan tempat",
    ),
    (
        "3360-5",
        "3360",
        "Persentase sarana transportasi untuk mendukung kinerja pegawai yang berfungsi dengan baik",
    ),
    (
        "3360-6",
        "3360",
        "Jumlah laporan Barang Milik Negara (BMN) berdasarkan SIMAK BMN yang datanya sesuai dengan data SAK",
    ),
    (
        "3360-7",
        "3360",
        "Persentase hasil rapat pleno yang ditindaklanjuti paling lambat 4 (empat) hari kerja",
    ),
    (
        "3360-8",
        "3360",
        "Persentase KPU Kota Prabumulih yang mengelola arsip inaktif sesuai aturan kearsipan",
    ),
    (
        "3360-9",
        "3360",
        "Persentase fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik",
    ),
    (
        "3360-10",
        "3360",
        "Persentase gedung dan gudang KPU Kota Prabumulih yang berfungsi dengan baik",
    ),
    (
        "3360-11",
        "3360",
        "Persentase Penginputan Administrasi Kepegawaian ASN Sekretariat KPU Kota Prabumulih sesuai regulasi dan tepat waktu",
    ),
    ("6639-1", "6639", "Persentase Tahapan Pemilihan Tahun 2024 yang dilaksanakan"),
]


def _group(nomor, sasaran, kegiatan, rows):
    """Expand a printed group into table rows: rows are (indikator, target[, printed text])."""
    expanded = []
    for position, row in enumerate(rows):
        kode, target = row[0], row[1]
        expanded.append(
            {
                "nomor": nomor if position == 0 else "",
                "sasaran": sasaran,
                "kegiatan": kegiatan,
                "indikator": kode,
                "target": target,
                "teks": row[2] if len(row) > 2 else None,
            }
        )
    return expanded


S_6709 = "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggara Pemilu (6709)"
S_6867 = "Pembentukan Badan Adhoc (6867)"
S_6870 = "Masa Kampanye Pemilu (6870)"
S_6871 = "Pengelolaan, Pengadaan, Laporan, dan Dokumentasi Logistik (6871)"
S_6872 = "Pemungutan dan Penghitungan Suara (6872)"
S_6981 = "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden serta Anggota DPR, DPD, DPRD Provinsi, dan DPRD Kabupaten/Kota (6981)"
S_3355 = "Pengelolaan Keuangan dan Barang Milik Negara (3355)"
S_3360 = "Operasional Perkantoran dan Dukungan Sarana Prasarana (3360)"

# BAB II.C Rencana Kinerja Tahunan 2024. The printed numbering repeats "8." and has no kegiatan
# code on the last group (BAB III names it 6639). Group 7 is printed "Persiapan Hasil Pemilu".
RKT_SUMBER = "BAB II.C"
RKT_2024 = [
    *_group("1.", S_6709, "6709", [("6709-1", "95"), ("6709-2", "95"), ("6709-3", "90")]),
    *_group(
        "2.",
        S_6867,
        "6867",
        [("6867-1", "100"), ("6867-2", "100"), ("6867-3", "100"), ("6867-4", "100")],
    ),
    *_group(
        "3.",
        S_6870,
        "6870",
        [("6870-1", "95"), ("6870-2", "95"), ("6870-3", "100"), ("6870-4", "100")],
    ),
    *_group(
        "4.",
        S_6871,
        "6871",
        [
            ("6871-1", "100"),
            ("6871-2", "100"),
            ("6871-3", "95"),
            ("6871-4", "95", "Persentase pendokumentasian logistik Pemilu dengan baik"),
        ],
    ),
    *_group("5.", S_6872, "6872", [("6872-1", "90"), ("6872-2", "95"), ("6872-3", "90")]),
    *_group("6.", S_6981, "6981", [("6981-1", "100")]),
    *_group("7.", "Persiapan Hasil Pemilu (6982)", "6982", [("6982-1", "100")]),
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
        "8.",
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
        ],
    ),
    *_group("9", "Teknis Penyelenggaraan Pemilu/Pemilihan", "6639", [("6639-1", "100")]),
]

# BAB II.D "Perjanjian Kinerja Tahun 2024" restates the PK, but its lines are the RKT's, not
# those of the signed PK in the Lampiran (6867, 6981, 6982, 3360 and group 10 differ). Kept as
# stated targets.
BAB_II_D_SUMBER = "BAB II.D"
BAB_II_D = [
    *_group(
        "1.",
        "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggara Pemilu (6709)",
        "6709",
        [("6709-1", "95"), ("6709-2", "95"), ("6709-3", "90")],
    ),
    *_group(
        "2.",
        S_6867,
        "6867",
        [("6867-1", "100"), ("6867-2", "100"), ("6867-3", "100"), ("6867-4", "100")],
    ),
    *_group(
        "3.",
        S_6870,
        "6870",
        [("6870-1", "95"), ("6870-2", "95"), ("6870-3", "100"), ("6870-4", "100")],
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
            ("6871-4", "95", "Persentase pendokumentasian logistik Pemilu/Pemilihan dengan baik"),
        ],
    ),
    *_group("5.", S_6872, "6872", [("6872-1", "90"), ("6872-2", "95"), ("6872-3", "90")]),
    *_group("6.", S_6981, "6981", [("6981-1", "100")]),
    *_group(
        "7.",
        "Penetapan Hasil Pemilu (6982)",
        "6982",
        [("6982-1", "100", "Persentase persiapan logistik dan penetapan hasil Pemilu/Pemilihan")],
    ),
    *_group(
        "8.",
        S_3355,
        "3355",
        [
            ("3355-1", "90"),
            ("3355-2", "95"),
            ("3355-3", "100"),
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
        ],
    ),
    *_group("10.", "Teknis Penyelenggaraan Pemilu/Pemilihan", "6639", [("6639-1", "100")]),
]
