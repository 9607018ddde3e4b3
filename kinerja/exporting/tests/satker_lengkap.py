"""A small satker holding one of each kind of stored row, with every optional field filled in:
stated serapan, period targets, written targets, qualitative realisations, components with their
sources, a chain of PK revisions, PK party links, a custom predicate scale, …"""

import datetime
import hashlib
import json
from decimal import Decimal

from django.core.files.base import ContentFile

from kinerja.agreements.models import AnggaranPerjanjian, PerjanjianKinerja
from kinerja.agreements.tests.factories import (
    BarisPerjanjianFactory,
    PerjanjianSatkerFactory,
    PerjanjianUnitFactory,
)
from kinerja.budgets.models import KRO, RO, Pagu, Program, RealisasiAnggaran
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.documents.isi import Dokumen, Gambar, Judul
from kinerja.documents.models import LaporanTahunan, LaporanTertandatangan, NaskahLaporan
from kinerja.documents.serial import ke_json, sidik
from kinerja.evaluation.models import CatatanReviu, EfisiensiSumberDaya, Kesimpulan
from kinerja.lke.models import (
    BuktiLke,
    EvaluasiLke,
    JawabanLke,
    KriteriaLke,
    SnapshotLke,
    VersiLembar,
)
from kinerja.lke.models_rekomendasi import (
    NarasiKomponen,
    PenandaTanganLhe,
    Rekomendasi,
    TindakLanjut,
)
from kinerja.lke.tests.builders import versi_terbit
from kinerja.measurement.models import (
    HambatanUpaya,
    NilaiTercatat,
    PengaturanPengukuran,
    PitaPredikat,
    Realisasi,
    SkalaPredikat,
)
from kinerja.organisations.models import Anggota, Pegawai, RiwayatJabatan
from kinerja.organisations.tests.factories import SatkerFactory, UnitFactory
from kinerja.planning.models import Misi, Renstra, SasaranStrategis, TargetPeriode, TargetTahunan
from kinerja.planning.models import Tujuan as TujuanRenstra
from kinerja.planning.tests.factories import BarisRKTFactory, IndikatorKinerjaFactory, RKTFactory
from kinerja.reporting.models import BuktiDukung, IsianRealisasi, LaporanRealisasi

SLUG = "kpu-kabupaten-lengkap"
TAHUN = 2025
D = Decimal
SIGNED = "ditandatangani"


def _organisasi():
    province = SatkerFactory(nama="KPU Provinsi Uji", slug="kpu-provinsi-uji", tingkat="provinsi")
    satker = SatkerFactory(
        nama="KPU Kabupaten Lengkap",
        slug=SLUG,
        parent=province,
        nama_lengkap="Sekretariat Komisi Pemilihan Umum Kabupaten Lengkap",
        kota="Lengkap",
        alamat="Jl. Pemilu No. 1",
    )
    umum = UnitFactory(
        satker=satker,
        nama="Subbagian Umum",
        urutan=1,
        tugas="Urusan umum dan logistik",
        nama_lain="Subbag Umum dan Logistik",
        nama_lain_sumber="SK Sekretaris 12/2025",
    )
    teknis = UnitFactory(satker=satker, nama="Subbagian Teknis", urutan=2)
    sekretaris = Pegawai.objects.create(
        satker=satker,
        unit=umum,
        nama="Budi Santoso",
        jenis="PNS",
        nip="199001012015031002",
        nip_sumber="SK CPNS",
        jabatan="Sekretaris",
        pangkat_golongan="Pembina / IV a",
        pendidikan="S2",
        diklat="PIM III",
        nomor_urut=1,
        sumber="Tabel 2",
    )
    kasubbag = Pegawai.objects.create(
        satker=satker,
        unit=teknis,
        nama="Sari Wulandari",
        jenis="PPPK",
        nip="199203152024212001",
        jabatan="Kasubbag Teknis",
        nomor_urut=2,
        sumber="Tabel 2",
    )
    Pegawai.objects.create(
        satker=satker, nama="Amir", jenis="PPNPN", formasi="Driver", nomor_urut=1, sumber="Tabel 3"
    )
    ketua = Anggota.objects.create(
        satker=satker,
        nama="Hasan Basri",
        is_ketua=True,
        jabatan="Ketua",
        divisi="Divisi Hukum",
        korwil_kecamatan="Kecamatan Satu",
        nomor_urut=1,
        sumber="SK KPU",
    )
    ketua_baru = Anggota.objects.create(
        satker=satker, nama="Rina Marlina", jabatan="Anggota", nomor_urut=2, sumber="SK KPU"
    )
    return satker, teknis, sekretaris, kasubbag, ketua, ketua_baru


def _pengaturan(satker):
    scale = SkalaPredikat.objects.create(
        kode="skala-uji-lengkap", nama="Skala uji tiga pita", sumber="Perbup 1/2025"
    )
    for urutan, predikat, bawah, bawah_inklusif, atas, atas_inklusif in [
        (1, "Tinggi", D(90), True, None, False),
        (2, "Sedang", D(60), True, D(90), False),
        (3, "Rendah", None, False, D(60), False),
    ]:
        PitaPredikat.objects.create(
            skala=scale,
            urutan=urutan,
            predikat=predikat,
            keterangan=f"Capaian {predikat.lower()}",
            bawah=bawah,
            bawah_inklusif=bawah_inklusif,
            atas=atas,
            atas_inklusif=atas_inklusif,
        )
    PengaturanPengukuran.objects.create(
        satker=satker,
        skala=scale,
        plafon="120",
        kebijakan_target_nol="tidak_dinilai",
        ambang_capaian=D("90.5"),
        sumber="Keputusan Sekretaris 3/2025",
    )


def _renstra(satker):
    renstra = Renstra.objects.create(
        satker=satker,
        tahun_awal=2025,
        tahun_akhir=2029,
        visi="Penyelenggara pemilu yang berintegritas",
        dasar_hukum="Keputusan KPU 1/2025",
        sumber="Renstra 2025–2029",
    )
    Misi.objects.create(renstra=renstra, nomor=1, uraian="Misi pertama")
    Misi.objects.create(renstra=renstra, nomor=2, uraian="Misi kedua")
    tujuan = TujuanRenstra.objects.create(renstra=renstra, nomor=1, uraian="Tujuan pertama")
    sasaran = SasaranStrategis.objects.create(
        renstra=renstra,
        tujuan=tujuan,
        nomor=1,
        uraian="Meningkatnya partisipasi pemilih",
        tujuan_tercatat="Tujuan pertama (sebagaimana tertulis di tabel sasaran)",
    )
    SasaranStrategis.objects.create(renstra=renstra, nomor=2, uraian="Tata kelola yang baik")
    return sasaran


def _kegiatan():
    program = Program.objects.create(kode="WA", nama="Program Dukungan Manajemen Uji")
    kegiatan = KegiatanFactory(kode="9701", nama="Dukungan manajemen uji", program=program)
    kro = KRO.objects.create(kegiatan=kegiatan, kode="EBA", nama="Layanan dukungan manajemen")
    RO.objects.create(kro=kro, kode="994", nama="Layanan perkantoran")
    hibah = KegiatanFactory(kode="9702", nama="Pemilihan kepala daerah uji")
    penetapan = KegiatanFactory(kode="9703", nama="Penetapan hasil uji", program=program)
    KRO.objects.create(kegiatan=penetapan, kode="EBD", nama="Layanan penetapan hasil")
    return program, kegiatan, kro, hibah


def satker_lengkap():
    """One of each kind of stored row, with every optional field filled in."""
    satker, teknis, sekretaris, kasubbag, ketua, ketua_baru = _organisasi()
    _pengaturan(satker)
    sasaran = _renstra(satker)
    renstra = sasaran.renstra
    program, kegiatan, kro, hibah = _kegiatan()
    per_kro = KRO.objects.get(kode="EBD")

    def indikator(kode, **fields):
        return IndikatorKinerjaFactory(satker=satker, kode=kode, **{"kegiatan": kegiatan, **fields})

    partisipasi = indikator(
        "UJI-1",
        nama="Persentase partisipasi pemilih",
        sasaran=sasaran,
        satuan="%",
        iku=True,
        plafon="110",
        kebijakan_target_nol="baku",
        metode_agregasi="jumlah",
        bobot=D(2),
        definisi="Pemilih hadir dibagi DPT",
        sumber_data="Form C",
    )
    opini = indikator(
        "UJI-2", nama="Opini BPK", satuan="opini", label_kualitatif="TMP\nTW\nWDP\nWTP"
    )
    kehadiran = indikator("UJI-3", nama="Persentase kehadiran", satuan="%")
    rentang = indikator(
        "UJI-4",
        nama="Nilai kepuasan",
        satuan="indeks",
        polaritas="rentang",
        batas_atas=D(8),
        varian_turun="t-r",
    )
    tertunda = indikator("UJI-5", nama="Dokumen yang disusun", satuan="dokumen")
    batal = indikator("UJI-6", nama="Sosialisasi luar negeri", satuan="kegiatan", kegiatan=hibah)

    TargetTahunan.objects.create(indikator=partisipasi, tahun=2024, target=D(80), sumber="Renstra")
    TargetTahunan.objects.create(indikator=partisipasi, tahun=TAHUN, target=D("85.5"))
    TargetTahunan.objects.create(indikator=opini, tahun=TAHUN, target_teks="WTP", sumber="Renstra")
    for periode, target in [("tw1", "10"), ("tw2", "20"), ("tw3", "25.5"), ("tw4", "30")]:
        TargetPeriode.objects.create(
            indikator=partisipasi,
            tahun=TAHUN,
            periode=periode,
            target=D(target),
            sumber="Rencana aksi",
        )
    TargetPeriode.objects.create(
        indikator=rentang, tahun=TAHUN, periode="tw2", target_teks="7–8", sumber="Rencana aksi"
    )

    rkt = RKTFactory(satker=satker, tahun=TAHUN, renstra=renstra, sumber="RKT 2025")
    rkt_rows = {
        item.kode: BarisRKTFactory(
            rkt=rkt,
            urutan=number,
            nomor_tercetak=str(number),
            kegiatan=item.kegiatan,
            indikator=item,
            indikator_tercetak=f"{item.nama} (RKT)",
            target=None if item is opini else D(90),
            target_teks="WTP" if item is opini else "",
        )
        for number, item in enumerate([partisipasi, opini, kehadiran, rentang], start=1)
    }

    parties = {
        "pihak_pertama_pegawai": sekretaris,
        "pihak_pertama_nip_tercetak": "19900101 201503 1 002",
        "pihak_kedua_anggota": ketua,
        "total_anggaran_tercatat": D(1_500_000),
        "sumber": "Lampiran PK 2025",
        "status": SIGNED,
    }
    first = PerjanjianSatkerFactory(satker=satker, tahun=TAHUN, **parties)
    second = PerjanjianSatkerFactory(
        satker=satker,
        tahun=TAHUN,
        versi=2,
        revisi_dari=first,
        alasan_revisi="pergantian_pejabat",
        keterangan_revisi="Ketua baru dilantik",
        **{**parties, "pihak_kedua_anggota": ketua_baru},
    )
    draft = PerjanjianSatkerFactory(
        satker=satker,
        tahun=TAHUN,
        versi=3,
        revisi_dari=second,
        alasan_revisi="perubahan_strategi",
        tanggal=None,
    )
    for pk in (first, second, draft):
        BarisPerjanjianFactory(
            perjanjian=pk,
            urutan=1,
            nomor_tercetak="1.",
            kegiatan=kegiatan,
            indikator=partisipasi,
            indikator_tercetak="Partisipasi pemilih (PK)",
            target=D("85.5"),
        )
        BarisPerjanjianFactory(
            perjanjian=pk, urutan=2, indikator=opini, target=None, target_teks="WTP"
        )
        AnggaranPerjanjian.objects.create(
            perjanjian=pk,
            urutan=1,
            jenis="program",
            program=program,
            uraian_tercetak=program.nama,
            anggaran=D(1_000_000),
        )
        AnggaranPerjanjian.objects.create(
            perjanjian=pk,
            urutan=2,
            jenis="kegiatan",
            kegiatan=kegiatan,
            uraian_tercetak=kegiatan.nama,
            anggaran=D(500_000),
        )
    unit_pk = PerjanjianUnitFactory(
        satker=satker,
        tahun=TAHUN,
        unit=teknis,
        induk=second,
        status=SIGNED,
        pihak_pertama_pegawai=kasubbag,
        pihak_kedua_pegawai=sekretaris,
        pihak_kedua_nip_tercetak="NIP. 19900101 201503 1 002",
    )
    BarisPerjanjianFactory(
        perjanjian=unit_pk,
        urutan=1,
        indikator=partisipasi,
        induk_baris=second.baris.get(urutan=1),
        target=D("85.5"),
    )
    BarisPerjanjianFactory(
        perjanjian=unit_pk,
        urutan=2,
        indikator=kehadiran,
        baris_rkt=rkt_rows["UJI-3"],
        target=D(95),
    )
    AnggaranPerjanjian.objects.create(
        perjanjian=unit_pk,
        urutan=1,
        jenis="kro",
        kro=kro,
        uraian_tercetak=str(kro),
        anggaran=D(250_000),
    )

    def realisasi(item, periode="tahunan", **fields):
        return Realisasi.objects.create(
            indikator=item, tahun=TAHUN, periode=periode, sumber="BAB III", **fields
        )

    realisasi(partisipasi, "tw1", nilai=D(9), indikator_tercetak="Partisipasi (TW I)")
    realisasi(partisipasi, "tw2", nilai=D("11.25"), target=D(20))
    realisasi(opini, nilai_teks="WTP", target_teks="WTP", capaian_tercatat=D(100))
    realisasi(
        kehadiran,
        pembilang=D(745229),
        pembilang_sumber="Form C Hasil",
        pembagi=D(918192),
        pembagi_sumber="DPT",
        capaian_tercatat=D("81.16"),
    )
    realisasi(rentang, nilai=D("7.5"), target=D(7))
    realisasi(tertunda, status="belum_dilaporkan")
    realisasi(batal, status="tidak_dilaksanakan", alasan="Bukan kewenangan satker")

    Pagu.objects.create(
        satker=satker,
        kegiatan=kegiatan,
        tahun=TAHUN,
        jenis="awal",
        jumlah=D(1_000_000),
        sumber_dana="apbn_dipa",
        tanggal=datetime.date(2025, 1, 2),
        sumber="DIPA 2025",
    )
    Pagu.objects.create(
        satker=satker,
        kegiatan=kegiatan,
        tahun=TAHUN,
        jenis="revisi",
        jumlah=D(900_000),
        sumber_dana="apbn_dipa",
        tanggal=datetime.date(2025, 6, 1),
        alasan="Efisiensi belanja",
        nomor_dokumen="SP DIPA-076.01.2.000001/2025 revisi ke-1",
        sumber="Revisi DIPA I",
    )
    # A kegiatan whose pagu is kept per KRO.
    for jenis, jumlah, tanggal, nomor in [
        ("awal", 500_000, None, "SP DIPA-076.01.2.000001/2025"),
        ("revisi", 450_000, datetime.date(2025, 7, 1), "S-17/POK/2025"),
    ]:
        Pagu.objects.create(
            satker=satker,
            kegiatan=per_kro.kegiatan,
            kro=per_kro,
            tahun=TAHUN,
            jenis=jenis,
            jumlah=D(jumlah),
            tanggal=tanggal,
            alasan="Revisi POK" if jenis == "revisi" else "",
            nomor_dokumen=nomor,
            sumber="POK 2025",
        )
    Pagu.objects.create(
        satker=satker, kegiatan=hibah, tahun=TAHUN, jenis="laporan", jumlah=D(300), sumber="LKjIP"
    )
    for periode, jumlah, tercatat in [("tw1", 1000, "0.11"), ("tw2", 2000, None)]:
        RealisasiAnggaran.objects.create(
            satker=satker,
            kegiatan=kegiatan,
            tahun=TAHUN,
            periode=periode,
            jumlah=D(jumlah),
            sumber_dana="apbn_dipa",
            serapan_tercatat=D(tercatat) if tercatat else None,
            sumber=f"Laporan {periode}",
        )
    RealisasiAnggaran.objects.create(
        satker=satker,
        kegiatan=hibah,
        tahun=TAHUN,
        jumlah=D(250),
        sumber_dana="hibah",
        sumber="NPHD",
    )

    HambatanUpaya.objects.create(
        satker=satker,
        tahun=TAHUN,
        nomor=1,
        aspek="Partisipasi pemilih",
        kegiatan=kegiatan,
        indikator=partisipasi,
        sasaran=sasaran,
        hambatan="Cuaca buruk",
        keterangan="TW II",
        hambatan_di_tabel_upaya="Cuaca ekstrem",
        upaya="Sosialisasi ulang\nTPS keliling",
        tindak_lanjut="proses",
        sumber="BAB III.B",
    )
    EfisiensiSumberDaya.objects.create(
        satker=satker, tahun=TAHUN, nomor=1, sumber_daya="Man", efisiensi="Lembur dikurangi"
    )
    Kesimpulan.objects.create(
        satker=satker,
        tahun=TAHUN,
        nomor=1,
        aspek="Kinerja",
        indikator_keberhasilan="Target tercapai",
        keterangan="Sebagian",
    )
    # A narrative section written twice, then its first version restored.
    section = {"satker": satker, "tahun": TAHUN, "bagian": "kata_pengantar", "sidik_bawaan": "ab12"}
    first = NaskahLaporan.objects.create(**section, versi=1, teks="Kata pengantar\npertama")
    NaskahLaporan.objects.create(**section, versi=2, teks="Kata pengantar kedua")
    NaskahLaporan.objects.create(**section, versi=3, teks=first.teks, dipulihkan_dari=first)
    # A sasaran's analysis (known by its Renstra sasaran), a kegiatan's, and one whose sasaran
    # is gone (orphaned: it must stay so wherever it is restored).
    analysis = {"satker": satker, "tahun": TAHUN, "bagian": "analisis_sasaran", "versi": 1}
    NaskahLaporan.objects.create(
        **analysis, kunci=f"sasaran-{sasaran.pk}", label_kunci="Sasaran 1", teks="Analisis 1"
    )
    NaskahLaporan.objects.create(
        **analysis, kunci=f"kegiatan-{kegiatan.kode}", label_kunci="Kegiatan", teks="Analisis 2"
    )
    NaskahLaporan.objects.create(
        **analysis, kunci="sasaran-999999", label_kunci="Sasaran lama", teks="Analisis 3"
    )
    # The inspectorate's statement, withdrawn, then stated again.
    from kinerja.evaluation.models import PernyataanReviu

    statement = {"satker": satker, "tahun": TAHUN, "tempat": "Palembang", "jabatan": "Inspektur"}
    PernyataanReviu.objects.create(
        **statement, tanggal=datetime.date(TAHUN + 1, 1, 10), nama="Budi Santoso",
        nip="199001012015031002", pemeriksa=sekretaris, pangkat_golongan="Pembina / IV a",
        ditarik_pada=datetime.datetime(TAHUN + 1, 1, 12, 9, tzinfo=datetime.UTC),
        alasan_penarikan="Data berubah",
    )  # fmt: skip
    PernyataanReviu.objects.create(
        **statement, tanggal=datetime.date(TAHUN + 1, 1, 14), nama="Rina", nip=""
    )
    # Two heads in turn, the report's date in the second's term, and a signed report revised.
    for holder, mulai, selesai in [
        (kasubbag, datetime.date(2020, 1, 1), datetime.date(2023, 12, 31)),
        (sekretaris, datetime.date(2024, 1, 1), None),
    ]:
        RiwayatJabatan.objects.create(
            satker=satker, pegawai=holder, jabatan="Sekretaris", kepala=True, mulai=mulai,
            selesai=selesai, pangkat_golongan="Pembina / IV.a", sumber="SK",
        )  # fmt: skip
    LaporanTahunan.objects.create(
        satker=satker, tahun=TAHUN, tanggal=datetime.date(TAHUN + 1, 1, 16), tempat="Kota Uji",
        nomor="001/LKjIP",
    )  # fmt: skip
    content = ke_json(
        Dokumen(
            "LKjIP Uji",
            [
                Judul("LKjIP"),
                Gambar({"png": b"\x89PNG", "svg": b"<svg/>"}.__getitem__, "Grafik", "Batang"),
            ],
        )
    )
    signed = {
        "satker": satker, "tahun": TAHUN, "isi": content, "sidik": sidik(content),
        "tanggal": datetime.date(TAHUN + 1, 1, 16), "tempat": "Kota Uji",
        "penanda_tangan": sekretaris.nama, "penanda_tangan_jabatan": "Sekretaris",
    }  # fmt: skip
    first_signed = LaporanTertandatangan.objects.create(**signed, versi=1)
    LaporanTertandatangan.objects.create(
        **signed, versi=2, revisi_dari=first_signed, alasan="Realisasi dikoreksi"
    )
    # A review note about a finding, answered and closed; and a general one still open.
    CatatanReviu.objects.create(
        satker=satker, tahun=TAHUN, aturan="anggaran-melebihi-pagu", lokasi="Anggaran, 3355",
        pesan_temuan="Realisasi melebihi pagu", teks="Jelaskan selisihnya.", status="selesai",
        tanggapan="Pagu\ndirevisi.",
        ditanggapi_pada=datetime.datetime(2025, 2, 3, 4, 5, tzinfo=datetime.UTC),
        diselesaikan_pada=datetime.datetime(2025, 2, 4, tzinfo=datetime.UTC),
    )  # fmt: skip
    CatatanReviu.objects.create(satker=satker, tahun=TAHUN, teks="Lengkapi bukti dukung.")
    stated = {"satker": satker, "tahun": TAHUN, "sumber": "BAB III"}
    NilaiTercatat.objects.create(**stated, urutan=1, besaran="capaian", indikator=partisipasi,
                                 nilai=D("95.5"))  # fmt: skip
    NilaiTercatat.objects.create(
        **stated,
        urutan=2,
        besaran="jumlah_tercapai",
        cakupan="iku",
        nilai=D(3),
        dari=D(4),
        teks="3 dari 4 IKU tercapai",
    )
    NilaiTercatat.objects.create(
        **stated,
        urutan=3,
        besaran="batas_capaian",
        cakupan="sasaran",
        sasaran=sasaran,
        pembanding="≥",
        nilai=D(90),
    )
    NilaiTercatat.objects.create(
        **stated, urutan=4, besaran="pagu", kegiatan=kegiatan, label="Pagu 9701", nilai=D(900000)
    )
    _laporan(satker, unit_pk.unit, kehadiran, batal)
    _evaluasi_lke(satker, sekretaris)
    return satker


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _laporan(satker, unit, kehadiran, batal):
    """A returned report (entries, a reason, evidence) and an approved one. Made directly, not
    through the services: who saved and decided is an account, not exported, left empty here."""
    moment = datetime.datetime(2025, 4, 7, 2, 15, 30, 123456, tzinfo=datetime.UTC)
    returned = LaporanRealisasi.objects.create(
        satker=satker,
        unit=unit,
        tahun=TAHUN,
        periode="tw1",
        status="dikembalikan",
        narasi="Rapat pleno ditunda",
        versi=4,
        diajukan_pada=moment,
        diputuskan_pada=moment + datetime.timedelta(days=1),
        alasan_dikembalikan="Lampirkan daftar hadir",
    )
    IsianRealisasi.objects.create(laporan=returned, indikator=kehadiran, nilai=D("81.16"))
    IsianRealisasi.objects.create(
        laporan=returned, indikator=batal, status="tidak_dilaksanakan", alasan="Bukan kewenangan"
    )
    bukti = BuktiDukung(
        laporan=returned,
        nama_asli="daftar hadir.pdf",
        jenis="application/pdf",
        ukuran=len(PDF),
        sha256=hashlib.sha256(PDF).hexdigest(),
    )
    bukti.berkas.save("daftar-hadir.pdf", ContentFile(PDF), save=False)
    bukti.save()
    approved = LaporanRealisasi.objects.create(
        satker=satker, unit=unit, tahun=TAHUN, periode="tw2", status="disetujui",
        diajukan_pada=moment, diputuskan_pada=moment,
    )  # fmt: skip
    IsianRealisasi.objects.create(laporan=approved, indikator=kehadiran, nilai_teks="Tercapai")


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _evaluasi_lke(satker, signer):
    """A published LKE evaluation on the year's worksheet (the demo's, when there is one),
    made directly: who answered, checked or recorded is an account, not exported, left empty
    here. Answers of the three sides, an N/A with its reason, a file accepted and a file
    rejected, a pinned link to the signed PK and one to the year's measurement, the snapshot,
    a narrative, the signer (a staff member of the satker, found again by NIP) and two
    recommendations: one closed, one with a follow-up file."""
    versi = VersiLembar.objects.filter(tahun=TAHUN).first() or versi_terbit(TAHUN)
    first, second = (
        KriteriaLke.objects.filter(versi=versi)
        .select_related("skala", "sub__komponen")
        .order_by("sub__komponen__urutan", "sub__urutan", "urutan")[:2]
    )
    moment = datetime.datetime(2026, 3, 2, 3, 4, 5, 678901, tzinfo=datetime.UTC)
    later = moment + datetime.timedelta(days=3)
    evaluasi = EvaluasiLke.objects.create(
        satker=satker, tahun=TAHUN, versi=versi, status="terbit", sembunyikan_nilai=True,
        alasan_dikembalikan="Lengkapi bukti kriteria pertama", dibuka_pada=moment,
    )  # fmt: skip
    top = first.skala.pilihan.order_by("urutan").first().kode
    for peran, kode, catatan in [
        ("mandiri", top, "Pedoman ada"),
        ("reviewer", top, ""),
        ("evaluator", "N/A", "Tidak relevan bagi satker ini"),
    ]:
        JawabanLke.objects.create(
            evaluasi=evaluasi, kriteria=first, peran=peran, kode=kode, catatan=catatan,
            diubah_pada=moment,
        )  # fmt: skip
    JawabanLke.objects.create(
        evaluasi=evaluasi, kriteria=second, peran="evaluator",
        kode=second.skala.pilihan.order_by("urutan").last().kode, diubah_pada=later,
    )  # fmt: skip
    for nama, status, alasan in [
        ("pedoman.pdf", "diterima", ""),
        ("draf pedoman.pdf", "ditolak", "Belum ditandatangani"),
    ]:
        item = BuktiLke(
            evaluasi=evaluasi, kriteria=first, nama_asli=nama, jenis_berkas="application/pdf",
            ukuran=len(PDF), label=nama, sha256=_sha256(PDF), status=status,
            alasan_penolakan=alasan, ditambahkan_pada=moment, diperiksa_pada=later,
        )  # fmt: skip
        item.berkas.save("pedoman.pdf", ContentFile(PDF), save=False)
        item.save()
    pk = PerjanjianKinerja.objects.get(satker=satker, tahun=TAHUN, unit=None, versi=1)
    pinned = json.dumps({"perjanjian": pk.judul, "versi": 1}, sort_keys=True)
    BuktiLke.objects.create(
        evaluasi=evaluasi, kriteria=second, jenis_tautan="pk_satker", tahun_tautan=TAHUN,
        tautan_id=pk.pk, label=f"{pk.judul} (versi 1)", isi_tautan=pinned,
        sha256=_sha256(pinned.encode()), ditambahkan_pada=moment,
    )  # fmt: skip
    BuktiLke.objects.create(
        evaluasi=evaluasi, kriteria=second, jenis_tautan="pengukuran", tahun_tautan=TAHUN,
        label=f"Pengukuran kinerja {TAHUN}", isi_tautan="{}", sha256=_sha256(b"{}"),
        ditambahkan_pada=later,
    )  # fmt: skip
    content = json.dumps(
        {"satker": SLUG, "tahun": TAHUN, "catatan": "hasil uji"},
        sort_keys=True,
        separators=(",", ":"),
    )
    SnapshotLke.objects.create(
        evaluasi=evaluasi, isi=content, sha256=_sha256(content.encode()), dibuat_pada=later
    )
    NarasiKomponen.objects.create(
        evaluasi=evaluasi, kode_komponen=first.sub.komponen.kode, teks="Uraian\nkomponen",
        diubah_pada=later,
    )  # fmt: skip
    PenandaTanganLhe.objects.create(
        evaluasi=evaluasi, pemeriksa=signer, nama=signer.nama, nip=signer.nip,
        jabatan="Inspektur Wilayah I", pangkat_golongan="Pembina / IV a", tempat="Jakarta",
        tanggal=datetime.date(2026, 3, 5),
    )  # fmt: skip
    recommendation = {
        "evaluasi": evaluasi, "kode_kriteria": [first.kode, second.kode], "prioritas": "tinggi",
        "penanggung_jawab": "Sekretaris", "batas_waktu": datetime.date(2026, 6, 30),
        "dibuat_pada": later,
    }  # fmt: skip
    Rekomendasi.objects.create(
        **recommendation, nomor=1, uraian="Sahkan pedoman", status="ditutup",
        ditutup_pada=later + datetime.timedelta(days=30), catatan_penutupan="Sudah disahkan",
    )  # fmt: skip
    terbuka = Rekomendasi.objects.create(**recommendation, nomor=2, uraian="Lengkapi IKU")
    follow_up = PDF + b"% tindak lanjut\n"
    entry = TindakLanjut(
        rekomendasi=terbuka, uraian="IKU dilengkapi\ndan ditetapkan", nama_asli="sk iku.pdf",
        jenis="application/pdf", ukuran=len(follow_up), sha256=_sha256(follow_up),
        dibuat_pada=later + datetime.timedelta(days=10),
    )  # fmt: skip
    entry.berkas.save("sk-iku.pdf", ContentFile(follow_up), save=False)
    entry.save()
