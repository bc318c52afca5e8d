"""The demo region's SROI process (issue 18): Weststellingwerf under the Friese eis with a large
work capped at € 300.000, a supplier with an approved plan van aanpak, and a contract in
enforcement (a reminder and an ingebrekestelling whose deadline is still open)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from app.extensions import db
from app.models import (
    Contract,
    EmployerContactPerson,
    EnforcementStep,
    SroiActivity,
    SroiPlan,
    SroiPlanLine,
    User,
)
from app.models.base import utcnow
from app.services import sroi_enforcement
from app.services.sroi_policies import preset_values


def seed_sroi_process(authority, employers, contracts, catalogues, user: User, today: date):
    """Add the Friese eis contract, the plan and the enforcement; returns the new contract."""
    groen, schoonmaak, _provincie = contracts
    for column, value in preset_values("friese-eis").items():
        setattr(authority, column, value)
    groen.contract_kind = schoonmaak.contract_kind = "diensten"
    frisian = _friese_eis_contract(authority, employers, catalogues, user, today)
    _plan(groen, user, today)
    db.session.flush()
    _enforcement(schoonmaak, user, today)
    return frisian


def _friese_eis_contract(authority, employers, catalogues, user, today):
    """A school building of € 16,5 million: 2 % required plus 1 % offered with the award
    criterion is € 495.000, capped at € 300.000 per (sub)project; the maatwerk block."""
    catalogue = catalogues.get("noord-nederland-2022") or next(iter(catalogues.values()))
    year = today.year
    contract = Contract(
        authority=authority,
        supplier=employers[9],
        reference="WSW-2026-021",
        title="Nieuwbouw kindcentrum Noordwolde",
        contract_kind="werken",
        value=Decimal("16500000"),
        sroi_percentage=Decimal("3"),
        award_percentage=Decimal("1"),
        sroi_cap=Decimal("300000"),
        catalogue=catalogue,
        start_date=date(year, 3, 1),
        end_date=date(year + 2, 2, 28),
        reduction_percentage=Decimal("0"),
        penalty_percentage=Decimal("100"),
        responsible_user=user,
    )
    db.session.add(contract)
    if catalogue.blocks:
        db.session.add(
            SroiActivity(
                contract=contract,
                block_code=catalogue.blocks[0].code,
                start_date=date(year, 4, 1),
                amount=Decimal("45000"),
                state="accepted",
                candidate_description=(
                    "Afspraak met de gemeente: leerwerkplaats op de bouwplaats met het ROC, "
                    "vier BBL-leerlingen"
                ),
                submitted_at=utcnow(),
                reviewed_at=utcnow(),
            )
        )
    return contract


def _plan(contract: Contract, user: User, today: date) -> None:
    """An approved plan van aanpak for the green maintenance contract (the demo employer's)."""
    start = contract.start_date
    plan = SroiPlan(
        contract=contract,
        state="approved",
        note="",
        submitted_at=datetime(start.year, 1, 20, 9, 0, tzinfo=UTC),
        decided_on=start + timedelta(days=30),
        decided_by=user,
        decision_note="",
    )
    year = start.year  # the contract started a year before the demo's year
    plan.lines = [
        SroiPlanLine(
            block_code="pw_lang",
            number=1,
            start_date=date(year, 3, 1),
            end_date=contract.end_date,
            hours_per_week=Decimal("18"),
            profile="Groenmedewerker, 18 uur per week, langer in de bijstand",
        ),
        SroiPlanLine(
            block_code="werkervaringsplek",
            number=1,
            start_date=date(year, 9, 1),
            end_date=date(year + 1, 2, 28),
            profile="Werkervaringsplek groenonderhoud, zes maanden",
        ),
        SroiPlanLine(
            block_code="pw_kort",
            number=1,
            start_date=date(year + 1, 9, 1),
            end_date=contract.end_date,
            hours_per_week=Decimal("24"),
            profile="Hovenier in de groenploeg, 24 uur per week, rijbewijs B",
        ),
        SroiPlanLine(
            block_code="werkervaringsplek",
            number=2,
            start_date=date(year + 2, 2, 1),
            end_date=date(year + 2, 7, 31),
            profile="Werkervaringsplek snoeien en maaien in het voorjaar, zonder recente "
            "werkervaring",
        ),
    ]
    db.session.add(plan)


def add_sroi_contact(employers) -> None:
    """The SROI contact of the supplier in enforcement (after the CRM's demo contacts, which
    are added only to a region without any)."""
    db.session.add(
        EmployerContactPerson(
            employer=employers[3],
            name="Geertje Postma",
            job_title="SROI-contactpersoon (hr)",
            email="g.postma@example.nl",
            phone="0561-612345",
        )
    )


def _enforcement(contract: Contract, user: User, today: date) -> None:
    """A reminder 40 days ago and an ingebrekestelling 20 days ago, its deadline still open."""
    reminder_on = today - timedelta(days=40)
    if "reminder" not in sroi_enforcement.next_kinds(contract, reminder_on):
        return
    for kind, on, deadline, note in (
        ("reminder", reminder_on, reminder_on + timedelta(days=14), ""),
        (
            "notice",
            today - timedelta(days=20),
            today + timedelta(days=8),
            "Na de herinnering geen reactie ontvangen.",
        ),
    ):
        figures = sroi_enforcement.amounts(contract, on)
        db.session.add(
            EnforcementStep(
                contract_id=contract.id,
                kind=kind,
                on_date=on,
                deadline=deadline,
                note=note,
                shortfall=figures.gap,
                created_by_id=user.id,
                created_at=datetime(on.year, on.month, on.day, 9, 0, tzinfo=UTC),
            )
        )
