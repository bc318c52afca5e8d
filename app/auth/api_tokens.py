"""Mijn account → API-sleutels: make (shown once), list and revoke personal API tokens."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField
from wtforms.validators import DataRequired, Length

from app.auth import bp
from app.extensions import db
from app.fields import MultiCheckboxField, options
from app.models import ApiToken
from app.services import api_tokens

LEVELS = {"read": _l("lezen"), "write": _l("lezen en wijzigen")}


class ApiTokenForm(FlaskForm):
    name = StringField(
        _l("Naam van de sleutel"),
        validators=[
            DataRequired(
                _l("Geef de sleutel een naam, bijvoorbeeld het systeem dat hem gebruikt.")
            ),
            Length(max=100, message=_l("Een naam is hoogstens 100 tekens.")),
        ],
    )
    scopes = MultiCheckboxField(_l("Bevoegdheden"), choices=[])
    days = SelectField(
        _l("Geldig"),
        choices=options(
            [
                ("30", _l("30 dagen")),
                ("90", _l("90 dagen")),
                ("365", _l("1 jaar")),
                ("730", _l("2 jaar")),
            ]
        ),
        default="365",
    )

    def validate_scopes(self, field):
        if not field.data:
            from wtforms.validators import ValidationError

            raise ValidationError(_("Kies minstens één bevoegdheid."))


def _form() -> ApiTokenForm:
    form = ApiTokenForm(prefix="token")
    form.scopes.choices = options(
        [
            (f"{area}:{level}", f"{api_tokens.AREAS[area]}: {LEVELS[level]}")
            for area in api_tokens.ROLE_AREAS.get(current_user.role, ())
            for level in ("read", "write")
        ]
    )
    return form


def scope_texts(token: ApiToken) -> list[str]:
    """Per area what the token may: "Vacatures: lezen en wijzigen" (write includes read)."""
    chosen = token.scope_set
    texts = []
    for area, label in api_tokens.AREAS.items():
        if f"{area}:write" in chosen:
            texts.append(f"{label}: {LEVELS['write']}")
        elif f"{area}:read" in chosen:
            texts.append(f"{label}: {LEVELS['read']}")
    return texts


def _page(form: ApiTokenForm, new_token: str | None = None, status: int = 200):
    user = current_user._get_current_object()
    return (
        render_template(
            "auth/api_tokens.html",
            form=form,
            tokens=api_tokens.for_user(user),
            new_token=new_token,
            scope_texts=scope_texts,
        ),
        status,
    )


@bp.route("/account/api-sleutels", methods=["GET", "POST"])
@login_required
def api_tokens_page():
    """The user's API tokens; a new one is shown once, on the page that made it."""
    form = _form()
    if form.validate_on_submit():
        _token, text = api_tokens.create(
            current_user._get_current_object(),
            form.name.data,
            form.scopes.data,
            days=int(form.days.data),
        )
        db.session.commit()
        return _page(_form_fresh(), new_token=text)
    return _page(form, status=200)


def _form_fresh() -> ApiTokenForm:
    form = _form()
    form.name.data = ""
    form.scopes.data = []
    return form


@bp.route("/account/api-sleutels/<int:token_id>/intrekken", methods=["POST"])
@login_required
def api_token_revoke(token_id: int):
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != current_user.id:  # only one's own tokens
        return render_template("errors/error.html", code=404, message=None), 404
    if FlaskForm().validate_on_submit():
        api_tokens.revoke(token, current_user._get_current_object())
        db.session.commit()
        flash(
            _("De sleutel „%(name)s” is ingetrokken en werkt niet meer.", name=token.name),
            "success",
        )
    return redirect(url_for("auth.api_tokens_page"))
