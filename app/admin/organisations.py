"""Organisations: the list, a new one, editing name and membership (region; for an employer
its KvK number and the municipality that keeps the relation), and the settings page with the
rules a municipality sets differently and the texts its dashboards show."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.admin import bp
from app.admin.forms import DashboardTextsForm, OrganisationForm, settings_form
from app.extensions import db
from app.fields import options
from app.models import Organisation, User
from app.models.choices import ORGANISATION_KINDS
from app.pagination import Sorts, paginate
from app.security import role_required
from app.services import matching_rerankers, organisations


def _organisation_or_404(organisation_id: int) -> Organisation:
    return db.session.get(Organisation, organisation_id) or abort(404)


def _fill_choices(form: OrganisationForm, organisation: Organisation | None = None) -> None:
    form.kind.choices = options(ORGANISATION_KINDS, _("Kies een soort"))
    form.region_id.choices = options(
        [(r.id, r.name) for r in organisations.regions() if r is not organisation],
        _("geen regio"),
    )
    form.keeper_id.choices = options(
        [(o.id, o.name) for o in organisations.relation_keepers()], _("niemand (de beheerder)")
    )


def _chosen(value) -> Organisation | None:
    return db.session.get(Organisation, int(value)) if value and str(value).isdigit() else None


@bp.route("/organisaties", endpoint="organisations")
@role_required("admin")
def organisations_list():
    """All organisations, searchable by name and filtered by kind, one page at a time."""
    term = request.args.get("zoek", "").strip()[:100]
    kind = request.args.get("soort", "")
    query = db.select(Organisation)
    if term:
        query = query.where(db.func.lower(Organisation.name).like(f"%{term.lower()}%"))
    if kind in ORGANISATION_KINDS:
        query = query.where(Organisation.kind == kind)
    page = paginate(query, sorts=ORGANISATION_SORTS)
    users = dict(
        db.session.execute(
            db.select(User.organisation_id, db.func.count(User.id))
            .where(User.active.is_(True), User.organisation_id.in_([o.id for o in page.items]))
            .group_by(User.organisation_id)
        ).all()
    )
    return render_template(
        "admin/organisations.html",
        organisations=page.items,
        users=users,
        page=page,
        term=term,
        kind=kind,
        kinds=ORGANISATION_KINDS,
    )


ORGANISATION_SORTS = Sorts(
    {
        "soort": (Organisation.kind, db.func.lower(Organisation.name)),
        "naam": (db.func.lower(Organisation.name),),
    },
    default="soort",
)


@bp.route("/organisaties/nieuw", methods=["GET", "POST"])
@role_required("admin")
def organisation_new():
    form = OrganisationForm()
    _fill_choices(form)
    if form.validate_on_submit():
        if not form.kind.data:
            form.kind.errors.append(_("Kies een soort organisatie."))
        else:
            try:
                organisation = organisations.create(
                    kind=form.kind.data,
                    name=form.name.data,
                    region=_chosen(form.region_id.data),
                    kvk=form.kvk.data or None,
                    keeper=_chosen(form.keeper_id.data),
                    by=current_user._get_current_object(),
                )
            except organisations.OrganisationError as error:
                db.session.rollback()
                getattr(form, error.field or "name").errors.append(str(error))
            else:
                db.session.commit()
                flash(_("%(name)s is toegevoegd.", name=organisation.name), "success")
                return redirect(url_for("admin.organisation", organisation_id=organisation.id))
    return render_template("admin/organisation_form.html", form=form, organisation=None)


@bp.route("/organisaties/<int:organisation_id>", methods=["GET", "POST"])
@role_required("admin")
def organisation(organisation_id: int):
    obj = _organisation_or_404(organisation_id)
    employer = organisations.employer_of_organisation(obj)
    if request.method == "GET":
        form = OrganisationForm(
            data={
                "name": obj.name,
                "region_id": str(obj.region_id or ""),
                "kvk": employer.kvk if employer else "",
                "keeper_id": str(employer.municipality_id or "") if employer else "",
            }
        )
    else:
        form = OrganisationForm()
    _fill_choices(form, obj)
    if form.validate_on_submit():
        try:
            changes = organisations.update(
                obj,
                name=form.name.data,
                region=_chosen(form.region_id.data),
                kvk=form.kvk.data or None,
                keeper=_chosen(form.keeper_id.data),
                by=current_user._get_current_object(),
            )
        except organisations.OrganisationError as error:
            db.session.rollback()
            getattr(form, error.field or "name").errors.append(str(error))
        else:
            db.session.commit()
            if changes:
                flash(_("De wijzigingen zijn opgeslagen."), "success")
            return redirect(url_for("admin.organisation", organisation_id=obj.id))
    users = db.session.scalars(
        db.select(User).where(User.organisation_id == obj.id).order_by(User.name)
    ).all()
    return render_template(
        "admin/organisation_form.html",
        form=form,
        organisation=obj,
        employer=employer,
        users=users,
        has_settings=bool(organisations.settings_for(obj)) or obj.kind != "employer",
    )


def _check_setting(organisation: Organisation):
    def check(setting, value):
        if setting.column == "reranker_enabled" and value:
            latest = matching_rerankers.latest_model(organisation.id)
            if latest is None or not latest.better:
                return _("De herschikking is niet beter dan de gewone score en kan niet aan.")
        return None

    return check


@bp.route("/organisaties/<int:organisation_id>/instellingen", methods=["GET", "POST"])
@role_required("admin")
def organisation_settings(organisation_id: int):
    """The organisation's rules (declared in `organisations.SETTINGS`) and dashboard texts."""
    obj = _organisation_or_404(organisation_id)
    if obj.kind == "employer":
        abort(404)
    settings = organisations.settings_for(obj)
    posted = request.method == "POST"
    form = settings_form(settings, formdata=None if not posted else request.form, obj=obj)
    texts = DashboardTextsForm(prefix="t", obj=None if posted else obj)
    if posted and form.validate() & texts.validate():
        try:
            changes = organisations.apply_settings(
                obj,
                {s.column: form[s.column].data for s in settings},
                current_user._get_current_object(),
                check=_check_setting(obj),
            )
            changed = organisations.set_dashboard_texts(
                obj,
                policy_text=texts.policy_text.data or "",
                contact_name=texts.contact_name.data or "",
                contact_email=texts.contact_email.data or "",
                contact_phone=texts.contact_phone.data or "",
                by=current_user._get_current_object(),
            )
        except organisations.OrganisationError as error:
            db.session.rollback()
            form[error.field].errors.append(str(error))
        else:
            db.session.commit()
            flash(
                _("De instellingen zijn opgeslagen.")
                if changes or changed
                else _("Er was niets veranderd."),
                "success",
            )
            return redirect(url_for("admin.organisation_settings", organisation_id=obj.id))
    groups: dict[str, list] = {}
    for setting in settings:
        groups.setdefault(setting.group, []).append(form[setting.column])
    return render_template(
        "admin/organisation_settings.html",
        organisation=obj,
        form=form,
        texts=texts,
        groups=[(organisations.GROUPS.get(g, ""), fields) for g, fields in groups.items()],
        hints={s.column: s.hint for s in settings},
    )
