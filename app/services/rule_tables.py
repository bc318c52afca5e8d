"""The statutory tables besides the adult minimum wage, kept by the beheerder with history:
the minimumjeugdloon percentages per age (`youth_minimum_wage_rates`, one period = the rows of
one start date) and the LKV banenafspraak amounts (`lkv_rates`). Migration 0008 fills both with
the statutory values; the beheerder adds a period or amount from a start date when the law
changes, or corrects one. The placement rules and the subsidy calculator read them
(`minimum_wages.youth_percentages`, `subsidies.lkv_rules`), never a constant in code.

Adding and correcting are audited with the old and new values; nothing is committed here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flask_babel import gettext as _

from app.extensions import db
from app.formatting import ddmmyyyy
from app.models import LkvRate, User, YouthMinimumWageRate
from app.services import audit
from app.services.minimum_wages import WageError

LKV_GROUP = "banenafspraak"  # the one LKV the portal computes (SROI, banenafspraak)
MAX_LKV_PER_HOUR = Decimal("10")
MAX_LKV_PER_YEAR = Decimal("100000")
MAX_LKV_YEARS = 50


# --------------------------------------------------------------------------- minimumjeugdloon


def youth_period(valid_from: date) -> list[YouthMinimumWageRate]:
    """The rows of one period, youngest first."""
    return list(
        db.session.scalars(
            db.select(YouthMinimumWageRate)
            .where(YouthMinimumWageRate.valid_from == valid_from)
            .order_by(YouthMinimumWageRate.age)
        )
    )


def youth_ages() -> list[int]:
    """The ages of the newest period (15 to 21 since 1 July 2019), youngest first: the ages a
    new period is asked for."""
    newest = db.session.scalar(db.select(db.func.max(YouthMinimumWageRate.valid_from)))
    ages = [r.age for r in youth_period(newest)] if newest else []
    return ages or list(range(15, 22))


def _check_youth(valid_from: date, percentages: dict[int, Decimal], old: date | None) -> None:
    for age in sorted(percentages):
        value = percentages[age]
        field = f"age_{age}"
        if value is None or value <= 0 or value > 100:
            raise WageError(_("Vul een percentage in van meer dan 0 tot en met 100."), field)
        if value.as_tuple().exponent < -2:
            raise WageError(_("Gebruik hoogstens 2 cijfers achter de komma."), field)
    oldest = max(percentages)
    if percentages[oldest] != 100:
        raise WageError(
            _(
                "Vanaf %(age)s jaar geldt het volle minimumloon: vul 100 in.",
                age=oldest,
            ),
            f"age_{oldest}",
        )
    for age in sorted(percentages)[:-1]:
        older = min(a for a in percentages if a > age)
        if percentages[age] > percentages[older]:
            raise WageError(
                _(
                    "Het percentage voor %(age)s jaar kan niet hoger zijn dan dat voor "
                    "%(older)s jaar.",
                    age=age,
                    older=older,
                ),
                f"age_{age}",
            )
    if valid_from != old and youth_period(valid_from):
        raise WageError(
            _(
                "Voor %(d)s zijn al percentages ingevoerd. Corrigeer die periode.",
                d=ddmmyyyy(valid_from),
            ),
            "valid_from",
        )


def add_youth(
    valid_from: date, percentages: dict[int, Decimal], source: str, by: User
) -> list[YouthMinimumWageRate]:
    """A new period from `valid_from`, one row per age."""
    _check_youth(valid_from, percentages, None)
    rows = [
        YouthMinimumWageRate(
            valid_from=valid_from, age=age, percentage=value, source=source.strip()
        )
        for age, value in sorted(percentages.items())
    ]
    db.session.add_all(rows)
    db.session.flush()
    audit.record(
        "create",
        object_type="YouthMinimumWageRate",
        object_id=valid_from.isoformat(),
        detail=f"minimumjeugdloon vanaf {valid_from.isoformat()}: "
        + ", ".join(f"{age} jaar {value}%" for age, value in sorted(percentages.items())),
    )
    return rows


def correct_youth(
    old: date, valid_from: date, percentages: dict[int, Decimal], source: str, by: User
) -> bool:
    """Correct a period: its start date, a percentage per age, its source (audited)."""
    _check_youth(valid_from, percentages, old)
    rows = {r.age: r for r in youth_period(old)}
    changes = []
    if valid_from != old:
        changes.append(f"vanaf {old.isoformat()} -> {valid_from.isoformat()}")
    for age, value in sorted(percentages.items()):
        row = rows.get(age)
        if row is None:
            continue
        if Decimal(row.percentage) != value:
            changes.append(f"{age} jaar {row.percentage}% -> {value}%")
            row.percentage = value
        row.valid_from = valid_from
    if any((r.source or "") != source.strip() for r in rows.values()):
        changes.append("bron gewijzigd")
        for row in rows.values():
            row.source = source.strip()
    if changes:
        audit.record(
            "update",
            object_type="YouthMinimumWageRate",
            object_id=old.isoformat(),
            detail=f"minimumjeugdloon vanaf {old.isoformat()}: " + "; ".join(changes),
        )
    return bool(changes)


# --------------------------------------------------------------------------- LKV


def _check_lkv(
    valid_from: date, per_hour: Decimal, max_per_year: Decimal, years, rate: LkvRate | None
) -> None:
    if per_hour is None or per_hour <= 0 or per_hour >= MAX_LKV_PER_HOUR:
        raise WageError(_("Vul een bedrag per uur in tussen € 0 en € 10."), "per_hour")
    if max_per_year is None or max_per_year <= 0 or max_per_year > MAX_LKV_PER_YEAR:
        raise WageError(_("Vul een bedrag per jaar in tussen € 0 en € 100.000."), "max_per_year")
    if max_per_year < per_hour:
        raise WageError(
            _("Het bedrag per jaar kan niet lager zijn dan het bedrag per uur."), "max_per_year"
        )
    if years is not None and not 1 <= years <= MAX_LKV_YEARS:
        raise WageError(
            _("Vul een aantal jaren in van 1 tot en met %(n)s, of laat het leeg.", n=MAX_LKV_YEARS),
            "max_years",
        )
    other = db.session.scalars(
        db.select(LkvRate).where(
            LkvRate.target_group == LKV_GROUP, LkvRate.valid_from == valid_from
        )
    ).first()
    if other is not None and other is not rate:
        raise WageError(
            _(
                "Voor %(d)s is al een bedrag ingevoerd. Corrigeer dat bedrag.",
                d=ddmmyyyy(valid_from),
            ),
            "valid_from",
        )


def add_lkv(
    valid_from: date,
    per_hour: Decimal,
    max_per_year: Decimal,
    years: int | None,
    declaration_needed: bool,
    source: str,
    by: User,
) -> LkvRate:
    _check_lkv(valid_from, per_hour, max_per_year, years, None)
    rate = LkvRate(
        target_group=LKV_GROUP,
        valid_from=valid_from,
        per_hour=per_hour,
        max_per_year=max_per_year,
        max_years=years,
        declaration_needed=declaration_needed,
        source=source.strip(),
    )
    db.session.add(rate)
    db.session.flush()
    audit.record(
        "create",
        rate,
        detail=f"LKV vanaf {valid_from.isoformat()}: {per_hour} per uur, hoogstens "
        f"{max_per_year} per jaar, {years or 'onbeperkt'} jaar",
    )
    return rate


def correct_lkv(
    rate: LkvRate,
    valid_from: date,
    per_hour: Decimal,
    max_per_year: Decimal,
    years: int | None,
    declaration_needed: bool,
    source: str,
    by: User,
) -> bool:
    _check_lkv(valid_from, per_hour, max_per_year, years, rate)
    changes = []
    if rate.valid_from != valid_from:
        changes.append(f"vanaf {rate.valid_from.isoformat()} -> {valid_from.isoformat()}")
        rate.valid_from = valid_from
    if Decimal(rate.per_hour) != per_hour:
        changes.append(f"per uur {rate.per_hour} -> {per_hour}")
        rate.per_hour = per_hour
    if Decimal(rate.max_per_year) != max_per_year:
        changes.append(f"per jaar {rate.max_per_year} -> {max_per_year}")
        rate.max_per_year = max_per_year
    if rate.max_years != years:
        changes.append(f"jaren {rate.max_years or 'onbeperkt'} -> {years or 'onbeperkt'}")
        rate.max_years = years
    if bool(rate.declaration_needed) != declaration_needed:
        changes.append(f"doelgroepverklaring {'ja' if declaration_needed else 'nee'}")
        rate.declaration_needed = declaration_needed
    if (rate.source or "") != source.strip():
        changes.append("bron gewijzigd")
        rate.source = source.strip()
    if changes:
        audit.record("update", rate, detail="LKV: " + "; ".join(changes))
    return bool(changes)
