from django import forms
from django.utils.translation import gettext_lazy as _

from kinerja.core.forms import KolomDesimalField
from kinerja.core.urutan import kunci_kode
from kinerja.measurement.models import HambatanUpaya
from kinerja.planning.models import IndikatorKinerja, SasaranStrategis
from kinerja.reporting.anggaran import kegiatan_satker


class HambatanForm(forms.ModelForm):
    sidik = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = HambatanUpaya
        fields = ["indikator", "aspek", "hambatan", "upaya", "keterangan", "tindak_lanjut"]
        labels = {
            "indikator": _("Indikator yang dijelaskan"),
            "aspek": _("Kegiatan/aspek"),
            "upaya": _("Upaya yang dilakukan"),
        }
        widgets = {
            "hambatan": forms.Textarea(attrs={"rows": 3}),
            "upaya": forms.Textarea(attrs={"rows": 3}),
            "keterangan": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, satker, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the satker's own indicators: another satker's id is "not a valid choice".
        field = self.fields["indikator"]
        field.queryset = IndikatorKinerja.objects.filter(satker=satker)
        field.label_from_instance = lambda item: f"{item.kode} {item.nama}"
        # Listed by the numbers in their codes (3360-2 before 3360-10); the queryset still
        # decides what is a valid choice.
        field.choices = [
            ("", field.empty_label),
            *(
                (item.pk, field.label_from_instance(item))
                for item in sorted(field.queryset, key=lambda item: kunci_kode(item.kode))
            ),
        ]


class IndikatorForm(forms.ModelForm):
    sidik = forms.CharField(widget=forms.HiddenInput, required=False)
    target = forms.CharField(
        required=False,
        max_length=100,
        label=_("Target tahun ini"),
        help_text=_(
            "Angka (95 atau 94,5) atau target tertulis (WTP, ≥ 95, 7–8); kosongkan bila belum ada."
        ),
    )

    class Meta:
        model = IndikatorKinerja
        fields = [
            "kode", "nama", "satuan", "iku", "kegiatan", "sasaran", "polaritas", "batas_atas",
            "varian_turun", "plafon", "kebijakan_target_nol", "metode_agregasi", "bobot",
            "label_kualitatif", "definisi", "sumber_data",
        ]  # fmt: skip
        widgets = {
            "nama": forms.Textarea(attrs={"rows": 2}),
            "label_kualitatif": forms.Textarea(attrs={"rows": 3}),
            "definisi": forms.Textarea(attrs={"rows": 2}),
        }
        field_classes = {"batas_atas": KolomDesimalField, "bobot": KolomDesimalField}

    def __init__(self, *args, satker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kegiatan"].queryset = kegiatan_satker(satker)
        self.fields["kegiatan"].label_from_instance = lambda item: f"{item.kode} {item.nama}"
        self.fields["sasaran"].queryset = (
            SasaranStrategis.objects.filter(renstra__satker=satker)
            .select_related("renstra")
            .order_by("renstra__tahun_awal", "nomor")
        )
        # Two plans both have a "Sasaran 1": the plan's period tells them apart.
        self.fields["sasaran"].label_from_instance = lambda item: (
            f"Renstra {item.renstra.tahun_awal}–{item.renstra.tahun_akhir} · "
            f"{item.nomor}. {item.uraian[:90]}"
        )
        self.fields["kegiatan"].label = _("Kegiatan")
        self.fields["sasaran"].label = _("Sasaran strategis (Renstra)")
