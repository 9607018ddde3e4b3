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


def _tanggal(label, required=False):
    return forms.DateField(
        label=label,
        required=required,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class RiwayatJabatanForm(forms.Form):
    """A term of the jabatan history as typed; the service says what is missing or wrong (all
    fields optional here, so its messages, not the generic "required", are shown)."""

    jabatan = forms.CharField(
        label=_("Jabatan"),
        max_length=200,
        required=False,
        help_text=_("Seperti tercetak di atas tanda tangan, mis. Sekretaris."),
    )
    kepala = forms.BooleanField(
        label=_("Pimpinan satker (menandatangani Laporan Kinerja dan PK satker)"), required=False
    )
    atasan = forms.BooleanField(
        label=_("Atasan pimpinan satker (pihak kedua PK satker, mis. Ketua KPU)"),
        required=False,
        help_text=_("Bila pemegangnya anggota (komisioner), kosongkan NIP."),
    )
    unit = forms.TypedChoiceField(
        label=_("Memimpin unit (pihak pertama PK unit)"),
        required=False,
        coerce=int,
        empty_value=None,
    )
    nama = forms.CharField(label=_("Nama"), max_length=200, required=False)
    nip = forms.CharField(label=_("NIP"), max_length=30, required=False)
    pangkat_golongan = forms.CharField(
        label=_("Pangkat/golongan selama masa ini"), max_length=100, required=False
    )
    mulai = _tanggal(_("Mulai"))
    selesai = _tanggal(_("Selesai"))
    sumber = forms.CharField(
        label=_("Sumber"),
        max_length=200,
        required=False,
        help_text=_("Mis. nomor surat keputusan pengangkatan."),
    )

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [("", _("— tidak memimpin unit —"))] + [
            (unit.pk, unit.nama) for unit in units
        ]


class KoreksiJabatanForm(RiwayatJabatanForm):
    alasan = forms.CharField(
        label=_("Alasan koreksi"),
        max_length=200,
        required=False,
        help_text=_("Wajib bila masa ini sudah dipakai menandatangani dokumen."),
    )


class AkhiriJabatanForm(forms.Form):
    selesai = _tanggal(_("Tanggal terakhir menjabat"))
    alasan = forms.CharField(label=_("Alasan"), max_length=200, required=False)


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


class LaporanMassalForm(forms.Form):
    """The year-end batch: a year the parent holds data for, and one format."""

    tahun = forms.TypedChoiceField(label=_("Tahun"), coerce=int)
    format = forms.ChoiceField(
        label=_("Format"), choices=[("docx", "Word"), ("pdf", "PDF"), ("xlsx", "Excel")]
    )

    def __init__(self, *args, tahun_tersedia: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tahun"].choices = [(year, year) for year in tahun_tersedia]
