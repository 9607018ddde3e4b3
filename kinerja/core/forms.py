"""Form fields that read numbers the way Indonesian users type them."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext

from kinerja.core.formatting import desimal_koma, format_angka
from kinerja.core.numbers import AngkaTidakSah, JenisAngka, parse_angka


class DesimalField(forms.DecimalField):
    """Accepts `94,74`, `94.74` and `1.748.912.000` (kinerja.core.numbers); shows stored values
    without padding, with a decimal comma. `jenis` says what the number is: a measure (the
    default), a percentage or Rupiah."""

    widget = forms.TextInput

    def __init__(self, *, jenis: JenisAngka = JenisAngka.UKURAN, **kwargs):
        self.jenis = JenisAngka(jenis)
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, Decimal):
            return value
        # Stripped first, as Django's DecimalField does: blanks in an optional field are empty.
        text = "" if value in self.empty_values else str(value).strip()
        if not text:
            return None
        try:
            return parse_angka(text, self.jenis)
        except AngkaTidakSah as error:
            raise ValidationError(pesan_angka(error), code="invalid") from error

    def prepare_value(self, value):
        # A decimal comma, the way the value will be read back: shown as `123.456`, a stored
        # 123,456 would come back on save as one thousands group, 123456.
        # Rupiah are shown grouped, as typed and printed: `1.748.912.000`, never `1748912000`.
        if isinstance(value, Decimal | int) and self.jenis is JenisAngka.RUPIAH:
            return format_angka(value)
        if isinstance(value, Decimal):
            return desimal_koma(value)
        return value

    def widget_attrs(self, widget):
        # The browser's number input would refuse a comma; a text input with a hint does not.
        return {"inputmode": "decimal"}


class KolomDesimalField(DesimalField):
    """DesimalField for a model column: whole-number columns are Rupiah (`rupiah_field`), so
    `Rp 1.748.912.000` is read there, and every other column holds a measure."""

    def __init__(self, *, decimal_places=None, **kwargs):
        jenis = JenisAngka.RUPIAH if decimal_places == 0 else JenisAngka.UKURAN
        super().__init__(jenis=jenis, decimal_places=decimal_places, **kwargs)


DECIMAL_OVERRIDES = {"form_class": KolomDesimalField}


def pesan_angka(error: AngkaTidakSah) -> str:
    """A number's refusal in the reader's language (the words of the input stay as typed)."""
    nilai = dict(error.nilai)
    for key in ("jenis", "contoh"):
        if key in nilai:
            nilai[key] = gettext(nilai[key])
    return gettext(error.pesan) % nilai
