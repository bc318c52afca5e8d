"""Enforcement of SROI under-use (issue 18, WerkSaam `004` §1.3: "handhaving bij
on(der)benutting"): per contract a dated, audited sequence of steps, each with a Dutch letter.

    herinnering (reminder) → ingebrekestelling (notice, with a deadline)
        → herstelplan van de leverancier (recovery) → besluit (decision)

The decision is an extension (verlenging: the contract's end date moves, a new round may
follow), a buy-out (afkoop: the supplier pays the shortfall) or a penalty (boete: the shortfall
× the contract's penalty percentage). Both amounts come from the engine on the day after the
contract's end (or the decision day, when later): what the supplier owes if nothing more is
realised. A decision may follow the recovery plan, or the notice once its deadline has passed
without one.

The acting user and the day are arguments; every step is audited; nothing is committed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import sroi
from app.extensions import db
from app.formatting import ddmmyyyy, money
from app.models import Contract, EnforcementStep, User
from app.services import audit
from app.services.sroi_bridge import status_for

KINDS = ("reminder", "notice", "recovery", "decision")
KIND_LABELS = {
    "reminder": "Herinnering",
    "notice": "Ingebrekestelling",
    "recovery": "Herstelplan van de leverancier",
    "decision": "Besluit",
}
DECISIONS = ("extension", "buyout", "penalty")
DECISION_LABELS = {"extension": "Verlenging", "buyout": "Afkoop", "penalty": "Boete"}
# The deadline a step proposes, in days after the step (the form can change it).
DEFAULT_DAYS = {"reminder": 14, "notice": 28, "recovery": 28}
# What the deadline of each step is for, in words for the dashboard and the letter.
DEADLINE_WORDS = {
    "reminder": "reactie van de leverancier",
    "notice": "herstelplan van de leverancier",
    "recovery": "besluit van de opdrachtgever",
}
MAX_NOTE = 4000


class EnforcementError(ValueError):
    """The step cannot be recorded; `errors` maps a form field ('' for the form) to Dutch."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


def steps(contract: Contract) -> list[EnforcementStep]:
    """The contract's steps, oldest first."""
    return list(
        db.session.scalars(
            db.select(EnforcementStep)
            .where(EnforcementStep.contract_id == contract.id)
            .order_by(EnforcementStep.on_date, EnforcementStep.id)
        )
    )


def _round(all_steps: list[EnforcementStep]) -> list[EnforcementStep]:
    """The steps of the current round: after the last extension (a new round) or all."""
    for index in range(len(all_steps) - 1, -1, -1):
        step = all_steps[index]
        if step.kind == "decision" and step.decision == "extension":
            return all_steps[index + 1 :]
    return all_steps


def next_kinds(contract: Contract, on: date) -> list[str]:
    """The steps that may be recorded now, in order of the workflow."""
    current = _round(steps(contract))
    if not current:
        try:
            state = status_for(contract, on).state
        except sroi.InputError:
            return []  # the status cannot be computed (the contract page says why)
        return ["reminder"] if state in ("behind", "not_met") else []
    last = current[-1]
    if last.kind == "reminder":
        return ["notice"]
    if last.kind == "notice":
        overdue = last.deadline is not None and on > last.deadline
        return ["recovery", "decision"] if overdue else ["recovery"]
    if last.kind == "recovery":
        return ["decision"]
    return []  # a buy-out or penalty closes the enforcement


def closed(contract: Contract) -> EnforcementStep | None:
    """The buy-out or penalty decision that ended the enforcement, if any."""
    current = _round(steps(contract))
    if current and current[-1].kind == "decision":
        return current[-1]
    return None


@dataclass
class Amounts:
    """What the engine says the supplier owes on the decision day."""

    as_of: date
    shortfall: Decimal
    penalty: Decimal
    gap: Decimal  # behind schedule now: expected − realised (0 when on track)


def amounts_or_none(contract: Contract, on: date) -> Amounts | None:
    """`amounts`, or None when the engine cannot value the contract's activities."""
    try:
        return amounts(contract, on)
    except sroi.InputError:
        return None


def amounts(contract: Contract, on: date) -> Amounts:
    """Shortfall and penalty from the engine as if the contract had ended (day after its end,
    or `on` when later), and how far it is behind on `on`."""
    settle = max(on, contract.end_date + timedelta(days=1))
    final = status_for(contract, settle)
    now = status_for(contract, on)
    gap = max(now.expected - now.realized, Decimal("0.00"))
    if now.state == "not_met":
        gap = now.shortfall
    return Amounts(settle, final.shortfall, final.penalty, gap)


def default_deadline(kind: str, on: date) -> date | None:
    days = DEFAULT_DAYS.get(kind)
    return on + timedelta(days=days) if days else None


def record_step(
    contract: Contract,
    kind: str,
    user: User,
    on: date,
    *,
    deadline: date | None = None,
    note: str = "",
    decision: str | None = None,
    new_end_date: date | None = None,
) -> EnforcementStep:
    """Record the next step on `on` (audited); raises `EnforcementError` with Dutch messages."""
    errors: dict[str, str] = {}
    allowed = next_kinds(contract, on)
    note = (note or "").strip()
    if kind not in allowed:
        if not allowed:
            errors[""] = (
                "Er is nu geen handhavingsstap mogelijk: het contract loopt niet achter of de "
                "handhaving is afgerond."
            )
        else:
            errors[""] = "De volgende stap is: " + " of ".join(
                KIND_LABELS[k].lower() for k in allowed
            )
        raise EnforcementError(errors)
    previous = _round(steps(contract))
    if previous and on < previous[-1].on_date:
        errors["on_date"] = (
            f"De datum ligt voor de vorige stap ({ddmmyyyy(previous[-1].on_date)}). Kies "
            f"{ddmmyyyy(previous[-1].on_date)} of later."
        )
    if kind in ("reminder", "notice"):
        if deadline is None:
            errors["deadline"] = "Vul de termijn in: de datum waarop de leverancier moet reageren."
        elif deadline <= on:
            errors["deadline"] = "De termijn moet na de datum van de stap liggen."
    elif kind == "recovery":
        if not note:
            errors["note"] = "Beschrijf het herstelplan dat de leverancier heeft ingediend."
        if deadline is not None and deadline <= on:
            errors["deadline"] = "De datum van het besluit moet na de datum van de stap liggen."
    if kind == "decision":
        deadline = None
        if decision not in DECISIONS:
            errors["decision"] = "Kies het besluit: verlenging, afkoop of boete."
        elif decision == "extension":
            if new_end_date is None:
                errors["new_end_date"] = "Vul de nieuwe einddatum van het contract in."
            elif new_end_date <= max(contract.end_date, on):
                errors["new_end_date"] = (
                    f"De nieuwe einddatum moet na {ddmmyyyy(max(contract.end_date, on))} liggen."
                )
    if len(note) > MAX_NOTE:
        errors["note"] = f"De toelichting is te lang (maximaal {MAX_NOTE} tekens)."
    if errors:
        raise EnforcementError(errors)
    figures = amounts_or_none(contract, on)
    if figures is None:
        raise EnforcementError(
            {"": "De stand van het contract kan niet worden berekend; zie de contractpagina."}
        )
    step = EnforcementStep(
        contract_id=contract.id,
        kind=kind,
        on_date=on,
        deadline=deadline,
        note=note,
        created_by_id=user.id,
        created_at=datetime.now(UTC),
        shortfall=figures.gap,
    )
    if kind == "decision":
        step.decision = decision
        step.shortfall = figures.shortfall
        if decision == "penalty":
            step.amount = figures.penalty
        elif decision == "buyout":
            step.amount = figures.shortfall
        else:
            step.new_end_date = new_end_date
            old_end = contract.end_date
            contract.end_date = new_end_date
            audit.record(
                "update",
                contract,
                detail=f"end_date: {ddmmyyyy(old_end)} → {ddmmyyyy(new_end_date)} (verlenging)",
            )
    db.session.add(step)
    db.session.flush()
    audit.record("create", step, detail=describe(step)[:2000])
    return step


def describe(step: EnforcementStep) -> str:
    """One Dutch line: `Ingebrekestelling 02-12-2026, termijn 30-12-2026`."""
    text = f"{KIND_LABELS[step.kind]} {ddmmyyyy(step.on_date)}"
    if step.decision:
        text += f": {DECISION_LABELS[step.decision].lower()}"
    if step.amount is not None:
        text += f" {money(step.amount)}"
    if step.new_end_date:
        text += f", nieuwe einddatum {ddmmyyyy(step.new_end_date)}"
    if step.deadline:
        text += f", termijn {ddmmyyyy(step.deadline)}"
    return text


# --------------------------------------------------------------------------- deadlines


@dataclass
class OpenDeadline:
    """A step whose deadline is still open: no later step has been recorded."""

    step: EnforcementStep
    contract: Contract
    days_left: int  # negative: past

    @property
    def waiting_for(self) -> str:
        return DEADLINE_WORDS.get(self.step.kind, "")


def open_deadlines(authority_ids: set[int], today: date) -> list[OpenDeadline]:
    """The open deadline of every contract of these authorities, the nearest first."""
    found: list[OpenDeadline] = []
    rows = db.session.scalars(
        db.select(EnforcementStep)
        .join(Contract, Contract.id == EnforcementStep.contract_id)
        .where(Contract.authority_id.in_(authority_ids))
        .order_by(EnforcementStep.contract_id, EnforcementStep.on_date, EnforcementStep.id)
    ).all()
    last: dict[int, EnforcementStep] = {}
    for step in rows:
        last[step.contract_id] = step
    for step in last.values():
        if step.deadline is not None:
            found.append(OpenDeadline(step, step.contract, (step.deadline - today).days))
    return sorted(found, key=lambda d: (d.step.deadline, d.contract.reference))


def supplier_steps(
    employer_id: int, authority_ids: set[int] | None = None
) -> list[EnforcementStep]:
    """Every step (letter) on the supplier's contracts, newest first (its correspondence)."""
    query = (
        db.select(EnforcementStep)
        .join(Contract, Contract.id == EnforcementStep.contract_id)
        .where(Contract.supplier_id == employer_id)
        .order_by(EnforcementStep.on_date.desc(), EnforcementStep.id.desc())
    )
    if authority_ids is not None:
        query = query.where(Contract.authority_id.in_(authority_ids))
    return list(db.session.scalars(query))


# Days before a deadline on which the responsible user gets a mail (and on the day itself).
NOTICE_DAYS = (3, 0)


def send_deadline_mails(today: date) -> int:
    """Mail the responsible procurement user about deadlines in three days and today."""
    from app.links import public_url
    from app.services.mail import send_mail
    from app.services.sroi_digest import recipients_for

    authority_ids = set(db.session.scalars(db.select(Contract.authority_id).distinct()))
    sent = 0
    for item in open_deadlines(authority_ids, today):
        if item.days_left not in NOTICE_DAYS:
            continue
        contract = item.contract
        when = "vandaag" if item.days_left == 0 else f"over {item.days_left} dagen"
        body = "\n".join(
            [
                f"De termijn van de {KIND_LABELS[item.step.kind].lower()} van "
                f"{ddmmyyyy(item.step.on_date)} aan {contract.supplier.name} loopt {when} af "
                f"({ddmmyyyy(item.step.deadline)}): {item.waiting_for}.",
                "",
                f"Contract {contract.reference} {contract.title}.",
                "Leg de volgende stap vast in Werkbrug:",
                public_url("procurement.enforcement", contract_id=contract.id),
            ]
        )
        for user in recipients_for(contract):
            send_mail(
                user.email,
                f"Termijn handhaving social return {contract.reference}: {when}",
                body,
                organisation_id=user.organisation_id,
            )
            sent += 1
    return sent
