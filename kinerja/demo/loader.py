"""Loads the Prabumulih 2024 demo data idempotently.

Every row is found by its natural key and created or updated only when it differs, so a
second run changes nothing and writes no audit record. Each real change is audited.

Signed PKs are historical documents: they are recorded as published. Their lines are checked
field by field and against the database constraints, but not against the rules for entering
a new PK (tracing, immutability), because the published document breaks them; the reviu is
what reports that.
"""

from collections import Counter
from decimal import Decimal

from django.db import transaction

from kinerja.accounts.models import Membership, User
from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.choices import JenisPagu, SumberDana
from kinerja.budgets.models import Kegiatan, Pagu, Program, RealisasiAnggaran
from kinerja.core.upsert import AuditedWriter
from kinerja.demo.data import evaluasi, organisasi, pengukuran, perencanaan, perjanjian
from kinerja.demo.lke import muat_lke_demo
from kinerja.documents.models import LaporanTahunan
from kinerja.evaluation.models import EfisiensiSumberDaya, Kesimpulan
from kinerja.measurement.models import (
    HambatanUpaya,
    NilaiTercatat,
    PengaturanPengukuran,
    PitaPredikat,
    Realisasi,
    SkalaPredikat,
)
from kinerja.measurement.scales import LAN_4_PITA
from kinerja.organisations.models import Anggota, Pegawai, RiwayatJabatan, Satker, Unit
from kinerja.planning.models import (
    RKT,
    BarisRKT,
    IndikatorKinerja,
    Misi,
    Renstra,
    SasaranStrategis,
    TargetTahunan,
    Tujuan,
)

ACTOR_LABEL = "kinerja demo"
DEMO_PASSWORD = "kinerja-demo"  # noqa: S105 - local demo accounts, printed by `make run`
UNIT_DEMO = "Subbagian Keuangan, Umum dan Logistik"
# One account per role on the demo satker (a demo assumption: the seed names no accounts).
# (username, role, unit name or None, description)
DEMO_ROLES = [
    ("prabumulih", "admin_satker", None, "admin satker KPU Kota Prabumulih"),
    ("operator", "operator_unit", UNIT_DEMO, f"operator unit, {UNIT_DEMO}"),
    ("kasubbag", "kasubbag", UNIT_DEMO, f"Kasubbag (menyetujui), {UNIT_DEMO}"),
    ("sekretaris", "pimpinan", None, "Sekretaris: membaca, menandatangani PK, menanggapi reviu"),
    ("inspektur", "inspektur", None, "Inspektur/APIP: membaca, menulis dan menutup catatan reviu"),
    ("reviewer", "reviewer_lke", None, "Reviewer LKE: membaca, menulis jawaban reviu LKE"),
]
DEMO_ACCOUNTS = [
    ("admin", "superuser: semua satker dan Django admin"),
    *((username, description) for username, _, _, description in DEMO_ROLES),
]
TAHUN = 2024


def load_demo() -> Counter[str]:
    """Load (or bring up to date) the demo satker; returns the count of rows changed."""
    loader = AuditedWriter(actor_label=ACTOR_LABEL, reason="Data demo Prabumulih 2024")
    with transaction.atomic():
        satker = _load_organisation(loader)
        _load_planning(loader, satker)
        _load_agreements(loader, satker)
        _load_measurement(loader, satker)
        _load_evaluation(loader, satker)
        muat_lke_demo(loader, satker)
        _load_accounts(satker)
    return loader.changes


def _load_organisation(loader: AuditedWriter) -> Satker:
    by_slug: dict[str, Satker] = {}
    for data in [*organisasi.SATKER_INDUK, organisasi.SATKER]:
        values = {key: value for key, value in data.items() if key not in {"slug", "parent"}}
        values["parent"] = by_slug.get(data["parent"]) if data["parent"] else None
        by_slug[data["slug"]] = loader.upsert(Satker, {"slug": data["slug"]}, values)
    satker = by_slug[organisasi.SATKER["slug"]]

    units = {}
    for data in organisasi.UNIT:
        values = {key: value for key, value in data.items() if key not in {"kunci", "nama"}}
        units[data["kunci"]] = loader.upsert(Unit, {"satker": satker, "nama": data["nama"]}, values)
    for data in organisasi.ANGGOTA:
        values = {key: value for key, value in data.items() if key != "nomor_urut"}
        loader.upsert(
            Anggota,
            {"satker": satker, "nomor_urut": data["nomor_urut"]},
            {**values, "sumber": "Tabel 1"},
        )
    for data in organisasi.PEGAWAI:
        values = {
            "nama": data["nama"],
            "jenis": data["jenis"],
            "jabatan": data.get("jabatan", ""),
            "formasi": data.get("formasi", ""),
            "pangkat_golongan": data.get("pangkat_golongan", ""),
            "pendidikan": data.get("pendidikan", ""),
            "diklat": data.get("diklat", ""),
            "nip": data.get("nip", ""),
            "nip_sumber": data.get("nip_sumber", ""),
            "unit": units.get(data.get("unit")),
        }
        loader.upsert(
            Pegawai,
            {"satker": satker, "sumber": data["sumber"], "nomor_urut": data["nomor_urut"]},
            values,
        )
    staff = {(item.sumber, item.nomor_urut): item for item in satker.pegawai.all()}
    members = {member.nomor_urut: member for member in satker.anggota.all()}
    units = {data["kunci"]: satker.units.get(nama=data["nama"]) for data in organisasi.UNIT}
    for data in [*organisasi.RIWAYAT_JABATAN, *perjanjian.RIWAYAT_PIHAK]:
        holder = (
            {"pegawai": staff[data["pegawai"]]}
            if "pegawai" in data
            else {"anggota": members[data["anggota"]]}
        )
        values = {
            key: value
            for key, value in data.items()
            if key not in {"pegawai", "anggota", "mulai", "unit"}
        }
        if data.get("unit"):
            values["unit"] = units[data["unit"]]
        loader.upsert(RiwayatJabatan, {"satker": satker, **holder, "mulai": data["mulai"]}, values)
    report = organisasi.LAPORAN
    loader.upsert(
        LaporanTahunan,
        {"satker": satker, "tahun": report["tahun"]},
        {key: value for key, value in report.items() if key != "tahun"},
    )
    return satker


def _load_planning(loader: AuditedWriter, satker: Satker) -> None:
    data = perencanaan.RENSTRA
    renstra = loader.upsert(
        Renstra,
        {"satker": satker, "tahun_awal": data["tahun_awal"]},
        {
            "tahun_akhir": data["tahun_akhir"],
            "visi": data["visi"],
            "dasar_hukum": data["dasar_hukum"],
            "sumber": data["sumber"],
        },
    )
    for nomor, uraian in enumerate(data["misi"], start=1):
        loader.upsert(Misi, {"renstra": renstra, "nomor": nomor}, {"uraian": uraian})
    tujuan = {}
    for nomor, uraian in enumerate(data["tujuan"], start=1):
        tujuan[nomor] = loader.upsert(
            Tujuan, {"renstra": renstra, "nomor": nomor}, {"uraian": uraian}
        )
    for nomor, (tujuan_nomor, tujuan_tercatat, uraian) in enumerate(data["sasaran"], start=1):
        loader.upsert(
            SasaranStrategis,
            {"renstra": renstra, "nomor": nomor},
            {"tujuan": tujuan[tujuan_nomor], "tujuan_tercatat": tujuan_tercatat, "uraian": uraian},
        )

    programs = {nama: loader.upsert(Program, {"nama": nama}, {}) for nama in perencanaan.PROGRAM}
    for kode, nama, program in perencanaan.KEGIATAN:
        loader.upsert(Kegiatan, {"kode": kode}, {"nama": nama, "program": programs.get(program)})
    kegiatan = {item.kode: item for item in Kegiatan.objects.all()}
    # BAB II.D: the PK is drawn up "berdasarkan Indikator Kinerja Utama" — the RKT's list.
    iku = {row["indikator"] for row in perencanaan.RKT_2024}
    for kode, kegiatan_kode, nama in perencanaan.INDIKATOR:
        loader.upsert(
            IndikatorKinerja,
            {"satker": satker, "kode": kode},
            {
                "nama": nama,
                "kegiatan": kegiatan[kegiatan_kode],
                # Every target and realisation column of the report is headed "(%)".
                "satuan": "%",
                "iku": kode in iku,
            },
        )
    indikator = {item.kode: item for item in satker.indikator.all()}

    rkt = loader.upsert(
        RKT,
        {"satker": satker, "tahun": TAHUN},
        {"renstra": renstra, "sumber": perencanaan.RKT_SUMBER},
    )
    for urutan, row in enumerate(perencanaan.RKT_2024, start=1):
        item = indikator[row["indikator"]]
        loader.upsert(
            BarisRKT,
            {"rkt": rkt, "urutan": urutan},
            {
                "nomor_tercetak": row["nomor"],
                "sasaran_tercetak": row["sasaran"],
                "kegiatan": kegiatan[row["kegiatan"]],
                "indikator": item,
                "indikator_tercetak": row["teks"] or item.nama,
                "target": Decimal(row["target"]),
            },
        )
        # The RKT states that its targets are the Renstra's targets for the year.
        loader.upsert(
            TargetTahunan,
            {"indikator": item, "tahun": TAHUN},
            {
                "target": Decimal(row["target"]),
                "sumber": "BAB II.C (target Renstra 2020–2024 untuk 2024, dikutip RKT)",
            },
        )
    for urutan, row in enumerate(perencanaan.BAB_II_D, start=1):
        item = indikator[row["indikator"]]
        loader.upsert(
            NilaiTercatat,
            {
                "satker": satker,
                "tahun": TAHUN,
                "sumber": perencanaan.BAB_II_D_SUMBER,
                "urutan": urutan,
            },
            {
                "besaran": "target_pk",
                "indikator": item,
                "kegiatan": kegiatan[row["kegiatan"]],
                "label": row["sasaran"],
                "nilai": Decimal(row["target"]),
                "teks": row["teks"] or item.nama,
            },
        )


def _load_agreements(loader: AuditedWriter, satker: Satker) -> None:
    indikator = {item.kode: item for item in satker.indikator.all()}
    kegiatan = {item.kode: item for item in Kegiatan.objects.all()}
    programs = {item.nama: item for item in Program.objects.all()}
    units = {data["kunci"]: satker.units.get(nama=data["nama"]) for data in organisasi.UNIT}
    pegawai = {(item.sumber, item.nomor_urut): item for item in satker.pegawai.all()}
    anggota = {item.nomor_urut: item for item in satker.anggota.all()}

    saved: dict[str, PerjanjianKinerja] = {}
    for data in perjanjian.PERJANJIAN:
        first, second = data["pihak_pertama"], data["pihak_kedua"]
        unit = units.get(data["unit"])
        pk = loader.upsert(
            PerjanjianKinerja,
            {"satker": satker, "tahun": TAHUN, "unit": unit, "versi": 1},
            {
                "tingkat": "unit" if unit else "satker",
                "judul": data["judul"],
                "induk": saved.get(data["induk"]),
                "status": "ditandatangani",
                "pihak_pertama_nama": first["nama"],
                "pihak_pertama_jabatan": first["jabatan"],
                "pihak_pertama_nip_tercetak": first["nip"],
                "pihak_pertama_pegawai": pegawai.get(first.get("pegawai")),
                "pihak_kedua_nama": second["nama"],
                "pihak_kedua_jabatan": second["jabatan"],
                "pihak_kedua_nip_tercetak": second["nip"],
                "pihak_kedua_pegawai": pegawai.get(second.get("pegawai")),
                "pihak_kedua_anggota": anggota.get(second.get("anggota")),
                "tempat": data["tempat"],
                "tanggal": data["tanggal"],
                "total_anggaran_tercatat": (
                    Decimal(data["total_anggaran_tercatat"])
                    if data["total_anggaran_tercatat"]
                    else None
                ),
                "sumber": data["sumber"],
            },
            published=True,
        )
        saved[data["kunci"]] = pk
        parent_lines = (
            {line.indikator_id: line for line in pk.induk.baris.all()} if pk.induk else {}
        )
        for urutan, row in enumerate(data["baris"], start=1):
            item = indikator[row["indikator"]]
            loader.upsert(
                BarisPerjanjian,
                {"perjanjian": pk, "urutan": urutan},
                {
                    "nomor_tercetak": row["nomor"],
                    "sasaran_tercetak": row["sasaran"],
                    "kegiatan": kegiatan[row["kegiatan"]],
                    "indikator": item,
                    "indikator_tercetak": row["teks"] or item.nama,
                    "target": Decimal(row["target"]),
                    "induk_baris": parent_lines.get(item.pk),
                },
                published=True,
            )
        for urutan, row in enumerate(data["anggaran"], start=1):
            loader.upsert(
                AnggaranPerjanjian,
                {"perjanjian": pk, "urutan": urutan},
                {
                    "jenis": row["jenis"],
                    "program": programs.get(row.get("program")),
                    "kegiatan": kegiatan.get(row.get("kegiatan")),
                    "uraian_tercetak": row["uraian"],
                    "anggaran": Decimal(row["anggaran"]),
                },
                published=True,
            )


def _preset(loader: AuditedWriter, preset) -> SkalaPredikat:
    """The preset scale, as its migration seeds it; written again if a test run emptied it."""
    scale = loader.upsert(
        SkalaPredikat,
        {"kode": preset.kode},
        {"nama": preset.nama, "sumber": preset.sumber, "teratas_terbuka": preset.teratas_terbuka},
    )
    for urutan, band in enumerate(preset.pita, start=1):
        loader.upsert(
            PitaPredikat,
            {"skala": scale, "urutan": urutan},
            {
                "predikat": band.predikat,
                "keterangan": band.keterangan,
                "bawah": band.bawah,
                "bawah_inklusif": band.bawah_inklusif,
                "atas": band.atas,
                "atas_inklusif": band.atas_inklusif,
            },
        )
    return scale


def _stated(
    loader,
    satker,
    sumber,
    urutan,
    besaran,
    *,
    indikator=None,
    kegiatan=None,
    label="",
    nilai=None,
    teks="",
    cakupan="",
    pembanding="=",
):
    loader.upsert(
        NilaiTercatat,
        {"satker": satker, "tahun": TAHUN, "sumber": sumber, "urutan": urutan},
        {
            "besaran": besaran,
            "cakupan": cakupan,
            "indikator": indikator,
            "kegiatan": kegiatan,
            "label": label,
            "pembanding": pembanding,
            "nilai": Decimal(nilai) if nilai is not None else None,
            "teks": teks,
        },
    )


def _load_measurement(loader: AuditedWriter, satker: Satker) -> None:
    # BAB IV classifies the capaian "sesuai dengan skala pengukuran yang ditentukan oleh
    # Lembaga Administrasi Negara": the LAN scale. Cap and threshold are Kinerja's defaults.
    loader.upsert(
        PengaturanPengukuran,
        {"satker": satker},
        {
            "skala": _preset(loader, LAN_4_PITA),
            "plafon": "tanpa",
            "kebijakan_target_nol": "baku",
            "ambang_capaian": Decimal(100),
            "sumber": pengukuran.PENGATURAN_SUMBER,
        },
    )
    indikator = {item.kode: item for item in satker.indikator.all()}
    kegiatan = {item.kode: item for item in Kegiatan.objects.all()}

    for kode, target, nilai, capaian, teks in pengukuran.BAB_III_A:
        item = indikator[kode]
        loader.upsert(
            Realisasi,
            {"indikator": item, "tahun": TAHUN, "periode": "tahunan"},
            {
                "indikator_tercetak": teks or item.nama,
                "target": Decimal(target),
                "nilai": Decimal(nilai),
                "status": "dilaporkan",
                "capaian_tercatat": Decimal(capaian),
                "sumber": pengukuran.BAB_III_A_SUMBER,
            },
        )

    for row in pengukuran.BAB_III_B:
        nomor, kode, kode_indikator, teks, target, nilai, capaian, pagu, realisasi, serapan = row
        sumber = f"BAB III.B Sasaran {nomor}"
        sumber_dana = (
            SumberDana.TIDAK_DISEBUTKAN
            if kode in perencanaan.KEGIATAN_SUMBER_DANA_TIDAK_DISEBUTKAN
            else perencanaan.SUMBER_DANA_DEMO
        )
        loader.upsert(
            Pagu,
            {
                "satker": satker,
                "kegiatan": kegiatan[kode],
                "tahun": TAHUN,
                "jenis": JenisPagu.LAPORAN,
                "sumber": sumber,
            },
            {"jumlah": Decimal(pagu), "sumber_dana": sumber_dana},
        )
        loader.upsert(
            RealisasiAnggaran,
            {
                "satker": satker,
                "kegiatan": kegiatan[kode],
                "tahun": TAHUN,
                "periode": "tahunan",
                "sumber_dana": sumber_dana,
            },
            {"jumlah": Decimal(realisasi), "serapan_tercatat": Decimal(serapan), "sumber": sumber},
        )
        common = {"indikator": indikator[kode_indikator], "kegiatan": kegiatan[kode], "teks": teks}
        _stated(loader, satker, sumber, 1, "target", nilai=target, **common)
        _stated(loader, satker, sumber, 2, "realisasi", nilai=nilai, **common)
        _stated(loader, satker, sumber, 3, "capaian", nilai=capaian, **common)

    for row in pengukuran.LAMPIRAN:
        (
            kode,
            kode_indikator,
            teks,
            target_lalu,
            nilai_lalu,
            capaian_lalu,
            target,
            nilai,
            capaian,
            target_hasil,
            pagu,
            realisasi,
            serapan,
        ) = row
        sumber = f"Lampiran ({kode})"
        item = indikator[kode_indikator]
        loader.upsert(
            Realisasi,
            {"indikator": item, "tahun": TAHUN - 1, "periode": "tahunan"},
            {
                "indikator_tercetak": teks,
                "target": Decimal(target_lalu),
                "nilai": Decimal(nilai_lalu),
                "status": "dilaporkan",
                "capaian_tercatat": Decimal(capaian_lalu),
                "sumber": sumber,
            },
        )
        common = {"indikator": item, "kegiatan": kegiatan[kode], "teks": teks}
        for urutan, (besaran, nilai_tercatat) in enumerate(
            [
                ("target", target),
                ("realisasi", nilai),
                ("capaian", capaian),
                ("target_hasil", target_hasil),
                ("pagu", pagu),
                ("realisasi_anggaran", realisasi),
                ("serapan", serapan),
            ],
            start=1,
        ):
            _stated(loader, satker, sumber, urutan, besaran, nilai=nilai_tercatat, **common)

    # Prose statements share a source with its table (BAB III.B Sasaran 6 …), whose figures
    # take urutan 1–7; the prose follows from 11.
    per_sumber: Counter[str] = Counter()
    for sumber, besaran, label, nilai, teks, kode, *claim in pengukuran.PERNYATAAN:
        cakupan, pembanding = claim or ("", "=")
        per_sumber[sumber] += 1
        _stated(
            loader,
            satker,
            sumber,
            10 + per_sumber[sumber],
            besaran,
            label=label,
            nilai=nilai,
            teks=teks,
            kegiatan=kegiatan.get(kode),
            cakupan=cakupan,
            pembanding=pembanding,
        )


def _load_evaluation(loader: AuditedWriter, satker: Satker) -> None:
    kegiatan = {item.kode: item for item in Kegiatan.objects.all()}
    for nomor, aspek, kode, hambatan, keterangan, hambatan_upaya, upaya in evaluasi.HAMBATAN:
        loader.upsert(
            HambatanUpaya,
            {"satker": satker, "tahun": TAHUN, "nomor": nomor},
            {
                "aspek": aspek,
                "kegiatan": kegiatan.get(kode),
                "hambatan": hambatan,
                "keterangan": keterangan,
                "hambatan_di_tabel_upaya": hambatan_upaya,
                "upaya": upaya,
                "sumber": evaluasi.HAMBATAN_SUMBER,
            },
        )
    for nomor, sumber_daya, efisiensi in evaluasi.EFISIENSI:
        loader.upsert(
            EfisiensiSumberDaya,
            {"satker": satker, "tahun": TAHUN, "nomor": nomor},
            {"sumber_daya": sumber_daya, "efisiensi": efisiensi},
        )
    for nomor, aspek, indikator_keberhasilan, keterangan in evaluasi.KESIMPULAN:
        loader.upsert(
            Kesimpulan,
            {"satker": satker, "tahun": TAHUN, "nomor": nomor},
            {
                "aspek": aspek,
                "indikator_keberhasilan": indikator_keberhasilan,
                "keterangan": keterangan,
            },
        )


def _load_accounts(satker: Satker) -> None:
    # Passwords are set only when an account is first created, so a user's change survives.
    admin, created = User.objects.get_or_create(
        username="admin", defaults={"is_staff": True, "is_superuser": True}
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save()
    for username, peran, unit_name, description in DEMO_ROLES:
        user, created = User.objects.get_or_create(
            username=username, defaults={"first_name": description[:150]}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        unit = satker.units.get(nama=unit_name) if unit_name else None
        Membership.objects.get_or_create(user=user, satker=satker, unit=unit, peran=peran)
