"""Small fixtures written from the published figures of other bodies' performance reports
(issue #12 §3), each as plain text in the LKjIP layout. The sentences are ours; the figures,
names and years are the source's. What each holds that is wrong, and what is right, is stated
beside it; an error not in the source is marked "injected".

Sources (read through public copies of the documents):

- KEDIRI: LKjIP Dinas Kesehatan Kabupaten Kediri Tahun 2017,
  https://id.scribd.com/document/427651941/83056Laporan-Kinerja-Instansi-Pemerintah-LKjIP-Tahun-2017
  — its preface calls the report "LKjIP Tahun 2016" for "Tahun Anggran 2016" while every page
  says "LKJiP … Tahun 2017"; it is signed by the head of the Dinas, NIP 19621112 198903 1 017.
- KESGA: LAKIP Direktorat Kesehatan Keluarga (Kementerian Kesehatan) 2017,
  https://123dok.com/document/ydvn1ogy-lakip-kesga-final.html — every indicator met its target
  except "Buku KIA yang dicetak dan didistribusikan", 2,5 million books of a target of 5
  million; DIPA absorption 96,83%.
"""

KEDIRI = """LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS KESEHATAN KABUPATEN KEDIRI
TAHUN 2017

KATA PENGANTAR

{pengantar}

Kepala Dinas Kesehatan Kabupaten Kediri

Nama : dr. Adi Laksono, MMRS
NIP : 19621112 198903 1 017

BAB I

PENDAHULUAN

Dinas Kesehatan Kabupaten Kediri melaksanakan urusan pemerintahan daerah di bidang kesehatan.
""".format(
    pengantar=(
        "Laporan Kinerja Dinas Kesehatan Kabupaten Kediri disusun sebagai pertanggungjawaban "
        "atas kinerja pada Tahun Anggran 2016, sesuai Peraturan Presiden Nomor 29 Tahun 2014 "
        "dan Peraturan Menteri PANRB Nomor 53 Tahun 2014."
    )
)

# Known: the preface's "Tahun Anggran 2016" in the 2017 report (from the source). Right: the
# NIP 19621112 198903 1 017 (born 12 November 1962, appointed March 1989).
KEDIRI_DIHARAPKAN = {("tahun-anggaran-lain", "Tahun Anggran 2016")}

KESGA = """LAPORAN KINERJA
DIREKTORAT KESEHATAN KELUARGA
TAHUN 2017

IKHTISAR EKSEKUTIF

{ikhtisar}

BAB III

AKUNTABILITAS KINERJA

A. Capaian Kinerja

Indikator Kinerja\tTarget\tRealisasi\tCapaian (%)
Sasaran 1. Meningkatnya kesehatan keluarga\t\t\t
Buku KIA yang dicetak dan didistribusikan\t5.000.000\t2.500.000\t{capaian}

BAB IV

PENUTUP

{penutup}
"""

# Right (from the source): 2.500.000 of 5.000.000 is 50,00%, and "semua indikator … kecuali
# Buku KIA" claims nothing false. Injected: "seluruh target tercapai" in BAB IV, and 5,00
# typed for 50,00.
_IKHTISAR = (
    "Semua indikator dapat mencapai target yang telah ditetapkan kecuali pada indikator Buku "
    "KIA yang dicetak dan didistribusikan. Serapan DIPA mencapai 96,83%."
)
KESGA_BENAR = KESGA.format(
    ikhtisar=_IKHTISAR, capaian="50,00", penutup="Capaian kinerja telah dianalisis."
)
KESGA_SALAH = KESGA.format(
    ikhtisar=_IKHTISAR,
    capaian="5,00",
    penutup="Dengan demikian seluruh target tercapai pada tahun 2017.",
)
KESGA_DIHARAPKAN = {
    ("capaian-tercatat-salah", "5,00%"),
    ("klaim-target-tercapai", "semua indikator tercapai"),
}

# Laporan Kinerja Kecamatan Pilangkenceng, Kabupaten Madiun, Tahun 2022,
# https://id.scribd.com/document/716789547/Laporan-Kinerja-2022-Kec-Pilangkenceng — its
# preface calls the 2022 report the third year of the Renstra 2018-2023 (it is the fifth);
# the cover prints the year reported (2022) and the year of publication (2023).
PILANGKENCENG = """LAPORAN KINERJA
KECAMATAN PILANGKENCENG
KABUPATEN MADIUN
TAHUN 2022
KECAMATAN PILANGKENCENG
TAHUN 2023

KATA PENGANTAR

{pengantar}

BAB I

PENDAHULUAN

Kecamatan Pilangkenceng melaksanakan sebagian urusan pemerintahan daerah di Kabupaten Madiun.
""".format(
    pengantar=(
        "Laporan Kinerja Kecamatan Pilangkenceng merupakan pertanggungjawaban atas pencapaian "
        "tujuan dan sasaran strategis Tahun 2022. Laporan Kinerja ini merupakan tahun ketiga "
        "pelaksanaan Rencana Strategis Kecamatan Pilangkenceng Tahun 2018-2023."
    )
)
# Known (from the source): "tahun ketiga" for the fifth year. Right: the report's year is 2022,
# not the 2023 of publication.
PILANGKENCENG_DIHARAPKAN = {("tahun-renstra-ke", "tahun ke-3")}

# LKjIP Kecamatan Karanglewas, Kabupaten Banyumas, Tahun 2025,
# https://raw.githubusercontent.com/januwarby/pustaka-data/master/ebooks/lkjip2025.pdf — its
# cover names the body above the title and prints the year of publication (2026) alone.
KARANGLEWAS = """KECAMATAN KARANGLEWAS
KABUPATEN BANYUMAS
2026
LAPORAN KINERJA
INSTANSI PEMERINTAH
(LKjIP)
TAHUN 2025

KATA PENGANTAR

{pengantar}
""".format(
    pengantar=(
        "Puji syukur kami panjatkan atas selesainya penyusunan Laporan Kinerja Instansi "
        "Pemerintah (LKjIP) Kecamatan Karanglewas Kabupaten Banyumas Tahun 2025, berdasarkan "
        "Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun "
        "2014."
    )
)
# Right: the year 2025 (not 2026), the body above the title; the 2014 regulations are the
# basis of the reporting, not of a plan, and are not flagged.

# Laporan Kinerja (LKj) Sekretariat KPU Provinsi Kalimantan Timur Tahun 2020,
# https://id.scribd.com/document/623083319/Lkj-2020-Kaltim-Sekretariat — the Ringkasan
# Eksekutif's table of indicators by kegiatan (3355, 3356), the counts printed with their unit
# ("2 Lap"); every indicator shown at 100%. Its cover prints the year split over two lines
# ("20" / "20") and the body's name over three.
KALTIM = """20
20
LAPORAN KINERJA (LKj)
SEKRETARIAT
KPU PROVINSI KALIMANTAN
TIMUR

RINGKASAN EKSEKUTIF

{ringkasan}

Indikator Kinerja Utama\tKinerja\t\t\tKategori
\tTarget\tRealisasi\tCapaian\t
KEGIATAN 3355: Pelaksanaan Akuntabilitas Pengelolaan Administrasi Keuangan di Lingkungan Setjen KPU\t\t\t\t
Persentase meningkatnya kapasitas pengetahuan/pemahaman para pejabat perbendaharaan pada KPU, KPU Provinsi dan KPU Kabupaten/Kota dalam pengelolaan keuangan\t80%\t80%\t100%\tBerhasil
Jumlah laporan sistem akuntansi dan pelaporan keuangan\t2 Lap\t2 Lap\t100%\tBerhasil
Jumlah KPU Provinsi dan Kab/Kota yang menyampaikan laporan pertanggungjawaban penggunaan anggaran (e-LPPA) tepat waktu\t11 Lap\t{elppa} Lap\t100%\tBerhasil
Jumlah KPU Kab/Kota yang menyampaikan laporan evaluasi penggunaan dana anggaran hibah pemilihan\t9 Lap\t9 Lap\t100%\tBerhasil
KEGIATAN 3356: Fasilitasi Pengelolaan Data, Dokumentasi, Pengadaan, Pendistribusian, Pemeliharaan dan Inventarisasi Logistik Pemilu\t\t\t\t
Persentase pola pengelolaan logistik Pemilu di tingkat satker\t80%\t80%\t100%\tBerhasil

{penutup}
"""  # noqa: E501 — a table row is one line of the text format
_RINGKASAN = (
    "Sekretariat Komisi Pemilihan Umum Provinsi Kalimantan Timur menyusun Laporan Kinerja "
    "(LKj) Tahun 2020 sebagai pertanggungjawaban kinerja kepada publik. Capaian sasaran "
    "strategisnya sebagai berikut:"
)
# Right (from the source): 80/80, 2/2, 11/11 and 9/9 are 100%; the year is 2020 though the
# cover prints "20" over "20"; a count with its unit ("9 Lap") is a figure. Injected: 10 of
# the 11 e-LPPA reports with the 100% left as it was (10/11 = 90,91%), and "semua target
# tercapai" after it.
KALTIM_BENAR = KALTIM.format(
    ringkasan=_RINGKASAN, elppa="11", penutup="Capaian tersebut dianalisis pada BAB III."
)
KALTIM_SALAH = KALTIM.format(
    ringkasan=_RINGKASAN, elppa="10", penutup="Dengan demikian semua target tercapai."
)
KALTIM_DIHARAPKAN = {
    ("capaian-tercatat-salah", "100,00%"),
    ("klaim-target-tercapai", "semua indikator tercapai"),
}
