"""The demo region's SROI part: three contracts (one behind, one with activities waiting for
review, one on track) and the activities their suppliers reported."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.extensions import db
from app.models import Contract, SroiActivity
from app.models.base import utcnow


def add_contracts(
    orgs, province, employers, catalogues, procurement_user, today: date
) -> list[Contract]:
    """Three SROI contracts on the Oost-Nederland catalogue, with their reported activities."""
    wsw = orgs["Gemeente Weststellingwerf"]
    year = today.year
    specs = [
        (
            wsw,
            employers[0],
            "WSW-2025-014",
            "Onderhoud openbaar groen",
            "1200000",
            "5",
            date(year - 1, 1, 1),
            date(year + 1, 12, 31),
            "0",
        ),
        (
            wsw,
            employers[3],
            "WSW-2026-003",
            "Schoonmaak gemeentelijke gebouwen",
            "480000",
            "5",
            date(year, 1, 1),
            date(year + 2, 12, 31),
            "0",
        ),
        (
            province,
            employers[8],
            "PF-2025-117",
            "Reconstructie N351",
            "3500000",
            "5",
            date(year - 1, 4, 1),
            date(year + 1, 3, 31),
            "25",
        ),
    ]
    catalogue = catalogues.get("oost-nederland-v05-2023") or next(iter(catalogues.values()), None)
    contracts = []
    if catalogue is None:
        return contracts
    for authority, supplier, reference, title, value, pct, start, end, reduction in specs:
        contracts.append(
            Contract(
                authority=authority,
                supplier=supplier,
                reference=reference,
                title=title,
                value=Decimal(value),
                sroi_percentage=Decimal(pct),
                catalogue=catalogue,
                start_date=start,
                end_date=end,
                reduction_percentage=Decimal(reduction),
                penalty_percentage=Decimal("100"),
                responsible_user=procurement_user if authority is wsw else None,
            )
        )
    db.session.add_all(contracts)
    _activities(contracts, today)
    return contracts


def _activities(contracts: list[Contract], today: date) -> None:
    """Reported SROI activities: one contract behind, one waiting for review, one on track."""
    year = today.year
    submitted_at = utcnow()
    groen, schoonmaak, provincie = contracts
    specs = [
        (
            groen,
            "pw_lang",
            date(year - 1, 3, 1),
            None,
            "18",
            "accepted",
            "Inwoner met bijstand sinds 2021, 18 uur per week in de groenploeg",
        ),
        (
            groen,
            "werkervaringsplek",
            date(year - 1, 9, 1),
            date(year, 2, 28),
            None,
            "accepted",
            "Werkervaringsplek groenonderhoud, 6 maanden",
        ),
        (
            groen,
            "pw_kort",
            date(year, 9, 1),
            None,
            "24",
            "submitted",
            "Inwoner met bijstand sinds 2025, 24 uur per week",
        ),
        (
            schoonmaak,
            "nug",
            date(year, 4, 1),
            None,
            "20",
            "submitted",
            "Herintreder zonder uitkering, 20 uur per week schoonmaak",
        ),
        (
            provincie,
            "doelgroepregister",
            date(year - 1, 5, 1),
            None,
            "36",
            "accepted",
            "Medewerker uit het doelgroepregister, fulltime in de uitvoering",
        ),
        (
            provincie,
            "pw_lang",
            date(year - 1, 6, 1),
            None,
            "36",
            "accepted",
            "Inwoner met bijstand sinds 2020, fulltime grondwerker",
        ),
    ]
    for contract, block, start, end, hours, state, description in specs:
        db.session.add(
            SroiActivity(
                contract=contract,
                block_code=block,
                start_date=start,
                end_date=end,
                hours_per_week=Decimal(hours) if hours else None,
                state=state,
                candidate_description=description,
                submitted_at=submitted_at,
                reviewed_at=submitted_at if state == "accepted" else None,
                # The demo carries no files: a waiting activity says why the evidence follows
                # (issue 18), one that counts was accepted on what the reviewer saw.
                evidence_later_reason=(
                    "Het bewijs is getekend; de scan volgt deze week."
                    if state == "submitted"
                    else ""
                ),
                override_reason=(
                    "Arbeidsovereenkomst ingezien bij het werkbezoek."
                    if state == "accepted"
                    else ""
                ),
            )
        )
