from django import forms
from django.utils.translation import gettext_lazy as _

from kinerja.lke.alur import Langkah
from kinerja.lke.choices import FaseJadwal, PeranJawabanChoices


class JawabanForm(forms.Form):
    """One answer as posted; whether it fits the scale, the role, the status and the window is
    the service's to say. There is no status field: no form sets a status."""

    peran = forms.ChoiceField(choices=PeranJawabanChoices.choices)
    kode = forms.CharField(required=False, max_length=10)
    catatan = forms.CharField(required=False, max_length=2000)


LANGKAH_HALAMAN = [(aksi.value, aksi.value) for aksi in Langkah] + [
    ("sembunyikan", "sembunyikan"),
    ("tampilkan", "tampilkan"),
]


class LangkahForm(forms.Form):
    aksi = forms.ChoiceField(choices=LANGKAH_HALAMAN)
    alasan = forms.CharField(required=False, max_length=2000)
    # Ticked to submit a self-assessment that leaves criteria unanswered (they count 0).
    konfirmasi = forms.BooleanField(required=False)


class BukaForm(forms.Form):
    tahun = forms.IntegerField(min_value=2000, max_value=2100)


LABEL_LANGKAH = {
    Langkah.AJUKAN_MANDIRI: _("Ajukan penilaian mandiri"),
    Langkah.MULAI_REVIU: _("Mulai evaluasi"),
    Langkah.KEMBALIKAN: _("Kembalikan ke satker"),
    Langkah.FINALKAN: _("Finalkan hasil"),
    Langkah.TERBITKAN: _("Terbitkan hasil"),
}


def _tanggal(label):
    return forms.DateField(
        label=label, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )


class JadwalForm(forms.Form):
    """One phase's window as typed; whether it may be set is the service's to say
    (kinerja.lke.jadwal)."""

    fase = forms.ChoiceField(choices=FaseJadwal.choices, widget=forms.HiddenInput)
    mulai = _tanggal(_("Mulai"))
    selesai = _tanggal(_("Selesai"))


class HapusJadwalForm(forms.Form):
    fase = forms.ChoiceField(choices=FaseJadwal.choices)
