"""Forms of the administration pages."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField
from wtforms.validators import Length, Optional, ValidationError

from app.fields import DutchDateField


class AuditSearchForm(FlaskForm):
    """Search the audit log: who, which object, what action, which dates (GET, no CSRF)."""

    class Meta:
        csrf = False

    who = StringField(
        _l("Gebruiker (e-mailadres of een deel ervan)"),
        validators=[Optional(), Length(max=254, message=_l("Maximaal 254 tekens."))],
    )
    object_type = SelectField(_l("Soort gegeven"), choices=[], default="")
    object_id = StringField(
        _l("Nummer van het gegeven"),
        validators=[Optional(), Length(max=40, message=_l("Maximaal 40 tekens."))],
    )
    action = SelectField(_l("Handeling"), choices=[], default="")
    date_from = DutchDateField(_l("Vanaf datum"), validators=[Optional()])
    date_to = DutchDateField(_l("Tot en met datum"), validators=[Optional()])

    def validate_date_to(self, field):
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError(_l("De einddatum ligt vóór de begindatum."))
