"""A revision now names its document in `nomor_dokumen`. Before, the budget page asked for it
in `sumber` ("Dokumen/sumber (mis. nomor DIPA atau SP2D)"): a stored revision takes its
`sumber` as its document number, so every revision keeps one. Reversible."""

from django.db import migrations
from django.db.models import F


def forwards(apps, schema_editor):
    apps.get_model("budgets", "Pagu").objects.filter(jenis="revisi", nomor_dokumen="").update(
        nomor_dokumen=F("sumber")
    )


def backwards(apps, schema_editor):
    apps.get_model("budgets", "Pagu").objects.filter(
        jenis="revisi", nomor_dokumen=F("sumber")
    ).update(nomor_dokumen="")


class Migration(migrations.Migration):

    dependencies = [
        ("budgets", "0005_pagu_per_kro_dan_nomor_dokumen"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
