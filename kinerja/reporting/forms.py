from django import forms

from kinerja.measurement.models import HambatanUpaya
from kinerja.planning.models import IndikatorKinerja


class HambatanForm(forms.ModelForm):
    sidik = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = HambatanUpaya
        fields = ["indikator", "aspek", "hambatan", "upaya", "keterangan", "tindak_lanjut"]
        labels = {
            "indikator": "Indikator yang dijelaskan",
            "aspek": "Kegiatan/aspek",
            "upaya": "Upaya yang dilakukan",
        }
        widgets = {
            "hambatan": forms.Textarea(attrs={"rows": 3}),
            "upaya": forms.Textarea(attrs={"rows": 3}),
            "keterangan": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, satker, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the satker's own indicators: another satker's id is "not a valid choice".
        self.fields["indikator"].queryset = IndikatorKinerja.objects.filter(satker=satker).order_by(
            "kode"
        )
        self.fields["indikator"].label_from_instance = lambda item: f"{item.kode} {item.nama}"
