"""Dates and names on the LKE pages read as Indonesian prose: `29 November 2025`, in Jakarta
time, with the person's full name; never `2025-11-28` in UTC or a bare username."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kinerja.lke import rekomendasi, services
from kinerja.lke.bukti import tautkan_bukti_lke
from kinerja.lke.models import BuktiLke, SnapshotLke
from kinerja.lke.models_rekomendasi import Rekomendasi, TindakLanjut
from kinerja.lke.tests.builders import jadwal
from kinerja.lke.tests.conftest import PDF
from kinerja.lke.tests.hasil_bangun import terbit_dengan_rekomendasi
from kinerja.planning.models import RKT

# 20:30 UTC on 28 November is 03:30 on 29 November in Jakarta (UTC+7).
MOMEN = datetime.datetime(2025, 11, 28, 20, 30, tzinfo=datetime.UTC)


def _url(name, *args):
    return reverse(f"lke:{name}", args=["kpu-kota-prabumulih", 2025, *args])


def test_a_linked_record_shows_its_date_in_words_and_local_time(client, evaluasi, orang):
    rkt = RKT.objects.get(satker=evaluasi.satker, tahun=2024)
    tautkan_bukti_lke(
        actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.2", kunci=f"rkt:2024:{rkt.pk}"
    )
    BuktiLke.objects.update(ditambahkan_pada=MOMEN)
    client.force_login(orang.admin)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert "(ditautkan 29 November 2025)" in page


def test_the_snapshot_line_and_the_follow_ups_read_in_words_with_full_names(
    client, evaluasi, orang
):
    final = terbit_dengan_rekomendasi(evaluasi, orang)
    SnapshotLke.objects.update(dibuat_pada=MOMEN)
    orang.admin.first_name, orang.admin.last_name = "Rina", "Marlina"
    orang.admin.save()
    item = Rekomendasi.objects.get(evaluasi=final)
    rekomendasi.tambah_tindak_lanjut(
        actor=orang.admin,
        rekomendasi=item,
        uraian="Pedoman ditetapkan.",
        berkas=SimpleUploadedFile("sk.pdf", PDF),
    )
    # The inspector has no full name: the username stands in.
    rekomendasi.tutup_rekomendasi(actor=orang.inspektur_pusat, rekomendasi=item, catatan="Cukup.")
    TindakLanjut.objects.update(dibuat_pada=MOMEN)
    Rekomendasi.objects.update(ditutup_pada=MOMEN)
    client.force_login(orang.admin)
    worksheet = client.get(_url("lembar_kerja")).content.decode()
    assert "Hasil dibaca dari snapshot final (29 November 2025 03:30)" in worksheet
    results = client.get(_url("hasil")).content.decode()
    assert "29 November 2025 Rina Marlina: Pedoman ditetapkan." in results
    assert f"29 November 2025 {orang.inspektur_pusat.get_username()} — Cukup." in results


def test_a_write_outside_the_window_names_the_window_in_words(evaluasi, orang):
    jadwal(2025, "mandiri", datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
    with pytest.raises(ValidationError, match=r"\(1 Januari 2025 s\.d\. 30 Juni 2025\)"):
        services.simpan_jawaban(
            actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.1", peran="mandiri", kode="Y"
        )
