"""HambatanUpaya and NilaiTercatat now belong to measurement (its migration 0004 takes them
over); only Django's state changes here, the rows stay."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('evaluation', '0002_besaran_target_pk'),
        ('measurement', '0004_pindah_hambatan_dan_nilai_tercatat'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='HambatanUpaya'),
                migrations.DeleteModel(name='NilaiTercatat'),
            ],
            database_operations=[],
        ),
    ]
