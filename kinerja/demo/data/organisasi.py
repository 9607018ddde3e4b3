"""Organisation of Sekretariat KPU Kota Prabumulih, from the 2024 Laporan Kinerja (LKjIP).

Every value is transcribed as published, typing errors included; where two parts of the
document disagree, both versions are kept with their source.
"""

import datetime

DOKUMEN = "LKjIP 2024 Sekretariat KPU Kota Prabumulih"

# The two satker above Prabumulih are structural: the report names them (KPU RI, KPU Provinsi
# Sumatera Selatan) but gives no data about them, not even their cities.
SATKER_INDUK = [
    {
        "slug": "kpu-ri",
        "nama": "KPU RI",
        "nama_lengkap": "Komisi Pemilihan Umum Republik Indonesia",
        "tingkat": "pusat",
        "kota": "",
        "alamat": "",
        "parent": None,
    },
    {
        "slug": "kpu-provinsi-sumatera-selatan",
        "nama": "KPU Provinsi Sumatera Selatan",
        "nama_lengkap": "Komisi Pemilihan Umum Provinsi Sumatera Selatan",
        "tingkat": "provinsi",
        "kota": "",
        "alamat": "",
        "parent": "kpu-ri",
    },
]

SATKER = {
    "slug": "kpu-kota-prabumulih",
    "nama": "KPU Kota Prabumulih",
    "nama_lengkap": "Sekretariat Komisi Pemilihan Umum Kota Prabumulih",
    "tingkat": "kabupaten_kota",
    "kota": "Prabumulih",
    "alamat": "Jl. Jend. A. Yani No.09, Prabu Jaya, Kec. Prabumulih Timur., Kota Prabumulih, "
    "Sumatera Selatan 31113",
    "parent": "kpu-provinsi-sumatera-selatan",
}

# Units are named as in the 2024 PKs; BAB I.C.2 names two of them differently.
UNIT = [
    {
        "kunci": "keuangan",
        "urutan": 1,
        "nama": "Subbagian Keuangan, Umum dan Logistik",
        "nama_lain": "",
        "nama_lain_sumber": "",
        "tugas": "Subbagian Keuangan, Umum dan Logistik mempunyai tugas melakukan analisis dan penyiapan pelaksanaan pengelolaan keuangan, perlengkapan dan rumah tangga, umum dan logistik Pemilu dan Pemilihan di lingkungan KPU Kota Prabumulih.",
    },
    {
        "kunci": "teknis",
        "urutan": 2,
        "nama": "Subbagian Teknis Penyelenggaraan, Partisipasi dan Hubungan Masyarakat",
        "nama_lain": "Subbagian Teknis Penyelenggaraan Pemilu dan Hukum",
        "nama_lain_sumber": "BAB I.C.2",
        "tugas": "Subbagian Teknis Penyelenggaraan Pemilu dan Hukum mempunyai tugas melakukan analisis dan penyiapan teknis penyelenggaraan Pemilu dan Pemilihan, serta melakukan analisis dan penyiapan pelaksanaan penyusunan dan pengkajian produk hukum, pemberian advokasi dan pendapat hukum, fasilitasi penyelesaian sengketa Pemilu dan Pemilihan di lingkungan KPU Kota Prabumulih.",
    },
    {
        "kunci": "perencanaan",
        "urutan": 3,
        "nama": "Subbagian Perencanaan, Data dan Informasi",
        "nama_lain": "",
        "nama_lain_sumber": "",
        "tugas": "Subbagian Perencanaan, Data dan Informasi mempunyai tugas melakukan analisis dan penyiapan penyusunan rencana, program dan anggaran, serta pengelolaan data dan informasi di lingkungan KPU Kota Prabumulih.",
    },
    {
        "kunci": "hukum_sdm",
        "urutan": 4,
        "nama": "Subbagian Hukum dan Sumber Daya Manusia",
        "nama_lain": "Subbagian Sumber Daya Manusia dan Parmas",
        "nama_lain_sumber": "BAB I.C.2",
        "tugas": "Subbagian Sumber Daya Manusia dan Parmas mempunyai tugas pengelolaan sumber daya manusia dan peningkatan partisipasi masyarakat di lingkungan KPU Kota Prabumulih.",
    },
]

# Tabel 1 Pembagian Jabatan dan Koordinator Wilayah.
ANGGOTA = [
    {
        "nomor_urut": 1,
        "nama": "Marta Dinata",
        "is_ketua": True,
        "jabatan": "Ketua merangkap Divisi Keuangan, Umum, Logistik dan Rumah Tangga",
        "divisi": "Divisi Keuangan, Umum, Logistik dan Rumah Tangga",
        "korwil_kecamatan": "Prabumulih Selatan dan Rambang Kapak Tengah",
    },
    {
        "nomor_urut": 2,
        "nama": "Resa Amilia",
        "is_ketua": False,
        "jabatan": "Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat, dan Sumber Daya Manusia",
        "divisi": "Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat, dan Sumber Daya Manusia",
        "korwil_kecamatan": "Prabumulih Barat",
    },
    {
        "nomor_urut": 3,
        "nama": "Vini Nurtawilia",
        "is_ketua": False,
        "jabatan": "Divisi Perencanaan, Data, dan Informasi",
        "divisi": "Divisi Perencanaan, Data, dan Informasi",
        "korwil_kecamatan": "Prabumulih Utara",
    },
    {
        "nomor_urut": 4,
        "nama": "Marjuansyah",
        "is_ketua": False,
        "jabatan": "Divisi Teknis Penyelenggaraan",
        "divisi": "Divisi Teknis Penyelenggaraan",
        "korwil_kecamatan": "Prabumulih Timur",
    },
    {
        "nomor_urut": 5,
        "nama": "Agus Salim",
        "is_ketua": False,
        "jabatan": "Divisi Hukum dan Pengawasan",
        "divisi": "Divisi Hukum dan Pengawasan",
        "korwil_kecamatan": "Cambai",
    },
]

TABEL_2 = "Tabel 2"
TABEL_3 = "Tabel 3"
PK_SUMBER_NIP = "Perjanjian Kinerja 2024 (lampiran)"

# Tabel 2 "Pegawai Negeri Sipil (PNS)" lists the four PPPK too (their jabatan column says PPPK).
# NIPs are not in Tabel 2: the four Kasubbag NIPs come from their signed PKs, and are valid.
# The Sekretaris' NIP is printed as "19780429 2009021 1 003" (19 digits) in every unit PK:
# it fails validation, so it is kept only as printed on those PKs.
PEGAWAI = [
    {
        "sumber": TABEL_2,
        "nomor_urut": 1,
        "nama": "Yasrin Abidin",
        "jenis": "PNS",
        "jabatan": "Sekretaris",
        "pangkat_golongan": "Pembina/ IV.a",
        "pendidikan": "S1",
        "diklat": "Penyidik PNS dan Penyelesaian PHPU",
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 2,
        "nama": "Abdul Aziz",
        "jenis": "PNS",
        "jabatan": "Kasubbag Perencanaan, Data dan Informasi",
        "pangkat_golongan": "Pembina / IV.a",
        "pendidikan": "S2",
        "diklat": "Pengadaan Barang dan Jasa",
        "unit": "perencanaan",
        "nip": "198307292009021004",
        "nip_sumber": PK_SUMBER_NIP,
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 3,
        "nama": "Yudi Priambodo",
        "jenis": "PNS",
        "jabatan": "Kasubbag Teknis Pemilu dan Hukum",
        "pangkat_golongan": "Penata TK I / III d",
        "pendidikan": "S1",
        "diklat": "",
        "unit": "teknis",
        "nip": "197711022009021004",
        "nip_sumber": PK_SUMBER_NIP,
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 4,
        "nama": "Iis Sugianti",
        "jenis": "PNS",
        "jabatan": "Kasubbag Keuangan, Umum dan Logistik",
        "pangkat_golongan": "Penata TK I / III d",
        "pendidikan": "S1",
        "diklat": "",
        "unit": "keuangan",
        "nip": "197903142009102001",
        "nip_sumber": PK_SUMBER_NIP,
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 5,
        "nama": "Medial Aryansie",
        "jenis": "PNS",
        "jabatan": "Kasubbag SDM dan Parmas",
        "pangkat_golongan": "Penata TK I / III d",
        "pendidikan": "S1",
        "diklat": "",
        "unit": "hukum_sdm",
        "nip": "198505272009121005",
        "nip_sumber": PK_SUMBER_NIP,
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 6,
        "nama": "Syahrul Arifin",
        "jenis": "PNS",
        "jabatan": "Analisis Pengelolaan Keuangan APBN Ahli Muda",
        "pangkat_golongan": "Penata TK I / III d",
        "pendidikan": "S1",
        "diklat": "Pengadaan Barang dan Jasa dan Pelatihan Akuntansi Pemerintahan",
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 7,
        "nama": "Totok Hartoko",
        "jenis": "PNS",
        "jabatan": "Pranata Keuangan Penyelia",
        "pangkat_golongan": "Penata TK I / III d",
        "pendidikan": "S1",
        "diklat": "Sertifikasi Perbendaharaan",
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 8,
        "nama": "Nizar Patriot",
        "jenis": "PNS",
        "jabatan": "Staf",
        "pangkat_golongan": "Penata TK I / III d",
        "pendidikan": "S1",
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 9,
        "nama": "Sri Dewi Komala Sari",
        "jenis": "PNS",
        "jabatan": "Staf",
        "pangkat_golongan": "Penata TK I / III d",
        "pendidikan": "S1",
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 10,
        "nama": "Hendri",
        "jenis": "PNS",
        "jabatan": "Staf",
        "pangkat_golongan": "Penata TK I / III d",
        "pendidikan": "S1",
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 11,
        "nama": "Vemi Prima Tira",
        "jenis": "PNS",
        "jabatan": "Staf",
        "pangkat_golongan": "Penata TK I / III d",
        "pendidikan": "S1",
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 12,
        "nama": "Almei Satrian",
        "jenis": "PNS",
        "jabatan": "Staf",
        "pangkat_golongan": "Penata / III c",
        "pendidikan": "S1",
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 13,
        "nama": "Fedry Hasani",
        "jenis": "PNS",
        "jabatan": "Staf",
        "pangkat_golongan": "Pengatur TK I / II d",
        "pendidikan": "SMA",
    },
    {
        "sumber": TABEL_2,
        "nomor_urut": 14,
        "nama": "Meilisa Nurhayati",
        "jenis": "PNS",
        "jabatan": "Staf",
        "pangkat_golongan": "Pengatur TK I / II d",
        "pendidikan": "D3",
    },
    {"sumber": TABEL_2, "nomor_urut": 15, "nama": "Rio Sisworo", "jenis": "PPPK"},
    {"sumber": TABEL_2, "nomor_urut": 16, "nama": "Rian Sahputra", "jenis": "PPPK"},
    {"sumber": TABEL_2, "nomor_urut": 17, "nama": "Fahmi Junianto", "jenis": "PPPK"},
    {"sumber": TABEL_2, "nomor_urut": 18, "nama": "Jomi Supriadi", "jenis": "PPPK"},
    # Tabel 3 PPNPN. "Amir Mahmud" is listed twice (no. 1 and no. 9) with different formasi.
    {
        "sumber": TABEL_3,
        "nomor_urut": 1,
        "nama": "Amir Mahmud",
        "jenis": "PPNPN",
        "formasi": "Satuan Pengamanan",
        "pendidikan": "SMA",
    },
    {
        "sumber": TABEL_3,
        "nomor_urut": 2,
        "nama": "Dodi Septarida",
        "jenis": "PPNPN",
        "formasi": "Satuan Pengamanan",
        "pendidikan": "SMA",
    },
    {
        "sumber": TABEL_3,
        "nomor_urut": 3,
        "nama": "Dodiansyah AR",
        "jenis": "PPNPN",
        "formasi": "Satuan Pengamanan",
        "pendidikan": "SMA",
    },
    {
        "sumber": TABEL_3,
        "nomor_urut": 4,
        "nama": "Yusuf",
        "jenis": "PPNPN",
        "formasi": "Pramubakti",
        "pendidikan": "SMA",
    },
    {
        "sumber": TABEL_3,
        "nomor_urut": 5,
        "nama": "Rahman Bakas Triansyah",
        "jenis": "PPNPN",
        "formasi": "Tenaga Administrasi",
        "pendidikan": "SMA",
    },
    {
        "sumber": TABEL_3,
        "nomor_urut": 6,
        "nama": "Sella Aryanti",
        "jenis": "PPNPN",
        "formasi": "Operasional Teknis",
        "pendidikan": "S1",
    },
    {
        "sumber": TABEL_3,
        "nomor_urut": 7,
        "nama": "Amirah Naurah D",
        "jenis": "PPNPN",
        "formasi": "Tenaga Administrasi",
        "pendidikan": "SMA",
    },
    {
        "sumber": TABEL_3,
        "nomor_urut": 8,
        "nama": "Rachmawati Devi Enjelina",
        "jenis": "PPNPN",
        "formasi": "Tenaga Administrasi",
        "pendidikan": "D3",
    },
    {
        "sumber": TABEL_3,
        "nomor_urut": 9,
        "nama": "Amir Mahmud",
        "jenis": "PPNPN",
        "formasi": "Driver",
        "pendidikan": "SMA",
    },
    {
        "sumber": TABEL_3,
        "nomor_urut": 10,
        "nama": "Hamzah Khairul Umam",
        "jenis": "PPNPN",
        "formasi": "Pramubakti",
        "pendidikan": "SMA",
    },
]


# The head post's history (who signs the LKjIP on its date). The report names its Sekretaris,
# Yasrin Abidin (Tabel 2: Pembina/ IV.a), as first party of the PKs dated 25 Januari 2024 and
# as signer of the report dated 16 Januari 2025; it gives no start or end of the term.
# Demo assumption (docs/data-demo.md): the term runs from 1 Januari 2024 and has not ended.
RIWAYAT_JABATAN = [
    {
        "pegawai": (TABEL_2, 1),
        # As the PKs print it above the signature (the report's own block reads "Komisi
        # Pemilihan Umum Kota Prabumulih / Sekretaris").
        "jabatan": "Sekretaris Komisi Pemilihan Umum Kota Prabumulih",
        "kepala": True,
        "mulai": datetime.date(2024, 1, 1),
        "selesai": None,
        "pangkat_golongan": "Pembina/ IV.a",
        "sumber": f"{DOKUMEN}: Kata Pengantar dan Perjanjian Kinerja 2024 (pihak pertama)",
    }
]

# The report's own date and place as printed under its Kata Pengantar ("Prabumulih,
# 16 Januari 2025"); it prints no number. The place is the satker's town (left to default).
LAPORAN = {"tahun": 2024, "tanggal": datetime.date(2025, 1, 16), "tempat": "", "nomor": ""}
