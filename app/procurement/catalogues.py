"""Bouwblokken catalogues: presets read-only, copies as new versions that can be edited until a
contract uses them (then they are frozen, so awarded contracts keep their numbers).

Presets are installation-wide reference data (regions publish them). Every other version
belongs to the authority that made it (issue 12): the rule book (`app/security.py`) lets
procurement see presets, their own versions and those their contracts use, and change only
their own; a beheerder sees and manages all (SPEC §2).
"""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.fields import add_errors
from app.models import Catalogue, CatalogueBlock, CatalogueBonus, Contract
from app.procurement import bp
from app.procurement.forms import (
    BlockForm,
    BonusForm,
    CatalogueCopyForm,
    CatalogueForm,
    ConfirmForm,
)
from app.security import can_see, get_for_user_or_404, role_required, staff_scope
from app.services import catalogue_versions

ROLES = ("procurement", "admin")


def _catalogue_or_404(catalogue_id: int) -> Catalogue:
    return get_for_user_or_404(Catalogue, catalogue_id)


def _user():
    return current_user._get_current_object()


def _lock(catalogue: Catalogue) -> str | None:
    return catalogue_versions.lock_reason(catalogue, _user())


def _part_or_404(model, catalogue: Catalogue, part_id: int):
    part = db.session.get(model, part_id)
    if part is None or part.catalogue_id != catalogue.id:
        abort(404)
    return part


def _refused(catalogue: Catalogue, exc: catalogue_versions.CatalogueVersionError):
    flash(" ".join(exc.errors.values()), "error")
    return redirect(url_for("procurement.catalogue", catalogue_id=catalogue.id))


@bp.route("/bouwblokken")
@role_required(*ROLES)
def catalogues():
    rows = [
        c
        for c in db.session.scalars(
            db.select(Catalogue).order_by(Catalogue.is_preset.desc(), Catalogue.name)
        )
        if can_see(c)
    ]
    used = dict(
        db.session.execute(
            db.select(Contract.catalogue_id, db.func.count(Contract.id)).group_by(
                Contract.catalogue_id
            )
        ).all()
    )
    return render_template("procurement/catalogues.html", catalogues=rows, used=used)


@bp.route("/bouwblokken/<int:catalogue_id>")
@role_required(*ROLES)
def catalogue(catalogue_id: int):
    catalogue = _catalogue_or_404(catalogue_id)
    # "Gebruikt door N contracten" names all N: the user's own as links, other authorities'
    # by reference and authority (catalogues are shared across the region).
    using = db.session.scalars(
        db.select(Contract)
        .where(Contract.catalogue_id == catalogue.id)
        .order_by(Contract.reference)
    ).all()
    scope = staff_scope(current_user) if current_user.role == "procurement" else set()
    own_contracts = [c for c in using if c.authority_id in scope]
    other_contracts = [c for c in using if c.authority_id not in scope]
    copy_form = CatalogueCopyForm(formdata=None)
    copy_form.name.data = catalogue_versions.suggest_name(catalogue)
    copy_form.title.data = catalogue.title
    return render_template(
        "procurement/catalogue.html",
        catalogue=catalogue,
        lock=_lock(catalogue),
        used=catalogue_versions.contracts_using(catalogue),
        own_contracts=own_contracts,
        other_contracts=other_contracts,
        lineage=catalogue_versions.lineage(catalogue, _user()),
        copies=catalogue_versions.copies_of(catalogue, _user()),
        copy_form=copy_form,
        confirm=ConfirmForm(formdata=None),
    )


@bp.route("/bouwblokken/<int:catalogue_id>/kopie", methods=["GET", "POST"])
@role_required(*ROLES)
def catalogue_copy(catalogue_id: int):
    """Copy a catalogue (preset or version) into a new, editable version."""
    source = _catalogue_or_404(catalogue_id)
    form = CatalogueCopyForm()
    if request.method == "GET":
        form.name.data = catalogue_versions.suggest_name(source)
        form.title.data = source.title
    if form.validate_on_submit():
        try:
            copy = catalogue_versions.copy_catalogue(
                source,
                form.name.data or catalogue_versions.suggest_name(source),
                form.title.data,
                current_user,
            )
        except catalogue_versions.CatalogueVersionError as exc:
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(
                _("Nieuwe versie %(name)s gemaakt. U kunt hem nu aanpassen.", name=copy.title),
                "success",
            )
            return redirect(url_for("procurement.catalogue", catalogue_id=copy.id))
    return render_template("procurement/catalogue_copy.html", source=source, form=form)


@bp.route("/bouwblokken/<int:catalogue_id>/bewerken", methods=["GET", "POST"])
@role_required(*ROLES)
def catalogue_edit(catalogue_id: int):
    catalogue = _catalogue_or_404(catalogue_id)
    form = CatalogueForm(obj=catalogue)
    if form.validate_on_submit():
        try:
            catalogue_versions.update_header(catalogue, form.data, _user())
        except catalogue_versions.CatalogueVersionError as exc:
            if _lock(catalogue):
                return _refused(catalogue, exc)
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(_("Het bouwblokkenmodel is opgeslagen."), "success")
            return redirect(url_for("procurement.catalogue", catalogue_id=catalogue.id))
    elif request.method == "GET" and _lock(catalogue):
        flash(_lock(catalogue), "error")
        return redirect(url_for("procurement.catalogue", catalogue_id=catalogue.id))
    return render_template(
        "procurement/catalogue_form.html",
        catalogue=catalogue,
        form=form,
        heading=_("Titel, bron en voltijduren"),
    )


def _item_page(catalogue, form, item, kind: str):
    return render_template(
        "procurement/catalogue_item.html", catalogue=catalogue, form=form, item=item, kind=kind
    )


def _edit_part(catalogue: Catalogue, part, form, save, kind: str):
    """Shared flow of adding or changing a block or bonus."""
    if request.method == "GET" and _lock(catalogue):
        flash(_lock(catalogue), "error")
        return redirect(url_for("procurement.catalogue", catalogue_id=catalogue.id))
    if form.validate_on_submit():
        try:
            save(catalogue, part, form.data, _user())
        except catalogue_versions.CatalogueVersionError as exc:
            db.session.rollback()
            if _lock(catalogue):
                return _refused(catalogue, exc)
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(_("Opgeslagen."), "success")
            return redirect(url_for("procurement.catalogue", catalogue_id=catalogue.id))
    return _item_page(catalogue, form, part, kind)


@bp.route("/bouwblokken/<int:catalogue_id>/blokken/nieuw", methods=["GET", "POST"])
@role_required(*ROLES)
def block_new(catalogue_id: int):
    catalogue = _catalogue_or_404(catalogue_id)
    return _edit_part(catalogue, None, BlockForm(), catalogue_versions.save_block, "block")


@bp.route("/bouwblokken/<int:catalogue_id>/blokken/<int:block_id>", methods=["GET", "POST"])
@role_required(*ROLES)
def block_edit(catalogue_id: int, block_id: int):
    catalogue = _catalogue_or_404(catalogue_id)
    block = _part_or_404(CatalogueBlock, catalogue, block_id)
    form = BlockForm(obj=block)
    if request.method == "GET":
        form.benefit.data = block.benefit or ""
    return _edit_part(catalogue, block, form, catalogue_versions.save_block, "block")


@bp.route("/bouwblokken/<int:catalogue_id>/blokken/<int:block_id>/verwijderen", methods=["POST"])
@role_required(*ROLES)
def block_delete(catalogue_id: int, block_id: int):
    catalogue = _catalogue_or_404(catalogue_id)
    block = _part_or_404(CatalogueBlock, catalogue, block_id)
    if ConfirmForm().validate_on_submit():
        try:
            catalogue_versions.delete_block(catalogue, block, _user())
        except catalogue_versions.CatalogueVersionError as exc:
            db.session.rollback()
            return _refused(catalogue, exc)
        db.session.commit()
        flash(_("Blok %(code)s is verwijderd.", code=block.code), "success")
    return redirect(url_for("procurement.catalogue", catalogue_id=catalogue.id))


@bp.route("/bouwblokken/<int:catalogue_id>/bonussen/nieuw", methods=["GET", "POST"])
@role_required(*ROLES)
def bonus_new(catalogue_id: int):
    catalogue = _catalogue_or_404(catalogue_id)
    return _edit_part(catalogue, None, BonusForm(), catalogue_versions.save_bonus, "bonus")


@bp.route("/bouwblokken/<int:catalogue_id>/bonussen/<int:bonus_id>", methods=["GET", "POST"])
@role_required(*ROLES)
def bonus_edit(catalogue_id: int, bonus_id: int):
    catalogue = _catalogue_or_404(catalogue_id)
    bonus = _part_or_404(CatalogueBonus, catalogue, bonus_id)
    return _edit_part(
        catalogue, bonus, BonusForm(obj=bonus), catalogue_versions.save_bonus, "bonus"
    )


@bp.route("/bouwblokken/<int:catalogue_id>/bonussen/<int:bonus_id>/verwijderen", methods=["POST"])
@role_required(*ROLES)
def bonus_delete(catalogue_id: int, bonus_id: int):
    catalogue = _catalogue_or_404(catalogue_id)
    bonus = _part_or_404(CatalogueBonus, catalogue, bonus_id)
    if ConfirmForm().validate_on_submit():
        try:
            catalogue_versions.delete_bonus(catalogue, bonus, _user())
        except catalogue_versions.CatalogueVersionError as exc:
            db.session.rollback()
            return _refused(catalogue, exc)
        db.session.commit()
        flash(_("Bonus %(code)s is verwijderd.", code=bonus.code), "success")
    return redirect(url_for("procurement.catalogue", catalogue_id=catalogue.id))


@bp.route("/bouwblokken/<int:catalogue_id>/verwijderen", methods=["POST"])
@role_required(*ROLES)
def catalogue_delete(catalogue_id: int):
    catalogue = _catalogue_or_404(catalogue_id)
    if ConfirmForm().validate_on_submit():
        try:
            catalogue_versions.delete_catalogue(catalogue, _user())
        except catalogue_versions.CatalogueVersionError as exc:
            db.session.rollback()
            return _refused(catalogue, exc)
        db.session.commit()
        flash(_("Versie %(name)s is verwijderd.", name=catalogue.name), "success")
    return redirect(url_for("procurement.catalogues"))


@bp.route("/bouwblokken/<int:catalogue_id>/toml")
@role_required(*ROLES)
def catalogue_toml(catalogue_id: int):
    """The version as a TOML file in the engine's format."""
    catalogue = _catalogue_or_404(catalogue_id)
    return Response(
        catalogue_versions.toml_text(catalogue),
        mimetype="text/plain; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{catalogue.name}.toml"'},
    )
