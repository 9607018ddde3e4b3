"""Celery tasks (found by config.celery's autodiscovery): one satker's LKjIP in a batch."""

from celery import shared_task

from kinerja.documents.massal import tulis_satu


@shared_task(name="kinerja.documents.tulis_laporan_satker")
def tulis_laporan_satker(item_id: int) -> None:
    # tulis_satu records a report's failure on its row: the task itself succeeds, so the
    # worker goes on with the next satker.
    tulis_satu(item_id)
