"""The year-end batch's rules that need no database: its progress, when a batch counts as
stalled (and may be resumed), and whose files the retention rule removes. Plain Python."""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kemajuan:
    """A batch's progress counted from its rows; `terakhir` is the last time anything happened
    to it: started, resumed, or a report written or failed."""

    jumlah: int
    selesai: int
    gagal: int
    # Not part of the counts: two readings of the same counts are the same progress.
    terakhir: datetime.datetime | None = field(default=None, compare=False)

    @property
    def menunggu(self) -> int:
        return self.jumlah - self.selesai - self.gagal

    @property
    def tuntas(self) -> bool:
        return self.menunggu == 0

    @property
    def persen(self) -> int:
        """Whole percent done (for the progress bar's width), 100 for an empty batch."""
        if not self.jumlah:
            return 100
        return (self.selesai + self.gagal) * 100 // self.jumlah

    def terhenti(self, sekarang: datetime.datetime, batas: datetime.timedelta) -> bool:
        """Reports still wait and nothing has happened for `batas`: whatever wrote them (a
        Celery worker, the web process's thread, the command) has stopped. A report takes
        seconds, so minutes without one is no slow report."""
        return not self.tuntas and self.terakhir is not None and sekarang - self.terakhir >= batas

    def boleh_dilanjutkan(self, sekarang: datetime.datetime, batas: datetime.timedelta) -> bool:
        """A stalled batch, or a finished one with failures, may be resumed; a batch still
        moving may not (its waiting reports are queued already, and would be written twice)."""
        return self.terhenti(sekarang, batas) or (self.tuntas and self.gagal > 0)


@dataclass(frozen=True)
class BatchTersimpan:
    """What the retention rule reads of a batch whose files are still in the storage."""

    id: int
    induk_id: int
    dimulai_pada: datetime.datetime
    selesai: bool


def batch_dibersihkan(
    batches: list[BatchTersimpan],
    *,
    simpan: int,
    umur: datetime.timedelta,
    sekarang: datetime.datetime,
) -> list[int]:
    """The ids of the batches whose files go, oldest first: of each parent's batches, all but
    the newest `simpan`, and any started more than `umur` ago. A batch still running keeps its
    files until it is `umur` old (by then it has long stopped)."""
    removed = []
    by_parent: dict[int, list[BatchTersimpan]] = {}
    for batch in batches:
        by_parent.setdefault(batch.induk_id, []).append(batch)
    for own in by_parent.values():
        newest_first = sorted(own, key=lambda batch: (batch.dimulai_pada, batch.id), reverse=True)
        for rank, batch in enumerate(newest_first):
            old = sekarang - batch.dimulai_pada > umur
            if old or (rank >= simpan and batch.selesai):
                removed.append(batch)
    return [batch.id for batch in sorted(removed, key=lambda batch: (batch.dimulai_pada, batch.id))]
