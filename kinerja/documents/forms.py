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
