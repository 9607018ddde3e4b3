"""HambatanUpaya and NilaiTercatat move from evaluation to measurement, which the reading layer
and the measurement's stated claims belong to. Only Django's state moves here; the tables keep
their rows and are renamed in the next migration."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('budgets', '0002_periode_bulanan'),
        ('evaluation', '0002_besaran_target_pk'),
        ('measurement', '0003_preset_skala_predikat'),
        ('organisations', '0001_initial'),
        ('planning', '0002_aturan_capaian_indikator'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='HambatanUpaya',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('tahun', models.PositiveSmallIntegerField(verbose_name='tahun')),
                        ('nomor', models.PositiveSmallIntegerField(verbose_name='nomor')),
                        ('aspek', models.CharField(max_length=300, verbose_name='kegiatan/aspek')),
                        ('hambatan', models.TextField(verbose_name='hambatan')),
                        ('keterangan', models.TextField(blank=True, verbose_name='keterangan')),
                        ('hambatan_di_tabel_upaya', models.TextField(blank=True, help_text='Diisi bila tabel upaya menuliskan hambatannya berbeda.', verbose_name='hambatan menurut tabel upaya')),
                        ('upaya', models.TextField(verbose_name='upaya nyata')),
                        ('sumber', models.CharField(blank=True, max_length=200, verbose_name='sumber')),
                        ('kegiatan', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='budgets.kegiatan')),
                        ('satker', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='hambatan', to='organisations.satker')),
                    ],
                    options={
                        'verbose_name': 'hambatan dan upaya',
                        'verbose_name_plural': 'hambatan dan upaya',
                        'ordering': ['satker', 'tahun', 'nomor'],
                        'db_table': 'evaluation_hambatanupaya',
                        'constraints': [models.UniqueConstraint(fields=('satker', 'tahun', 'nomor'), name='hambatan_unik')],
                    },
                ),
                migrations.CreateModel(
                    name='NilaiTercatat',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('tahun', models.PositiveSmallIntegerField(verbose_name='tahun')),
                        ('sumber', models.CharField(max_length=200, verbose_name='sumber')),
                        ('urutan', models.PositiveSmallIntegerField(default=0, verbose_name='urutan')),
                        ('besaran', models.CharField(choices=[('target', 'Target'), ('target_pk', 'Target PK (dikutip)'), ('realisasi', 'Realisasi'), ('capaian', 'Capaian (%)'), ('target_hasil', 'Target hasil'), ('pagu', 'Pagu (Rp)'), ('realisasi_anggaran', 'Realisasi anggaran (Rp)'), ('serapan', 'Serapan anggaran (%)'), ('capaian_satker', 'Capaian kinerja satker (%)'), ('serapan_satker', 'Serapan anggaran satker (%)'), ('jumlah_sasaran', 'Jumlah sasaran'), ('nilai_sakip', 'Nilai evaluasi SAKIP dan predikat'), ('opini_bpk', 'Opini BPK'), ('indikator', 'Indikator yang disebut'), ('pelaksanaan', 'Keterangan pelaksanaan kegiatan'), ('kategori', 'Kategori capaian')], max_length=20, verbose_name='besaran')),
                        ('label', models.CharField(blank=True, help_text="Apa yang dinyatakan, bila bukan indikator/kegiatan (mis. 'Serapan satker').", max_length=300, verbose_name='tentang')),
                        ('nilai', models.DecimalField(blank=True, decimal_places=4, max_digits=20, null=True, verbose_name='nilai')),
                        ('teks', models.TextField(blank=True, verbose_name='teks tercetak')),
                        ('indikator', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='nilai_tercatat', to='planning.indikatorkinerja')),
                        ('kegiatan', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='budgets.kegiatan')),
                        ('satker', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='nilai_tercatat', to='organisations.satker')),
                    ],
                    options={
                        'verbose_name': 'nilai tercatat',
                        'verbose_name_plural': 'nilai tercatat',
                        'ordering': ['satker', 'tahun', 'sumber', 'urutan'],
                        'db_table': 'evaluation_nilaitercatat',
                        'constraints': [models.UniqueConstraint(fields=('satker', 'tahun', 'sumber', 'urutan'), name='nilai_tercatat_unik')],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
