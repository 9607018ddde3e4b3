"""Form fields that read numbers the way Indonesian users type them."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError

from kinerja.core.formatting import parse_desimal, plain_decimal


class DesimalField(forms.DecimalField):
    """Accepts `94,74`, `94.74` and `1.748.912.000`; shows stored values without padding."""

    widget = forms.TextInput

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        try:
            return parse_desimal(str(value))
        except ValueError as error:
            raise ValidationError(str(error), code="invalid") from error

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return plain_decimal(value)
        return value

    def widget_attrs(self, widget):
        # The browser's number input would refuse a comma; a text input with a hint does not.
        return {"inputmode": "decimal"}


DECIMAL_OVERRIDES = {"form_class": DesimalField}
