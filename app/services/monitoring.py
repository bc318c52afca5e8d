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
from datetime import date
from decimal import Decimal

from app.extensions import db
from app.models import (
    Campaign,
    CampaignActivity,
    Client,
    ClientPlan,
    ClientProvision,
    EmployerContact,
    ExitPremium,
    IncentiveAward,
    MonitorNote,
    Organisation,
    Placement,
)
from app.services import employer_relations, monitor_counts, monitor_trend
from app.services.monitor_counts import PAID_KINDS, GroupRow
from app.services.monitor_sroi import SroiTotal, sroi_totals

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
    first, last, start, end = monitor_counts.bounds(period)
    open_clients = monitor_counts.open_clients(municipality, first)

    tally = monitor_counts.client_tally(municipality, period)  # per group and step

    paid_started = Placement.kind.in_(PAID_KINDS), Placement.start_date.between(first, last)
    running = monitor_counts.running(Placement.start_date, Placement.end_date, first, last)
    lks = db.or_(Placement.wage_subsidy_per_month > 0, Placement.wage_value_pct < 100)
    started = Placement.start_date.between(first, last)
    of_municipality = monitor_counts.of_municipality
    placements = monitor_counts.placements
    contacts_of = monitor_counts.contacts_of_kind_queries
    # Driven by the (few) placements and provisions, each one's resident looked up.
    coached = db.union(
        db.select(Placement.client_id).where(
            Placement.jobcoach.is_(True),
            running,
            of_municipality(Placement.client_id, municipality),
        ),
        db.select(ClientProvision.client_id).where(
            ClientProvision.kind == "jobcoach",
            monitor_counts.running(ClientProvision.start_on, ClientProvision.end_on, first, last),
            of_municipality(ClientProvision.client_id, municipality),
        ),
    ).subquery()
    # Driven by the (few) premiums and awards, each one's resident looked up.
    premiums = db.select(ExitPremium.id).where(
        of_municipality(ExitPremium.client_id, municipality),
        ExitPremium.requested_on.between(first, last),
        ExitPremium.state != "forfeited",
    )
    awards = (
        db.select(IncentiveAward.id)
        .join(Placement, IncentiveAward.placement_id == Placement.id)
        .where(
            of_municipality(Placement.client_id, municipality),
            started,
            IncentiveAward.state.in_(("granted", "paid")),
        )
    )
    found = monitor_counts.figures(  # the period's one-figure rows in one statement
        {
            "outside": placements(municipality).where(*paid_started, Placement.source == "outside"),
            "wage_subsidy": placements(municipality).where(running, lks),
            "unpaid_places": placements(municipality).where(
                ~Placement.kind.in_(PAID_KINDS), started
            ),
            "banenafspraak_placements": placements(
                municipality, Client.banenafspraak.is_(True)
            ).where(started),
            "sheltered_placements": monitor_counts.clients_with_placement(
                municipality, Client.sheltered_work.is_(True)
            ).where(Placement.kind.in_(PAID_KINDS), running),
            "premiums": db.select(db.func.count(ExitPremium.id)).where(
                ExitPremium.id.in_(premiums)
            ),
            "premium_amount": db.select(db.func.sum(ExitPremium.amount)).where(
                ExitPremium.id.in_(premiums)
            ),
            "awards": db.select(db.func.count(IncentiveAward.id)).where(
                IncentiveAward.id.in_(awards)
            ),
            "award_amount": db.select(db.func.sum(IncentiveAward.amount)).where(
                IncentiveAward.id.in_(awards)
            ),
            "contacts": db.select(db.func.count(EmployerContact.id)).where(
                EmployerContact.municipality_id == municipality.id,
                EmployerContact.contact_date.between(first, last),
            ),
            "campaign_activities": db.select(db.func.count(CampaignActivity.id))
            .join(Campaign, CampaignActivity.campaign_id == Campaign.id)
            .where(
                Campaign.municipality_id == municipality.id,
                CampaignActivity.date.between(first, last),
            ),
            **contacts_of(municipality, period, "service_talk", "talks", "talk_people"),
            **contacts_of(municipality, period, "group_session", "sessions", "session_people"),
            **monitor_counts.resident_counts(municipality, period),
            "jobcoach": db.select(db.func.count()).select_from(coached),
            "plans": db.select(db.func.count(db.distinct(ClientPlan.client_id))).where(
                ClientPlan.agreed_on <= last,
                of_municipality(ClientPlan.client_id, municipality, *open_clients),
            ),
            "provisions": monitor_counts.provision_clients_query(municipality, period),
            "ips": monitor_counts.provision_clients_query(municipality, period, "ips"),
        }
    )
    outside, contacts, campaign_activities = (
        found["outside"],
        found["contacts"],
        found["campaign_activities"],
    )
    premiums = found["premiums"], found["premium_amount"]
    awards = found["awards"], found["award_amount"]
    talks, talk_people = found["talks"], found["talk_people"]
    sessions, session_people = found["sessions"], found["session_people"]
    jobcoach, plans = found["jobcoach"], found["plans"]
    new_contacts = [
        when
        for _employer, when in employer_relations.new_conversations(municipality, period.year)
        if first <= when <= last
    ]
    notes = _notes(municipality, period.year)
    action_plan = notes.get("skills_action_plan")
    ladder = monitor_counts.ladder_at_end(municipality, period, tally)
    report = MonitorReport(municipality=municipality, period=period, notes=notes, ladder=ladder)
    # The trend ends with this period: its last figures are the period's own.
    report.trend_periods = period.series(TREND_PERIODS[period.half is not None])
    report.trend = trend(municipality, report.trend_periods)
    now = {key: values[-1] for key, values in report.trend.items()}
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
            now["ladder_up"],
            "inwoners die in de periode een trede hoger kwamen",
            table_row="Stap op de participatieladder",
        ),
        Row(
            "provisions",
            "Re-integratievoorzieningen",
            found["provisions"],
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
            found["nug"],
            table_row="Aantallen nuggers",
        ),
        Row(
            "banenafspraak_clients",
            "Inwoners met indicatie banenafspraak",
            found["banenafspraak"],
            table_row="Aantallen met BAB indicatie",
        ),
        Row(
            "wage_subsidy",
            "Loonkostensubsidie",
            found["wage_subsidy"],
            "plaatsingen met loonwaarde onder 100 % die in de periode liepen",
            table_row="Aantallen met loonkostensubsidie",
        ),
        Row(
            "exit_to_work",
            "Uitstroom naar (betaald) werk",
            now["exit_to_work"],
            f"betaald werk gestart in de periode, via de portal of daarbuiten "
            f"(waarvan {outside} buiten de portal gevonden)",
            table_row="Aantallen uitstroom naar werk",
        ),
        Row(
            "part_time",
            "Parttime werk naast de uitkering",
            now["part_time"],
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
            now["follow_ups"],
            "afgeronde nazorgtaken",
            table_row="Aantallen nazorg",
        ),
        Row(
            "ips",
            "IPS-trajecten",
            found["ips"],
            "inwoners met een IPS-traject dat in de periode liep",
            table_row="Aantallen IPS-traject",
        ),
        Row(
            "sheltered_placements",
            "Aan het werk via beschut werk",
            found["sheltered_placements"],
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
            tally.total() - found["without_jobhunter"],
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
            found["unpaid_places"],
        ),
        Row(
            "benefit_ended_for_work",
            "Uitkering beëindigd wegens werk",
            found["benefit_ended_for_work"],
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
            found["banenafspraak_placements"],
        ),
        Row(
            "plans",
            "Inwoners met een plan van aanpak",
            plans,
            "000 doel 1: alle inwoners hebben een plan van aanpak",
        ),
    ]
    report.groups = monitor_counts.groups(municipality, period, tally)
    report.sroi = sroi_totals(first, last, min(today, last))
    return report


def trend(municipality: Organisation, periods: list[Period]) -> dict[str, list[int]]:
    """The followed rows for each period: one statement for all rows and periods together."""
    return monitor_trend.trend(municipality, periods, TREND_KEYS)


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
