"""The batch's rules on plain data: when a batch counts as stalled and may be resumed, and
whose files the retention rule removes."""

import datetime

from kinerja.documents.massal_aturan import BatchTersimpan, Kemajuan, batch_dibersihkan

NOW = datetime.datetime(2026, 12, 31, 12, 0, tzinfo=datetime.UTC)
TEN_MINUTES = datetime.timedelta(minutes=10)


def _ago(**delta) -> datetime.datetime:
    return NOW - datetime.timedelta(**delta)


def test_a_batch_with_reports_waiting_and_nothing_done_for_the_limit_is_stalled():
    waiting = Kemajuan(jumlah=5, selesai=2, gagal=0, terakhir=_ago(minutes=10))
    assert waiting.terhenti(NOW, TEN_MINUTES)
    assert waiting.boleh_dilanjutkan(NOW, TEN_MINUTES)


def test_a_batch_that_wrote_a_report_recently_is_not_stalled_and_may_not_be_resumed():
    moving = Kemajuan(jumlah=5, selesai=2, gagal=1, terakhir=_ago(minutes=9, seconds=59))
    assert not moving.terhenti(NOW, TEN_MINUTES)
    assert not moving.boleh_dilanjutkan(NOW, TEN_MINUTES)


def test_a_finished_batch_is_never_stalled_and_is_resumed_only_for_its_failures():
    clean = Kemajuan(jumlah=5, selesai=5, gagal=0, terakhir=_ago(days=3))
    failed = Kemajuan(jumlah=5, selesai=4, gagal=1, terakhir=_ago(days=3))
    assert not clean.terhenti(NOW, TEN_MINUTES)
    assert not clean.boleh_dilanjutkan(NOW, TEN_MINUTES)
    assert not failed.terhenti(NOW, TEN_MINUTES)
    assert failed.boleh_dilanjutkan(NOW, TEN_MINUTES)


def test_the_last_activity_is_not_part_of_the_counts():
    assert Kemajuan(3, 1, 0, terakhir=_ago(minutes=1)) == Kemajuan(3, 1, 0)


def _batch(batch_id, induk, days, selesai=True):
    return BatchTersimpan(batch_id, induk, _ago(days=days), selesai)


def test_each_parent_keeps_the_files_of_its_newest_batches():
    batches = [_batch(1, 10, 5), _batch(2, 10, 4), _batch(3, 10, 3), _batch(4, 20, 9)]
    removed = batch_dibersihkan(batches, simpan=2, umur=datetime.timedelta(days=30), sekarang=NOW)
    assert removed == [1]  # parent 20's only batch is older but its newest


def test_a_batch_older_than_the_limit_goes_even_if_it_is_the_newest_or_never_finished():
    batches = [_batch(1, 10, 31, selesai=False), _batch(2, 20, 30), _batch(3, 20, 31)]
    removed = batch_dibersihkan(batches, simpan=3, umur=datetime.timedelta(days=30), sekarang=NOW)
    assert removed == [1, 3]


def test_a_running_batch_beyond_the_newest_keeps_its_files_until_it_is_old():
    batches = [_batch(1, 10, 2, selesai=False), _batch(2, 10, 1)]
    assert (
        batch_dibersihkan(batches, simpan=1, umur=datetime.timedelta(days=30), sekarang=NOW) == []
    )
