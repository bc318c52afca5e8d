"""Incentive and exit-premium schemes with history: versions from a start date.

A scheme (werkvoucher, werkgeverscheque, uitstroompremie …) is a series of versions; each
version (`IncentiveScheme` or `ExitPremiumScheme` row) applies from its `valid_from` (None: from
the start) until the next version of the same series (`series_id`). A decision uses the version
in force on its date: an incentive on the placement's start date, an exit premium on the day it
is requested. A version with `active` off ends the scheme from its date.

The beheerder *corrects* a version (a typo, a wrong amount: the version changes in place) or
adds a *new version* from a date (the rules change; decisions before that date keep the old
version). Every figure is checked by the SROI engine (`sroi.IncentiveScheme`,
`sroi.ExitPremiumScheme`), whose errors name the form field. Changes are audited; nothing is
committed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask_babel import gettext as _

import sroi
from app.extensions import db
from app.formatting import ddmmyyyy
from app.models import ExitPremiumScheme, IncentiveScheme, IncentiveTier, Organisation, User
from app.services import audit
from app.services.sroi_bridge import exit_scheme_from_data, form_field, incentive_scheme_from_data


class SchemeError(ValueError):
    """The scheme cannot be stored; `field` names the form field for the Dutch message."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


# --------------------------------------------------------------------------- in force


def _start(scheme) -> date:
    return scheme.valid_from or date.min


def versions(model, series_id: int) -> list:
    """Every version of a series, oldest first."""
    rows = db.session.scalars(
        db.select(model).where(db.or_(model.series_id == series_id, model.id == series_id))
    ).all()
    return sorted(rows, key=lambda s: (_start(s), s.id))


def in_force(model, municipality_ids, on: date, include_inactive: bool = False) -> list:
    """The version of each scheme of these municipalities in force on `on` (active ones only,
    unless asked), by name."""
    rows = db.session.scalars(
        db.select(model).where(
            model.municipality_id.in_(list(municipality_ids)),
            db.or_(model.valid_from.is_(None), model.valid_from <= on),
        )
    ).all()
    latest: dict[int, object] = {}
    for row in sorted(rows, key=lambda s: (_start(s), s.id)):
        latest[row.series_id or row.id] = row
    chosen = [s for s in latest.values() if include_inactive or s.active]
    return sorted(chosen, key=lambda s: (s.name, s.id))


def incentives_in_force(municipality_id: int, on: date) -> list[IncentiveScheme]:
    return in_force(IncentiveScheme, [municipality_id], on)


def exit_premiums_in_force(municipality_ids, on: date) -> list[ExitPremiumScheme]:
    return in_force(ExitPremiumScheme, municipality_ids, on)


@dataclass
class Series:
    """One scheme with its versions, for the admin page."""

    current: object  # the version in force today (or the first one, if none is yet)
    versions: list

    @property
    def name(self) -> str:
        return self.current.name


def series_of(model, on: date) -> dict[Organisation, list[Series]]:
    """Every scheme of `model` per municipality, with its versions."""
    rows = db.session.scalars(db.select(model)).all()
    groups: dict[int, list] = {}
    for row in rows:
        groups.setdefault(row.series_id or row.id, []).append(row)
    result: dict[Organisation, list[Series]] = {}
    for items in groups.values():
        items.sort(key=lambda s: (_start(s), s.id))
        started = [s for s in items if _start(s) <= on]
        current = started[-1] if started else items[0]
        result.setdefault(current.municipality, []).append(Series(current, items))
    for series in result.values():
        series.sort(key=lambda s: s.name)
    return dict(sorted(result.items(), key=lambda item: item[0].name))


# --------------------------------------------------------------------------- checks


def _engine_error(error: sroi.InputError) -> SchemeError:
    return SchemeError(error.message, form_field(error.field) or None)


def _check_incentive(name, municipality, tiers, min_hours, benefits, at_start, min_months):
    if not tiers:
        raise SchemeError(_("Vul minstens één bedrag met het aantal maanden in."), "tier_1_months")
    try:
        incentive_scheme_from_data(
            name, municipality.name, tiers, min_hours, benefits, at_start, min_months
        )
    except sroi.InputError as error:
        raise _engine_error(error) from None


def _check_exit(name, municipality, amount, max_times, benefits, benefit_months, work_months):
    try:
        exit_scheme_from_data(
            name, municipality.name, amount, max_times, benefits, benefit_months, work_months
        )
    except sroi.InputError as error:
        raise _engine_error(error) from None


def _check_new_version_date(model, series_id: int, valid_from: date | None) -> None:
    if valid_from is None:
        raise SchemeError(_("Vul de datum in vanaf wanneer de nieuwe versie geldt."), "valid_from")
    existing = versions(model, series_id)
    latest = max(_start(s) for s in existing)
    if valid_from <= latest:
        raise SchemeError(
            _(
                "Een nieuwe versie geldt ná de laatste versie (vanaf %(d)s). Wilt u die versie "
                "verbeteren? Kies dan Corrigeren.",
                d=ddmmyyyy(latest) if latest != date.min else "het begin",
            ),
            "valid_from",
        )


# --------------------------------------------------------------------------- incentives


@dataclass(frozen=True)
class IncentiveFields:
    name: str
    tiers: list[tuple[int, Decimal]]
    min_hours_per_week: Decimal
    eligible_benefits: list[str]
    requires_benefit_at_start: bool
    min_contract_months: int | None
    active: bool
    source: str


def _fill_incentive(scheme: IncentiveScheme, fields: IncentiveFields) -> None:
    scheme.name = fields.name.strip()
    scheme.min_hours_per_week = fields.min_hours_per_week
    scheme.eligible_benefits = list(fields.eligible_benefits)
    scheme.requires_benefit_at_start = fields.requires_benefit_at_start
    scheme.min_contract_months = fields.min_contract_months
    scheme.active = fields.active
    scheme.source = fields.source.strip()
    scheme.tiers = [IncentiveTier(months=m, amount=a) for m, a in sorted(fields.tiers)]


def _describe_incentive(scheme: IncentiveScheme) -> str:
    tiers = ", ".join(f"{t.months} mnd {t.amount}" for t in scheme.tiers)
    return (
        f"{scheme.name}: {tiers}; min {scheme.min_hours_per_week} u/w; "
        f"{','.join(scheme.eligible_benefits or [])}; "
        f"{'actief' if scheme.active else 'beëindigd'}"
    )


def _check_incentive_fields(municipality: Organisation, fields: IncentiveFields) -> None:
    _check_incentive(
        fields.name,
        municipality,
        fields.tiers,
        fields.min_hours_per_week,
        fields.eligible_benefits,
        fields.requires_benefit_at_start,
        fields.min_contract_months,
    )


def create_incentive(
    municipality: Organisation, fields: IncentiveFields, valid_from: date | None, by: User
) -> IncentiveScheme:
    _check_incentive_fields(municipality, fields)
    scheme = IncentiveScheme(municipality=municipality, valid_from=valid_from)
    _fill_incentive(scheme, fields)
    db.session.add(scheme)
    db.session.flush()
    scheme.series_id = scheme.id
    audit.record("create", scheme, detail=_describe_incentive(scheme))
    return scheme


def correct_incentive(scheme: IncentiveScheme, fields: IncentiveFields, by: User) -> None:
    _check_incentive_fields(scheme.municipality, fields)
    before = _describe_incentive(scheme)
    _fill_incentive(scheme, fields)
    db.session.flush()
    after = _describe_incentive(scheme)
    if before != after:
        audit.record("update", scheme, detail=f"gecorrigeerd: {before} -> {after}")


def new_incentive_version(
    scheme: IncentiveScheme, fields: IncentiveFields, valid_from: date | None, by: User
) -> IncentiveScheme:
    series = scheme.series_id or scheme.id
    _check_new_version_date(IncentiveScheme, series, valid_from)
    _check_incentive_fields(scheme.municipality, fields)
    version = IncentiveScheme(
        municipality=scheme.municipality, series_id=series, valid_from=valid_from
    )
    _fill_incentive(version, fields)
    db.session.add(version)
    db.session.flush()
    audit.record(
        "create",
        version,
        detail=f"nieuwe versie vanaf {valid_from.isoformat()}: {_describe_incentive(version)}",
    )
    return version


# --------------------------------------------------------------------------- exit premiums


@dataclass(frozen=True)
class ExitFields:
    name: str
    amount: Decimal
    max_per_resident: int
    min_benefit_months: int
    min_work_months: int
    eligible_benefits: list[str]
    active: bool
    source: str


def _fill_exit(scheme: ExitPremiumScheme, fields: ExitFields) -> None:
    scheme.name = fields.name.strip()
    scheme.amount = fields.amount
    scheme.max_per_resident = fields.max_per_resident
    scheme.min_benefit_months = fields.min_benefit_months
    scheme.min_work_months = fields.min_work_months
    scheme.eligible_benefits = list(fields.eligible_benefits) or ["participatiewet"]
    scheme.active = fields.active
    scheme.source = fields.source.strip()


def _describe_exit(scheme: ExitPremiumScheme) -> str:
    return (
        f"{scheme.name}: {scheme.amount}, hoogstens {scheme.max_per_resident}x, "
        f"{scheme.min_benefit_months} mnd uitkering, {scheme.min_work_months} mnd werk; "
        f"{'actief' if scheme.active else 'beëindigd'}"
    )


def _check_exit_fields(municipality: Organisation, fields: ExitFields) -> None:
    _check_exit(
        fields.name,
        municipality,
        fields.amount,
        fields.max_per_resident,
        fields.eligible_benefits,
        fields.min_benefit_months,
        fields.min_work_months,
    )


def create_exit(
    municipality: Organisation, fields: ExitFields, valid_from: date | None, by: User
) -> ExitPremiumScheme:
    _check_exit_fields(municipality, fields)
    scheme = ExitPremiumScheme(municipality=municipality, valid_from=valid_from)
    _fill_exit(scheme, fields)
    db.session.add(scheme)
    db.session.flush()
    scheme.series_id = scheme.id
    audit.record("create", scheme, detail=_describe_exit(scheme))
    return scheme


def correct_exit(scheme: ExitPremiumScheme, fields: ExitFields, by: User) -> None:
    _check_exit_fields(scheme.municipality, fields)
    before = _describe_exit(scheme)
    _fill_exit(scheme, fields)
    after = _describe_exit(scheme)
    if before != after:
        audit.record("update", scheme, detail=f"gecorrigeerd: {before} -> {after}")


def new_exit_version(
    scheme: ExitPremiumScheme, fields: ExitFields, valid_from: date | None, by: User
) -> ExitPremiumScheme:
    series = scheme.series_id or scheme.id
    _check_new_version_date(ExitPremiumScheme, series, valid_from)
    _check_exit_fields(scheme.municipality, fields)
    version = ExitPremiumScheme(
        municipality=scheme.municipality, series_id=series, valid_from=valid_from
    )
    _fill_exit(version, fields)
    db.session.add(version)
    db.session.flush()
    audit.record(
        "create",
        version,
        detail=f"nieuwe versie vanaf {valid_from.isoformat()}: {_describe_exit(version)}",
    )
    return version
