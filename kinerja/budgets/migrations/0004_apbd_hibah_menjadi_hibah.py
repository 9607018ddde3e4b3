"""The old single choice "APBD (hibah Pemilihan)" is a grant (NPHD) from a regional budget:
it becomes "Hibah (NPHD)". Reversible."""

from django.db import migrations


def forwards(apps, schema_editor):
    for name in ("Pagu", "RealisasiAnggaran"):
        apps.get_model("budgets", name).objects.filter(sumber_dana="apbd_hibah").update(
            sumber_dana="hibah"
        )


def backwards(apps, schema_editor):
    for name in ("Pagu", "RealisasiAnggaran"):
        apps.get_model("budgets", name).objects.filter(sumber_dana="hibah").update(
            sumber_dana="apbd_hibah"
        )


class Migration(migrations.Migration):

    dependencies = [
        ("budgets", "0003_sumber_dana_lengkap"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
