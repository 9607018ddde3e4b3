"""Forms of the results page. They only parse what was posted; whether the reader may write
it, and when, is the services' to say (kinerja.lke.rekomendasi)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kinerja.lke.choices import PrioritasRekomendasi


class NarasiForm(forms.Form):
    kode_komponen = forms.CharField(max_length=10)
    teks = forms.CharField(required=False, max_length=20000, widget=forms.Textarea)


class PenandaTanganForm(forms.Form):
    pemeriksa = forms.IntegerField(label=_("Penanda tangan"))
    tempat = forms.CharField(label=_("Tempat"), max_length=100)


class RekomendasiForm(forms.Form):
    uraian = forms.CharField(label=_("Rekomendasi"), max_length=5000, widget=forms.Textarea)
    kode_kriteria = forms.CharField(
        label=_("Kode kriteria"),
        max_length=500,
        help_text=_("Satu atau lebih, dipisah koma: 1.a.1, 2.b.3"),
    )
    prioritas = forms.ChoiceField(label=_("Prioritas"), choices=PrioritasRekomendasi.choices)
    penanggung_jawab = forms.CharField(label=_("Penanggung jawab"), max_length=200)
    batas_waktu = forms.DateField(
        label=_("Batas waktu"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def kode(self) -> list[str]:
        return [part for part in self.cleaned_data["kode_kriteria"].split(",") if part.strip()]


class TindakLanjutForm(forms.Form):
    uraian = forms.CharField(
        label=_("Uraian tindak lanjut"), max_length=5000, widget=forms.Textarea
    )
    berkas = forms.FileField(label=_("Berkas bukti"))


class TutupForm(forms.Form):
    catatan = forms.CharField(label=_("Catatan penutupan"), max_length=5000)
