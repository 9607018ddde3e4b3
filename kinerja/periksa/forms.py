from django import forms
from django.utils.translation import gettext_lazy as _

from kinerja.core.tahun import TAHUN_MAKS, TAHUN_MIN


class PeriksaForm(forms.Form):
    berkas = forms.FileField(
        label=_("Berkas Laporan Kinerja"),
        help_text=_("DOCX, PDF berteks atau teks (.txt), paling besar 20 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".docx,.pdf,.txt"}),
    )
    tahun = forms.IntegerField(
        label=_("Tahun laporan"),
        required=False,
        min_value=TAHUN_MIN,
        max_value=TAHUN_MAKS,
        help_text=_("Isi bila sampul laporan tidak menyebut tahunnya."),
    )
    simpan = forms.TypedChoiceField(
        label=_("Berkasnya"),
        choices=[
            ("", _("Jangan disimpan: dibaca lalu dibuang, hanya hasilnya ditampilkan")),
            ("1", _("Simpan berkas dan hasilnya untuk saya, sampai saya menghapusnya")),
        ],
        coerce=bool,
        empty_value=False,
        required=False,
        initial="",
        widget=forms.RadioSelect,
    )
