"""Double counting (SPEC §5.5): one person's hours may count for several contracts only up to
full time.

`double_counted` looks at the activities that name a `person` (a pseudonymous key) and state
`hours_per_week`. For each person it returns every maximal period in which the same set of two
or more of their activities runs at once and their hours per week add up to more than full
time. Dates are inclusive, as everywhere; an activity without an end runs on, so a period of
activities that all run on has no end either. A single activity of more than full time is not
double counting (its value is already capped at full time, SPEC §5.2).

    >>> import sroi
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> work = [
    ...     sroi.Activity(block="pw", start=date(2026, 1, 1), end=date(2026, 6, 30),
    ...                   hours_per_week=Decimal("24"), person="k-17"),   # contract A
    ...     sroi.Activity(block="pw", start=date(2026, 4, 1), end=None,
    ...                   hours_per_week=Decimal("20"), person="k-17"),   # contract B
    ...     sroi.Activity(block="pw", start=date(2026, 1, 1), end=None,
    ...                   hours_per_week=Decimal("36"), person="k-18"),   # someone else
    ... ]
    >>> sroi.double_counted(work)
    [Overlap(person='k-17', start=datetime.date(2026, 4, 1), end=datetime.date(2026, 6, 30), \
hours_per_week=Decimal('44'), activity_indexes=(0, 1))]

From 1 April to 30 June 2026 person k-17 works 24 + 20 = 44 hours a week on two contracts,
8 more than the 36 of full time. Nothing overlaps beyond full time: `[]`.

The rule runs in O(n log n): a sweep over the start and end days of each person's activities.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sroi.dates import ONE_DAY
from sroi.errors import InputError
from sroi.money import format_date, format_number, to_decimal
from sroi.valuation import MAX_HOURS_PER_WEEK, Activity

DEFAULT_FULLTIME_HOURS = Decimal("36")


@dataclass(frozen=True)
class Overlap:
    """A period in which one person's activities together exceed full time.

    `start` and `end` are inclusive (`end` None: the activities run on); `hours_per_week` is the
    sum of their hours; `activity_indexes` are their positions in the list given, ascending.
    """

    person: str
    start: date
    end: date | None
    hours_per_week: Decimal
    activity_indexes: tuple[int, ...]

    def excess(self, fulltime_hours: Decimal = DEFAULT_FULLTIME_HOURS) -> Decimal:
        """Hours per week above full time in this period."""
        return self.hours_per_week - Decimal(fulltime_hours)

    def describe(self, fulltime_hours: Decimal = DEFAULT_FULLTIME_HOURS) -> str:
        """One Dutch sentence for the user, e.g. on the activity form.

        >>> from datetime import date
        >>> from decimal import Decimal
        >>> Overlap("k-17", date(2026, 4, 1), date(2026, 6, 30), Decimal("44"), (0, 1)).describe()
        'Van 01-04-2026 tot en met 30-06-2026 werkt deze persoon in deze activiteiten samen 44 \
uur per week, 8 uur meer dan voltijd (36 uur).'
        """
        if self.end is None:
            period = f"Vanaf {format_date(self.start)} (zonder einddatum)"
        else:
            period = f"Van {format_date(self.start)} tot en met {format_date(self.end)}"
        return (
            f"{period} werkt deze persoon in deze activiteiten samen "
            f"{format_number(self.hours_per_week)} uur per week, "
            f"{format_number(self.excess(fulltime_hours))} uur meer dan voltijd "
            f"({format_number(Decimal(fulltime_hours))} uur)."
        )


def double_counted(
    activities: Iterable[Activity], fulltime_hours: Decimal = DEFAULT_FULLTIME_HOURS
) -> list[Overlap]:
    """Periods in which one person's activities together exceed `fulltime_hours` a week.

    Only activities with a `person` and `hours_per_week` take part. The result is sorted by
    person and start; `[]` when nothing overlaps beyond full time.
    """
    fulltime = to_decimal(
        fulltime_hours,
        "Het aantal uren van een volledige werkweek",
        "fulltime_hours",
        maximum=MAX_HOURS_PER_WEEK,
    )
    if fulltime == 0:
        raise InputError(
            "Het aantal uren van een volledige werkweek moet groter dan 0 zijn.", "fulltime_hours"
        )
    per_person = _per_person(activities)
    overlaps: list[Overlap] = []
    for person in sorted(per_person):
        overlaps.extend(_sweep(person, per_person[person], fulltime))
    return overlaps


def _per_person(activities: object) -> dict[str, list[tuple[int, Activity]]]:
    """The activities that take part, grouped by person, with their positions."""
    if activities is None or isinstance(activities, (str, bytes)):
        raise InputError("Geef een lijst van activiteiten op.", "activities")
    try:
        items = list(activities)  # type: ignore[call-overload]
    except TypeError:
        raise InputError("Geef een lijst van activiteiten op.", "activities") from None
    groups: dict[str, list[tuple[int, Activity]]] = defaultdict(list)
    for index, activity in enumerate(items):
        if not isinstance(activity, Activity):
            raise InputError(
                f"Activiteit nr. {index + 1} is geen activiteit (sroi.Activity).", "activities"
            )
        if activity.person is not None and activity.hours_per_week is not None:
            groups[activity.person].append((index, activity))
    return groups


def _sweep(person: str, items: list[tuple[int, Activity]], fulltime: Decimal) -> list[Overlap]:
    """The overlaps of one person: walk the days on which the set of running activities changes.

    Each activity joins on its start and leaves the day after its end; between two such days
    the set is constant, and consecutive stretches always differ in their set (an activity
    joins and leaves once), so every stretch that exceeds full time is a maximal period.
    """
    if len(items) < 2:
        return []
    events: list[tuple[date, int, Decimal]] = []
    for index, activity in items:
        hours = activity.hours_per_week
        events.append((activity.start, index, hours))  # type: ignore[arg-type]
        if activity.end is not None:
            events.append((activity.end + ONE_DAY, ~index, hours))  # type: ignore[arg-type]
    events.sort(key=_event_day)
    running: set[int] = set()
    total = Decimal(0)
    found = []
    count = len(events)
    position = 0
    while position < count:
        day = events[position][0]
        while position < count and events[position][0] == day:
            _, index, hours = events[position]
            if index >= 0:
                running.add(index)
                total += hours
            else:
                running.discard(~index)
                total -= hours
            position += 1
        if total > fulltime and len(running) >= 2:
            end = events[position][0] - ONE_DAY if position < count else None
            found.append(Overlap(person, day, end, total, tuple(sorted(running))))
    return found


def _event_day(event: tuple[date, int, Decimal]) -> date:
    """Sort key: the day of a start or leave event."""
    return event[0]
