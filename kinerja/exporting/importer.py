"""Restore: `kinerja impor` loads a document in the export format (docs/ekspor.md) — a new satker,
or, when asked to, a replacement of that satker-year — in one transaction, with the admin's
validation and Indonesian messages. Every row written or removed is audited.

Satker-level data (units, staff, commissioners, the Renstra, indicators and their annual
targets) is brought up to date; the year's data (RKT, PKs, realisations, budget, hambatan,
stated values, period targets, the LKE evaluation) replaces what the satker held for that
year. Reference data shared by all satkers (programmes, kegiatan, KRO/RO, predicate scales,
LKE worksheet versions) is created when missing and never changed: a kegiatan whose name or
programme differs is kept and reported as a warning, a predicate scale with the same code and
other bands or a worksheet version of the same year with other content is refused, any other
difference is kept as the database holds it. The LKE part is kinerja.exporting.impor_lke.
"""

import datetime
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import filetype
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from kinerja.agreements.choices import StatusPerjanjian
from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.models import KRO, RO, Kegiatan, Pagu, Program, RealisasiAnggaran
from kinerja.core.tahun import TAHUN_MAKS, TAHUN_MIN, tahun_dalam_rentang
from kinerja.core.upsert import AuditedWriter
from kinerja.documents.models import LaporanTahunan, LaporanTertandatangan, NaskahLaporan
from kinerja.documents.serial import sidik
from kinerja.evaluation.models import (
    CatatanReviu,
    EfisiensiSumberDaya,
    Kesimpulan,
    PernyataanReviu,
)
from kinerja.exporting.bukti import BuktiTidakSah, baca_bukti
from kinerja.exporting.selectors import (
    FORMAT,
    FORMAT_VERSIONS_READ,
    kunci_perjanjian,
)
from kinerja.lke.models import EvaluasiLke, JawabanLke, SnapshotLke
from kinerja.lke.models_rekomendasi import NarasiKomponen, PenandaTanganLhe
from kinerja.measurement.choices import PeriodePelaporan, TindakLanjut
from kinerja.measurement.models import (
    HambatanUpaya,
    NilaiTercatat,
    PengaturanPengukuran,
    PitaPredikat,
    Realisasi,
    SkalaPredikat,
)
from kinerja.organisations.models import Anggota, Pegawai, RiwayatJabatan, Satker, Unit
from kinerja.planning.models import (
    RKT,
    BarisRKT,
    IndikatorKinerja,
    Misi,
    Renstra,
    SasaranStrategis,
    TargetPeriode,
    TargetTahunan,
    Tujuan,
)
from kinerja.reporting.berkas import berkas_baru, hapus_setelah_commit
from kinerja.reporting.bukti_berkas import JENIS_BUKTI
from kinerja.reporting.models import BuktiDukung, IsianRealisasi, LaporanRealisasi

ACTOR_LABEL = "kinerja impor"
# The people on a report are accounts, not in the export: restored reports name nobody.
ORANG_LAPORAN = ("diubah_oleh", "diajukan_oleh", "diputuskan_oleh")


class ImporDitolak(Exception):
    """The document cannot be loaded; nothing was written."""


@dataclass
class HasilImpor:
    satker: Satker
    tahun: int
    baru: bool
    perubahan: dict[str, int]
    peringatan: list[str] = field(default_factory=list)


def _d(value) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation as error:
        raise ImporDitolak(f"Angka tidak sah: {value!r}.") from error


def _text(value) -> str:
    return "" if value is None else str(value)


def _teks_kosong(model, values: dict) -> dict:
    """An optional text written as null is empty: Django's validation lets an empty value of
    a blank field through, and the database then refuses the null (a crash, not a refusal)."""
    fields = {field.name: field for field in model._meta.concrete_fields}
    return {
        key: (
            ""
            if value is None
            and isinstance(fields.get(key), models.CharField | models.TextField)
            and fields[key].blank
            and not fields[key].null
            else value
        )
        for key, value in values.items()
    }


def _waktu(value, lokasi: str) -> datetime.datetime | None:
    """A moment written by the export (ISO 8601 with its offset)."""
    if value is None:
        return None
    moment = datetime.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ImporDitolak(
            _("%(lokasi)s: waktu %(nilai)s tanpa zona waktu.") % {"lokasi": lokasi, "nilai": value}
        )
    return moment


def _nomor_dokumen(row: dict) -> str:
    """A pagu's document number. A file written before the field existed has none: there a
    revision's document was written in its `sumber` (as migration budgets 0006 reads it)."""
    if "nomor_dokumen" in row:
        return _text(row["nomor_dokumen"])
    return _text(row["sumber"]) if row["jenis"] == "revisi" else ""


def _messages(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


class _Impor:
    def __init__(
        self,
        document: dict[str, Any],
        ganti: bool,
        sumber: str,
        actor,
        bukti: Path | None = None,
        berkas_tersimpan: list[str] | None = None,
    ) -> None:
        self.doc = document
        # The folder of evidence bytes (`kinerja ekspor --bukti`), and the names of the files
        # stored from it, deleted again if the import fails.
        self.bukti = bukti
        self.berkas_tersimpan = [] if berkas_tersimpan is None else berkas_tersimpan
        self.ganti = ganti
        self.tahun: int = document["tahun"]
        self.writer = AuditedWriter(ACTOR_LABEL, f"Impor {sumber}", actor)
        self.peringatan: list[str] = []
        self.kegiatan: dict[str, Kegiatan] = {}
        self.indikator: dict[str, IndikatorKinerja] = {}
        self.perjanjian: dict[str, PerjanjianKinerja] = {}
        self.renstra_awal: dict[int, Renstra] = {}

    def simpan(
        self, lokasi: str, model, lookup: dict, values: dict, *, published=False, exclude=()
    ):
        values = _teks_kosong(model, values)
        try:
            return self.writer.upsert(model, lookup, values, published=published, exclude=exclude)
        except ValidationError as error:
            raise ImporDitolak(f"{lokasi}: {_messages(error)}") from error

    # --- the satker and what it is made of ----------------------------------------------------

    def satker(self) -> tuple[Satker, bool]:
        parents: dict[str, Satker] = {}
        for node in self.doc["induk"]:
            existing = Satker.objects.filter(slug=node["slug"]).first()
            parents[node["slug"]] = existing or self.simpan(
                f"induk {node['slug']}",
                Satker,
                {"slug": node["slug"]},
                self._satker_values(node, parents),
            )
        data = self.doc["satker"]
        existing = Satker.objects.filter(slug=data["slug"]).first()
        if existing is not None and not self.ganti:
            raise ImporDitolak(
                f"Satker {data['slug']} sudah ada. Untuk mengganti data tahun {self.tahun} "
                "satker itu dengan isi berkas, jalankan lagi dengan --ganti."
            )
        satker = self.simpan(
            "satker", Satker, {"slug": data["slug"]}, self._satker_values(data, parents)
        )
        return satker, existing is None

    def _satker_values(self, data: dict, parents: dict[str, Satker]) -> dict:
        parent = None
        if data["induk"]:
            parent = parents.get(data["induk"]) or Satker.objects.filter(slug=data["induk"]).first()
            if parent is None:
                raise ImporDitolak(f"Satker induk {data['induk']} tidak ada di berkas.")
        # Optional texts may be written as null; the model validation lets an empty value
        # of a blank field through, and the database refuses a null one.
        return {
            "nama": data["nama"],
            "nama_lengkap": _text(data["nama_lengkap"]),
            "tingkat": data["tingkat"],
            "parent": parent,
            "kota": _text(data["kota"]),
            "alamat": _text(data["alamat"]),
        }

    def kunci_unik(self) -> None:
        """Staff are known by source and number, commissioners by number; neither is unique in
        the database (the admin leaves the number at 0), and two rows under one key would
        silently become one."""
        staff: dict[tuple[str, int], str] = {}
        for row in self.doc["pegawai"]:
            key = (row["sumber"], row["nomor_urut"])
            if key in staff:
                raise ImporDitolak(
                    f"pegawai {staff[key]} dan {row['nama']} sama-sama bernomor urut "
                    f'{row["nomor_urut"]} pada sumber "{row["sumber"]}": impor mengenali '
                    "pegawai dari sumber dan nomor urutnya. Beri nomor urut yang berbeda, lalu "
                    "ekspor ulang."
                )
            staff[key] = row["nama"]
        members: dict[int, str] = {}
        for row in self.doc["anggota"]:
            if row["nomor_urut"] in members:
                raise ImporDitolak(
                    f"anggota {members[row['nomor_urut']]} dan {row['nama']} sama-sama bernomor "
                    f"urut {row['nomor_urut']}: impor mengenali anggota dari nomor urutnya. Beri "
                    "nomor urut yang berbeda, lalu ekspor ulang."
                )
            members[row["nomor_urut"]] = row["nama"]

    def organisasi(self, satker: Satker) -> None:
        units = {}
        for row in self.doc["unit"]:
            units[row["nama"]] = self.simpan(
                f"unit {row['nama']}",
                Unit,
                {"satker": satker, "nama": row["nama"]},
                {
                    "urutan": row["urutan"],
                    "nama_lain": _text(row["nama_lain"]),
                    "nama_lain_sumber": _text(row["nama_lain_sumber"]),
                    "tugas": row["tugas"],
                },
            )
        for row in self.doc["anggota"]:
            self.simpan(
                f"anggota {row['nama']}",
                Anggota,
                {"satker": satker, "nomor_urut": row["nomor_urut"]},
                {
                    "nama": row["nama"],
                    "is_ketua": row["ketua"],
                    "jabatan": row["jabatan"],
                    "divisi": row["divisi"],
                    "korwil_kecamatan": row["korwil_kecamatan"],
                    "sumber": row["sumber"],
                },
            )
        for row in self.doc["pegawai"]:
            if row["unit"] and row["unit"] not in units:
                raise ImporDitolak(
                    f"pegawai {row['nama']}: unit {row['unit']} tidak ada di berkas."
                )
            self.simpan(
                f"pegawai {row['nama']} ({row['sumber']} no. {row['nomor_urut']})",
                Pegawai,
                {"satker": satker, "sumber": row["sumber"], "nomor_urut": row["nomor_urut"]},
                {
                    "nama": row["nama"],
                    "jenis": row["jenis"],
                    "nip": _text(row["nip"]),
                    "nip_sumber": _text(row["nip_sumber"]),
                    "jabatan": row["jabatan"],
                    "formasi": _text(row["formasi"]),
                    "pangkat_golongan": _text(row["pangkat_golongan"]),
                    "pendidikan": _text(row["pendidikan"]),
                    "diklat": _text(row["diklat"]),
                    "unit": units.get(row["unit"]),
                },
            )
        self.riwayat_jabatan(satker)

    def riwayat_jabatan(self, satker: Satker) -> None:
        """Who held which post when; absent from files written before it existed. A term's
        holder is a Pegawai or (the head's superior) a commissioner; files written before
        commissioners could hold a term name a Pegawai and no role but `kepala`."""
        staff = {(person.sumber, person.nomor_urut): person for person in satker.pegawai.all()}
        members = {member.nomor_urut: member for member in satker.anggota.all()}
        units = {unit.nama: unit for unit in satker.units.all()}
        for row in self.doc.get("riwayat_jabatan", []):
            where = f"riwayat jabatan {row['jabatan']} mulai {row['mulai']}"
            holder: dict = {"pegawai": None, "anggota": None}
            if row.get("pegawai"):
                key = (row["pegawai"]["sumber"], row["pegawai"]["nomor_urut"])
                if key not in staff:
                    raise ImporDitolak(
                        f"{where}: pegawai {key[0]} nomor urut {key[1]} tidak ada di berkas."
                    )
                holder["pegawai"] = staff[key]
            elif row.get("anggota") is not None:
                if row["anggota"] not in members:
                    raise ImporDitolak(
                        f"{where}: anggota nomor urut {row['anggota']} tidak ada di berkas."
                    )
                holder["anggota"] = members[row["anggota"]]
            else:
                raise ImporDitolak(f"{where}: tidak menyebut pemegang jabatan.")
            unit = row.get("unit")
            if unit and unit not in units:
                raise ImporDitolak(f"{where}: unit {unit} tidak ada di berkas.")
            self.simpan(
                where,
                RiwayatJabatan,
                {"satker": satker, **holder, "mulai": row["mulai"]},
                {
                    "jabatan": row["jabatan"],
                    "kepala": row["kepala"],
                    "atasan": bool(row.get("atasan")),
                    "unit": units.get(unit) if unit else None,
                    "selesai": row["selesai"],
                    "pangkat_golongan": _text(row["pangkat_golongan"]),
                    "sumber": _text(row["sumber"]),
                },
            )

    def referensi(self) -> None:
        for row in self.doc["kegiatan"]:
            program = self.program(row["program"], row.get("program_kode"))
            kegiatan = Kegiatan.objects.filter(kode=row["kode"]).first()
            if kegiatan is None:
                kegiatan = self.simpan(
                    f"kegiatan {row['kode']}",
                    Kegiatan,
                    {"kode": row["kode"]},
                    {"nama": row["nama"], "program": program},
                )
            elif (kegiatan.nama, kegiatan.program) != (row["nama"], program):
                self.peringatan.append(
                    f"Kegiatan {row['kode']} sudah ada dengan nama/program berbeda; yang ada "
                    "dipertahankan."
                )
            self.kegiatan[row["kode"]] = kegiatan
            for kro_row in row["kro"]:
                kro = KRO.objects.filter(kegiatan=kegiatan, kode=kro_row["kode"]).first()
                kro = kro or self.simpan(
                    f"KRO {row['kode']}.{kro_row['kode']}",
                    KRO,
                    {"kegiatan": kegiatan, "kode": kro_row["kode"]},
                    {"nama": kro_row["nama"]},
                )
                for ro_row in kro_row["ro"]:
                    if not RO.objects.filter(kro=kro, kode=ro_row["kode"]).exists():
                        self.simpan(
                            f"RO {kro_row['kode']}.{ro_row['kode']}",
                            RO,
                            {"kro": kro, "kode": ro_row["kode"]},
                            {"nama": ro_row["nama"]},
                        )

    def program(self, nama: str | None, kode: str | None) -> Program | None:
        """A programme by name, created when missing (reference data is never changed)."""
        if not nama:
            return None
        return Program.objects.filter(nama=nama).first() or self.simpan(
            f"program {nama}", Program, {"nama": nama}, {"kode": _text(kode)}
        )

    def kegiatan_kode(self, kode: str | None, lokasi: str) -> Kegiatan | None:
        if kode is None:
            return None
        if kode not in self.kegiatan:
            found = Kegiatan.objects.filter(kode=kode).first()
            if found is None:
                raise ImporDitolak(f"{lokasi}: kegiatan {kode} tidak ada di berkas.")
            self.kegiatan[kode] = found
        return self.kegiatan[kode]

    def skala(self) -> dict[str, SkalaPredikat]:
        scales = {}
        for row in self.doc["skala"]:
            bands = [
                (
                    band["urutan"],
                    band["predikat"],
                    band["keterangan"],
                    _d(band["bawah"]),
                    band["bawah_inklusif"],
                    _d(band["atas"]),
                    band["atas_inklusif"],
                )
                for band in row["pita"]
            ]
            existing = SkalaPredikat.objects.filter(kode=row["kode"]).first()
            if existing is not None:
                held = [
                    (b.urutan, b.predikat, b.keterangan, b.bawah, b.bawah_inklusif, b.atas,
                     b.atas_inklusif)
                    for b in existing.pita.all()
                ]  # fmt: skip
                if held != bands:
                    raise ImporDitolak(
                        f"Skala {row['kode']} di berkas berbeda dengan skala {row['kode']} yang "
                        "sudah ada; samakan dulu atau beri kode lain."
                    )
                scales[row["kode"]] = existing
                continue
            scale = self.simpan(
                f"skala {row['kode']}",
                SkalaPredikat,
                {"kode": row["kode"]},
                {
                    "nama": row["nama"],
                    "sumber": row["sumber"],
                    "teratas_terbuka": row["teratas_terbuka"],
                },
            )
            for urutan, predikat, keterangan, bawah, bawah_inklusif, atas, atas_inklusif in bands:
                self.simpan(
                    f"skala {row['kode']} pita {urutan}",
                    PitaPredikat,
                    {"skala": scale, "urutan": urutan},
                    {
                        "predikat": predikat,
                        "keterangan": keterangan,
                        "bawah": bawah,
                        "bawah_inklusif": bawah_inklusif,
                        "atas": atas,
                        "atas_inklusif": atas_inklusif,
                    },
                )
            scales[row["kode"]] = scale
        return scales

    def pengaturan(self, satker: Satker, scales: dict[str, SkalaPredikat]) -> None:
        data = self.doc["pengaturan_pengukuran"]
        existing = PengaturanPengukuran.objects.filter(satker=satker).first()
        if data is None:
            if existing is not None:
                self.writer.delete(existing)
            return
        skala = None
        if data["skala"]:
            skala = (
                scales.get(data["skala"])
                or SkalaPredikat.objects.filter(kode=data["skala"]).first()
            )
            if skala is None:
                raise ImporDitolak(f"pengaturan pengukuran: skala {data['skala']} tidak ada.")
        self.simpan(
            "pengaturan pengukuran",
            PengaturanPengukuran,
            {"satker": satker},
            {
                "skala": skala,
                "plafon": data["plafon"],
                "kebijakan_target_nol": data["kebijakan_target_nol"],
                "ambang_capaian": _d(data["ambang_capaian"]),
                "sumber": _text(data["sumber"]),
                # Files written before units could report monthly: quarterly, as then.
                "periode_laporan": data.get("periode_laporan", PeriodePelaporan.TRIWULANAN),
            },
        )

    # --- plans ----------------------------------------------------------------------------------

    def renstra(self, satker: Satker) -> Renstra | None:
        """The Renstra covering the year, and the satker's other Renstras (an indicator may be
        tied to a sasaran of an earlier one)."""
        for data in self.doc["renstra_lain"]:
            self._renstra(satker, data)
        data = self.doc["renstra"]
        return None if data is None else self._renstra(satker, data)

    def _renstra(self, satker: Satker, data: dict) -> Renstra:
        renstra = self.simpan(
            "renstra",
            Renstra,
            {"satker": satker, "tahun_awal": data["tahun_awal"]},
            {
                "tahun_akhir": data["tahun_akhir"],
                "visi": data["visi"],
                "dasar_hukum": data["dasar_hukum"],
                "sumber": data["sumber"],
            },
        )
        for row in data["misi"]:
            self.simpan(
                f"misi {row['nomor']}",
                Misi,
                {"renstra": renstra, "nomor": row["nomor"]},
                {"uraian": row["uraian"]},
            )
        goals = {}
        for row in data["tujuan"]:
            goals[row["nomor"]] = self.simpan(
                f"tujuan {row['nomor']}",
                Tujuan,
                {"renstra": renstra, "nomor": row["nomor"]},
                {"uraian": row["uraian"]},
            )
        for row in data["sasaran"]:
            where = f"sasaran {row['nomor']}"
            if row["tujuan_nomor"] is not None and row["tujuan_nomor"] not in goals:
                raise ImporDitolak(f"{where}: tujuan {row['tujuan_nomor']} tidak ada di berkas.")
            self.simpan(
                where,
                SasaranStrategis,
                {"renstra": renstra, "nomor": row["nomor"]},
                {
                    "uraian": row["uraian"],
                    "tujuan": goals.get(row["tujuan_nomor"]),
                    "tujuan_tercatat": _text(row["tujuan_tercatat"]),
                },
            )
        self.renstra_awal[data["tahun_awal"]] = renstra
        return renstra

    def sasaran(self, row: dict, lokasi: str):
        """The sasaran strategis a row names by its Renstra (first year) and number."""
        nomor = row["sasaran_nomor"]
        if nomor is None:
            return None
        renstra = self.renstra_awal.get(row["sasaran_renstra"])
        found = renstra and renstra.sasaran.filter(nomor=nomor).first()
        if not found:
            raise ImporDitolak(
                f"{lokasi}: sasaran strategis {nomor} Renstra {row['sasaran_renstra']} tidak ada "
                "di berkas."
            )
        return found

    def indikator_satker(self, satker: Satker) -> None:
        for row in self.doc["indikator"]:
            where = f"indikator {row['kode']}"
            item = self.simpan(
                where,
                IndikatorKinerja,
                {"satker": satker, "kode": row["kode"]},
                {
                    "nama": row["nama"],
                    "kegiatan": self.kegiatan_kode(row["kegiatan_kode"], where),
                    "sasaran": self.sasaran(row, where),
                    "satuan": row["satuan"],
                    "iku": row["iku"],
                    "polaritas": row["polaritas"],
                    "batas_atas": _d(row["batas_atas"]),
                    "varian_turun": row["varian_turun"],
                    "plafon": _text(row["plafon"]),
                    "kebijakan_target_nol": _text(row["kebijakan_target_nol"]),
                    "metode_agregasi": row["metode_agregasi"],
                    "bobot": _d(row["bobot"]),
                    "label_kualitatif": "\n".join(row["label_kualitatif"]),
                    "definisi": _text(row["definisi"]),
                    "sumber_data": _text(row["sumber_data"]),
                },
            )
            self.indikator[row["kode"]] = item
            for target in row["target_tahunan"]:
                self.simpan(
                    f"{where} target {target['tahun']}",
                    TargetTahunan,
                    {"indikator": item, "tahun": target["tahun"]},
                    {**self._target(target), "sumber": target["sumber"]},
                )

    def indikator_kode(self, kode: str, lokasi: str) -> IndikatorKinerja:
        if kode not in self.indikator:
            raise ImporDitolak(f"{lokasi}: indikator {kode} tidak ada di berkas.")
        return self.indikator[kode]

    @staticmethod
    def _target(row: dict) -> dict:
        return {"target": _d(row["target"]), "target_teks": _text(row["target_teks"])}

    # --- the year ---------------------------------------------------------------------------

    def hapus_tahun(self, satker: Satker) -> None:
        """Remove the satker's data of the year, children before what they point to."""
        year = {"satker": satker, "tahun": self.tahun}
        self.tanpa_turunan_lain(satker)
        removed_files = []
        for report in LaporanRealisasi.objects.filter(**year).order_by("pk"):
            for bukti in report.bukti.order_by("pk"):
                removed_files.append(bukti.berkas.name)
                self.writer.delete(bukti)
            for item in report.isian.order_by("pk"):
                self.writer.delete(item)
            self.writer.delete(report)
        removed_files += self.hapus_evaluasi_lke(satker)
        # Their files go once the import has committed; a failed import keeps rows and files.
        hapus_setelah_commit(removed_files)
        # Revisions before the versions they revise.
        for row in LaporanTertandatangan.objects.filter(**year).order_by("-versi"):
            self.writer.delete(row)
        for model in (
            NilaiTercatat,
            HambatanUpaya,
            EfisiensiSumberDaya,
            Kesimpulan,
            NaskahLaporan,
            LaporanTahunan,
            CatatanReviu,
            PernyataanReviu,
        ):
            for row in model.objects.filter(**year):
                self.writer.delete(row)
        for model in (RealisasiAnggaran, Pagu):
            for row in model.objects.filter(**year):
                self.writer.delete(row)
        indicators = {"indikator__satker": satker, "tahun": self.tahun}
        for model in (Realisasi, TargetPeriode):
            for row in model.objects.filter(**indicators):
                self.writer.delete(row)
        # Unit PKs before the PKs they trace to, newer versions before the ones they revise.
        for pk in PerjanjianKinerja.objects.filter(**year).order_by("-tingkat", "-versi"):
            for line in [*pk.anggaran.all(), *pk.baris.order_by("-urutan")]:
                self.writer.delete(line)
            self.writer.delete(pk)
        for rkt in RKT.objects.filter(**year):
            for row in rkt.baris.all():
                self.writer.delete(row)
            self.writer.delete(rkt)

    def hapus_evaluasi_lke(self, satker: Satker) -> list[str]:
        """Remove the year's LKE evaluation, children first; the names of its files (evidence
        and follow-up), to delete once the import has committed. The worksheet version stays:
        it is shared by every satker."""
        files = []
        for evaluasi in EvaluasiLke.objects.filter(satker=satker, tahun=self.tahun):
            for rekomendasi in evaluasi.rekomendasi.order_by("nomor"):
                for entry in rekomendasi.tindak_lanjut.order_by("pk"):
                    files.append(entry.berkas.name)
                    self.writer.delete(entry)
                self.writer.delete(rekomendasi)
            for item in evaluasi.bukti.order_by("pk"):
                if item.berkas:
                    files.append(item.berkas.name)
                self.writer.delete(item)
            for model in (PenandaTanganLhe, NarasiKomponen, SnapshotLke, JawabanLke):
                for row in model.objects.filter(evaluasi=evaluasi).order_by("pk"):
                    self.writer.delete(row)
            self.writer.delete(evaluasi)
        return files

    def tanpa_turunan_lain(self, satker: Satker) -> None:
        """The year's PKs cannot be removed while PKs of other satkers (a city PK cascaded from
        the province PK) trace to them or to their lines: say which, rather than fail on the
        database's protection halfway through."""
        ours = PerjanjianKinerja.objects.filter(satker=satker, tahun=self.tahun)
        ours_ids = set(ours.values_list("pk", flat=True))
        dependants = {
            pk.pk: pk
            for pk in PerjanjianKinerja.objects.filter(
                Q(induk__in=ours) | Q(baris__induk_baris__perjanjian__in=ours)
            )
            .exclude(satker=satker)
            .select_related("satker", "unit", "induk__unit")
        }
        if not dependants:
            return
        by_satker: dict[str, list[str]] = {}
        for pk in sorted(
            dependants.values(),
            key=lambda pk: (
                pk.satker.slug,
                pk.tingkat,
                pk.unit.urutan if pk.unit_id else -1,
                pk.versi,
            ),
        ):
            name = f"PK {kunci_perjanjian(pk)}"
            if pk.induk_id in ours_ids:
                name += f" dari PK {kunci_perjanjian(pk.induk)}"
            by_satker.setdefault(pk.satker.slug, []).append(name)
        listed = "; ".join(f"{slug}: {', '.join(names)}" for slug, names in by_satker.items())
        raise ImporDitolak(
            f"Data tahun {self.tahun} satker {satker.slug} tidak dapat diganti: PK satker lain "
            f"diturunkan dari PK-nya — {listed}. Hapus PK itu atau lepaskan dari PK induknya, "
            "lalu jalankan lagi."
        )

    def tahun_ini(self, satker: Satker, renstra: Renstra | None) -> None:
        for row in self.doc["indikator"]:
            for target in row["target_periode"]:
                self.simpan(
                    f"indikator {row['kode']} target {target['periode']}",
                    TargetPeriode,
                    {
                        "indikator": self.indikator[row["kode"]],
                        "tahun": target["tahun"],
                        "periode": target["periode"],
                    },
                    {**self._target(target), "sumber": target["sumber"]},
                )
        rkt_rows = self.rkt(satker, renstra)
        self.perjanjian_tahun(satker, rkt_rows)
        self.realisasi()
        self.laporan_realisasi(satker)
        self.anggaran(satker)
        self.evaluasi(satker)
        # Last: an evidence link names a record of the year (a PK, the RKT) the file restores.
        self.evaluasi_lke(satker)

    def evaluasi_lke(self, satker: Satker) -> None:
        """The year's LKE evaluation; absent from files written before it was exported."""
        # Imported here: the LKE part builds on this module (its refusal, its row writer).
        from kinerja.exporting.impor_lke import ImporLke

        data = self.doc.get("evaluasi_lke")
        if data is not None:
            ImporLke(self, satker).run(data)

    def rkt(self, satker: Satker, renstra: Renstra | None) -> dict[int, BarisRKT]:
        data = self.doc["rkt"]
        if data is None:
            return {}
        rkt = self.simpan(
            "RKT",
            RKT,
            {"satker": satker, "tahun": self.tahun},
            {"renstra": renstra, "sumber": data["sumber"]},
        )
        rows = {}
        for row in data["baris"]:
            where = f"RKT baris {row['urutan']}"
            rows[row["urutan"]] = self.simpan(
                where,
                BarisRKT,
                {"rkt": rkt, "urutan": row["urutan"]},
                {
                    "nomor_tercetak": row["nomor"],
                    "sasaran_tercetak": row["sasaran"],
                    "kegiatan": self.kegiatan_kode(row["kegiatan_kode"], where),
                    "indikator": self.indikator_kode(row["indikator_kode"], where),
                    "indikator_tercetak": row["indikator"],
                    **self._target(row),
                },
            )
        return rows

    def perjanjian_tahun(self, satker: Satker, rkt_rows: dict[int, BarisRKT]) -> None:
        units = {unit.nama: unit for unit in satker.units.all()}
        staff = {(person.sumber, person.nomor_urut): person for person in satker.pegawai.all()}
        members = {member.nomor_urut: member for member in satker.anggota.all()}
        for data in self.doc["perjanjian"]:
            where = f"PK {data['kunci']}"
            published = data["status"] == StatusPerjanjian.DITANDATANGANI
            parties = {}
            for side in ("pertama", "kedua"):
                party = data[f"pihak_{side}"]
                person = party["pegawai"]
                pegawai = None
                if person:
                    pegawai = staff.get((person["sumber"], person["nomor_urut"]))
                    if pegawai is None:
                        raise ImporDitolak(
                            f"{where}: pihak {side}: pegawai nomor urut {person['nomor_urut']} "
                            f'pada sumber "{person["sumber"]}" tidak ada di berkas.'
                        )
                parties.update(
                    {
                        f"pihak_{side}_nama": party["nama"],
                        f"pihak_{side}_jabatan": party["jabatan"],
                        f"pihak_{side}_nip_tercetak": _text(party["nip_tercetak"]),
                        f"pihak_{side}_pegawai": pegawai,
                    }
                )
            nomor = data["pihak_kedua"]["anggota_nomor_urut"]
            if nomor is not None and nomor not in members:
                raise ImporDitolak(
                    f"{where}: pihak kedua: anggota nomor urut {nomor} tidak ada di berkas."
                )
            parties["pihak_kedua_anggota"] = members.get(nomor)
            if data["unit"] and data["unit"] not in units:
                raise ImporDitolak(f"{where}: unit {data['unit']} tidak ada di berkas.")
            if data["revisi_dari"] and data["revisi_dari"] not in self.perjanjian:
                raise ImporDitolak(
                    f"{where}: revisi_dari {data['revisi_dari']} tidak ada di berkas."
                )
            pk = self.simpan(
                where,
                PerjanjianKinerja,
                {
                    "satker": satker,
                    "tahun": self.tahun,
                    "unit": units.get(data["unit"]),
                    "versi": data["versi"],
                },
                {
                    "tingkat": data["tingkat"],
                    "judul": data["judul"],
                    "induk": self.pk_induk(satker, data["induk"], where),
                    "status": data["status"],
                    "revisi_dari": self.perjanjian.get(data["revisi_dari"]),
                    "alasan_revisi": _text(data["alasan_revisi"]),
                    "keterangan_revisi": _text(data["keterangan_revisi"]),
                    **parties,
                    "tempat": data["tempat"],
                    "tanggal": data["tanggal"],
                    "total_anggaran_tercatat": _d(data["total_anggaran_tercatat"]),
                    "sumber": data["sumber"],
                },
                published=published,
            )
            self.perjanjian[data["kunci"]] = pk
            parent_lines = {line.urutan: line for line in pk.induk.baris.all()} if pk.induk else {}
            for row in data["baris"]:
                line_where = f"{where} baris {row['urutan']}"
                values = {
                    "nomor_tercetak": row["nomor"],
                    "sasaran_tercetak": row["sasaran"],
                    "kegiatan": self.kegiatan_kode(row["kegiatan_kode"], line_where),
                    "indikator": self.indikator_kode(row["indikator_kode"], line_where),
                    "indikator_tercetak": row["indikator"],
                    **self._target(row),
                    "induk_baris": parent_lines.get(row["induk_urutan"]),
                    "baris_rkt": rkt_rows.get(row["rkt_urutan"]),
                }
                if row["induk_urutan"] is not None and values["induk_baris"] is None:
                    raise ImporDitolak(f"{line_where}: baris induk tidak ada di PK induknya.")
                if row["rkt_urutan"] is not None and values["baris_rkt"] is None:
                    raise ImporDitolak(
                        f"{line_where}: baris RKT {row['rkt_urutan']} tidak ada di berkas."
                    )
                self.simpan(
                    line_where,
                    BarisPerjanjian,
                    {"perjanjian": pk, "urutan": row["urutan"]},
                    values,
                    published=published,
                )
            for row in data["anggaran"]:
                line_where = f"{where} anggaran {row['urutan']}"
                kro = None
                if row["kro_kode"]:
                    kro = KRO.objects.filter(
                        kegiatan=self.kegiatan_kode(row["kro_kegiatan_kode"], line_where),
                        kode=row["kro_kode"],
                    ).first()
                    if kro is None:
                        raise ImporDitolak(
                            f"{line_where}: KRO {row['kro_kegiatan_kode']}.{row['kro_kode']} "
                            "tidak ada di berkas."
                        )
                self.simpan(
                    line_where,
                    AnggaranPerjanjian,
                    {"perjanjian": pk, "urutan": row["urutan"]},
                    {
                        "jenis": row["jenis"],
                        "program": self.program(row["program"], row.get("program_kode")),
                        "kegiatan": self.kegiatan_kode(row["kegiatan_kode"], line_where),
                        "kro": kro,
                        "uraian_tercetak": row["uraian"],
                        "anggaran": _d(row["anggaran"]),
                    },
                    published=published,
                )

    def pk_induk(self, satker: Satker, induk, lokasi: str) -> PerjanjianKinerja | None:
        """The parent PK: a key of this file, or {"satker": slug, "kunci": key} for a PK of
        another satker (a city PK cascaded from the province PK). That one is not in the file:
        it must already be in the database, and is looked for among that satker's PKs only,
        since the same key names a PK in every satker."""
        if not induk:
            return None
        if isinstance(induk, str):
            if induk not in self.perjanjian:
                raise ImporDitolak(f"{lokasi}: induk {induk} tidak ada di berkas.")
            return self.perjanjian[induk]
        slug, kunci = induk["satker"], induk["kunci"]
        if slug == satker.slug:
            return self.pk_induk(satker, kunci, lokasi)
        found = {
            kunci_perjanjian(pk): pk
            for pk in PerjanjianKinerja.objects.filter(
                satker__slug=slug, tahun=self.tahun
            ).select_related("unit")
        }.get(kunci)
        if found is None:
            raise ImporDitolak(
                f"{lokasi}: PK induk {kunci} milik satker {slug} (tahun {self.tahun}) tidak ada "
                "di basis data. Impor dulu data tahun itu satker tersebut, lalu jalankan lagi."
            )
        return found

    def realisasi(self) -> None:
        for row in self.doc["realisasi"]:
            where = f"realisasi {row['indikator_kode']} {row['periode']}"
            self.simpan(
                where,
                Realisasi,
                {
                    "indikator": self.indikator_kode(row["indikator_kode"], where),
                    "tahun": self.tahun,
                    "periode": row["periode"],
                },
                {
                    "indikator_tercetak": row["indikator"],
                    **self._target(row),
                    "nilai": _d(row["realisasi"]),
                    "nilai_teks": _text(row["realisasi_teks"]),
                    "pembilang": _d(row["pembilang"]),
                    "pembilang_sumber": _text(row["pembilang_sumber"]),
                    "pembagi": _d(row["pembagi"]),
                    "pembagi_sumber": _text(row["pembagi_sumber"]),
                    "status": row["status"],
                    "alasan": _text(row["alasan"]),
                    "capaian_tercatat": _d(row["capaian_tercatat"]),
                    "sumber": row["sumber"],
                },
            )

    def laporan_realisasi(self, satker: Satker) -> None:
        """The units' realisation reports, their entries and their evidence files. Who saved,
        submitted or decided is not in the file: those fields stay empty."""
        # Format 2 files were written before reports were exported.
        rows = self.doc["laporan_realisasi"] if self.doc["versi_format"] >= 3 else []
        units = {unit.nama: unit for unit in satker.units.all()}
        for data in rows:
            where = f"laporan realisasi {data['unit']} {data['periode']}"
            if data["unit"] not in units:
                raise ImporDitolak(
                    _("%(lokasi)s: unit %(unit)s tidak ada di berkas.")
                    % {"lokasi": where, "unit": data["unit"]}
                )
            moments = {
                "diajukan_pada": _waktu(data["diajukan_pada"], where),
                "diputuskan_pada": _waktu(data["diputuskan_pada"], where),
            }
            report = self.simpan(
                where,
                LaporanRealisasi,
                {"unit": units[data["unit"]], "tahun": self.tahun, "periode": data["periode"]},
                {
                    "satker": satker,
                    "status": data["status"],
                    "versi": data["versi"],
                    "narasi": data["narasi"],
                    "alasan_dikembalikan": _text(data["alasan_dikembalikan"]),
                    **moments,
                },
                # Empty moments are "not yet" (a draft was never submitted); the model leaves
                # them null but not blank, as only the services set them.
                exclude=ORANG_LAPORAN + tuple(name for name, value in moments.items() if not value),
            )
            # diubah_pada is stamped on every save: the file's moment is put back after it.
            self._waktu_asli(report, "diubah_pada", _waktu(data["diubah_pada"], where))
            for row in data["isian"]:
                item_where = f"{where} isian {row['indikator_kode']}"
                self.simpan(
                    item_where,
                    IsianRealisasi,
                    {
                        "laporan": report,
                        "indikator": self.indikator_kode(row["indikator_kode"], item_where),
                    },
                    {
                        "status": row["status"],
                        "nilai": _d(row["realisasi"]),
                        "nilai_teks": _text(row["realisasi_teks"]),
                        "alasan": _text(row["alasan"]),
                    },
                )
            for number, row in enumerate(data["bukti"], start=1):
                self.bukti_dukung(report, row, f"{where} bukti {number} ({row['nama']})")

    def simpan_berkas(self, row: dict, where: str, berkas) -> None:
        """Put the file of an evidence row (`sha256`, `ukuran`, `jenis`) into the row's empty
        file field `berkas`: read from the export's folder and checked against the recorded
        hash, size and type before it is stored."""
        if self.bukti is None:
            raise ImporDitolak(
                _(
                    "%(lokasi)s: berkas ekspor memuat bukti dukung; sebutkan folder berkas bukti "
                    "hasil `kinerja ekspor --bukti` dengan --bukti FOLDER."
                )
                % {"lokasi": where}
            )
        try:
            data = baca_bukti(self.bukti, row["sha256"], row["ukuran"], where)
        except BuktiTidakSah as error:
            raise ImporDitolak(str(error)) from error
        kind = filetype.guess(data[:8192])
        if row["jenis"] not in JENIS_BUKTI or kind is None or kind.mime != row["jenis"]:
            raise ImporDitolak(
                _("%(lokasi)s: isi berkas bukan %(jenis)s, jenis yang tercatat.")
                % {"lokasi": where, "jenis": row["jenis"]}
            )
        berkas.save(f"{row['sha256'][:16]}.{kind.extension}", ContentFile(data), save=False)
        self.berkas_tersimpan.append(berkas.name)

    def bukti_dukung(self, report: LaporanRealisasi, row: dict, where: str) -> None:
        """An evidence row with its file."""
        bukti = BuktiDukung(
            laporan=report,
            nama_asli=row["nama"],
            jenis=row["jenis"],
            ukuran=row["ukuran"],
            sha256=row["sha256"],
        )
        self.simpan_berkas(row, where, bukti.berkas)
        try:
            self.writer.create(bukti, exclude=("diunggah_oleh",))
        except ValidationError as error:
            raise ImporDitolak(f"{where}: {_messages(error)}") from error
        # diunggah_pada is stamped on creation: the file's moment is put back after it.
        self._waktu_asli(bukti, "diunggah_pada", _waktu(row["diunggah_pada"], where))

    @staticmethod
    def _waktu_asli(instance, name: str, moment: datetime.datetime | None) -> None:
        if moment is None:
            return
        type(instance).objects.filter(pk=instance.pk).update(**{name: moment})
        setattr(instance, name, moment)

    def anggaran(self, satker: Satker) -> None:
        for item in self.doc["anggaran"]:
            where = f"anggaran {item['kegiatan_kode']}"
            kegiatan = self.kegiatan_kode(item["kegiatan_kode"], where)
            if len({bool(row.get("kro")) for row in item["riwayat_pagu"]}) > 1:
                raise ImporDitolak(
                    f"{where}: pagu dicatat untuk seluruh kegiatan dan juga per KRO; satu "
                    "kegiatan dalam satu tahun dicatat dengan satu cara saja."
                )
            for number, row in enumerate(item["riwayat_pagu"], start=1):
                # Pagu rows have no natural key of their own: the history is written in order.
                pagu = Pagu(
                    satker=satker,
                    kegiatan=kegiatan,
                    kro=self.kro_pagu(kegiatan, row.get("kro"), f"{where} pagu {number}"),
                    tahun=self.tahun,
                    jenis=row["jenis"],
                    jumlah=_d(row["jumlah"]),
                    sumber_dana=_text(row["sumber_dana"]),
                    tanggal=row["tanggal"],
                    alasan=_text(row["alasan"]),
                    nomor_dokumen=_nomor_dokumen(row),
                    sumber=row["sumber"],
                )
                try:
                    self.writer.create(pagu)
                except ValidationError as error:
                    raise ImporDitolak(f"{where} pagu {number}: {_messages(error)}") from error
            for row in item["realisasi_per_periode"]:
                self.simpan(
                    f"{where} realisasi {row['periode']}",
                    RealisasiAnggaran,
                    {
                        "satker": satker,
                        "kegiatan": kegiatan,
                        "tahun": self.tahun,
                        "periode": row["periode"],
                        "sumber_dana": _text(row["sumber_dana"]),
                    },
                    {
                        "jumlah": _d(row["jumlah"]),
                        "serapan_tercatat": _d(row["serapan_tercatat"]),
                        "sumber": row["sumber"],
                    },
                )

    @staticmethod
    def kro_pagu(kegiatan: Kegiatan, kode: str | None, where: str) -> KRO | None:
        if not kode:
            return None
        kro = KRO.objects.filter(kegiatan=kegiatan, kode=kode).first()
        if kro is None:
            raise ImporDitolak(f"{where}: KRO {kegiatan.kode}.{kode} tidak ada di berkas.")
        return kro

    def naskah(self, satker: Satker) -> None:
        """The narrative sections' versions, oldest first so a restored one finds its source.
        Absent from files written before they existed."""
        year = {"satker": satker, "tahun": self.tahun}
        saved: dict[tuple[str, str, int], NaskahLaporan] = {}
        for row in sorted(self.doc.get("naskah", []), key=lambda row: row["versi"]):
            where = f"naskah {row['bagian']} versi {row['versi']}"
            kunci = row.get("kunci", "")  # absent from files written before it existed
            if kunci == "sasaran":
                kunci = f"sasaran-{self.sasaran(row, where).pk}"
            source = row["dipulihkan_dari_versi"]
            if source is not None and (row["bagian"], kunci, source) not in saved:
                raise ImporDitolak(f"{where}: versi {source} yang dipulihkan tidak ada di berkas.")
            moment = _waktu(row["dibuat_pada"], where)
            saved[(row["bagian"], kunci, row["versi"])] = self.simpan(
                where,
                NaskahLaporan,
                {**year, "bagian": row["bagian"], "kunci": kunci, "versi": row["versi"]},
                {
                    "label_kunci": row.get("label_kunci", ""),
                    "teks": row["teks"],
                    "sidik_bawaan": row["sidik_bawaan"],
                    "dipulihkan_dari": saved.get((row["bagian"], kunci, source)),
                    **({"dibuat_pada": moment} if moment else {}),
                },
                exclude=("penulis",),  # accounts are not exported
            )

    def laporan(self, satker: Satker) -> None:
        """The report's date, place and number, and its signed versions, oldest first so a
        revision finds the version it revises; a version whose content does not match its
        hash is refused. Absent from files written before they existed."""
        year = {"satker": satker, "tahun": self.tahun}
        identitas = self.doc.get("identitas_laporan")
        if identitas is not None:
            self.simpan("identitas laporan", LaporanTahunan, year, identitas)
        saved: dict[int, LaporanTertandatangan] = {}
        for row in self.doc.get("laporan_tertandatangan", []):
            where = f"laporan tertandatangan versi {row['versi']}"
            if sidik(row["isi"]) != row["sidik"]:
                raise ImporDitolak(f"{where}: isi tidak cocok dengan SHA-256-nya.")
            # Files written before the source data was kept have neither.
            data, data_hash = row.get("data") or "", row.get("data_sidik") or ""
            if not isinstance(data, str) or not isinstance(data_hash, str):
                raise ImporDitolak(f"{where}: data sumber dan SHA-256-nya harus berupa teks.")
            if (data or data_hash) and sidik(data) != data_hash:
                raise ImporDitolak(f"{where}: data sumber tidak cocok dengan SHA-256-nya.")
            source = row["revisi_dari_versi"]
            if source is not None and source not in saved:
                raise ImporDitolak(f"{where}: versi {source} yang direvisi tidak ada di berkas.")
            moment = _waktu(row["ditandatangani_pada"], where)
            values = {
                key: row[key]
                for key in (
                    "isi",
                    "sidik",
                    "tanggal",
                    "tempat",
                    "nomor",
                    "penanda_tangan",
                    "penanda_tangan_nip",
                    "penanda_tangan_jabatan",
                    "alasan",
                )
            }
            saved[row["versi"]] = self.simpan(
                where,
                LaporanTertandatangan,
                {**year, "versi": row["versi"]},
                {
                    **values,
                    "data": data,
                    "data_sidik": data_hash,
                    "revisi_dari": saved.get(source),
                    **({"ditandatangani_pada": moment} if moment else {}),
                },
                exclude=("ditandatangani_oleh",),  # accounts are not exported
            )

    def catatan_reviu(self, satker: Satker) -> None:
        """The review notes, oldest first. Absent from files written before they existed."""
        for number, row in enumerate(self.doc.get("catatan_reviu", []), start=1):
            where = f"catatan reviu {number}"
            note = CatatanReviu(
                satker=satker,
                tahun=self.tahun,
                aturan=row["aturan"],
                lokasi=row["lokasi"],
                pesan_temuan=row["pesan_temuan"],
                teks=row["teks"],
                status=row["status"],
                tanggapan=row["tanggapan"],
                ditanggapi_pada=_waktu(row["ditanggapi_pada"], where),
                diselesaikan_pada=_waktu(row["diselesaikan_pada"], where),
            )
            moment = _waktu(row["dibuat_pada"], where)
            if moment:
                note.dibuat_pada = moment
            try:
                # Accounts are not exported: an imported note names nobody.
                self.writer.create(
                    note, exclude=("penulis", "ditanggapi_oleh", "diselesaikan_oleh")
                )
            except ValidationError as error:
                raise ImporDitolak(f"{where}: {_messages(error)}") from error

    def pernyataan_reviu(self, satker: Satker) -> None:
        """The inspectorate's statements, oldest first, each linked again to the staff record
        of its NIP when there is one. Absent from files written before they existed."""
        for number, row in enumerate(self.doc.get("pernyataan_reviu", []), start=1):
            where = f"pernyataan telah direviu {number}"
            statement = PernyataanReviu(
                satker=satker,
                tahun=self.tahun,
                tanggal=row["tanggal"],
                tempat=row["tempat"],
                pemeriksa=Pegawai.objects.filter(nip=row["nip"]).first() if row["nip"] else None,
                nama=row["nama"],
                nip=row["nip"],
                jabatan=row["jabatan"],
                pangkat_golongan=row["pangkat_golongan"],
                ditarik_pada=_waktu(row["ditarik_pada"], where),
                alasan_penarikan=row["alasan_penarikan"],
            )
            moment = _waktu(row["dicatat_pada"], where)
            if moment:
                statement.dicatat_pada = moment
            try:
                # Accounts are not exported: an imported statement names nobody as its recorder.
                self.writer.create(statement, exclude=("dicatat_oleh", "ditarik_oleh"))
            except ValidationError as error:
                raise ImporDitolak(f"{where}: {_messages(error)}") from error

    def evaluasi(self, satker: Satker) -> None:
        year = {"satker": satker, "tahun": self.tahun}
        for row in self.doc["hambatan"]:
            where = f"hambatan {row['nomor']}"
            self.simpan(
                where,
                HambatanUpaya,
                {**year, "nomor": row["nomor"]},
                {
                    "aspek": row["aspek"],
                    "kegiatan": self.kegiatan_kode(row["kegiatan_kode"], where),
                    "indikator": (
                        self.indikator_kode(row["indikator_kode"], where)
                        if row["indikator_kode"]
                        else None
                    ),
                    "sasaran": self.sasaran(row, where),
                    "hambatan": row["hambatan"],
                    "keterangan": row["keterangan"],
                    "hambatan_di_tabel_upaya": _text(row["hambatan_di_tabel_upaya"]),
                    "upaya": row["upaya"],
                    # Absent from files written before it existed: not yet followed up.
                    "tindak_lanjut": row.get("tindak_lanjut", TindakLanjut.BELUM),
                    "sumber": row["sumber"],
                },
            )
        for row in self.doc["efisiensi"]:
            self.simpan(
                f"efisiensi {row['nomor']}",
                EfisiensiSumberDaya,
                {**year, "nomor": row["nomor"]},
                {"sumber_daya": row["sumber_daya"], "efisiensi": row["efisiensi"]},
            )
        self.naskah(satker)
        self.laporan(satker)
        self.catatan_reviu(satker)
        self.pernyataan_reviu(satker)
        for row in self.doc["kesimpulan"]:
            self.simpan(
                f"kesimpulan {row['nomor']}",
                Kesimpulan,
                {**year, "nomor": row["nomor"]},
                {
                    "aspek": row["aspek"],
                    "indikator_keberhasilan": row["indikator_keberhasilan"],
                    "keterangan": row["keterangan"],
                },
            )
        for row in self.doc["nilai_tercatat"]:
            where = f"nilai tercatat {row['sumber']} no. {row['urutan']}"
            self.simpan(
                where,
                NilaiTercatat,
                {**year, "sumber": row["sumber"], "urutan": row["urutan"]},
                {
                    "besaran": row["besaran"],
                    "cakupan": _text(row["cakupan"]),
                    "indikator": (
                        self.indikator_kode(row["indikator_kode"], where)
                        if row["indikator_kode"]
                        else None
                    ),
                    "kegiatan": self.kegiatan_kode(row["kegiatan_kode"], where),
                    "sasaran": self.sasaran(row, where),
                    "label": _text(row["label"]),
                    "pembanding": row["pembanding"],
                    "nilai": _d(row["nilai"]),
                    "dari": _d(row["dari"]),
                    "teks": _text(row["teks"]),
                },
            )

    def run(self) -> HasilImpor:
        self.kunci_unik()
        satker, new = self.satker()
        if not new:
            self.hapus_tahun(satker)
        self.organisasi(satker)
        self.referensi()
        self.pengaturan(satker, self.skala())
        renstra = self.renstra(satker)
        self.indikator_satker(satker)
        self.tahun_ini(satker, renstra)
        return HasilImpor(satker, self.tahun, new, dict(self.writer.changes), self.peringatan)


def periksa_format(document: Any) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImporDitolak(f'Berkas bukan ekspor Kinerja (kunci "format" harus "{FORMAT}").')
    version = document.get("versi_format")
    if version not in FORMAT_VERSIONS_READ or isinstance(version, bool):
        readable = " dan ".join(str(number) for number in FORMAT_VERSIONS_READ)
        raise ImporDitolak(
            f"Berkas berformat versi {version}; Kinerja ini memulihkan versi {readable}. "
            "Ekspor ulang data itu dengan Kinerja versi yang sama."
        )
    year = document.get("tahun")
    if year is None:
        raise ImporDitolak('Berkas tidak menyebut "tahun".')
    # bool is an int in Python; true is no year.
    if not isinstance(year, int) or isinstance(year, bool) or not tahun_dalam_rentang(year):
        raise ImporDitolak(
            f'"tahun" di berkas harus bilangan bulat antara {TAHUN_MIN} dan {TAHUN_MAKS} '
            f"(mis. 2024), bukan {json.dumps(year, ensure_ascii=False)}."
        )


def impor(
    document: Any,
    *,
    ganti: bool = False,
    sumber: str = "berkas",
    actor=None,
    bukti: Path | None = None,
) -> HasilImpor:
    """Load an export document, all or nothing. Raises ImporDitolak with an Indonesian message
    (nothing is written, no file is left in storage) when the document cannot be loaded.
    `bukti` is the folder of evidence files written by `kinerja ekspor --bukti`."""
    periksa_format(document)
    try:
        with berkas_baru() as stored, transaction.atomic():
            return _Impor(document, ganti, sumber, actor, bukti, stored).run()
    # A wrongly shaped document fails where a value is read: a missing key (KeyError), a list
    # or text where an object belongs (TypeError, AttributeError), text where a number belongs
    # (ValueError from the database lookup on it), a number no column holds (Infinity, 10**400:
    # ArithmeticError), nesting deeper than Python recurses (RecursionError).
    except (
        KeyError,
        TypeError,
        AttributeError,
        ValueError,
        ArithmeticError,
        RecursionError,
    ) as error:
        raise ImporDitolak(
            "Berkas tidak lengkap atau tidak sesuai format ekspor versi "
            f"{document['versi_format']}: {error!r}."
        ) from error
