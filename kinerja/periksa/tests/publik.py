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
