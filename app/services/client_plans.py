"""The plan van aanpak (`000` §2.1), persoonlijk actieplan (`001`) or ondersteuningsplan
(`002`): goals, agreed actions with owner and due date, and the next review.

`000` §2.1: "In het plan van aanpak wordt de vraag van de inwoner verhelderd en beschreven:
welke stappen zijn er nodig, doelen voor de korte termijn, einddoel, specifieke ondersteuning".
`001`: "Met inwoners die beschikken over een persoonlijk actieplan, voeren wij minstens één keer
per kwartaal een tussentijds evaluatiegesprek over de voortgang [...] Daarbij beoordelen wij of
de doelstellingen uit het plan eventueel bijstelling behoeven."

Each save is a new version; older versions stay, read-only, as the plan's history. A review
is a save with what the review found: it sets the next review date (by default the
municipality's `plan_review_months` after the review).
"""

from __future__ import annotations

from datetime import date

from app.extensions import db
from app.models import Client, ClientPlan, PlanAction, User
from app.services import audit, client_rules


class PlanError(ValueError):
    """The plan cannot be saved like this; `field` names the form field."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def current(client: Client) -> ClientPlan | None:
    return db.session.scalars(
        db.select(ClientPlan).where(ClientPlan.client_id == client.id, ClientPlan.is_current)
    ).first()


def versions(client: Client) -> list[ClientPlan]:
    """All versions, newest first."""
    return db.session.scalars(
        db.select(ClientPlan)
        .where(ClientPlan.client_id == client.id)
        .order_by(ClientPlan.version.desc())
    ).all()


def next_review(client: Client, agreed_on: date) -> date:
    """The default next review: the municipality's interval after the plan was agreed."""
    return client_rules.months_after(agreed_on, client.municipality.plan_review_months or 3)


def save(client: Client, data: dict, user: User | None, today: date) -> ClientPlan:
    """Save the plan as a new version (the previous one stays in the history).

    `data` holds `agreed_on`, `goals`, `final_goal`, `support`, `review_note`, an optional
    `next_review_on` and `actions`: dicts with `description`, `owner`, `owner_name`, `due_on`
    and `done`.
    """
    agreed_on = data["agreed_on"]
    if agreed_on > today:
        raise PlanError("De datum van het plan ligt in de toekomst.", "agreed_on")
    review_on = data.get("next_review_on") or next_review(client, agreed_on)
    if review_on < agreed_on:
        raise PlanError("De volgende evaluatie ligt vóór de datum van het plan.", "next_review_on")
    previous = current(client)
    version = ClientPlan(
        client_id=client.id,
        version=(previous.version + 1) if previous else 1,
        is_current=True,
        agreed_on=agreed_on,
        goals=(data.get("goals") or "").strip(),
        final_goal=(data.get("final_goal") or "").strip(),
        support=(data.get("support") or "").strip(),
        review_note=(data.get("review_note") or "").strip() if previous else "",
        next_review_on=review_on,
        created_by_id=user.id if user else None,
    )
    done_before = {
        (a.description, a.due_on): a.done_on for a in (previous.actions if previous else [])
    }
    for position, row in enumerate(r for r in data.get("actions", []) if r.get("description")):
        done_on = None
        if row.get("done"):
            done_on = done_before.get((row["description"].strip(), row.get("due_on"))) or today
        version.actions.append(
            PlanAction(
                position=position,
                description=row["description"].strip()[:300],
                owner=row.get("owner") or "client",
                owner_name=(row.get("owner_name") or "").strip()[:100],
                due_on=row.get("due_on"),
                done_on=done_on,
            )
        )
    if previous is not None:
        previous.is_current = False
        db.session.flush()  # one current version at a time
    db.session.add(version)
    db.session.flush()
    audit.record(
        "create",
        version,
        detail=f"plan versie {version.version}, volgende evaluatie {review_on.isoformat()}",
    )
    return version


def complete_action(action: PlanAction, today: date) -> None:
    """Mark an agreed action done (on the current version)."""
    if action.done_on is not None:
        raise PlanError("Deze actie is al afgerond.")
    if not action.plan.is_current:
        raise PlanError("Deze actie hoort bij een oudere versie van het plan.")
    action.done_on = today
    audit.record("update", action, detail="actie afgerond")
