"""Work found outside the portal (issue 16): most exits to work happen there.

The jobhunter registers it as a placement with `source` "outside": an employer from the register,
or only a name and KvK number, or none (self-employment). Being a placement, it gets exactly what
a placement through the portal gets — the follow-up tasks at +2 and +6 weeks (`000` doel 2), the
employer incentives the engine finds (werkvoucher, werkgeverscheque), its place in the exit
premium's work history and in every monitor figure. The end of the benefit because of the work
is a dated fact on the client (`benefit_end`, `benefit_end_reason` "work").

The rules a start through the portal must meet (`placement_rules`, issue 17) apply here too,
where they make sense:

* **Wage**: a job (also with loonkostensubsidie), a leerwerkbaan or work in another
  municipality with an hourly wage below the statutory minimum for the client's age on the
  first working day is refused with the same message. The wage stays optional here (the
  jobhunter may not know it for work the client found); the rule applies whenever it is given.
  A job with loonkostensubsidie is stored with `wage_arrangement` "wage_subsidy".
* **Hours**: above 40 a week only with a confirmed reason, above 48 never (Arbeidstijdenwet).
* **Unpaid places**: a werkervaringsplek needs its last day and lasts at most the
  municipality's `work_experience_max_months`.
* **Self-employment** has no wage, working-time or duration rule: there is no employer and no
  employment contract.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from flask_babel import ngettext

import sroi
from app.extensions import db
from app.models import Client, Employer, Placement, User
from app.models.choices import PAID_PLACEMENT_KINDS
from app.services import audit, placement_rules
from app.services.placement_lifecycle import (
    minimum_wage_on,
    request_incentives,
    schedule_follow_ups,
)


class ExitError(ValueError):
    """The exit cannot be registered like this; `field` names the form field."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field

    @property
    def errors(self) -> dict[str, str]:
        """`{field: message}` for `app.fields.add_errors`."""
        return {self.field or "": str(self)}


class ExitRefused(ExitError):
    """The exit breaks one or more placement rules, each with the form field it is about."""

    def __init__(self, refusals: list[placement_rules.Refusal]):
        super().__init__(refusals[0].message, refusals[0].field)
        self.refusals = refusals

    @property
    def errors(self) -> dict[str, str]:
        return placement_rules.refusal_errors(self.refusals)


# The portal's start form has a type and a number of months; this form has the last day.
RULE_FIELDS = {"contract_type": "contract_end", "contract_months": "contract_end"}


def rule_refusals(
    client: Client, kind: str, data: dict, contract_end: date | None
) -> list[placement_rules.Refusal]:
    """The placement rules this exit breaks (none for self-employment)."""
    if kind == "self_employed":
        return []
    stored_kind = "job" if kind == "job_lks" else kind
    start = data["start_date"]
    if stored_kind in placement_rules.UNPAID_WITH_TERM and contract_end is None:
        limit = placement_rules.max_months(client.municipality, stored_kind, False)
        return [
            placement_rules.Refusal(
                "contract_end",
                ngettext(
                    "Een werkervaringsplek is tijdelijk: vul de laatste dag in (hoogstens "
                    "%(num)s maand na de eerste werkdag).",
                    "Een werkervaringsplek is tijdelijk: vul de laatste dag in (hoogstens "
                    "%(num)s maanden na de eerste werkdag).",
                    limit or 0,
                ),
            )
        ]
    wage = data.get("hourly_wage")
    terms = placement_rules.StartTerms(
        kind=stored_kind,
        # The wage is optional here: the wage rule applies when it is given.
        paid=stored_kind in PAID_PLACEMENT_KINDS and wage is not None,
        start_date=start,
        hours_per_week=data["hours_per_week"],
        contract_type="temporary" if contract_end else "permanent",
        contract_months=contract_months(start, contract_end) if contract_end else None,
        hourly_wage=wage,
        wage_arrangement="wage_subsidy" if kind == "job_lks" else "",
        wage_value_pct=data.get("wage_value_pct") if kind == "job_lks" else None,
        long_hours_confirmed=bool(data.get("long_hours_confirmed")),
        long_hours_reason=data.get("long_hours_reason") or "",
    )
    return [
        placement_rules.Refusal(RULE_FIELDS.get(r.field, r.field), r.message)
        for r in placement_rules.check_start(client, terms)
    ]


def contract_months(start: date, last_day: date) -> int:
    """Months of a temporary contract from its first to its last day, rounded up, so that the
    incentive engine's planned end (start + months − 1 day) is never before the real one."""
    months = max(1, sroi.whole_months_between(start, last_day + timedelta(days=1)))
    while sroi.add_months(start, months) - timedelta(days=1) < last_day:
        months += 1
    return months


def register_exit(client: Client, data: dict, user: User | None, today: date) -> Placement:
    """Register work (or a work internship) found outside the portal.

    `data`: `kind` (an `EXIT_KINDS` code), `employer_id` (0 for none), `employer_name`,
    `employer_kvk`, `start_date`, `hours_per_week`, `hourly_wage`, `wage_value_pct`,
    `contract_end`, `jobcoach`, `benefit_end` (the last day of the benefit, when the work ends
    it), `long_hours_confirmed` and `long_hours_reason` (more than 40 hours a week).

    Refused (`ExitRefused`, every broken rule with its field) when the work breaks a placement
    rule (`rule_refusals`).
    """
    kind = data["kind"]
    start = data["start_date"]
    employer = None
    if data.get("employer_id"):
        employer = db.session.get(Employer, data["employer_id"])
        if employer is None:
            raise ExitError("Kies een werkgever uit de lijst.", "employer_id")
    name = (data.get("employer_name") or "").strip()
    if employer is None and not name and kind != "self_employed":
        raise ExitError(
            "Kies de werkgever uit het register of vul de naam van de werkgever in.",
            "employer_name",
        )
    pct = data.get("wage_value_pct")
    if kind == "job_lks" and (pct is None or pct >= 100):
        raise ExitError(
            "Bij loonkostensubsidie hoort een loonwaarde onder 100 %.", "wage_value_pct"
        )
    contract_end = data.get("contract_end")
    if contract_end is not None and contract_end < start:
        raise ExitError("Het contract eindigt vóór de eerste werkdag.", "contract_end")
    benefit_end = data.get("benefit_end")
    if benefit_end is not None and benefit_end > start + timedelta(days=62):
        raise ExitError(
            "De uitkering stopt door dit werk uiterlijk twee maanden na de eerste werkdag; "
            "loopt zij langer door, dan is het werk naast de uitkering (laat dit veld leeg).",
            "benefit_end",
        )
    if benefit_end is not None and client.benefit_start and benefit_end < client.benefit_start:
        raise ExitError("De uitkering eindigt vóór haar begin.", "benefit_end")
    refusals = rule_refusals(client, kind, data, contract_end)
    if refusals:
        raise ExitRefused(refusals)
    hours = data["hours_per_week"]
    stored_kind = "job" if kind == "job_lks" else kind
    placement = Placement(
        client=client,
        employer=employer,
        employer_name="" if employer else name[:200],
        employer_kvk=None if employer else (data.get("employer_kvk") or None),
        source="outside",
        kind=stored_kind,
        start_date=start,
        hours_per_week=hours,
        contract_type="temporary" if contract_end else "permanent",
        contract_months=contract_months(start, contract_end) if contract_end else None,
        hourly_wage=data.get("hourly_wage"),
        wage_value_pct=pct if kind == "job_lks" else None,
        wage_arrangement="wage_subsidy" if kind == "job_lks" else "",
        long_hours_reason=(data.get("long_hours_reason") or "").strip()
        if kind != "self_employed" and hours > placement_rules.CONFIRM_ABOVE_HOURS
        else "",
        jobcoach=bool(data.get("jobcoach")),
    )
    if kind == "job_lks":
        wage = minimum_wage_on(start)
        if wage is not None:
            placement.wage_subsidy_per_month = sroi.wage_subsidy(
                wage.hourly_amount, Decimal(placement.hours_per_week), pct
            ).per_month
    db.session.add(placement)
    schedule_follow_ups(placement, client.jobhunter or user)
    if benefit_end is not None:
        end_benefit_for_work(client, benefit_end, user)
    db.session.flush()
    # Employer incentives go to an employer: none for self-employment.
    if stored_kind in PAID_PLACEMENT_KINDS and stored_kind != "self_employed":
        request_incentives(placement)
    audit.record(
        "create",
        placement,
        detail=f"werk buiten de portal: {stored_kind} vanaf {start.isoformat()}",
    )
    return placement


def end_benefit_for_work(client: Client, last_day: date, user: User | None) -> None:
    """The benefit ended because of work: the last day of the benefit, reason "work"."""
    client.benefit_end = last_day
    client.benefit_end_reason = "work"
    audit.record("update", client, detail=f"uitkering beëindigd wegens werk per {last_day}")
