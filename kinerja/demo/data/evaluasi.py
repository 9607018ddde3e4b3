"""BAB IV of the 2024 LKjIP: hambatan and upaya (21 rows), the 6M efficiency table and the
conclusion table, as published (typing errors included)."""

HAMBATAN_SUMBER = "BAB IV.B dan IV.C"

# (nomor, aspek, kegiatan, hambatan, keterangan, hambatan as printed in the upaya table when it
#  differs, upaya)
HAMBATAN = [
    (
        1,
        "Kegiatan koordinasi dengan para pihak terkait yang terlaksana",
        None,
        "Terkadang jadwal audiensi atau koordinasi dengan dinas/instansi terkait mengalami perubahan dikarenakan kegiatan yang urgen atau adanya agenda yang tidak dapat digeser",
        "Koordinasi dengan Pemerintah Kota Prabumulih",
        "",
        "Koordinasi dengan Pemerintah Kota Prabumulih, Forkopimda, Bawaslu, PPK, PPS, KPU Provinsi, KPU RI dalam bentuk audiensi, FGD, dan zoom meeting",
    ),
    (
        2,
        "Keputusan KPU Kota Prabumulih yang disusun dengan tepat waktu sesuai dengan Kerangka Regulasi KPU",
        None,
        "Keputusan KPU Kota Prabumulih harus menunggu regulasi atau instruksi dari KPU RI atau KPU Provinsi Sumatera Selatan",
        "Regulasi terkait tahapan Pemilu dan operasional perkantoran",
        "",
        "Berkonsultasi dengan KPU Provinsi Sumatera Selatan terkait regulasi tahapan Pemilu dan operasional perkantoran baik tatap muka maupun via WA dan zoom meeting",
    ),
    (
        3,
        "Informasi mengenai partai politik yang mutakhir dan dipublikasikan pada publik",
        None,
        "Aplikasi SIPOL mengalami maintenance, admin/LO parpol yang belum mengupdate data parpol ke aplikasi SIPOL, dan warga yang belum mengetahui cara memeriksa apakah masuk anggota parpol atau tidak",
        "Maintenance, update versi, dan error",
        "",
        "Meminta petunjuk dari operator SIPOL KPU Provinsi Sumatera terkait permasalahan penggunaan aplikasi SIPOL\n"
        "Mensosialisasikan melalui media sosial KPU Kota Prabumulih\n"
        "Memandu secara langsung bagi warga yang melapor ke kantor KPU Kota Prabumulih",
    ),
    (
        4,
        "Nilai akuntabilitas kinerja",
        None,
        "Belum lengkapnya evidence yang dikirim pada LKE-SAKIP, bimtek atau rakor yang masih terbatas terkait pengisian LKE-SAKIP, dan kurangnya pemahaman masing-masing Subbagian dalam pemenuhan evidence LKE-SAKIP",
        "Capaian tahun 2023 memperoleh nilai 71,2 dengan predikat B, diharapkan tahun 2024 memperoleh nilai diatas 70 dengan predikat B sehingga memberikan kontribusi LKE-SAKIP KPU secara keseluruhan",
        "",
        "Memperbaiki bukti dukung/evidence yang belum lengkap berkaca dari tahun 2023 sehingga diharapkan tahun 2024 memperoleh nilai diatas 70 dengan predikat B dan memberikan kontribusi LKE-SAKIP KPU secara keseluruhan\n"
        "Melakukan evaluasi penyusunan LKE-SAKIP dengan melakukan rapat pleno dan upaya perbaikan masing-masing Subbagian",
    ),
    (
        5,
        "Opini BPK dan LHP",
        None,
        "LPJ Badan Adhoc tidak disampaikan tepat waktu, nota pembelian yang belum dicap, keliru pencatatan keuangan",
        "Target WTP",
        "",
        "Memberikan bimtek dan jemput bola ke Sekretariat PPK atau PPS yang mengalami kendala dalam penyusunan LPJ atau bahkan keterlambatan pengumpulannya ke KPU Kota Prabumulih",
    ),
    (
        6,
        "Nilai keterbukaan informasi publik",
        None,
        "Tidak semua warga mengakses e-PPID dan medsos KPU Kota Prabumulih, masih banyak yang datang langsung ke kantor dalam permintaan data",
        "Target diatas 90",
        "",
        "Aktif menggunakan media sosial untuk mensosialisasikan bahwa informasi Kepemiluan sudah dapat diakses melalui e-PPID atau website, instagram, tiktok, facebook, youtube KPU Kota Prabumulih",
    ),
    (
        7,
        "Kegiatan pendidikan pemilih yang terlaksana",
        None,
        "Belum secara massif ke semua segmen karena padatnya jadwal tahapan Pemilu dan Pemilihan Tahun 2024",
        "Pendidikan pemilih lebih banyak dilakukan dalam wujud Sekolah Demokrasi dan P5 dari pihak SMP/SMA",
        "",
        "Pendidikan pemilih dilakukan dalam wujud Sekolah Demokrasi, P5 tingkat SMP/SMA, dan Pemilihan Ketua OSIS menggunakan e-voting\n"
        "Menggunakan podcast KPU Kota Prabumulih dalam memberikan materi pendidikan pemilih",
    ),
    (
        8,
        "Kegiatan pengelolaan dan pengembangan RPP yang terlaksana",
        None,
        "Belum banyaknya kunjungan ke RPP terkait pengetahuan Kepemiluan",
        "Sarana prasarana masih diperlukan update",
        "",
        "Perbaikan dan penambahan sarana prasarana RPP seperti meubelair, infokus, dan penambahan koleksi buku Kepemiluan",
    ),
    (
        9,
        "Pemilih yang berhak memilih tetapi tidak masuk dalam Daftar Pemilih Tetap",
        None,
        "Masih ada warga yang masuk dalam Daftar Pemilih Khusus (DPK) pada Pemilu dan Pemilihan Tahun 2024",
        "Target dibawah 1%",
        "",
        "Memastikan Pantarlih telah mendata dengan benar sehingga pemilih di wilayahnya terdaftar sejak DPS\n"
        "Melibatkan PPK dan PPS dalam menyisir warga yang belum terdaftar sebagai pemilih pada Pemilu Tahun 2024\n"
        "Berkoordinasi dengan Disdukcapil Kota Prabumulih terkait data warga 17 tahun pada hari H pemungutan",
    ),
    (
        10,
        "KPU Kota Prabumulih, PPK, PPS dan KPPS yang menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku",
        None,
        "Adanya tahapan tertentu yang mengharuskan standby sampai jam 23.59 seperti layanan pindah memilih H-30 dan H-7, dan",
        "Berlaku untuk KPU Kota Prabumulih, PPK, PPS, dan KPPS",
        "Adanya tahapan tertentu yang mengharuskan standby sampai jam 23.59 seperti pencalonan dan layanan pindah memilih H-30 dan H-7, dan",
        "Menyiapkan stamina dengan mengkonsumsi multivitamin\n"
        "Memprioritaskan laki-laki untuk standby dibandingkan perempuan\n"
        "Membagi shift pagi dan siang untuk perempuan, dan malam untuk laki-laki",
    ),
    (
        11,
        "KPU Kota Prabumulih, PPK, PPS dan KPPS yang melaksanakan Pemilu/Pemilihan yang aman dan damai",
        None,
        "Adanya gesekan antara PPK dengan Panwascam, PPS dengan PKD, dan KPU Kota Prabumulih dengan Bawaslu Kota Prabumulih",
        "Perbedaan pemahaman regulasi",
        "",
        "FGD dan rakor dengan Bawaslu beserta jajarannya untuk mendapatkan pemahaman yang sama terkait data yang dapat diberikan dan mana data yang tidak dapat diberikan seperti by name by NIK by address di DPS, DPSHP, dan DPT",
    ),
    (
        12,
        "Sengketa hukum yang dimenangkan KPU",
        None,
        "Tidak ada gugatan atau sengketa hukum di tahun 2024",
        "Nihil",
        "Tidak ada gugatan atau sengketa hukum di tahun 2023",
        "Mempertahankan suasana kondusif yang selama ini terjaga baik",
    ),
    (
        13,
        "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggara Pemilu",
        "6709",
        "Adanya revisi baik POK KPU Kota Prabumulih maupun revisi DJA oleh KPU RI",
        "Dibutuhkan waktu yang tidak sebentar terkait revisi anggaran",
        "",
        "Segera melakukan revisi POK sebelum dan sesudah KPU RI melakukan revisi pusat",
    ),
    (
        14,
        "Pendaftaran dan Verifikasi Peserta Pemilu",
        None,
        "Warga merasa tidak pernah menjadi anggota parpol tertentu, tidak lengkapnya data bacalon legislatif, verifikasi tidak dilakukan metode sampling",
        "Pencatutan data warga sebagai anggota parpol, dan kewajiban verifikasi keanggotaan secara menyeluruh",
        "Warga merasa tidak pernah menjadi anggota parpol tertentu, tidak lengkapnya data bacalon legislative, verifikasi tidak dilakukan metode sampling",
        "Memfasilitasi Surat Klarifikasi bukan anggota parpol,\n"
        "melakukan verifikasi keanggotaan dengan sungguh-sungguh door to door",
    ),
    (
        15,
        "Pembentukan Adhoc Badan",
        "6867",
        "Terjadinya PAW baik PPK, PPS maupun KPPS, dan tidak lengkapnya data pendaftaran badan adhoc",
        "Proses membutuhkan serangkaian kegiatan mulai dari klarifikasi, pemanggilan calon PAW, dan pelantikan",
        "",
        "Melakukan proses klarifikasi, pemanggilan calon PAW, dan pelantikan/pengambilan sumpah\n"
        "Memastikan bahwa PAW nantinya akan menyelesaikan sampai akhir masa jabatan sehingga tidak akan terjadi PAW kembali",
    ),
    (
        16,
        "Masa Kampanye Pemilu",
        "6870",
        "Banyak parpol dan calon yang memasang APK bukan di tempat yang diperbolehkan",
        "Pemasangan APK di pohon dan menghalangi jalan",
        "",
        "Bekoordinasi dengan Bawaslu dan Satpol-PP terkait APK yang melanggar ketentuan",
    ),
    (
        17,
        "Pengelolaan, Pengadaan, Laporan, dan Dokumentasi Logistik",
        "6871",
        "Pengadaan yang kurang dari KPU Provinsi sering terlambat memenuhannya, kekeliruan jumlah logistik, belum menginput dalam aplikasi SILOG",
        "Pengadaan logistik Pemilu dan Pemilihan seperti plano dan formulir",
        "Pengadaan yang kurang dari KPU Provinsi sering terlambat pemenuhannya, kekeliruan jumlah logistik, belum menginput dalam aplikasi SILOG",
        "Melakukan pengadaan logistik Pemilu yang dapat dilakukan pemenuhannya oleh KPU Kota Prabumulih seperti plano dan formulir\n"
        "Membuat BA kekurangan logistik dan menginputnya ke aplikasi SILOG",
    ),
    (
        18,
        "Pemungutan dan Penghitungan Suara",
        "6872",
        "Simulasi yang kurang selama tahun 2024",
        "Minimnya anggaran untuk simulasi",
        "",
        "Melakukan simulasi tungsura ke PPK, PPS sampai KPPS dan stake holder menggunakan anggaran sosialisasi",
    ),
    (
        19,
        "Pengelolaan Keuangan dan Barang Milik Negara",
        "3355",
        "Pengelolaan laporan keuangan terkendala belum terinput dalam SAKTI, dan barang ke SIMAK BMN",
        "SAKTI dan SIMAK BMN",
        "",
        "Melakukan pelatihan mandiri terkait aplikasi SAKTI dan SIMAK BMN\n"
        "Regenerasi operator SAKTI dan aplikasi keuangan lainnya",
    ),
    (
        20,
        "Operasional Perkantoran dan Dukungan Sarana Prasarana",
        "3360",
        "Pemeliharaan kendaraan bermotor yang masih perlu ditambah",
        "Adanya kendaraan yang berumur diatas 10 tahun baik motor maupun mobil",
        "",
        "Mengoptimalkan kendaraan yang ada dengan perawatan berkala",
    ),
    (
        21,
        "Pengelolaan Data dan Informasi",
        None,
        "Aplikasi terkendala jaringan error atau adanya maintenance",
        "Listrik padam dan update aplikasi",
        "",
        "Menggunakan kuota internet bilamana dibutuhkan pengiriman data segera",
    ),
]

# BAB IV.D Efisiensi Penggunaan Sumber Daya (6M).
EFISIENSI = [
    (
        1,
        "Man (Manusia)",
        "Tiap Kasubbag minimal didampingi oleh 2 staf\nLatar belakang pendidikan yang mumpuni",
    ),
    (2, "Money (Uang)", "Anggaran dilakukan seefisien mungkin mengikuti SBM yang berlaku"),
    (3, "Material (Fisik)", "Kantor KPU Kota Prabumulih sudah memadai sarana dan prasarananya"),
    (
        4,
        "Machine (Teknologi)",
        "Penggunaan aplikasi sehingga memangkas waktu pengerjaan seperti SILOG, SIDALIH, SILON, SIDAKAM, dsb",
    ),
    (5, "Method (Metode)", "Metode baik itu tatap muka ataupun aplikasi"),
    (
        6,
        "Market (Pemasaran/Promosi)",
        "Media sosial KPU Kota Prabumulih sangat beragam dan dapat diakses masyarakat melalui channel youtube, tiktok, instagram, facebook, website, dan e-PPID",
    ),
]

# BAB IV.E Kesimpulan.
KESIMPULAN = [
    (
        1,
        "Sumber Daya Manusia",
        "ASN bekerja sesuai tupoksi dan Subbagian masing-masing",
        "ASN telah memahami dan menjalankan tupoksinya masing-masing",
    ),
    (2, "Penyerapan Anggaran", "Serapan anggaran mencapai 98,17%", "Melebihi target sebesar 95%"),
    (3, "Peningkatan Nilai SAKIP", "Perbaikan Data Dukung/Evidence", "Target diatas 70%"),
    (
        4,
        "Tahapan Pemilu dan Pemilihan",
        "Mempedomani Peraturan KPU Nomor 3 Tahun 2022 tentang Tahapan Pemilu Tahun 2024",
        "Sudah sesuai timeline yang ditetapkan",
    ),
    (
        5,
        "Operasional Perkantoran",
        "Terpenuhinya sarana prasarana penunjang",
        "Akan diteruskan pemenuhannya di tahun-tahun berikutnya",
    ),
    (
        6,
        "Sengketa dan Gugatan Pemilu dan Pemilihan",
        "Tidak adanya gugatan atau sengketa Pemilu dan Pemilihan tahun 2024",
        "Nihi;",
    ),
]
