"""The budget page's forms: a pagu (initial or revised) and a period's realisation, with Rupiah
typed the Indonesian way (`Rp 1.748.912.000`)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kinerja.agreements.models import AnggaranPerjanjian
from kinerja.budgets.choices import JenisPagu, SumberDana
from kinerja.budgets.models import KRO, Kegiatan
from kinerja.core.choices import Periode
from kinerja.core.forms import DesimalField
from kinerja.core.numbers import JenisAngka
from kinerja.planning.models import IndikatorKinerja


def kegiatan_satker(satker):
    """The kegiatan a satker works with: in its pagu, realisations, indicators or PK budgets."""
    from_pk = AnggaranPerjanjian.objects.filter(perjanjian__satker=satker).values("kegiatan_id")
    from_indicators = IndikatorKinerja.objects.filter(satker=satker).values("kegiatan_id")
    return (
        Kegiatan.objects.filter(
            Q(pagu__satker=satker)
            | Q(realisasi_anggaran__satker=satker)
            | Q(pk__in=from_indicators)
            | Q(pk__in=from_pk)
        )
        .distinct()
        .order_by("kode")
    )


class _KegiatanForm(forms.Form):
    kegiatan = forms.ModelChoiceField(queryset=Kegiatan.objects.none(), label=_("Kegiatan"))
    jumlah = DesimalField(jenis=JenisAngka.RUPIAH, label=_("Jumlah (Rp)"), min_value=0)
    sumber_dana = forms.ChoiceField(
        choices=SumberDana.choices, required=False, label=_("Sumber dana")
    )
    sumber = forms.CharField(max_length=200, label=_("Dokumen/sumber (mis. nomor DIPA atau SP2D)"))

    def __init__(self, *args, satker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kegiatan"].queryset = kegiatan_satker(satker)
        self.fields["kegiatan"].label_from_instance = lambda item: f"{item.kode} {item.nama}"


class PaguForm(_KegiatanForm):
    kro = forms.ModelChoiceField(
        queryset=KRO.objects.none(),
        required=False,
        label=_("KRO"),
        empty_label=_("— seluruh kegiatan —"),
        help_text=_("Kosongkan bila pagu untuk seluruh kegiatan."),
    )
    jenis = forms.ChoiceField(
        choices=[
            (JenisPagu.AWAL, JenisPagu.AWAL.label),
            (JenisPagu.REVISI, JenisPagu.REVISI.label),
        ],
        label=_("Jenis"),
    )
    tanggal = forms.DateField(
        required=False, label=_("Tanggal"), widget=forms.DateInput(attrs={"type": "date"})
    )
    alasan = forms.CharField(max_length=300, required=False, label=_("Alasan revisi"))
    nomor_dokumen = forms.CharField(
        max_length=200,
        required=False,
        label=_("Nomor dokumen (wajib untuk revisi)"),
        help_text=_("Mis. SP DIPA-076.01.2.xxxxxx/2024 atau nomor surat revisi POK."),
    )
    field_order = [
        "kegiatan",
        "kro",
        "jenis",
        "jumlah",
        "sumber_dana",
        "tanggal",
        "alasan",
        "nomor_dokumen",
        "sumber",
    ]

    def __init__(self, *args, satker, **kwargs):
        super().__init__(*args, satker=satker, **kwargs)
        # The KROs of the satker's kegiatan; the pagu's own kegiatan is checked on saving.
        self.fields["kro"].queryset = KRO.objects.filter(
            kegiatan__in=kegiatan_satker(satker)
        ).select_related("kegiatan")
        self.fields["sumber"].label = _("Sumber angka (wajib; mis. DIPA, POK, LKjIP)")


class RealisasiForm(_KegiatanForm):
    periode = forms.ChoiceField(
        choices=[(value, label) for value, label in Periode.choices if value != Periode.TAHUNAN],
        label=_("Periode"),
    )
    field_order = ["kegiatan", "periode", "sumber_dana", "jumlah", "sumber"]


class KROForm(forms.Form):
    """A KRO of one of the satker's kegiatan that is not listed yet (its code and name as the
    DIPA/POK write them)."""

    kegiatan = forms.ModelChoiceField(queryset=Kegiatan.objects.none(), label=_("Kegiatan"))
    kode = forms.CharField(max_length=10, label=_("Kode KRO (mis. EBA)"))
    nama = forms.CharField(max_length=300, label=_("Nama KRO"))

    def __init__(self, *args, satker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kegiatan"].queryset = kegiatan_satker(satker)
        self.fields["kegiatan"].label_from_instance = lambda item: f"{item.kode} {item.nama}"
