"""The reading layer: a satker-year as it stands, for one satker or many at once.

Every page, export, report and check reads a satker-year through `satker_tahun` (one satker,
with its documents) or `satker_tahun_banyak` (many satkers, figures only): the same queries, the
same decisions (kinerja.measurement.snapshot), so two screens can never disagree about a figure.
The number of queries does not depend on the number of satkers or indicators.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from django.db import connections
from django.db.models import Prefetch, QuerySet
from django.utils import translation

from kinerja.agreements.choices import TingkatPerjanjian
from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.choices import JenisPagu
from kinerja.budgets.models import Kegiatan, Pagu, RealisasiAnggaran
from kinerja.core.pesan import Pesan
from kinerja.measurement import cache
from kinerja.measurement import capaian as rules
from kinerja.measurement.models import (
    PengaturanPengukuran,
    Realisasi,
    SkalaPredikat,
)
from kinerja.measurement.scales import PRESET_BAKU, periksa_skala
from kinerja.measurement.snapshot import (
    SUMBER_PK,
    SUMBER_PK_UNIT,
    BarisRealisasi,
    BarisRealisasiAnggaran,
    Indikator,
    Pengaturan,
    RiwayatPagu,
    SatkerTahun,
    TargetBerlaku,
    putuskan_anggaran,
)
from kinerja.measurement.versi_data import stempel_pohon, versi_banyak
from kinerja.organisations.models import Satker
from kinerja.planning.models import (
    RKT,
    BarisRKT,
    IndikatorKinerja,
    Renstra,
    SasaranStrategis,
    TargetPeriode,
    TargetTahunan,
)
from kinerja.planning.targets import Target, target_dari

# Each label as a Pesan (its Indonesian msgid, translated where it is shown) rather than the
# choices' lazy text: a snapshot is kept pickled (kinerja.measurement.cache), and unpickling a
# lazy text builds a new class each time, ~7 ms and a growing heap per kept snapshot.
with translation.override(None):
    JENIS_PAGU = {value: Pesan(str(label)) for value, label in JenisPagu.choices}


def _decimal(value) -> Decimal | None:
    # SQLite hands back int or float for a decimal column, PostgreSQL a Decimal. A float read
    # back from a 4-decimal column is its shortest repr, which is the value that was stored.
    if value is None or type(value) is Decimal:
        return value
    if type(value) is float:
        return Decimal(repr(value))
    return Decimal(value)


_TARGETS: dict[tuple, Target | None] = {}


def _target(number, text: str) -> Target | None:
    """The Target of a stored (number, text) pair, as `target_dari` reads it. Targets repeat
    across a whole country (95, 100, WTP): each distinct one is built once and shared — Target
    is immutable."""
    key = (number, text)
    if key in _TARGETS:
        return _TARGETS[key]
    target = target_dari(_decimal(number), text)
    if len(_TARGETS) < 100_000:
        _TARGETS[key] = target
    return target


def _fetch(queryset: QuerySet) -> list[tuple]:
    """The rows of a values_list queryset, without Django's per-value converters: the hot
    paths (indicators, targets, realisations) convert only what they use, themselves."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _pengaturan(satker_filter: dict) -> dict[int, Pengaturan]:
    settings = list(
        PengaturanPengukuran.objects.filter(**satker_filter)
        .order_by()
        .values_list(
            "satker_id", "skala_id", "plafon", "kebijakan_target_nol", "ambang_capaian", "sumber"
        )
    )
    scales = {
        scale.pk: scale.to_skala()
        for scale in SkalaPredikat.objects.filter(
            pk__in={row[1] for row in settings if row[1]}
        ).prefetch_related("pita")
    }
    problems = {pk: tuple(periksa_skala(scale)) for pk, scale in scales.items()}
    return {
        satker_id: Pengaturan(
            skala=scales.get(skala_id, PRESET_BAKU),
            masalah_skala=problems.get(skala_id, ()),
            plafon=None if plafon == "tanpa" else Decimal(plafon),
            target_nol=rules.KebijakanTargetNol(target_nol),
            ambang_capaian=ambang,
            sumber=sumber,
        )
        for satker_id, skala_id, plafon, target_nol, ambang, sumber in settings
    }


PENGATURAN_BAKU = Pengaturan(PRESET_BAKU, None, rules.KebijakanTargetNol.BAKU, Decimal(100))


def pengaturan(satker_id: int) -> Pengaturan:
    """One satker's measurement settings (its scale, cap, target-0 policy, threshold)."""
    return _pengaturan({"satker_id__in": [satker_id]}).get(satker_id, PENGATURAN_BAKU)


def pengaturan_banyak(ids: list[int]) -> dict[int, Pengaturan]:
    """The measurement settings of these satkers, in two queries."""
    found = _pengaturan({"satker_id__in": ids})
    return {pk: found.get(pk, PENGATURAN_BAKU) for pk in ids}


def _indikator(row, kegiatan: dict, sasaran: dict) -> Indikator:
    (pk, _, kode, nama, satuan, polaritas, varian, batas_atas, plafon, target_nol, metode) = row[
        :11
    ]
    bobot, labels, iku, kegiatan_id, sasaran_id = row[11:]
    kegiatan_kode, kegiatan_nama = kegiatan.get(kegiatan_id, (None, ""))
    if sasaran_id not in sasaran:
        # A sasaran of a Renstra that does not cover the year groups nothing in that year.
        sasaran_id = None
    sasaran_nomor, sasaran_uraian = sasaran.get(sasaran_id, (None, ""))
    return Indikator(
        pk,
        kode,
        nama,
        satuan,
        polaritas,
        varian,
        None if batas_atas is None else _decimal(batas_atas),
        plafon,
        target_nol,
        metode,
        None if bobot is None else _decimal(bobot),
        tuple(line.strip() for line in labels.splitlines() if line.strip()) if labels else (),
        bool(iku),
        kegiatan_id,
        kegiatan_kode,
        kegiatan_nama,
        sasaran_id,
        sasaran_nomor,
        sasaran_uraian,
    )


def _realisasi(row) -> BarisRealisasi:
    (_, _, periode, status, nilai, teks, pembilang, pembagi, target, target_teks, tercatat) = row[
        :11
    ]
    return BarisRealisasi(
        periode,
        status,
        _decimal(nilai),
        teks,
        None if pembilang is None else _decimal(pembilang),
        None if pembagi is None else _decimal(pembagi),
        _target(target, target_teks),
        None if tercatat is None else _decimal(tercatat),
        row[11],
        row[12],
    )


def _date(value) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


KOLOM_INDIKATOR = (
    "id",
    "satker_id",
    "kode",
    "nama",
    "satuan",
    "polaritas",
    "varian_turun",
    "batas_atas",
    "plafon",
    "kebijakan_target_nol",
    "metode_agregasi",
    "bobot",
    "label_kualitatif",
    "iku",
    "kegiatan_id",
    "sasaran_id",
)


def _nama_kegiatan_sasaran(rows: Iterable[tuple], tahun: int | None) -> tuple[dict, dict]:
    """The kegiatan and the sasaran the indicators name; of the sasaran, only those of a
    Renstra covering `tahun` (an indicator linked to the next plan's sasaran is not grouped
    under it in an earlier year)."""
    rows = list(rows)
    kegiatan = {
        pk: (kode, nama)
        for pk, kode, nama in Kegiatan.objects.filter(pk__in={row[14] for row in rows} - {None})
        .order_by()
        .values_list("id", "kode", "nama")
    }
    sasaran = {
        pk: (nomor, uraian)
        for pk, nomor, uraian in SasaranStrategis.objects.filter(
            pk__in={row[15] for row in rows} - {None},
            **(
                {"renstra__tahun_awal__lte": tahun, "renstra__tahun_akhir__gte": tahun}
                if tahun is not None
                else {}
            ),
        )
        .order_by()
        .values_list("id", "nomor", "uraian")
    }
    return kegiatan, sasaran


def indikator_banyak(ids: Iterable[int], tahun: int) -> list[Indikator]:
    """Indicators as the engine reads them, for a page that measures indicators a satker-year
    does not list yet (a unit's draft realisations)."""
    ids = list(ids)
    if not ids:
        return []
    rows = _fetch(IndikatorKinerja.objects.filter(pk__in=ids).values_list(*KOLOM_INDIKATOR))
    kegiatan, sasaran = _nama_kegiatan_sasaran(rows, tahun)
    return [_indikator(row, kegiatan, sasaran) for row in rows]


def satker_tahun_banyak(
    satkers: Iterable[int] | QuerySet, tahun: int, *, tahun_lalu: bool = False
) -> dict[int, SatkerTahun]:
    """The figures of many satker-years at once (no documents): a fixed handful of queries
    whatever the number of satkers. `satkers` is a list of ids or a Satker queryset."""
    if isinstance(satkers, QuerySet):
        satker_filter = {"satker__in": satkers.values("pk")}
    else:
        satker_filter = {"satker_id__in": list(satkers)}
    indicator_filter = {f"indikator__{key}": value for key, value in satker_filter.items()}
    pk_filter = {f"perjanjian__{key}": value for key, value in satker_filter.items()}
    rkt_filter = {f"rkt__{key}": value for key, value in satker_filter.items()}

    heads = Satker.objects.filter(
        pk__in=satkers.values("pk") if isinstance(satkers, QuerySet) else list(satkers)
    ).values_list("id", "slug", "nama", "nama_lengkap")
    settings = _pengaturan(satker_filter)
    renstra_end: dict[int, int] = {}
    for satker_id, tahun_akhir in (
        Renstra.objects.filter(tahun_awal__lte=tahun, tahun_akhir__gte=tahun, **satker_filter)
        .order_by("tahun_awal")
        .values_list("satker_id", "tahun_akhir")
    ):
        renstra_end[satker_id] = tahun_akhir

    rkt_rows = _fetch(
        BarisRKT.objects.filter(rkt__tahun=tahun, **rkt_filter)
        .order_by("rkt__satker_id", "urutan")
        .values_list("rkt__satker_id", "indikator_id", "target", "target_teks")
    )
    in_force = PerjanjianKinerja.objects.berlaku(tahun=tahun)
    # The satker PK's lines, and the unit PKs' for a unit's own indicators (not in the satker's
    # PK or RKT), which are measured against the unit PK.
    pk_rows, unit_pk_rows = [], []
    for tingkat, *row in _fetch(
        BarisPerjanjian.objects.filter(perjanjian__in=in_force.filter(**satker_filter))
        .order_by("perjanjian__satker_id", "perjanjian_id", "urutan")
        .values_list(
            "perjanjian__tingkat", "perjanjian__satker_id", "indikator_id", "target", "target_teks"
        )
    ):
        (pk_rows if tingkat == TingkatPerjanjian.SATKER else unit_pk_rows).append(row)
    years = [tahun - 2, tahun - 1, tahun] if tahun_lalu else [tahun]
    # No ORDER BY: rows are grouped per indicator below and periods ordered by the engine.
    realisation_rows = _fetch(
        Realisasi.objects.filter(tahun__in=years, **indicator_filter)
        .order_by()
        .values_list(
            "indikator_id",
            "tahun",
            "periode",
            "status",
            "nilai",
            "nilai_teks",
            "pembilang",
            "pembagi",
            "target",
            "target_teks",
            "capaian_tercatat",
            "sumber",
            "alasan",
        )
    )
    period_targets = _fetch(
        TargetPeriode.objects.filter(tahun=tahun, **indicator_filter)
        .order_by()
        .values_list("indikator_id", "periode", "target", "target_teks")
    )
    target_years = {tahun, *renstra_end.values()} | (
        {tahun - 2, tahun - 1} if tahun_lalu else set()
    )
    annual_targets = _fetch(
        TargetTahunan.objects.filter(tahun__in=target_years, **indicator_filter)
        .order_by()
        .values_list("indikator_id", "tahun", "target", "target_teks")
    )
    indicator_rows = {
        row[0]: row
        for row in _fetch(
            IndikatorKinerja.objects.filter(**satker_filter)
            .order_by()
            .values_list(*KOLOM_INDIKATOR)
        )
    }
    kegiatan, sasaran = _nama_kegiatan_sasaran(indicator_rows.values(), tahun)
    owner = {pk: row[1] for pk, row in indicator_rows.items()}

    snapshots = {
        satker_id: SatkerTahun(
            satker_id=satker_id,
            slug=slug,
            nama=nama_lengkap or nama,
            tahun=tahun,
            pengaturan=settings.get(satker_id, PENGATURAN_BAKU),
            indikator=[],
            realisasi_lalu={} if tahun_lalu else None,
            realisasi_dua_tahun_lalu={} if tahun_lalu else None,
            tahun_akhir_renstra=renstra_end.get(satker_id),
        )
        for satker_id, slug, nama, nama_lengkap in heads
    }
    this_year: dict[int, list[BarisRealisasi]] = {}
    last_year: dict[int, list[BarisRealisasi]] = {}
    two_years_ago: dict[int, list[BarisRealisasi]] = {}
    by_year = {tahun: this_year, tahun - 1: last_year, tahun - 2: two_years_ago}
    for row in realisation_rows:
        by_year[row[1]].setdefault(row[0], []).append(_realisasi(row))
    # Indicators of the year, in the order of the RKT, then the PK, then the realisations
    # (by indicator), then the rencana aksi.
    order: dict[int, dict[int, None]] = defaultdict(dict)
    for satker_id, indikator_id, *_ in rkt_rows:
        order[satker_id][indikator_id] = None
    for satker_id, indikator_id, *_ in pk_rows:
        order[satker_id][indikator_id] = None
    for indikator_id in sorted(this_year):
        order[owner[indikator_id]][indikator_id] = None
    for indikator_id, *_ in period_targets:
        order[owner[indikator_id]][indikator_id] = None
    for satker_id, ids in order.items():
        snapshots[satker_id].indikator = [
            _indikator(indicator_rows[pk], kegiatan, sasaran) for pk in ids
        ]
    for indikator_id, rows in this_year.items():
        snapshots[owner[indikator_id]].realisasi[indikator_id] = rows
    for indikator_id, rows in last_year.items():
        snapshots[owner[indikator_id]].realisasi_lalu[indikator_id] = rows
    for indikator_id, rows in two_years_ago.items():
        snapshots[owner[indikator_id]].realisasi_dua_tahun_lalu[indikator_id] = rows

    for satker_id, indikator_id, target, text in rkt_rows:
        snapshots[satker_id].target_berlaku.setdefault(
            indikator_id, TargetBerlaku(_target(target, text), "RKT")
        )
    for satker_id, indikator_id, target, text in pk_rows:
        # The signed PK in force outranks the RKT it was drawn from.
        current = snapshots[satker_id].target_berlaku.get(indikator_id)
        if current is None or current.sumber != SUMBER_PK:
            snapshots[satker_id].target_berlaku[indikator_id] = TargetBerlaku(
                _target(target, text), SUMBER_PK
            )
    for satker_id, indikator_id, target, text in unit_pk_rows:
        snapshots[satker_id].target_berlaku.setdefault(
            indikator_id, TargetBerlaku(_target(target, text), SUMBER_PK_UNIT)
        )
    for indikator_id, year, target, text in annual_targets:
        snapshot = snapshots[owner[indikator_id]]
        snapshot.target_tahunan[(indikator_id, year)] = _target(target, text)
        if year == tahun:
            snapshot.target_berlaku.setdefault(
                indikator_id, TargetBerlaku(_target(target, text), "target tahunan Renstra")
            )
    for indikator_id, periode, target, text in period_targets:
        snapshots[owner[indikator_id]].target_periode.setdefault(indikator_id, {})[periode] = (
            _target(target, text)
        )

    _anggaran(snapshots, tahun, satker_filter, pk_filter)
    return snapshots


def _anggaran(snapshots: dict[int, SatkerTahun], tahun: int, satker_filter, pk_filter) -> None:
    pk_amounts: dict[tuple[int, int], list[Decimal]] = defaultdict(list)
    pk_names: dict[tuple[int, int], list[str]] = defaultdict(list)
    for satker_id, kegiatan_id, anggaran, unit in (
        AnggaranPerjanjian.objects.filter(
            perjanjian__in=PerjanjianKinerja.objects.berlaku(tahun=tahun).filter(**satker_filter),
            kegiatan__isnull=False,
        )
        .order_by("perjanjian__satker_id", "perjanjian_id", "urutan")
        .values_list("perjanjian__satker_id", "kegiatan_id", "anggaran", "perjanjian__unit__nama")
    ):
        pk_amounts[(satker_id, kegiatan_id)].append(anggaran)
        pk_names[(satker_id, kegiatan_id)].append(f"PK {unit}" if unit else "PK satker")
    history: dict[tuple[int, int], list[RiwayatPagu]] = defaultdict(list)
    for (
        satker_id,
        kegiatan_id,
        jenis,
        jumlah,
        sumber_dana,
        tanggal,
        alasan,
        sumber,
        kro,
        kro_nama,
        nomor_dokumen,
    ) in _fetch(
        Pagu.objects.filter(tahun=tahun, **satker_filter).values_list(
            "satker_id",
            "kegiatan_id",
            "jenis",
            "jumlah",
            "sumber_dana",
            "tanggal",
            "alasan",
            "sumber",
            "kro__kode",
            "kro__nama",
            "nomor_dokumen",
        )
    ):
        history[(satker_id, kegiatan_id)].append(
            RiwayatPagu(
                jenis,
                JENIS_PAGU.get(jenis, jenis),
                _decimal(jumlah),
                sumber_dana,
                _date(tanggal),
                alasan,
                sumber,
                kro or "",
                kro_nama or "",
                nomor_dokumen,
            )
        )
    spent: dict[tuple[int, int], list[BarisRealisasiAnggaran]] = defaultdict(list)
    for satker_id, kegiatan_id, periode, jumlah, sumber_dana, tercatat, sumber in _fetch(
        RealisasiAnggaran.objects.filter(tahun=tahun, **satker_filter)
        .order_by("satker_id", "kegiatan_id", "periode", "id")
        .values_list(
            "satker_id",
            "kegiatan_id",
            "periode",
            "jumlah",
            "sumber_dana",
            "serapan_tercatat",
            "sumber",
        )
    ):
        spent[(satker_id, kegiatan_id)].append(
            BarisRealisasiAnggaran(
                periode,
                _decimal(jumlah),
                sumber_dana,
                _decimal(tercatat),
                sumber,
            )
        )
    keys = set(pk_amounts) | set(history) | set(spent)
    kegiatan = {
        pk: (kode, nama, program)
        for pk, kode, nama, program in Kegiatan.objects.filter(pk__in={key[1] for key in keys})
        .order_by()
        .values_list("id", "kode", "nama", "program__nama")
    }
    for satker_id, kegiatan_id in sorted(keys, key=lambda key: (key[0], kegiatan[key[1]][0])):
        kode, nama, program = kegiatan[kegiatan_id]
        key = (satker_id, kegiatan_id)
        snapshots[satker_id].anggaran.append(
            putuskan_anggaran(
                kegiatan_id,
                kode,
                nama,
                program,
                tuple(pk_amounts[key]),
                tuple(history[key]),
                tuple(spent[key]),
                pagu_pk_dari=tuple(pk_names[key]),
            )
        )


def satker_tahun_tersimpan(
    ids: list[int], tahun: int, *, tahun_lalu: bool = False
) -> dict[int, SatkerTahun]:
    """`satker_tahun_banyak` through the cache (kinerja.measurement.cache): what pages read,
    a few satkers at a time, each kept until a write changes its data. Each snapshot carries
    the data version it was read at, the key of what is computed from it."""
    versions = versi_banyak(ids)

    def read(missing: list[int]) -> dict[int, SatkerTahun]:
        snapshots = satker_tahun_banyak(missing, tahun, tahun_lalu=tahun_lalu)
        for satker_id, snapshot in snapshots.items():
            snapshot.versi = versions[satker_id]
        return snapshots

    return cache.ambil_banyak(f"satker-tahun-{int(tahun_lalu)}", ids, tahun, read, versi=versions)


def satker_tahun(
    satker: Satker, tahun: int, *, angka: bool = True, dokumen: bool = True
) -> SatkerTahun:
    """One satker-year: its figures (and last year's, for comparisons) and its documents — the
    Renstra covering the year, the RKT, the PKs in force and the other PKs of the year. A page
    that shows only one of the two asks for only that one."""
    if angka:
        snapshot = satker_tahun_tersimpan([satker.pk], tahun, tahun_lalu=True)[satker.pk]
    else:
        snapshot = SatkerTahun(
            satker.pk, satker.slug, satker.nama_lengkap or satker.nama, tahun, PENGATURAN_BAKU, []
        )
    snapshot.satker = satker
    if not dokumen:
        return snapshot
    snapshot.renstra = (
        Renstra.objects.filter(satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
        .prefetch_related("misi", "tujuan", "sasaran__tujuan")
        .order_by("-tahun_awal")
        .first()
    )
    snapshot.rkt = RKT.objects.filter(satker=satker, tahun=tahun).first()
    snapshot.rkt_baris = (
        list(snapshot.rkt.baris.select_related("kegiatan", "indikator")) if snapshot.rkt else []
    )
    agreements = list(
        PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun)
        .select_related(
            "unit",
            "induk__unit",
            "revisi_dari__unit",
            "pihak_pertama_pegawai",
            "pihak_kedua_pegawai",
            "pihak_kedua_anggota",
        )
        .prefetch_related(
            Prefetch(
                "baris",
                queryset=BarisPerjanjian.objects.select_related(
                    "indikator", "kegiatan", "induk_baris", "baris_rkt__rkt"
                ),
            ),
            Prefetch(
                "anggaran",
                queryset=AnggaranPerjanjian.objects.select_related(
                    "program", "kegiatan", "kro__kegiatan"
                ),
            ),
        )
        # The satker PK first, then the units in their order, each chain by version.
        .order_by("tingkat", "unit__urutan", "versi")
    )
    in_force = set(PerjanjianKinerja.objects.berlaku(satker, tahun).values_list("pk", flat=True))
    snapshot.perjanjian = [pk for pk in agreements if pk.pk in in_force]
    snapshot.perjanjian_lain = [pk for pk in agreements if pk.pk not in in_force]
    return snapshot


def tahun_tersedia(satker: Satker, stempel: tuple[int, int] | None = None) -> list[int]:
    """The years a satker — or any satker below it — holds plans, agreements, realisations or
    budgets for, latest first. Kept in the cache while no satker of the tree has changed
    (versi_data.stempel_pohon; `stempel`: the tree's stamp when the caller has just read it)."""
    stamp = stempel or stempel_pohon(satker.pk)

    def read(missing: list[int]) -> dict[int, list[int]]:
        return {
            satker.pk: _tahun_tersedia([node.pk for node in satker.descendants(include_self=True)])
        }

    if stamp is None:
        return read([satker.pk])[satker.pk]  # a satker without a version yet: nothing to key on
    return cache.ambil_banyak(
        f"tahun-tersedia-{stamp[0]}-{stamp[1]}", [satker.pk], 0, read, versi={satker.pk: 0}
    )[satker.pk]


def _tahun_tersedia(tree: list[int]) -> list[int]:
    # One query; the models' default orderings are cleared, SQLite refuses them in a UNION.
    years = (
        RKT.objects.filter(satker__in=tree)
        .order_by()
        .values_list("tahun", flat=True)
        .union(
            PerjanjianKinerja.objects.filter(satker__in=tree)
            .order_by()
            .values_list("tahun", flat=True),
            Realisasi.objects.filter(indikator__satker__in=tree)
            .order_by()
            .values_list("tahun", flat=True),
            Pagu.objects.filter(satker__in=tree).order_by().values_list("tahun", flat=True),
        )
    )
    return sorted(set(years), reverse=True)
