"""The dated rules of a client's path (issue 16), as plain functions of dates and settings.

No database, no Flask, no clock: callers pass `today` and the municipality's settings. The
figures are settings on the municipality (`Organisation`), with the seeds' values as defaults:

* plan van aanpak reviewed every `plan_review_months` (3: `001`, "minstens één keer per
  kwartaal een tussentijds evaluatiegesprek");
* ladder step registered at least once every `ladder_registration_months` (12: `000` §2.3,
  "jaarlijks tenminste een keer wordt vastgelegd");
* a dienstverleningsgesprek every `service_talk_months` (12: `000` doel 1, "We spreken onze
  inwoners ieder jaar"), every `service_talk_part_time_months` (6) for residents working
  part-time (`000` doel 2, "twee keer per jaar contact met inwoners met parttime werk");
* banenafspraak: a place offered within `banenafspraak_offer_months` of the indication (6:
  `001`); the outreach cycle of `000` doel 2/3: a letter with the offer, a phone call, and
  "Bij geen reactie versturen wij na vier tot zes maanden een herinneringsbrief";
* beschut werk: placed within `sheltered_work_months` of the advice (6: `000` profiel 5,
  `001`);
* statushouders: the inburgering term of `integration_months` (36: `000` §2.2, "drie jaar");
* Participatiewet in Balans (`004` §2.4): travel for work up to `travel_hours_per_day` (3,
  or none) and no job-search duty from `job_search_exempt_age` (62, or none).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sroi import add_months, add_years

# How long before a deadline it shows as "soon" on the dashboard and the client page.
SOON_DAYS = 30


def months_after(day: date, months: int) -> date:
    """`day` plus whole calendar months (the day clamped to the month's end)."""
    return add_months(day, months)


def state(due: date | None, today: date, *, done: bool = False, soon_days: int = SOON_DAYS) -> str:
    """`done`, `overdue` (due before today), `soon` (within `soon_days`), `later` or `none`."""
    if done:
        return "done"
    if due is None:
        return "none"
    if due < today:
        return "overdue"
    if due <= today + timedelta(days=soon_days):
        return "soon"
    return "later"


def yearly_due(last: date | None, since: date, months: int) -> date:
    """When the next registration or talk is due: `months` after the last one, or after `since`
    (the client's start) when there was none."""
    return months_after(last or since, months)


def service_talk_months(regular: int, part_time: int, works_part_time: bool) -> int:
    """The interval of the dienstverleningsgesprek: shorter while working part-time."""
    return min(regular, part_time) if works_part_time else regular


@dataclass(frozen=True)
class OutreachStep:
    """One step of the banenafspraak outreach cycle: shows from `remind_on`, due on `due_on`."""

    kind: str
    remind_on: date
    due_on: date


def outreach_schedule(
    start: date, call_days: int, reminder_months: int, reminder_latest_months: int
) -> list[OutreachStep]:
    """`000` doel 2: "Deze inwoners ontvangen een brief met het aanbod van de gemeente voor
    ondersteuning. Wanneer de gegevens bekend zijn, nemen wij ook telefonisch contact op. Bij
    geen reactie versturen wij na vier tot zes maanden een herinneringsbrief."

    The letter is due at the start, the call `call_days` later, the reminder letter shows from
    `reminder_months` and is due at `reminder_latest_months` (it is cancelled on an answer).
    """
    if reminder_latest_months < reminder_months:
        raise ValueError("De uiterste maand van de herinnering ligt vóór de eerste.")
    call = start + timedelta(days=call_days)
    return [
        OutreachStep("outreach_letter", start, start),
        OutreachStep("outreach_call", call, call),
        OutreachStep(
            "outreach_reminder",
            months_after(start, reminder_months),
            months_after(start, reminder_latest_months),
        ),
    ]


def deadline(start: date | None, months: int) -> date | None:
    """A term of `months` from `start` (indication, advice, start of inburgering); None without
    a start date."""
    return months_after(start, months) if start else None


def age_on(birth_date: date, on: date) -> int:
    """Whole years of age on `on`."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def job_search_duty(birth_date: date | None, on: date, exempt_age: int | None) -> bool | None:
    """`004` §2.4: no duty to apply for jobs from `exempt_age` (62 under WerkSaam's policy);
    None when the birth date is unknown."""
    if birth_date is None:
        return None
    if exempt_age is None:
        return True
    return age_on(birth_date, on) < exempt_age


def job_search_duty_ends(birth_date: date | None, exempt_age: int | None) -> date | None:
    """The birthday from which the job-search duty ends, or None."""
    if birth_date is None or exempt_age is None:
        return None
    return add_years(birth_date, exempt_age)


def travel_minutes_one_way(hours_per_day: Decimal | None) -> int | None:
    """The default maximum travel time one way: half the daily travel the municipality asks
    (3 hours a day → 90 minutes, `000` §2.5); None when the municipality sets no fixed rule."""
    if hours_per_day is None:
        return None
    return int(Decimal(hours_per_day) * 60 / 2)


def ladder_direction(field: str, old: str | None, new: str | None) -> int:
    """+1 for a step up the participatieladder (`000` §7 "Stap op de participatieladder"),
    −1 for a step down, 0 otherwise (a first registration, a confirmation, another field)."""
    if field != "ladder_step" or not old or not new or old == new:
        return 0
    return 1 if int(new) > int(old) else -1
