"""Restoring the satker-year's LKE evaluation (`evaluasi_lke`, docs/ekspor.md) inside
`kinerja impor`'s transaction, every row written through its audited writer.

The worksheet version is shared reference data: a database without a version of that year
takes the file's, whole; one holding a version of that year must hold exactly the file's, or
the file is refused (an import never changes a worksheet). Then the evaluation, its answers,
its evidence (files from the `--bukti` folder, links found again by their key), the snapshot
as stored — its SHA-256 checked, never recomputed —, the narratives, the signer as printed
and the recommendations with their follow-up. Accounts are not in the file: the restored rows
name nobody as author, checker or signer's recorder."""

import hashlib
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kinerja.exporting.evaluasi_lke import TAUTAN, id_tautan, lembar_json
from kinerja.exporting.importer import ImporDitolak, _d, _messages, _text, _waktu
from kinerja.lke.choices import StatusLembar
from kinerja.lke.lembar import Kriteria
from kinerja.lke.models import (
    BuktiLke,
    EvaluasiLke,
    JawabanLke,
    KomponenLke,
    KriteriaLke,
    PilihanSkala,
    SkalaJawaban,
    SnapshotLke,
    SubKomponenLke,
    VersiLembar,
)
from kinerja.lke.models_rekomendasi import (
    NarasiKomponen,
    PenandaTanganLhe,
    Rekomendasi,
    TindakLanjut,
)
from kinerja.lke.nilai import jawaban_sah, periksa_bobot
from kinerja.lke.versi import lembar_dari_versi
from kinerja.organisations.models import Pegawai

# A part of a worksheet named in a refusal, by the key of its list in the file.
BAGIAN_LEMBAR = {
    "skala": "skala",
    "pilihan": "pilihan",
    "komponen": "komponen",
    "sub": "sub-komponen",
    "kriteria": "kriteria",
}


def beda_lembar(held: dict, file: dict, lokasi: str = "") -> str | None:
    """Where two exported worksheets first differ ("komponen 1, sub-komponen 1.a, kriteria
    1.a.1, teks"), or None when they are the same. When a version was published is not its
    content and is not compared."""
    for key in sorted(held.keys() | file.keys()):
        if not lokasi and key == "diterbitkan_pada":
            continue
        mine, theirs = held.get(key), file.get(key)
        if key in BAGIAN_LEMBAR and isinstance(mine, list) and isinstance(theirs, list):
            label = BAGIAN_LEMBAR[key]
            mine_rows = {row["kode"]: row for row in mine}
            their_rows = {row["kode"]: row for row in theirs}
            if list(mine_rows) != list(their_rows):
                return f"{lokasi}{label} {', '.join(mine_rows)} ≠ {', '.join(their_rows)}"
            for kode, row in mine_rows.items():
                found = beda_lembar(row, their_rows[kode], f"{lokasi}{label} {kode}, ")
                if found:
                    return found
        elif mine != theirs:
            return f"{lokasi}{key}"
    return None


class ImporLke:
    def __init__(self, impor, satker) -> None:
        # `impor` is the running kinerja.exporting.importer._Impor: its writer, its files.
        self.impor = impor
        self.satker = satker
        self.tahun: int = impor.tahun

    def run(self, data: dict[str, Any]) -> None:
        versi = self.lembar(data["lembar"])
        where = _("evaluasi LKE %(tahun)s") % {"tahun": self.tahun}
        moment = _waktu(data["dibuka_pada"], where)
        evaluasi = self.impor.simpan(
            where,
            EvaluasiLke,
            {"satker": self.satker, "tahun": self.tahun},
            {
                "versi": versi,
                "status": data["status"],
                "sembunyikan_nilai": data["sembunyikan_nilai"],
                "alasan_dikembalikan": _text(data["alasan_dikembalikan"]),
                **({"dibuka_pada": moment} if moment else {}),
            },
        )
        self.kriteria = {row.kode: row for row in KriteriaLke.objects.filter(versi=versi)}
        self.lembar_kriteria = {k.kode: k for k in lembar_dari_versi(versi).semua_kriteria()}
        self.versi = versi
        self.jawaban(evaluasi, data["jawaban"])
        for number, row in enumerate(data["bukti"], start=1):
            self.bukti(evaluasi, row, f"bukti LKE {row['kriteria']} no. {number}")
        self.snapshot(evaluasi, data["snapshot"])
        self.narasi(evaluasi, data["narasi"])
        self.penanda_tangan(evaluasi, data["penanda_tangan_lhe"])
        for row in data["rekomendasi"]:
            self.rekomendasi(evaluasi, row)

    # --- the worksheet version ------------------------------------------------------------

    def lembar(self, data: dict[str, Any]) -> VersiLembar:
        tahun = data["tahun"]
        existing = VersiLembar.objects.filter(tahun=tahun).first()
        if existing is not None:
            difference = beda_lembar(lembar_json(existing), data)
            if difference:
                raise ImporDitolak(
                    _(
                        "Lembar kerja evaluasi %(tahun)s di basis data berbeda dengan lembar "
                        "kerja di berkas (%(beda)s). Impor tidak mengubah lembar kerja yang "
                        "sudah ada: pulihkan berkas ini ke basis data yang lembar kerja tahun "
                        "itu sama, atau tanpa lembar kerja tahun itu."
                    )
                    % {"tahun": tahun, "beda": difference}
                )
            return existing
        where = _("lembar kerja evaluasi %(tahun)s") % {"tahun": tahun}
        simpan = self.impor.simpan
        versi = simpan(
            where,
            VersiLembar,
            {"tahun": tahun},
            {
                "nama": data["nama"],
                "sumber": data["sumber"],
                "catatan": data["catatan"],
                "status": data["status"],
                "diterbitkan_pada": _waktu(data["diterbitkan_pada"], where),
            },
            exclude=("diterbitkan_oleh",),  # accounts are not exported
        )
        scales = {}
        for row in data["skala"]:
            scale_where = f"{where}, skala {row['kode']}"
            scales[row["kode"]] = scale = simpan(
                scale_where,
                SkalaJawaban,
                {"versi": versi, "kode": row["kode"]},
                {"nama": row["nama"]},
            )
            for option in row["pilihan"]:
                simpan(
                    f"{scale_where}, pilihan {option['kode']}",
                    PilihanSkala,
                    {"skala": scale, "kode": option["kode"]},
                    {"label": option["label"], "nilai": _d(option["nilai"]),
                     "urutan": option["urutan"]},
                )  # fmt: skip
        for komponen in data["komponen"]:
            kom_where = f"{where}, komponen {komponen['kode']}"
            kom = simpan(
                kom_where,
                KomponenLke,
                {"versi": versi, "kode": komponen["kode"]},
                {"nama": komponen["nama"], "bobot": _d(komponen["bobot"]),
                 "urutan": komponen["urutan"]},
            )  # fmt: skip
            for sub in komponen["sub"]:
                sub_where = f"{kom_where}, sub-komponen {sub['kode']}"
                sub_row = simpan(
                    sub_where,
                    SubKomponenLke,
                    {"komponen": kom, "kode": sub["kode"]},
                    {"nama": sub["nama"], "perspektif": sub["perspektif"],
                     "bobot": _d(sub["bobot"]), "urutan": sub["urutan"]},
                )  # fmt: skip
                for row in sub["kriteria"]:
                    self._kriteria(versi, sub_row, scales, row, f"{where}, kriteria {row['kode']}")
        if versi.status == StatusLembar.TERBIT:
            problems = periksa_bobot(lembar_dari_versi(versi))
            if problems:
                raise ImporDitolak(f"{where}: {' '.join(problems)}")
        return versi

    def _kriteria(self, versi, sub, scales: dict, row: dict, where: str) -> None:
        if row["skala"] not in scales:
            raise ImporDitolak(
                _("%(lokasi)s: skala %(skala)s tidak ada di berkas.")
                % {"lokasi": where, "skala": row["skala"]}
            )
        self.impor.simpan(
            where,
            KriteriaLke,
            {"versi": versi, "kode": row["kode"]},
            {
                "sub": sub,
                "teks": row["teks"],
                "panduan": row["panduan"],
                "bukti_diharapkan": row["bukti_diharapkan"],
                "skala": scales[row["skala"]],
                "wajib": row["wajib"],
                "teks_perlu_diverifikasi": row["teks_perlu_diverifikasi"],
                "sumber": row["sumber"],
                "catatan": row["catatan"],
                "prasyarat": list(row["prasyarat"]),
                "urutan": row["urutan"],
            },
        )

    def kriteria_kode(self, kode: str, where: str) -> KriteriaLke:
        if kode not in self.kriteria:
            raise ImporDitolak(
                _("%(lokasi)s: kriteria %(kode)s tidak ada pada lembar kerja %(tahun)s.")
                % {"lokasi": where, "kode": kode, "tahun": self.versi.tahun}
            )
        return self.kriteria[kode]

    # --- the evaluation -------------------------------------------------------------------

    def jawaban(self, evaluasi: EvaluasiLke, rows: list[dict]) -> None:
        for row in rows:
            where = f"jawaban LKE {row['kriteria']} ({row['peran']})"
            kriteria = self.kriteria_kode(row["kriteria"], where)
            plain: Kriteria = self.lembar_kriteria[kriteria.kode]
            if not jawaban_sah(plain, row["kode"]):
                raise ImporDitolak(
                    _("%(lokasi)s: jawaban %(jawaban)s bukan pilihan skala %(skala)s.")
                    % {"lokasi": where, "jawaban": row["kode"], "skala": plain.skala.nama}
                )
            moment = _waktu(row["diubah_pada"], where)
            self.impor.simpan(
                where,
                JawabanLke,
                {"evaluasi": evaluasi, "kriteria": kriteria, "peran": row["peran"]},
                {
                    "kode": row["kode"],
                    "catatan": _text(row["catatan"]),
                    **({"diubah_pada": moment} if moment else {}),
                },
                exclude=("penulis",),  # accounts are not exported
            )

    def bukti(self, evaluasi: EvaluasiLke, row: dict, where: str) -> None:
        """A file, stored again from the folder, or a pinned link: its copy must still match
        its SHA-256, and the record it names is looked for by its key."""
        item = BuktiLke(
            evaluasi=evaluasi,
            kriteria=self.kriteria_kode(row["kriteria"], where),
            label=row["label"],
            sha256=row["sha256"],
            status=row["status"],
            alasan_penolakan=_text(row["alasan_penolakan"]),
            diperiksa_pada=_waktu(row["diperiksa_pada"], where),
        )
        if row["jenis_tautan"]:
            pinned = row["isi_tautan"]
            if not isinstance(pinned, str) or _sha256(pinned) != row["sha256"]:
                raise ImporDitolak(
                    _("%(lokasi)s: salinan rekaman yang ditautkan tidak cocok dengan SHA-256-nya.")
                    % {"lokasi": where}
                )
            item.jenis_tautan, item.tahun_tautan = row["jenis_tautan"], row["tahun_tautan"]
            item.isi_tautan, item.tautan_id = pinned, self.tautan(row, where)
        else:
            item.nama_asli, item.jenis_berkas = row["nama"], row["jenis"]
            item.ukuran = row["ukuran"]
            self.impor.simpan_berkas(row, where, item.berkas)
        moment = _waktu(row["ditambahkan_pada"], where)
        if moment:
            item.ditambahkan_pada = moment
        self._buat(item, where, exclude=("ditambahkan_oleh", "diperiksa_oleh"))

    def tautan(self, row: dict, where: str) -> int | None:
        """The id of the linked record in this database; none when the file says the record
        was removed (no key). A key that names nothing is refused: the link would point at
        nothing, or at another record."""
        kunci = row["kunci_tautan"]
        if kunci is None:
            return None
        jenis, tahun = row["jenis_tautan"], row["tahun_tautan"]
        found = id_tautan(self.satker, jenis, tahun, kunci) if jenis in TAUTAN else None
        if found is None:
            raise ImporDitolak(
                _(
                    "%(lokasi)s: rekaman %(jenis)s tahun %(tahun)s (%(kunci)s) yang ditautkan "
                    "tidak ada di berkas maupun di basis data. Impor dulu data tahun %(tahun)s "
                    "satker ini, lalu jalankan lagi."
                )
                % {"lokasi": where, "jenis": jenis, "tahun": tahun, "kunci": kunci}
            )
        return found

    def snapshot(self, evaluasi: EvaluasiLke, data: dict | None) -> None:
        """The snapshot as stored, never recomputed: its hash must still verify."""
        if data is None:
            return
        where = _("snapshot evaluasi LKE %(tahun)s") % {"tahun": self.tahun}
        if not isinstance(data["isi"], str) or _sha256(data["isi"]) != data["sha256"]:
            raise ImporDitolak(
                _("%(lokasi)s: isi tidak cocok dengan SHA-256-nya.") % {"lokasi": where}
            )
        moment = _waktu(data["dibuat_pada"], where)
        self.impor.simpan(
            where,
            SnapshotLke,
            {"evaluasi": evaluasi},
            {
                "isi": data["isi"],
                "sha256": data["sha256"],
                **({"dibuat_pada": moment} if moment else {}),
            },
            exclude=("dibuat_oleh",),  # accounts are not exported
        )

    def narasi(self, evaluasi: EvaluasiLke, rows: list[dict]) -> None:
        komponen = set(KomponenLke.objects.filter(versi=self.versi).values_list("kode", flat=True))
        for row in rows:
            where = f"uraian komponen {row['komponen']}"
            if row["komponen"] not in komponen:
                raise ImporDitolak(
                    _("%(lokasi)s: komponen %(kode)s tidak ada pada lembar kerja %(tahun)s.")
                    % {"lokasi": where, "kode": row["komponen"], "tahun": self.versi.tahun}
                )
            moment = _waktu(row["diubah_pada"], where)
            self.impor.simpan(
                where,
                NarasiKomponen,
                {"evaluasi": evaluasi, "kode_komponen": row["komponen"]},
                {"teks": row["teks"], **({"diubah_pada": moment} if moment else {})},
                exclude=("diubah_oleh",),  # accounts are not exported
            )

    def penanda_tangan(self, evaluasi: EvaluasiLke, row: dict | None) -> None:
        """The LHE's signer as printed, linked again to the staff record of that NIP when the
        database has one (the inspectorate's staff are not in the satker's file)."""
        if row is None:
            return
        nip = _text(row["nip"])
        self.impor.simpan(
            _("penanda tangan LHE"),
            PenandaTanganLhe,
            {"evaluasi": evaluasi},
            {
                "pemeriksa": Pegawai.objects.filter(nip=nip).first() if nip else None,
                "nama": row["nama"],
                "nip": nip,
                "jabatan": row["jabatan"],
                "pangkat_golongan": _text(row["pangkat_golongan"]),
                "tempat": row["tempat"],
                "tanggal": row["tanggal"],
            },
            exclude=("dicatat_oleh",),  # accounts are not exported
        )

    def rekomendasi(self, evaluasi: EvaluasiLke, row: dict) -> None:
        where = f"rekomendasi {row['nomor']}"
        codes = row["kode_kriteria"]
        if not isinstance(codes, list):
            raise ImporDitolak(
                _("%(lokasi)s: kode kriteria harus berupa daftar.") % {"lokasi": where}
            )
        for kode in codes:
            self.kriteria_kode(kode, where)
        moment = _waktu(row["dibuat_pada"], where)
        item = self.impor.simpan(
            where,
            Rekomendasi,
            {"evaluasi": evaluasi, "nomor": row["nomor"]},
            {
                "uraian": row["uraian"],
                "kode_kriteria": codes,
                "prioritas": row["prioritas"],
                "penanggung_jawab": row["penanggung_jawab"],
                "batas_waktu": row["batas_waktu"],
                "status": row["status"],
                **({"dibuat_pada": moment} if moment else {}),
                "ditutup_pada": _waktu(row["ditutup_pada"], where),
                "catatan_penutupan": _text(row["catatan_penutupan"]),
            },
            exclude=("dibuat_oleh", "ditutup_oleh"),  # accounts are not exported
        )
        for number, entry_row in enumerate(row["tindak_lanjut"], start=1):
            entry_where = f"{where}, tindak lanjut {number} ({entry_row['nama']})"
            entry = TindakLanjut(
                rekomendasi=item,
                uraian=entry_row["uraian"],
                nama_asli=entry_row["nama"],
                jenis=entry_row["jenis"],
                ukuran=entry_row["ukuran"],
                sha256=entry_row["sha256"],
            )
            self.impor.simpan_berkas(entry_row, entry_where, entry.berkas)
            moment = _waktu(entry_row["dibuat_pada"], entry_where)
            if moment:
                entry.dibuat_pada = moment
            self._buat(entry, entry_where, exclude=("dibuat_oleh",))

    def _buat(self, instance, where: str, exclude: tuple[str, ...]) -> None:
        try:
            self.impor.writer.create(instance, exclude=exclude)
        except ValidationError as error:
            raise ImporDitolak(f"{where}: {_messages(error)}") from error


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
