"""Follow-up after a placement (SPEC §4.1) and the new-employer rule of the campaign (§4.6).

Weststellingwerf (`000_…` beleidsdoel 2): "Na ongeveer twee weken neemt een medewerker van het
cluster werk en activering telefonisch contact op met de inwoner. Na zes weken is er een tweede
contactmoment." Beleidsdoel 3: "De jobhunter heeft jaarlijks tien nieuwe gesprekken met
werkgevers waarmee in de afgelopen vijf jaar geen contact is geweest".
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sroi.dates import add_years
from sroi.errors import InputError
from sroi.money import to_date, to_tuple

NEW_EMPLOYER_YEARS = 5
NEW_EMPLOYER_TARGET = 10
MAX_YEARS = 100


@dataclass(frozen=True)
class FollowUpRule:
    """One follow-up moment: `days` after the placement's start, with a Dutch label."""

    kind: str
    label: str
    days: int

    def __post_init__(self) -> None:
        if isinstance(self.days, bool) or not isinstance(self.days, int) or self.days < 0:
            raise InputError("Het aantal dagen van een nazorgmoment moet 0 of meer zijn.", "days")
        if not isinstance(self.kind, str) or not self.kind or not isinstance(self.label, str):
            raise InputError("Een nazorgmoment heeft een soort en een omschrijving.", "kind")


DEFAULT_FOLLOW_UP_RULES: tuple[FollowUpRule, ...] = (
    FollowUpRule("phone_call", "Telefonisch contact met de inwoner (na 2 weken)", 14),
    FollowUpRule("second_contact", "Tweede contactmoment (na 6 weken)", 42),
)


@dataclass(frozen=True)
class FollowUpTask:
    """A follow-up task for the responsible jobhunter."""

    kind: str
    label: str
    due: date

    def is_overdue(self, on: date, done: bool = False) -> bool:
        """True when the task is not done and its due date has passed by `on`."""
        return not done and to_date(on, "De peildatum", "on") > self.due


def follow_up_schedule(
    start: date, rules: Sequence[FollowUpRule] = DEFAULT_FOLLOW_UP_RULES
) -> list[FollowUpTask]:
    """Follow-up tasks for a placement starting on `start` (default: +2 and +6 weeks)."""
    start = to_date(start, "De startdatum van de plaatsing", "start")
    tasks = []
    for rule in to_tuple(rules, "Geef een lijst van nazorgmomenten op.", "rules"):
        if not isinstance(rule, FollowUpRule):
            raise InputError("Elk nazorgmoment moet een FollowUpRule zijn.", "rules")
        tasks.append(FollowUpTask(rule.kind, rule.label, start + timedelta(days=rule.days)))
    return sorted(tasks, key=lambda task: task.due)


def is_new_employer_contact(
    previous_contact_dates: Iterable[date], on: date, years: int = NEW_EMPLOYER_YEARS
) -> bool:
    """True when no earlier contact with the employer falls in `[on − years, on)` (§4.6)."""
    on = to_date(on, "De datum van het contact", "on")
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise InputError(
            f"Het aantal jaren moet een geheel getal van 1 tot en met {MAX_YEARS} zijn.", "years"
        )
    since = add_years(on, -years)
    for value in _dates(previous_contact_dates):
        if since <= value < on:
            return False
    return True


def _dates(values: Iterable[date]) -> list[date]:
    """Checked list of dates."""
    if values is None:
        return []
    try:
        items = list(values)
    except TypeError:
        raise InputError("Geef een lijst van contactdatums op.", "contacts") from None
    return [to_date(v, "De datum van een contact", "contacts") for v in items]


def new_employer_contacts(
    contacts: Iterable[tuple[Hashable, date]], year: int, years: int = NEW_EMPLOYER_YEARS
) -> list[tuple[Hashable, date]]:
    """The contacts in calendar `year` that were new-employer conversations, by date.

    `contacts` is the whole history as `(employer_id, date)`; duplicates of the same employer
    on the same day count once. A second contact with a new employer later in the year is not
    new, because the first one falls in the five years before it.
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise InputError("Het jaar moet een geheel getal zijn.", "year")
    by_employer: dict[Hashable, set[date]] = {}
    for employer, when in _pairs(contacts):
        by_employer.setdefault(employer, set()).add(when)
    found = []
    for employer, days in by_employer.items():
        for when in sorted(days):
            if when.year == year and is_new_employer_contact(days, when, years):
                found.append((employer, when))
    return sorted(found, key=lambda item: (item[1], str(item[0])))


def count_new_employer_contacts(
    contacts: Iterable[tuple[Hashable, date]], year: int, years: int = NEW_EMPLOYER_YEARS
) -> int:
    """How many new-employer conversations took place in `year` (target: 10 a year)."""
    return len(new_employer_contacts(contacts, year, years))


def _pairs(contacts: Iterable[tuple[Hashable, date]]) -> list[tuple[Hashable, date]]:
    """Checked `(employer_id, date)` pairs."""
    try:
        items = list(contacts)
    except TypeError:
        raise InputError("Geef een lijst van (werkgever, datum) op.", "contacts") from None
    pairs = []
    for item in items:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise InputError("Elk contact is (werkgever, datum).", "contacts")
        try:
            hash(item[0])
        except TypeError:
            raise InputError(
                "De werkgever moet een id (tekst of getal) zijn.", "contacts"
            ) from None
        pairs.append((item[0], to_date(item[1], "De datum van een contact", "contacts")))
    return pairs
