"""Gathers the plain facts of one satker-year for the reviu rules, through the reading layer,
and keeps the findings computed from them (`temuan_tersimpan`)."""

from decimal import Decimal

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.core.formatting import format_tanggal
from kinerja.core.pesan import Pesan, gabung
from kinerja.evaluation.reviu import facts
from kinerja.evaluation.reviu.rules import Temuan, jalankan
from kinerja.measurement import cache
from kinerja.measurement.fragmen import SIDIK_KODE
from kinerja.measurement.models import HambatanUpaya, NilaiTercatat
from kinerja.measurement.pengukuran import Pengukuran, hitung_pengukuran, label_sasaran
from kinerja.measurement.periods import SINGKATAN
from kinerja.measurement.satker_year import satker_tahun
from kinerja.measurement.snapshot import SUMBER_DANA, SatkerTahun
from kinerja.organisations.models import Satker


def _nama_pk(pk) -> str:
    signed = ", " + format_tanggal(pk.tanggal) if pk.tanggal else ""
    return Pesan(
        "%(nama)s (versi %(versi)s%(tanggal)s)",
        nama=pk.sumber or pk.judul,
        versi=pk.versi,
        tanggal=signed,
    )


# The pagu of a kegiatan kept per KRO, summed per kind, as the reviu names the sum.
_JUMLAH_PAGU_PER_KRO = {
    "awal": Pesan("jumlah pagu awal per KRO"),
    "laporan": Pesan("jumlah pagu laporan per KRO"),
}


def _induk_diganti(snapshot: SatkerTahun) -> dict[int, tuple[str, str]]:
    """The PKs in force cascaded from a parent PK no longer in force — the parent may be
    another satker's (a satker PK under its parent satker's): for each, (the parent, the PK
    in force at the parent's place, "" when there is none). The satker's own PKs are already
    read; only a parent of another satker is asked for."""
    in_force = {pk.pk: pk for pk in snapshot.perjanjian}
    own_replaced = {pk.pk for pk in snapshot.perjanjian_lain}
    parents = {
        pk.induk_id: pk.induk
        for pk in snapshot.perjanjian
        if pk.induk_id and pk.induk_id not in in_force
    }
    stale = {key: parent for key, parent in parents.items() if key in own_replaced}
    candidates = list(in_force.values())
    foreign = [key for key in parents if key not in own_replaced]
    if foreign:
        still = set(
            PerjanjianKinerja.objects.berlaku().filter(pk__in=foreign).values_list("pk", flat=True)
        )
        stale |= {key: parents[key] for key in foreign if key not in still}
        others = [parents[key] for key in foreign if key not in still]
        if others:
            candidates += PerjanjianKinerja.objects.berlaku().filter(
                satker__in={parent.satker_id for parent in others},
                tahun__in={parent.tahun for parent in others},
            )
    replacements = {
        (other.satker_id, other.tahun, other.tingkat, other.unit_id): other for other in candidates
    }
    result = {}
    for pk in snapshot.perjanjian:
        parent = stale.get(pk.induk_id)
        if parent is not None:
            replacement = replacements.get(
                (parent.satker_id, parent.tahun, parent.tingkat, parent.unit_id)
            )
            # Only a later version replaces it (a draft parent is replaced by nothing yet).
            if replacement is not None and replacement.versi <= parent.versi:
                replacement = None
            result[pk.pk] = (_nama_pk(parent), _nama_pk(replacement) if replacement else "")
    return result


def _fakta_pagu(item) -> list:
    """A kegiatan's pagu records as the reviu compares them. Pagu kept per KRO are shares of
    one figure, not rival figures: each kind (initial, stated in a report) is their sum."""
    shares = [row for row in item.riwayat if row.kro]
    if not shares:
        return [facts.Pagu(item.kode, row.jenis, row.jumlah, row.sumber) for row in item.riwayat]
    summed: dict[str, Decimal] = {}
    for row in shares:
        if row.jenis != "revisi":
            summed[row.jenis] = summed.get(row.jenis, Decimal(0)) + row.jumlah
    revisions = [
        facts.Pagu(item.kode, row.jenis, row.jumlah, row.sumber)
        for row in shares
        if row.jenis == "revisi"
    ]
    return [
        *(
            facts.Pagu(
                item.kode,
                jenis,
                amount,
                _JUMLAH_PAGU_PER_KRO.get(jenis) or f"jumlah pagu {jenis} per KRO",
            )
            for jenis, amount in summed.items()
        ),
        *revisions,
    ]


def _sasaran_label(sasaran) -> str:
    # The label the measurement groups its indicators under: claims and obstacles are matched
    # to the groups by it.
    return label_sasaran(sasaran.nomor, sasaran.uraian) if sasaran else ""


def fakta_pengukuran(measured: Pengukuran) -> tuple[dict, dict]:
    """The reviu's facts about each measured indicator: (indicators, their measurement), by
    code. Enough on their own for the rules over capaian (a dashboard runs those on many
    satkers at once, kinerja.dashboards)."""
    indikator = {
        row.indikator.kode: facts.Indikator(
            row.indikator.kode,
            row.indikator.nama,
            row.kegiatan_kode,
            row.aturan,
            row.indikator.satuan,
            row.indikator.iku,
            row.sasaran,
        )
        for row in measured.baris
    }
    rows = {}
    for row in measured.baris:
        rows[row.indikator.kode] = facts.Pengukuran(
            kode=row.indikator.kode,
            target=row.target,
            realisasi=row.realisasi,
            status=row.status,
            hasil=row.hasil,
            capaian_tercatat=row.capaian_tercatat,
            sumber=row.realisasi_sumber or row.target_sumber,
            realisasi_teks=row.realisasi_teks,
            realisasi_periode=row.realisasi_periode,
            periode=gabung(", ", [SINGKATAN[period.periode] for period in row.periode]),
            target_tercetak=row.bacaan.tahunan.target if row.bacaan.tahunan else None,
        )
    return indikator, rows


def fakta_hambatan(row: HambatanUpaya) -> facts.Hambatan:
    return facts.Hambatan(
        row.nomor,
        row.kegiatan.kode if row.kegiatan else None,
        row.aspek,
        row.indikator.kode if row.indikator else None,
        _sasaran_label(row.sasaran),
    )


def fakta_reviu(
    satker: Satker,
    tahun: int,
    *,
    snapshot: SatkerTahun | None = None,
    measured: Pengukuran | None = None,
) -> facts.FaktaReviu:
    """The reviu's facts; from `snapshot` (and its `measured` measurement) when the caller has
    already read the satker-year."""
    if snapshot is None:
        snapshot = satker_tahun(satker, tahun)
    if measured is None:
        measured = hitung_pengukuran(snapshot)
    indikator, rows = fakta_pengukuran(measured)
    rkt = [
        facts.BarisRencana(
            f"RKT {tahun}",
            row.urutan,
            row.indikator.kode,
            row.indikator_tercetak or row.indikator.nama,
            row.target_nilai,
        )
        for row in snapshot.rkt_baris
    ]
    perjanjian = []
    stale_parent = _induk_diganti(snapshot)
    for pk in snapshot.perjanjian:
        lines = []
        for line in pk.baris.all():
            # The tracing rule needs the PK: reuse the prefetched object, not a new query.
            line.perjanjian = pk
            parent = line.induk_baris
            lines.append(
                facts.BarisRencana(
                    dokumen=pk.sumber or pk.judul,
                    urutan=line.urutan,
                    kode=line.indikator.kode,
                    teks=line.indikator_tercetak or line.indikator.nama,
                    target=line.target_nilai,
                    induk_target=parent.target_nilai if parent else None,
                    masalah_telusur=line.trace_error(),
                )
            )
        perjanjian.append(
            facts.Perjanjian(
                judul=pk.judul,
                tingkat=pk.tingkat,
                sumber=pk.sumber,
                baris=tuple(lines),
                anggaran=tuple(
                    facts.AnggaranPerjanjian(
                        line.kegiatan.kode if line.kegiatan else None,
                        line.program.nama if line.program else None,
                        line.uraian_tercetak,
                        line.anggaran,
                    )
                    for line in pk.anggaran.all()
                ),
                total_anggaran_tercatat=pk.total_anggaran_tercatat,
                pihak=(
                    (
                        Pesan("pihak pertama"),
                        pk.pihak_pertama_nama,
                        pk.pihak_pertama_nip_tercetak,
                    ),
                    (Pesan("pihak kedua"), pk.pihak_kedua_nama, pk.pihak_kedua_nip_tercetak),
                ),
                induk_diganti=stale_parent.get(pk.pk),
            )
        )
    anggaran = {
        item.kode: facts.Anggaran(
            kegiatan_kode=item.kode,
            pagu=item.pagu,
            realisasi=item.realisasi,
            serapan_tercatat=tuple(
                (row.sumber, row.serapan_tercatat)
                for row in item.realisasi_baris
                if row.serapan_tercatat is not None
            ),
            program=item.program,
        )
        for item in measured.anggaran
    }
    pagu_total, realisasi_total, _ = measured.total()
    stated = NilaiTercatat.objects.filter(satker=satker, tahun=tahun).select_related(
        "indikator", "kegiatan", "sasaran"
    )
    obstacles = HambatanUpaya.objects.filter(satker=satker, tahun=tahun).select_related(
        "kegiatan", "indikator", "sasaran"
    )
    return facts.FaktaReviu(
        satker=satker.slug,
        tahun=tahun,
        skala=measured.pengaturan.skala,
        ambang_capaian=measured.pengaturan.ambang_capaian,
        indikator=indikator,
        pengukuran=rows,
        rkt=rkt,
        perjanjian=perjanjian,
        pagu=[fact for item in measured.anggaran for fact in _fakta_pagu(item)],
        anggaran=anggaran,
        nilai_tercatat=[
            facts.NilaiTercatat(
                sumber=row.sumber,
                urutan=row.urutan,
                besaran=row.besaran,
                indikator_kode=row.indikator.kode if row.indikator else None,
                kegiatan_kode=row.kegiatan.kode if row.kegiatan else None,
                label=row.label,
                nilai=row.nilai,
                teks=row.teks,
                cakupan=row.cakupan,
                pembanding=row.pembanding,
                dari=row.dari,
                sasaran=_sasaran_label(row.sasaran),
            )
            for row in stated
        ],
        hambatan=[fakta_hambatan(row) for row in obstacles],
        sasaran=[
            facts.Sasaran(group.label, tuple(item.kode for item in group.anggaran), group.capaian)
            for group in measured.sasaran
        ],
        capaian_satker=measured.capaian,
        pagu_total=pagu_total,
        realisasi_total=realisasi_total,
        anggaran_per_sumber_dana={
            SUMBER_DANA.get(source, source): measured.total(source)[:2]
            for source in measured.sumber_dana
        },
        plafon=measured.pengaturan.plafon,
        masalah_skala=measured.pengaturan.masalah_skala,
        pegawai=[
            facts.Pegawai(person.nama, person.nip, person.sumber, person.nomor_urut)
            for person in satker.pegawai.order_by("sumber", "nomor_urut", "id")
        ],
        unit=[
            facts.Unit(unit.nama, unit.nama_lain, unit.nama_lain_sumber)
            for unit in satker.units.all()
        ],
    )


def temuan_tersimpan(satker: Satker, tahun: int) -> tuple[list[Temuan], bool]:
    """The year's findings, and whether the satker has data of its own to review: computed
    once, then kept in Django's cache (kinerja.measurement.cache) until a write changes what
    they read.

    Their key holds the satker's data version, read before they are computed: every row
    `fakta_reviu` reads changes it (kinerja.measurement.versi_data, kinerja.dashboards.versi),
    a parent PK of another satker included. It holds the code's fingerprint too (SIDIK_KODE:
    the rules, the facts, this module), so a release never shows findings of the old rules.
    Not the language: a finding's texts are `Pesan`, said in the reader's language where the
    page prints them. Not the day: no rule reads it.
    """

    def hitung(missing: list[int]) -> dict[int, tuple[list[Temuan], bool]]:
        found = fakta_reviu(satker, tahun)
        return {satker.pk: (jalankan(found), found.ada_data)}

    return cache.ambil_banyak(f"reviu-{SIDIK_KODE}", [satker.pk], tahun, hitung)[satker.pk]
