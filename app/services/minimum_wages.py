"""The statutory minimum wage per date (21 years and older), kept current by the beheerder, and
the minimumjeugdloon percentages beside it: the minimum for an age is the adult amount on a date
times the percentage for that age in force then (`youth_percentages`, table
`youth_minimum_wage_rates`, statutory values shipped by migration 0008, kept by the beheerder on
the same admin page through `app.services.rule_tables`). `app.services.placement_rules`
refuses a wage below it.

The hourly amount changes on 1 January and 1 July. `known_on(day)` says whether the table has
the amount for a day: the amount of the latest date on or before it, *unless* a change date
(1 January or 1 July) has passed since without a new amount, in which case the amount may be
stale and the subsidy calculator warns. Adding and correcting are audited; nothing is committed
here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask_babel import gettext as _

from app.extensions import db
from app.formatting import ddmmyyyy, money
from app.models import MinimumWage, User, YouthMinimumWageRate
from app.services import audit

MAX_HOURLY = Decimal("100")


class WageError(ValueError):
    """The amount cannot be stored; `field` names the form field for the Dutch message."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def next_change(after: date) -> date:
    """The first 1 January or 1 July after `after`."""
    if after.month < 7:
        return date(after.year, 7, 1)
    return date(after.year + 1, 1, 1)


@dataclass(frozen=True)
class Known:
    """What the table says about a day."""

    wage: MinimumWage | None  # the amount in use for the day, if any
    stale: bool  # a change date has passed since that amount without a newer one

    @property
    def warning(self) -> str | None:
        if self.wage is None:
            return None
        if self.stale:
            return _(
                "Het wettelijk minimumloon verandert op 1 januari en 1 juli. Voor deze datum is "
                "nog geen nieuw bedrag ingevoerd; de berekening gebruikt het bedrag vanaf "
                "%(since)s (%(amount)s per uur) en kan dus te laag uitvallen. De beheerder vult "
                "het nieuwe bedrag in onder Beheer, Minimumloon.",
                since=ddmmyyyy(self.wage.valid_from),
                amount=money(self.wage.hourly_amount),
            )
        return None


def adult_on(day: date) -> MinimumWage | None:
    """The statutory hourly minimum wage (full age) valid on `day`."""
    return db.session.scalars(
        db.select(MinimumWage)
        .where(MinimumWage.valid_from <= day)
        .order_by(MinimumWage.valid_from.desc())
        .limit(1)
    ).first()


def youth_percentages(on: date) -> dict[int, Decimal]:
    """The minimumjeugdloon table in force on `on` (age → % of the adult minimum)."""
    valid_from = db.session.scalar(
        db.select(db.func.max(YouthMinimumWageRate.valid_from)).where(
            YouthMinimumWageRate.valid_from <= on
        )
    )
    if valid_from is None:
        return {}
    return {
        row.age: row.percentage
        for row in db.session.scalars(
            db.select(YouthMinimumWageRate).where(YouthMinimumWageRate.valid_from == valid_from)
        )
    }


def known_on(day: date) -> Known:
    wage = adult_on(day)
    if wage is None:
        return Known(None, False)
    return Known(wage, day >= next_change(wage.valid_from))


def _check(valid_from: date, amount: Decimal, wage: MinimumWage | None) -> None:
    if amount is None or amount <= 0 or amount >= MAX_HOURLY:
        raise WageError(_("Vul een bedrag per uur in tussen € 0 en € 100."), "hourly_amount")
    if amount.as_tuple().exponent < -2:
        raise WageError(_("Gebruik hoogstens 2 cijfers achter de komma."), "hourly_amount")
    other = db.session.execute(
        db.select(MinimumWage).where(MinimumWage.valid_from == valid_from)
    ).scalar_one_or_none()
    if other is not None and other is not wage:
        raise WageError(
            _(
                "Voor %(d)s is al een bedrag ingevoerd (%(amount)s). Corrigeer dat bedrag.",
                d=ddmmyyyy(valid_from),
                amount=money(other.hourly_amount),
            ),
            "valid_from",
        )


def add(valid_from: date, amount: Decimal, source: str, by: User) -> MinimumWage:
    _check(valid_from, amount, None)
    wage = MinimumWage(valid_from=valid_from, hourly_amount=amount, source=source.strip())
    db.session.add(wage)
    db.session.flush()
    audit.record("create", wage, detail=f"vanaf {valid_from.isoformat()}: {amount}")
    return wage


def correct(wage: MinimumWage, valid_from: date, amount: Decimal, source: str, by: User) -> bool:
    _check(valid_from, amount, wage)
    changes = []
    if wage.valid_from != valid_from:
        changes.append(f"vanaf {wage.valid_from.isoformat()} -> {valid_from.isoformat()}")
        wage.valid_from = valid_from
    if Decimal(wage.hourly_amount) != amount:
        changes.append(f"bedrag {wage.hourly_amount} -> {amount}")
        wage.hourly_amount = amount
    if (wage.source or "") != source.strip():
        changes.append("bron gewijzigd")
        wage.source = source.strip()
    if changes:
        audit.record("update", wage, detail="; ".join(changes))
    return bool(changes)
