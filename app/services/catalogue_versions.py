"""Catalogue versions: copy a bouwblokkenmodel into a new version and edit it, validated by the
SROI engine.

The rule that keeps contracts honest (SPEC §5.1: "a contract keeps the catalogue version that
applied at award"): presets are read-only, and a version that any contract uses is frozen.
Every other version belongs to the authority whose procurement staff made it (issue 12): only
they or a beheerder change or delete it (`app.security.can_manage`); pass the acting `user`.
To change values for new contracts, make a new version; contracts already awarded keep the
numbers of their own version. Every edit is checked by building the whole changed catalogue
with `sroi.catalogue_from_dict` first, so an invalid catalogue can never be stored, and the
engine's Dutch messages are shown next to the field they are about.
"""

from __future__ import annotations

import re
from decimal import Decimal

import sroi
from app.extensions import db
from app.models import Catalogue, CatalogueBlock, CatalogueBonus, Contract, User
from app.security import can_manage, can_see
from app.services import audit, evidence_rules
from app.services.sroi_bridge import catalogue_dict, engine_catalogue, field_errors

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
BLOCK_FIELDS = (
    "code",
    "label",
    "unit",
    "value",
    "max_years",
    "benefit",
    "benefit_months_min",
    "benefit_months_max",
)
BONUS_FIELDS = ("code", "label", "value")


class CatalogueVersionError(ValueError):
    """The change is refused; `errors` maps form fields ('' = whole form) to Dutch messages."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


def contracts_using(catalogue: Catalogue) -> int:
    """How many contracts (of any authority) were awarded under this version."""
    return (
        db.session.scalar(
            db.select(db.func.count(Contract.id)).where(Contract.catalogue_id == catalogue.id)
        )
        or 0
    )


def lock_reason(catalogue: Catalogue, user: User | None = None) -> str | None:
    """Why this version cannot be edited (by `user`, when given), or None when it can."""
    if catalogue.is_preset:
        return (
            "Dit is een standaardmodel zoals de regio het publiceerde; het kan niet worden "
            "gewijzigd. Maak een nieuwe versie om waarden aan te passen."
        )
    used = contracts_using(catalogue)
    if used:
        return (
            f"Deze versie hoort bij {used} contract{'en' if used != 1 else ''} en ligt daarom "
            "vast: een contract houdt de bouwblokken van zijn gunning. Maak een nieuwe versie "
            "voor nieuwe contracten."
        )
    if user is not None and not can_manage(catalogue, user):
        owner = catalogue.owner.name if catalogue.owner else "de beheerder"
        return (
            f"Deze versie is van {owner}; alleen de inkopers daarvan of een beheerder kunnen "
            "hem wijzigen. Maak een nieuwe versie om waarden aan te passen."
        )
    return None


def check_editable(catalogue: Catalogue, user: User | None = None) -> None:
    reason = lock_reason(catalogue, user)
    if reason:
        raise CatalogueVersionError({"": reason})


def suggest_name(source: Catalogue) -> str:
    """A free name for a copy: `utrecht-2023-v2`, `-v3`, …"""
    base = re.sub(r"-v[0-9]+$", "", source.name)[:90]
    taken = set(
        db.session.scalars(db.select(Catalogue.name).where(Catalogue.name.like(f"{base}%")))
    )
    number = 2
    while f"{base}-v{number}" in taken:
        number += 1
    return f"{base}-v{number}"


def lineage(catalogue: Catalogue, user: User | None = None) -> list[Catalogue]:
    """The versions this one was copied from, nearest first (stops at loops or 20 steps);
    with `user`, only those the user may see."""
    chain, seen, current = [], {catalogue.id}, catalogue
    while current.based_on_id and current.based_on_id not in seen and len(chain) < 20:
        current = db.session.get(Catalogue, current.based_on_id)
        if current is None:
            break
        seen.add(current.id)
        chain.append(current)
    return [c for c in chain if user is None or can_see(c, user)]


def copies_of(catalogue: Catalogue, user: User | None = None) -> list[Catalogue]:
    """The versions copied from this one; with `user`, only those the user may see."""
    copies = db.session.scalars(
        db.select(Catalogue).where(Catalogue.based_on_id == catalogue.id).order_by(Catalogue.name)
    )
    return [c for c in copies if user is None or can_see(c, user)]


def copy_catalogue(source: Catalogue, name: str, title: str, user: User | None) -> Catalogue:
    """A new, editable version with the blocks and bonuses of `source`; audited.

    It belongs to the user's organisation (their authority); without a user (a command) to the
    source's owner.
    """
    name = (name or "").strip().lower()
    errors = {}
    if not NAME_RE.fullmatch(name) or len(name) > 100:
        errors["name"] = (
            "Gebruik alleen kleine letters, cijfers, punt en streepje, zoals "
            "utrecht-2023-v2 (maximaal 100 tekens)."
        )
    elif db.session.scalars(db.select(Catalogue.id).where(Catalogue.name == name)).first():
        errors["name"] = f"Er bestaat al een bouwblokkenmodel met de naam {name}."
    title = " ".join((title or "").split())
    if not title:
        errors["title"] = "Vul een titel in."
    if errors:
        raise CatalogueVersionError(errors)
    copy = Catalogue(
        name=name,
        title=title[:200],
        source=source.source,
        fulltime_hours=source.fulltime_hours,
        is_preset=False,
        based_on_id=source.id,
        owner_id=user.organisation_id if user is not None else source.owner_id,
    )
    copy.blocks = [
        CatalogueBlock(
            **{f: getattr(b, f) for f in BLOCK_FIELDS},
            evidence_kinds=list(b.evidence_kinds or []),
            position=b.position,
        )
        for b in source.blocks
    ]
    copy.bonuses = [
        CatalogueBonus(**{f: getattr(b, f) for f in BONUS_FIELDS}, position=b.position)
        for b in source.bonuses
    ]
    _validate(catalogue_dict(copy), copy.name)
    db.session.add(copy)
    db.session.flush()
    audit.record("create", copy, detail=f"nieuwe versie van {source.name}")
    return copy


def _validate(data: dict, name: str) -> sroi.Catalogue:
    """Build the whole catalogue in the engine; its problems go next to the field they name."""
    try:
        return sroi.catalogue_from_dict(data, source=name)
    except sroi.CatalogueError as exc:
        raise CatalogueVersionError(field_errors(exc)) from None


def _clean(value):
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return value


def update_header(catalogue: Catalogue, data: dict, user: User | None = None) -> None:
    """Change title, source and full-time hours of an editable version."""
    check_editable(catalogue, user)
    candidate = catalogue_dict(catalogue)
    candidate["title"] = _clean(data.get("title")) or ""
    candidate["source"] = _clean(data.get("source")) or "eigen catalogus in Werkbrug"
    hours = data.get("fulltime_hours")
    if hours is None:
        candidate.pop("fulltime_hours", None)
    else:
        candidate["fulltime_hours"] = str(hours)
    _validate(candidate, catalogue.name)
    catalogue.title = candidate["title"]
    catalogue.source = _clean(data.get("source")) or ""
    catalogue.fulltime_hours = hours
    audit.record("update", catalogue, detail=f"titel, bron en voltijduren van {catalogue.name}")


def _item(data: dict, fields: tuple[str, ...]) -> dict:
    item = {}
    for name in fields:
        value = _clean(data.get(name))
        if value is None:
            continue
        item[name] = str(value) if isinstance(value, Decimal) else value
    return item


def save_block(
    catalogue: Catalogue, block: CatalogueBlock | None, data: dict, user: User | None = None
) -> CatalogueBlock:
    """Add or change a block of an editable version, after the engine accepted the result."""
    check_editable(catalogue, user)
    candidate = catalogue_dict(catalogue)
    item = _item(data, BLOCK_FIELDS)
    if item.get("benefit") == "":
        item.pop("benefit")
    if block is None:
        candidate["blocks"].append(item)
    else:
        index = catalogue.blocks.index(block)
        candidate["blocks"][index] = item
    _validate(candidate, catalogue.name)
    creating = block is None
    if creating:
        position = max((b.position for b in catalogue.blocks), default=-1) + 1
        block = CatalogueBlock(position=position)
        catalogue.blocks.append(block)
    before = {f: getattr(block, f) for f in (*BLOCK_FIELDS, "evidence_kinds")}
    for name in BLOCK_FIELDS:
        value = data.get(name)
        setattr(block, name, _clean(value) if isinstance(value, str) else value)
    kinds = data.get("evidence_kinds")
    block.evidence_kinds = (
        evidence_rules.clean_kinds(kinds)
        if kinds is not None
        else (before["evidence_kinds"] or evidence_rules.default_kinds(block.unit, block.code))
    )
    db.session.flush()
    changed = [f for f in (*BLOCK_FIELDS, "evidence_kinds") if before[f] != getattr(block, f)]
    audit.record(
        "create" if creating else "update",
        catalogue,
        detail=f"blok {block.code}: " + ("toegevoegd" if creating else ", ".join(changed)),
    )
    return block


def delete_block(catalogue: Catalogue, block: CatalogueBlock, user: User | None = None) -> None:
    check_editable(catalogue, user)
    candidate = catalogue_dict(catalogue)
    del candidate["blocks"][catalogue.blocks.index(block)]
    _validate(candidate, catalogue.name)
    catalogue.blocks.remove(block)
    audit.record("update", catalogue, detail=f"blok {block.code} verwijderd")


def save_bonus(
    catalogue: Catalogue, bonus: CatalogueBonus | None, data: dict, user: User | None = None
) -> CatalogueBonus:
    """Add or change a bonus of an editable version, after the engine accepted the result."""
    check_editable(catalogue, user)
    candidate = catalogue_dict(catalogue)
    bonuses = candidate.setdefault("bonuses", [])
    item = _item(data, BONUS_FIELDS)
    if bonus is None:
        bonuses.append(item)
    else:
        bonuses[catalogue.bonuses.index(bonus)] = item
    _validate(candidate, catalogue.name)
    creating = bonus is None
    if creating:
        bonus = CatalogueBonus(
            position=max((b.position for b in catalogue.bonuses), default=-1) + 1
        )
        catalogue.bonuses.append(bonus)
    for name in BONUS_FIELDS:
        value = data.get(name)
        setattr(bonus, name, _clean(value) if isinstance(value, str) else value)
    db.session.flush()
    audit.record(
        "create" if creating else "update",
        catalogue,
        detail=f"bonus {bonus.code}: " + ("toegevoegd" if creating else "gewijzigd"),
    )
    return bonus


def delete_bonus(catalogue: Catalogue, bonus: CatalogueBonus, user: User | None = None) -> None:
    check_editable(catalogue, user)
    catalogue.bonuses.remove(bonus)
    audit.record("update", catalogue, detail=f"bonus {bonus.code} verwijderd")


def delete_catalogue(catalogue: Catalogue, user: User | None = None) -> None:
    """Remove an editable version nobody uses (copies made from it keep their own data)."""
    check_editable(catalogue, user)
    for child in copies_of(catalogue):
        child.based_on_id = catalogue.based_on_id
    audit.record("delete", catalogue, detail=f"versie {catalogue.name} verwijderd")
    db.session.delete(catalogue)


def toml_text(catalogue: Catalogue) -> str:
    """The version as a TOML file in the engine's format (for sharing or a new preset)."""
    return sroi.catalogue_to_toml(engine_catalogue(catalogue))
