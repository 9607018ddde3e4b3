from django import forms
from django.utils.translation import gettext_lazy as _

from kinerja.documents.choices import BagianNaskah


class NaskahForm(forms.Form):
    bagian = forms.ChoiceField(choices=BagianNaskah.choices, widget=forms.HiddenInput)
    kunci = forms.CharField(widget=forms.HiddenInput, required=False, max_length=60)
    sidik = forms.CharField(widget=forms.HiddenInput, required=False)
    teks = forms.CharField(label=_("Teks"), widget=forms.Textarea(attrs={"rows": 10}))


class PulihkanForm(forms.Form):
    versi = forms.IntegerField(widget=forms.HiddenInput)
    sidik = forms.CharField(widget=forms.HiddenInput, required=False)


class IdentitasLaporanForm(forms.Form):
    tanggal = forms.DateField(
        label=_("Tanggal laporan"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    tempat = forms.CharField(label=_("Tempat"), max_length=100, required=False)
    nomor = forms.CharField(label=_("Nomor"), max_length=100, required=False)


class TandaTanganForm(forms.Form):
    tetap = forms.BooleanField(required=False)


class RevisiLaporanForm(forms.Form):
    alasan = forms.CharField(label=_("Alasan revisi"), widget=forms.Textarea(attrs={"rows": 2}))
    tetap = forms.BooleanField(required=False)


class PernyataanReviuForm(forms.Form):
    """The inspectorate's statement: its date, place and signer, chosen among the staff the
    inspector may name (kinerja.evaluation.pernyataan.pemeriksa_pilihan)."""

    tanggal = forms.DateField(
        label=_("Tanggal pernyataan"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    tempat = forms.CharField(label=_("Tempat"), max_length=100)
    pemeriksa = forms.ModelChoiceField(label=_("Pereviu (penanda tangan)"), queryset=None)

    def __init__(self, *args, pilihan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pemeriksa"].queryset = pilihan
        self.fields["pemeriksa"].label_from_instance = lambda item: (
            f"{item.nama} — {item.jabatan or '–'} ({item.satker.nama})"
        )


class TarikPernyataanForm(forms.Form):
    alasan = forms.CharField(label=_("Alasan penarikan"), widget=forms.Textarea(attrs={"rows": 2}))
