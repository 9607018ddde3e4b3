from django import forms
from django.utils.translation import gettext_lazy as _


class CatatanForm(forms.Form):
    # The finding a note is about (kunci_temuan), or empty for a note on the year.
    temuan = forms.CharField(widget=forms.HiddenInput, required=False)
    # Empty text is refused by the service, with its own message.
    teks = forms.CharField(
        label=_("Catatan"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class TanggapanForm(forms.Form):
    catatan = forms.IntegerField(widget=forms.HiddenInput)
    tanggapan = forms.CharField(
        label=_("Tanggapan"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class SelesaiForm(forms.Form):
    catatan = forms.IntegerField(widget=forms.HiddenInput)
