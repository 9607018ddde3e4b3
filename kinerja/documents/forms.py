from django import forms
from django.utils.translation import gettext_lazy as _

from kinerja.documents.choices import BagianNaskah


class NaskahForm(forms.Form):
    bagian = forms.ChoiceField(choices=BagianNaskah.choices, widget=forms.HiddenInput)
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
