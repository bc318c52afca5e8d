"""The yearly monitoring report per municipality (SPEC §4.7; Weststellingwerf §7 table).

Each row says what it counts, so the figures can be checked and explained. Part-time means
fewer than 36 hours a week (the common full-time week in the catalogues and CAOs).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from app.exports.cells import append_row, write_csv
from app.extensions import db
from app.models import (
    Campaign,
    Client,
    Contract,
    EmployerContact,
    ExitPremium,
    FollowUp,
    IncentiveAward,
    Organisation,
    Placement,
)
from app.services import employer_relations
from app.services.sroi_bridge import status_for

PAID_KINDS = ("job", "apprenticeship")
PART_TIME_BELOW = Decimal("36")
CENT = Decimal("0.01")


@dataclass
class Row:
    key: str
    label: str
    value: int | Decimal
    note: str = ""
    money: bool = False


@dataclass
class SroiTotal:
    authority: str
    contracts: int
    obligation: Decimal
    realized: Decimal
    penalty: Decimal


@dataclass
class MonitorReport:
    municipality: Organisation
    year: int
    rows: list[Row] = field(default_factory=list)
    ladder: list[tuple[str, int]] = field(default_factory=list)
    sroi: list[SroiTotal] = field(default_factory=list)

    def value(self, key: str):
        return next(row.value for row in self.rows if row.key == key)


def _placements_started(municipality: Organisation, first: date, last: date) -> list[Placement]:
    return db.session.scalars(
        db.select(Placement)
        .join(Placement.client)
        .where(Client.municipality_id == municipality.id, Placement.start_date.between(first, last))
    ).all()


def _clients(municipality: Organisation, last: date) -> list[Client]:
    """Clients whose case was open at some point in the year (not closed before it began)."""
    return db.session.scalars(
        db.select(Client).where(
            Client.municipality_id == municipality.id,
            db.or_(Client.case_closed_at.is_(None), Client.case_closed_at >= date(last.year, 1, 1)),
        )
    ).all()


def build_report(municipality: Organisation, year: int, today: date) -> MonitorReport:
    """All monitor figures for `municipality` in calendar `year`.

    The SROI status is as of `today` or the year end.
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    placements = _placements_started(municipality, first, last)
    paid = [p for p in placements if p.kind in PAID_KINDS]
    clients = _clients(municipality, last)
    follow_ups_done = db.session.scalar(
        db.select(db.func.count(FollowUp.id))
        .join(FollowUp.placement)
        .join(Placement.client)
        .where(
            Client.municipality_id == municipality.id,
            FollowUp.done_at >= datetime(year, 1, 1, tzinfo=UTC),
            FollowUp.done_at < datetime(year + 1, 1, 1, tzinfo=UTC),
        )
    )
    premiums = db.session.scalars(
        db.select(ExitPremium)
        .join(ExitPremium.client)
        .where(
            Client.municipality_id == municipality.id,
            ExitPremium.requested_on.between(first, last),
            ExitPremium.state != "forfeited",
        )
    ).all()
    awards = db.session.scalars(
        db.select(IncentiveAward)
        .join(IncentiveAward.placement)
        .join(Placement.client)
        .where(
            Client.municipality_id == municipality.id,
            Placement.start_date.between(first, last),
        )
    ).all()
    contacts = db.session.scalar(
        db.select(db.func.count(EmployerContact.id)).where(
            EmployerContact.municipality_id == municipality.id,
            EmployerContact.contact_date.between(first, last),
        )
    )
    campaign = db.session.execute(
        db.select(Campaign).where(
            Campaign.municipality_id == municipality.id, Campaign.year == year
        )
    ).scalar_one_or_none()
    granted = [a for a in awards if a.state in ("granted", "paid")]
    report = MonitorReport(municipality=municipality, year=year)
    report.rows = [
        Row(
            "exit_to_work",
            "Uitstroom naar (betaald) werk",
            len(paid),
            "betaalde plaatsingen gestart in het jaar",
        ),
        Row(
            "part_time",
            "Parttime werk",
            sum(1 for p in paid if p.hours_per_week < PART_TIME_BELOW),
            "betaalde plaatsingen van minder dan 36 uur per week",
        ),
        Row(
            "unpaid_places",
            "Onbetaalde werkplekken (werkervaring, proefplaatsing, stage)",
            len(placements) - len(paid),
        ),
        Row(
            "wage_subsidy",
            "Loonkostensubsidie",
            sum(
                1
                for p in placements
                if (p.wage_subsidy_per_month or 0) > 0
                or (p.wage_value_pct is not None and p.wage_value_pct < 100)
            ),
            "plaatsingen met loonwaarde onder 100 %",
        ),
        Row("jobcoach", "Voorziening jobcoach", sum(1 for p in placements if p.jobcoach)),
        Row("follow_ups", "Nazorg uitgevoerd", follow_ups_done or 0, "afgeronde nazorgtaken"),
        Row("exit_premiums", "Uitstroompremies", len(premiums)),
        Row(
            "exit_premium_amount",
            "Uitstroompremies, bedrag",
            sum((p.amount for p in premiums), Decimal(0)),
            money=True,
        ),
        Row("incentives", "Werkvouchers / werkgeverscheques toegekend", len(granted)),
        Row(
            "incentive_amount",
            "Werkvouchers / werkgeverscheques, bedrag",
            sum((a.amount or Decimal(0) for a in granted), Decimal(0)),
            money=True,
        ),
        Row(
            "banenafspraak_placements",
            "Plaatsingen banenafspraak",
            sum(1 for p in placements if p.client.banenafspraak),
        ),
        Row(
            "sheltered_placements",
            "Aan het werk via beschut werk",
            sum(1 for p in placements if p.client.sheltered_work),
        ),
        Row(
            "banenafspraak_clients",
            "Inwoners met indicatie banenafspraak",
            sum(1 for c in clients if c.banenafspraak),
        ),
        Row(
            "nug_clients",
            "Niet-uitkeringsgerechtigden (nuggers)",
            sum(1 for c in clients if c.benefit_type == "nug"),
        ),
        Row(
            "jobhunter_clients",
            "Voorziening jobhunter",
            sum(1 for c in clients if c.jobhunter_id),
            "inwoners met een vaste jobhunter",
        ),
        Row("employer_contacts", "Gesprekken met werkgevers", contacts or 0),
        Row(
            "new_employer_contacts",
            "Gesprekken met nieuwe werkgevers",
            len(employer_relations.new_conversations(municipality, year)),
            f"doel: {municipality.new_employer_target}",
        ),
        Row(
            "campaign",
            "Jaarlijkse werkgeverscampagne gehouden",
            1 if campaign and campaign.activities else 0,
            f"{len(campaign.activities)} activiteiten" if campaign else "geen campagne vastgelegd",
        ),
    ]
    steps = {step: 0 for step in range(1, 7)}
    for client in clients:
        if client.ladder_step in steps:
            steps[client.ladder_step] += 1
    report.ladder = [(f"Trede {step}", count) for step, count in steps.items()]
    report.sroi = sroi_totals(first, last, min(today, last))
    return report


def sroi_totals(first: date, last: date, as_of: date) -> list[SroiTotal]:
    """SROI obligations, realised value and penalties per authority.

    Only contracts running in the year count.
    """
    contracts = db.session.scalars(
        db.select(Contract).where(Contract.start_date <= last, Contract.end_date >= first)
    ).all()
    totals: dict[str, SroiTotal] = {}
    for contract in contracts:
        status = status_for(contract, as_of)
        total = totals.setdefault(
            contract.authority.name,
            SroiTotal(contract.authority.name, 0, Decimal(0), Decimal(0), Decimal(0)),
        )
        total.contracts += 1
        total.obligation += status.obligation
        total.realized += status.realized
        total.penalty += status.penalty
    return sorted(totals.values(), key=lambda t: t.authority)


def _table(report: MonitorReport) -> list[list]:
    rows = [["Onderdeel", "Aantal of bedrag", "Toelichting"]]
    rows += [[r.label, r.value, r.note] for r in report.rows]
    rows += [
        [f"Participatieladder: {label}", count, "inwoners met een open dossier"]
        for label, count in report.ladder
    ]
    for total in report.sroi:
        rows += [
            [
                f"SROI {total.authority}: verplichting",
                total.obligation,
                f"{total.contracts} contracten",
            ],
            [f"SROI {total.authority}: gerealiseerd", total.realized, ""],
            [f"SROI {total.authority}: boetes", total.penalty, ""],
        ]
    return rows


def to_csv(report: MonitorReport) -> str:
    """CSV with a semicolon and decimal comma, as Dutch Excel opens it (amounts in cents)."""
    return write_csv(
        [label, value.quantize(CENT) if isinstance(value, Decimal) else value, note]
        for label, value, note in _table(report)
    )


def to_xlsx(report: MonitorReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"Monitor {report.year}"
    append_row(sheet, [f"Monitor arbeidsparticipatie {report.municipality.name} {report.year}"])
    sheet["A1"].font = Font(bold=True, size=14)
    for index, row in enumerate(_table(report)):
        append_row(sheet, [float(v) if isinstance(v, Decimal) else v for v in row])
        if index == 0:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
        elif isinstance(row[1], Decimal):
            sheet.cell(row=sheet.max_row, column=2).number_format = '"€" #,##0.00'
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 18
    sheet.column_dimensions["C"].width = 45
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
