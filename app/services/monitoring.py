"""The monitoring report per municipality (SPEC §4.7): every row of the table in `000` §7,
per half year ("Monitor sociaal domein: twee keer per jaar", `000` tijdspad) and per year,
with the trend over periods.

Each row says what it counts, so the figures can be checked and explained. Every figure is an
SQL aggregate (COUNT, SUM, GROUP BY) over the period's rows, never a loop over clients.

Work found outside the portal is a placement (`source` "outside", issue 16), so every row that
counts placements counts it exactly like a placement made through the portal.

*Part-time work* follows the seeds: work **alongside a benefit** — "uitkeringsgerechtigden die
parttime werken" (`001` §2, figuur 7), "het aantal uur dat onze inwoners met een
bijstandsuitkering parttime werken" (`002` §5), "Niet altijd volledig uit de uitkering
(part-time)" (`003` §4), and `000` doel 2, which wants these residents seen twice a year to
explore more hours "of een fulltimebaan kunnen vinden en uitstromen uit de uitkering". So a
resident counts when paid work ran in the period while the benefit ran too and the benefit had
not ended because of work by the period's end — not by a number of hours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from app.exports.cells import write_csv
from app.exports.xlsx import add_row, new_workbook, set_widths, to_bytes
from app.extensions import db
from app.models import (
    Campaign,
    CampaignActivity,
    Client,
    ClientContact,
    ClientPlan,
    ClientProvision,
    ClientStatusChange,
    Contract,
    EmployerContact,
    ExitPremium,
    FollowUp,
    IncentiveAward,
    MonitorNote,
    Organisation,
    Placement,
)
from app.models.choices import CLIENT_GROUPS, LADDER_STEPS, PAID_PLACEMENT_KINDS
from app.services import employer_relations
from app.services.sroi_bridge import EngineCatalogues, status_for

PAID_KINDS = PAID_PLACEMENT_KINDS
CENT = Decimal("0.01")
# Rows followed over time in the trend chart and table.
TREND_KEYS = ("exit_to_work", "part_time", "ladder_up", "service_talks", "follow_ups")
TREND_PERIODS = {True: 6, False: 5}  # six half years, or five years


@dataclass(frozen=True)
class Period:
    """A calendar year, or one of its halves (`half` 1 or 2)."""

    year: int
    half: int | None = None

    @property
    def first(self) -> date:
        return date(self.year, 7 if self.half == 2 else 1, 1)

    @property
    def last(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    @property
    def label(self) -> str:
        if self.half is None:
            return str(self.year)
        return f"{'1e' if self.half == 1 else '2e'} halfjaar {self.year}"

    @property
    def short(self) -> str:
        return str(self.year) if self.half is None else f"{self.year}-{self.half}"

    def previous(self) -> Period:
        if self.half is None:
            return Period(self.year - 1)
        return Period(self.year, 1) if self.half == 2 else Period(self.year - 1, 2)

    def following(self) -> Period:
        if self.half is None:
            return Period(self.year + 1)
        return Period(self.year, 2) if self.half == 1 else Period(self.year + 1, 1)

    def series(self, count: int) -> list[Period]:
        """`count` periods of the same length ending with this one, oldest first."""
        periods = [self]
        while len(periods) < count:
            periods.insert(0, periods[0].previous())
        return periods


@dataclass
class Row:
    key: str
    label: str
    value: int | Decimal
    note: str = ""
    money: bool = False
    # The row of `000` §7's table this answers ("" for additional rows).
    table_row: str = ""
    manual: bool = False


@dataclass
class SroiTotal:
    authority: str
    contracts: int
    obligation: Decimal
    realized: Decimal
    penalty: Decimal


@dataclass
class GroupRow:
    label: str
    clients: int
    exits: int


@dataclass
class MonitorReport:
    municipality: Organisation
    period: Period
    rows: list[Row] = field(default_factory=list)
    ladder: list[tuple[str, int]] = field(default_factory=list)
    groups: list[GroupRow] = field(default_factory=list)
    sroi: list[SroiTotal] = field(default_factory=list)
    notes: dict[str, MonitorNote] = field(default_factory=dict)
    trend_periods: list[Period] = field(default_factory=list)
    trend: dict[str, list[int]] = field(default_factory=dict)

    @property
    def year(self) -> int:
        return self.period.year

    def value(self, key: str):
        return next(row.value for row in self.rows if row.key == key)

    def row(self, key: str) -> Row:
        return next(row for row in self.rows if row.key == key)


def _bounds(period: Period) -> tuple[date, date, datetime, datetime]:
    first, last = period.first, period.last
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    return first, last, start, end


def _count(query) -> int:
    return db.session.scalar(query) or 0


def _open_clients(municipality: Organisation, first: date):
    """Clients whose case was open at some point in the period (not closed before it began)."""
    return (
        Client.municipality_id == municipality.id,
        db.or_(Client.case_closed_at.is_(None), Client.case_closed_at >= first),
    )


def _running(start, end, first: date, last: date):
    """A period column pair that overlaps [first, last]."""
    return db.and_(start <= last, db.or_(end.is_(None), end >= first))


def _placements(municipality: Organisation):
    return (
        db.select(db.func.count(Placement.id))
        .join(Client, Placement.client_id == Client.id)
        .where(Client.municipality_id == municipality.id)
    )


def _clients_with_placement(municipality: Organisation):
    return (
        db.select(db.func.count(db.distinct(Placement.client_id)))
        .join(Client, Placement.client_id == Client.id)
        .where(Client.municipality_id == municipality.id)
    )


def exits_to_work(municipality: Organisation, period: Period) -> int:
    """Paid work started in the period, through the portal or found outside it."""
    return _count(
        _placements(municipality).where(
            Placement.kind.in_(PAID_KINDS), Placement.start_date.between(period.first, period.last)
        )
    )


def part_time(municipality: Organisation, period: Period) -> int:
    """Residents with paid work alongside their benefit in the period (see the module text)."""
    first, last = period.first, period.last
    return _count(
        _clients_with_placement(municipality).where(
            Placement.kind.in_(PAID_KINDS),
            _running(Placement.start_date, Placement.end_date, first, last),
            Client.benefit_type != "nug",
            # the benefit ran in the period, and while the work ran
            db.or_(Client.benefit_start.is_(None), Client.benefit_start <= last),
            db.or_(Client.benefit_end.is_(None), Client.benefit_end >= first),
            db.or_(
                Client.benefit_start.is_(None),
                Placement.end_date.is_(None),
                Client.benefit_start <= Placement.end_date,
            ),  # fmt: skip
            db.or_(Client.benefit_end.is_(None), Client.benefit_end >= Placement.start_date),
            ~db.and_(
                db.func.coalesce(Client.benefit_end_reason, "") == "work",
                Client.benefit_end <= last,
            ),
        )
    )


def ladder_steps_up(municipality: Organisation, period: Period) -> int:
    """Residents who went up a step on the participatieladder in the period."""
    return _count(
        db.select(db.func.count(db.distinct(ClientStatusChange.client_id)))
        .join(Client, ClientStatusChange.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientStatusChange.field == "ladder_step",
            ClientStatusChange.direction > 0,
            ClientStatusChange.changed_on.between(period.first, period.last),
        )
    )


def contacts_of_kind(municipality: Organisation, period: Period, kind: str) -> tuple[int, int]:
    """(contacts, distinct residents) of one kind in the period."""
    count, people = db.session.execute(
        db.select(
            db.func.count(ClientContact.id), db.func.count(db.distinct(ClientContact.client_id))
        )
        .join(Client, ClientContact.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientContact.kind == kind,
            ClientContact.contact_on.between(period.first, period.last),
        )
    ).one()
    return count or 0, people or 0


def follow_ups_done(municipality: Organisation, period: Period) -> int:
    _first, _last, start, end = _bounds(period)
    return _count(
        db.select(db.func.count(FollowUp.id))
        .join(Placement, FollowUp.placement_id == Placement.id)
        .join(Client, Placement.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            FollowUp.done_at >= start,
            FollowUp.done_at < end,
        )
    )


def _provision_clients(municipality: Organisation, period: Period, kind: str | None = None):
    query = (
        db.select(db.func.count(db.distinct(ClientProvision.client_id)))
        .join(Client, ClientProvision.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            _running(ClientProvision.start_on, ClientProvision.end_on, period.first, period.last),
        )
    )
    if kind:
        query = query.where(ClientProvision.kind == kind)
    return _count(query)


def _ladder_at_end(municipality: Organisation, period: Period) -> list[tuple[str, int]]:
    """Residents per step at the period's end: the newest registration on or before it, else
    the step on file (clients registered before the history existed)."""
    ranked = (
        db.select(
            ClientStatusChange.client_id,
            ClientStatusChange.new_value,
            db.func.row_number()
            .over(
                partition_by=ClientStatusChange.client_id,
                order_by=(ClientStatusChange.changed_on.desc(), ClientStatusChange.id.desc()),
            )
            .label("n"),
        )
        .where(
            ClientStatusChange.field == "ladder_step",
            ClientStatusChange.changed_on <= period.last,
        )
        .subquery()
    )
    step = db.func.coalesce(ranked.c.new_value, db.cast(Client.ladder_step, db.String))
    rows = db.session.execute(
        db.select(step, db.func.count(Client.id))
        .outerjoin(ranked, db.and_(ranked.c.client_id == Client.id, ranked.c.n == 1))
        .where(
            *_open_clients(municipality, period.first),
            # Known by then: a registration on or before the period's end, or on file before it.
            db.or_(ranked.c.client_id.is_not(None), Client.created_at < _bounds(period)[3]),
        )
        .group_by(step)
    ).all()
    counts = {str(k): 0 for k in LADDER_STEPS}
    for value, count in rows:
        if value is not None and str(value) in counts:
            counts[str(value)] += count
    return [(f"Trede {k}", n) for k, n in counts.items()]


def _groups(municipality: Organisation, period: Period) -> list[GroupRow]:
    """`003` §3.2: residents and exits to work per client group."""
    clients = dict(
        db.session.execute(
            db.select(Client.client_group, db.func.count(Client.id))
            .where(*_open_clients(municipality, period.first))
            .group_by(Client.client_group)
        ).all()
    )
    exits = dict(
        db.session.execute(
            db.select(Client.client_group, db.func.count(db.distinct(Placement.client_id)))
            .join(Placement, Placement.client_id == Client.id)
            .where(
                Client.municipality_id == municipality.id,
                Placement.kind.in_(PAID_KINDS),
                Placement.start_date.between(period.first, period.last),
            )
            .group_by(Client.client_group)
        ).all()
    )
    rows = [
        GroupRow(str(label), clients.get(code, 0), exits.get(code, 0))
        for code, label in CLIENT_GROUPS.items()
    ]
    rows.append(GroupRow("Nog niet ingedeeld", clients.get(None, 0), exits.get(None, 0)))
    return rows


def _notes(municipality: Organisation, year: int) -> dict[str, MonitorNote]:
    return {
        note.topic: note
        for note in db.session.scalars(
            db.select(MonitorNote).where(
                MonitorNote.municipality_id == municipality.id, MonitorNote.year == year
            )
        )
    }


def build_report(
    municipality: Organisation, year: int | Period, today: date, half: int | None = None
) -> MonitorReport:
    """All monitor figures for `municipality` in a year or half year.

    The SROI status is as of `today` or the period's end.
    """
    period = year if isinstance(year, Period) else Period(year, half)
    first, last, start, end = _bounds(period)
    open_clients = _open_clients(municipality, first)

    def clients_where(*conditions) -> int:
        return _count(db.select(db.func.count(Client.id)).where(*open_clients, *conditions))

    paid_started = Placement.kind.in_(PAID_KINDS), Placement.start_date.between(first, last)
    running = _running(Placement.start_date, Placement.end_date, first, last)
    lks = db.or_(Placement.wage_subsidy_per_month > 0, Placement.wage_value_pct < 100)
    started = Placement.start_date.between(first, last)
    outside = _count(_placements(municipality).where(*paid_started, Placement.source == "outside"))
    premiums = db.session.execute(
        db.select(db.func.count(ExitPremium.id), db.func.sum(ExitPremium.amount))
        .join(Client, ExitPremium.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ExitPremium.requested_on.between(first, last),
            ExitPremium.state != "forfeited",
        )
    ).one()
    awards = db.session.execute(
        db.select(db.func.count(IncentiveAward.id), db.func.sum(IncentiveAward.amount))
        .join(Placement, IncentiveAward.placement_id == Placement.id)
        .join(Client, Placement.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            started,
            IncentiveAward.state.in_(("granted", "paid")),
        )
    ).one()
    contacts = _count(
        db.select(db.func.count(EmployerContact.id)).where(
            EmployerContact.municipality_id == municipality.id,
            EmployerContact.contact_date.between(first, last),
        )
    )
    new_contacts = [
        when
        for _employer, when in employer_relations.new_conversations(municipality, period.year)
        if first <= when <= last
    ]
    campaign_activities = _count(
        db.select(db.func.count(CampaignActivity.id))
        .join(Campaign, CampaignActivity.campaign_id == Campaign.id)
        .where(
            Campaign.municipality_id == municipality.id,
            CampaignActivity.date.between(first, last),
        )
    )
    talks, talk_people = contacts_of_kind(municipality, period, "service_talk")
    sessions, session_people = contacts_of_kind(municipality, period, "group_session")
    jobcoach = _count(
        db.select(db.func.count(db.distinct(Client.id))).where(
            Client.municipality_id == municipality.id,
            db.or_(
                db.select(Placement.id)
                .where(Placement.client_id == Client.id, Placement.jobcoach.is_(True), running)
                .exists(),
                db.select(ClientProvision.id)
                .where(
                    ClientProvision.client_id == Client.id,
                    ClientProvision.kind == "jobcoach",
                    _running(ClientProvision.start_on, ClientProvision.end_on, first, last),
                )
                .exists(),
            ),
        )
    )
    plans = _count(
        db.select(db.func.count(db.distinct(ClientPlan.client_id)))
        .join(Client, ClientPlan.client_id == Client.id)
        .where(*open_clients, ClientPlan.agreed_on <= last)
    )
    notes = _notes(municipality, period.year)
    action_plan = notes.get("skills_action_plan")
    ladder = _ladder_at_end(municipality, period)
    report = MonitorReport(municipality=municipality, period=period, notes=notes, ladder=ladder)
    report.rows = [
        Row(
            "service_talks",
            "Heronderzoeken (dienstverleningsgesprekken)",
            talks,
            f"gesprekken met {talk_people} inwoners",
            table_row="Aantallen heronderzoeken",
        ),
        Row(
            "ladder_known",
            "Inwoners met een positie op de participatieladder",
            sum(n for _label, n in ladder),
            "trede op de laatste dag van de periode; per trede hieronder",
            table_row="Aantallen positie participatieladder traject",
        ),
        Row(
            "ladder_up",
            "Stap op de participatieladder",
            ladder_steps_up(municipality, period),
            "inwoners die in de periode een trede hoger kwamen",
            table_row="Stap op de participatieladder",
        ),
        Row(
            "provisions",
            "Re-integratievoorzieningen",
            _provision_clients(municipality, period),
            "inwoners met een voorziening die in de periode liep",
            table_row="Registratie re-integratievoorziening",
        ),
        Row(
            "group_sessions",
            "Deelname groepsbijeenkomsten",
            sessions,
            f"keer deelgenomen, door {session_people} inwoners",
            table_row="Aantallen deelname groepsbijeenkomsten",
        ),
        Row(
            "skills_action_plan",
            "Actieplan werkvaardigheden en inzet van talenten",
            1 if action_plan and action_plan.text.strip() else 0,
            (action_plan.text.strip()[:300] if action_plan else "") or "nog niet vastgelegd",
            table_row="Een actieplan gericht op werkvaardigheden en inzet van talenten",
            manual=True,
        ),
        Row(
            "nug_clients",
            "Niet-uitkeringsgerechtigden (nuggers)",
            clients_where(Client.benefit_type == "nug"),
            table_row="Aantallen nuggers",
        ),
        Row(
            "banenafspraak_clients",
            "Inwoners met indicatie banenafspraak",
            clients_where(Client.banenafspraak.is_(True)),
            table_row="Aantallen met BAB indicatie",
        ),
        Row(
            "wage_subsidy",
            "Loonkostensubsidie",
            _count(_placements(municipality).where(running, lks)),
            "plaatsingen met loonwaarde onder 100 % die in de periode liepen",
            table_row="Aantallen met loonkostensubsidie",
        ),
        Row(
            "exit_to_work",
            "Uitstroom naar (betaald) werk",
            exits_to_work(municipality, period),
            f"betaald werk gestart in de periode, via de portal of daarbuiten "
            f"(waarvan {outside} buiten de portal gevonden)",
            table_row="Aantallen uitstroom naar werk",
        ),
        Row(
            "part_time",
            "Parttime werk naast de uitkering",
            part_time(municipality, period),
            "inwoners met betaald werk terwijl de uitkering doorliep",
            table_row="Aantallen parttime werk/inkomsten",
        ),
        Row(
            "jobcoach",
            "Voorziening jobcoach",
            jobcoach,
            "inwoners met jobcoaching bij werk of als voorziening",
            table_row="Aantallen voorziening jobcoach",
        ),
        Row(
            "exit_premiums",
            "Uitstroompremies",
            premiums[0] or 0,
            table_row="Aantal uitstroompremies",
        ),
        Row(
            "exit_premium_amount",
            "Uitstroompremies, bedrag",
            premiums[1] or Decimal(0),
            money=True,
        ),
        Row(
            "follow_ups",
            "Nazorg uitgevoerd",
            follow_ups_done(municipality, period),
            "afgeronde nazorgtaken",
            table_row="Aantallen nazorg",
        ),
        Row(
            "ips",
            "IPS-trajecten",
            _provision_clients(municipality, period, "ips"),
            "inwoners met een IPS-traject dat in de periode liep",
            table_row="Aantallen IPS-traject",
        ),
        Row(
            "sheltered_placements",
            "Aan het werk via beschut werk",
            _count(
                _clients_with_placement(municipality).where(
                    Client.sheltered_work.is_(True), Placement.kind.in_(PAID_KINDS), running
                )
            ),
            "inwoners met een indicatie beschut werk die in de periode werkten",
            table_row="Aantallen aan het werk via beschut werk",
        ),
        Row(
            "employer_contacts",
            "Gesprekken met werkgevers",
            contacts,
            table_row="Aantallen gesprekken met werkgevers en gesprekken met nieuwe werkgevers",
        ),
        Row(
            "new_employer_contacts",
            "Gesprekken met nieuwe werkgevers",
            len(new_contacts),
            f"doel: {municipality.new_employer_target} per jaar",
            table_row="Aantallen gesprekken met werkgevers en gesprekken met nieuwe werkgevers",
        ),
        Row(
            "jobhunter_clients",
            "Voorziening jobhunter",
            clients_where(Client.jobhunter_id.is_not(None)),
            "inwoners met een vaste jobhunter",
            table_row="Aantallen voorziening Jobhunter",
        ),
        Row(
            "campaign",
            "Werkgeverscampagne gehouden",
            1 if campaign_activities else 0,
            f"{campaign_activities} activiteiten in de periode",
            table_row="Een jaarlijkse campagne richting werkgevers",
        ),
        # Besides the table.
        Row(
            "unpaid_places",
            "Onbetaalde werkplekken (werkervaring, proefplaatsing, stage)",
            _count(_placements(municipality).where(~Placement.kind.in_(PAID_KINDS), started)),
        ),
        Row(
            "benefit_ended_for_work",
            "Uitkering beëindigd wegens werk",
            clients_where(
                Client.benefit_end_reason == "work", Client.benefit_end.between(first, last)
            ),
        ),
        Row(
            "incentives",
            "Werkvouchers / werkgeverscheques toegekend",
            awards[0] or 0,
        ),
        Row(
            "incentive_amount",
            "Werkvouchers / werkgeverscheques, bedrag",
            awards[1] or Decimal(0),
            money=True,
        ),
        Row(
            "banenafspraak_placements",
            "Plaatsingen banenafspraak",
            _count(_placements(municipality).where(started, Client.banenafspraak.is_(True))),
        ),
        Row(
            "plans",
            "Inwoners met een plan van aanpak",
            plans,
            "000 doel 1: alle inwoners hebben een plan van aanpak",
        ),
    ]
    report.groups = _groups(municipality, period)
    report.sroi = sroi_totals(first, last, min(today, last))
    report.trend_periods = period.series(TREND_PERIODS[period.half is not None])
    report.trend = trend(municipality, report.trend_periods)
    return report


def trend(municipality: Organisation, periods: list[Period]) -> dict[str, list[int]]:
    """The followed rows for each period (a handful of aggregates per period)."""
    measures = {
        "exit_to_work": exits_to_work,
        "part_time": part_time,
        "ladder_up": ladder_steps_up,
        "service_talks": lambda m, p: contacts_of_kind(m, p, "service_talk")[0],
        "follow_ups": follow_ups_done,
    }
    return {key: [measures[key](municipality, p) for p in periods] for key in TREND_KEYS}


TREND_LABELS = {
    "exit_to_work": "Uitstroom naar werk",
    "part_time": "Parttime naast uitkering",
    "ladder_up": "Stap op de ladder",
    "service_talks": "Dienstverleningsgesprekken",
    "follow_ups": "Nazorg",
}


def save_note(municipality: Organisation, year: int, topic: str, text: str, user) -> MonitorNote:
    """Keep a qualitative row for the year (`000` §7: "Handmatig, Kwalitatief")."""
    from app.services import audit

    note = db.session.scalars(
        db.select(MonitorNote).where(
            MonitorNote.municipality_id == municipality.id,
            MonitorNote.year == year,
            MonitorNote.topic == topic,
        )
    ).first()
    if note is None:
        note = MonitorNote(municipality_id=municipality.id, year=year, topic=topic)
        db.session.add(note)
    note.text = (text or "").strip()
    note.updated_by_id = user.id if user else None
    db.session.flush()
    audit.record("update", note, detail=f"monitor {year}: {topic}")
    return note


def sroi_totals(first: date, last: date, as_of: date) -> list[SroiTotal]:
    """SROI obligations, realised value and penalties per authority.

    Only contracts running in the period count.
    """
    contracts = db.session.scalars(
        db.select(Contract).where(Contract.start_date <= last, Contract.end_date >= first)
    ).all()
    totals: dict[str, SroiTotal] = {}
    catalogues = EngineCatalogues()
    for contract in contracts:
        status = status_for(contract, as_of, catalogues)
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
    rows = [["Onderdeel", "Aantal of bedrag", "Toelichting", "Rij in de tabel van het beleidsplan"]]
    rows += [[r.label, r.value, r.note, r.table_row] for r in report.rows]
    rows += [
        [f"Participatieladder: {label}", count, "inwoners met een open dossier", ""]
        for label, count in report.ladder
    ]
    rows += [
        [f"Klantgroep {g.label}", g.clients, f"{g.exits} uitgestroomd naar werk", ""]
        for g in report.groups
    ]
    for total in report.sroi:
        rows += [
            [
                f"SROI {total.authority}: verplichting",
                total.obligation,
                f"{total.contracts} contracten",
                "",
            ],
            [f"SROI {total.authority}: gerealiseerd", total.realized, "", ""],
            [f"SROI {total.authority}: boetes", total.penalty, "", ""],
        ]
    return rows


def _trend_table(report: MonitorReport) -> list[list]:
    rows = [["Verloop", *[p.label for p in report.trend_periods]]]
    rows += [[TREND_LABELS[key], *values] for key, values in report.trend.items()]
    return rows


def to_csv(report: MonitorReport) -> str:
    """CSV with a semicolon and decimal comma, as Dutch Excel opens it (amounts in cents)."""
    table = [
        [value.quantize(CENT) if isinstance(value, Decimal) else value for value in row]
        for row in _table(report)
    ]
    return write_csv([[f"Periode: {report.period.label}"], *table, [], *_trend_table(report)])


def to_xlsx(report: MonitorReport) -> bytes:
    """The monitor as an Excel workbook: a title and the table (amounts as euros), then the
    trend over the periods."""
    workbook, sheet = new_workbook(f"Monitor {report.period.short}")
    title = f"Monitor arbeidsparticipatie {report.municipality.name} {report.period.label}"
    add_row(sheet, [title], bold=True, size=14)
    header, *rows = _table(report)
    add_row(sheet, header, bold=True)
    for row in rows:
        add_row(sheet, row)
    set_widths(sheet, [60, 18, 45, 50])
    trend_sheet = workbook.create_sheet("Verloop")
    header, *rows = _trend_table(report)
    add_row(trend_sheet, header, bold=True)
    for row in rows:
        add_row(trend_sheet, row)
    set_widths(trend_sheet, [30])
    return to_bytes(workbook)
