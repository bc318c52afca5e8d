"""What is due in a client's path: plan reviews and agreed actions, the yearly ladder
registration and dienstverleningsgesprek, target-group deadlines and tasks (issue 16).

One set of queries serves both the jobhunter's dashboard (the jobhunter's own clients, what is
overdue or due within `client_rules.SOON_DAYS`) and a client's page (one client, every date).
Each rule is one SQL query over the clients in scope, never a loop over clients; only the rows
it returns are looked at in Python (for the exact due date, since a municipality's settings
differ). The rules and their sources are in `app.services.client_rules`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from flask_babel import gettext as _
from sqlalchemy.orm import Bundle

from app.extensions import db
from app.formatting import local_time
from app.models import (
    Client,
    ClientPlan,
    ClientTask,
    Organisation,
    Placement,
    PlanAction,
)
from app.models.choices import CLIENT_TASK_KINDS, PAID_PLACEMENT_KINDS
from app.models.people import due_base
from app.services import client_rules

# Placements that are "een leerwerkplek of een proefplaatsing [...] bij een reguliere werkgever"
# (`001`) or better: any place at an employer, paid or not, except volunteering.
OFFER_KINDS = ("job", "apprenticeship", "trial", "work_experience", "internship")
# Rows per rule on the dashboard; the page says when there are more.
LIMIT = 200
# SQL compares with a cut-off a few days wide; the exact date is checked on the rows found.
SLACK = timedelta(days=4)


@dataclass(frozen=True)
class DueItem:
    """One thing due: when, what, for which client, and where to act on it."""

    due_on: date
    kind: str
    label: str
    client: ClientRef
    state: str  # overdue, soon, later
    endpoint: str = "jobhunter.client"
    anchor: str = ""
    task_id: int | None = None
    action_id: int | None = None

    @property
    def overdue(self) -> bool:
        return self.state == "overdue"


@dataclass(frozen=True)
class Scope:
    """Whose items: clients of `municipalities`, of one jobhunter or one client."""

    municipalities: tuple[int, ...]
    jobhunter_id: int | None = None
    client_id: int | None = None
    # Items due up to this date (None: every date, for the client page).
    horizon: date | None = None
    # Filled in by the rules: one entry per rule that read its LIMIT of rows (there are more).
    cut: list = field(default_factory=list, compare=False)


class DueList(list):
    """Due items by date; `more` when a rule found more than it reads (`LIMIT`): then these
    are the earliest of them, not all."""

    more: bool = False


def _read(scope: Scope, result, keep=None) -> list:
    """The rows of a rule's query (which ends in `.limit(LIMIT + 1)`, in the order the items
    fall due), at most `LIMIT`; noted as cut when there is one more row that is an item
    (`keep(row)`, when the query is a few days wide), so "more" means there are more."""
    rows = list(result)
    if len(rows) > LIMIT:
        extra = rows[LIMIT]
        rows = rows[:LIMIT]
        if keep is None or keep(extra):
            scope.cut.append(len(rows))
    return rows


def _yearly(
    scope: Scope, today: date, query, last, months: int, kind: str, label: str, endpoint: str
) -> list[DueItem]:
    """The items of a rule for a yearly thing (`query`: clients in scope; `last`, the client's
    stored newest date of it): each due `months` after that date, or after the client's start.
    Read in the order they fall due (an index: ix_clients_ladder_due and the like), a few
    days wide when the scope has a horizon (the exact date is checked on the rows)."""
    since = due_base(last, Client.created_at)
    if scope.horizon is not None:
        query = query.where(since <= client_rules.months_after(scope.horizon, -months) + SLACK)
    query = query.add_columns(last).order_by(since, Client.id)

    def due_of(row) -> date:
        client, last_on = row
        start = local_time(client.created_at).date() if client.created_at else today
        return client_rules.yearly_due(last_on, start, months)

    rows = _read(
        scope, db.session.execute(query.limit(LIMIT + 1)), lambda row: _keep(due_of(row), scope)
    )
    items = []
    for row in rows:
        due = due_of(row)
        if _keep(due, scope):
            items.append(DueItem(due, kind, label, row[0], _state(due, today), endpoint=endpoint))
    return items


@dataclass(frozen=True, slots=True)
class ClientRef:
    """What an item needs of its client: who (for the link and the name) and the dates the
    rules read. A caseload has hundreds of items; whole client rows are wide (texts, lists)."""

    id: int
    first_name: str
    last_name: str
    created_at: datetime | None
    banenafspraak_on: date | None
    sheltered_work_on: date | None
    integration_start: date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class _ClientColumns(Bundle):
    """Selects a `ClientRef` (`db.select(Plan, CLIENT)` gives rows of a plan and a ClientRef)."""

    def create_row_processor(self, query, procs, labels):
        def make(row):
            return ClientRef(*(proc(row) for proc in procs))

        return make


CLIENT = _ClientColumns(
    "client",
    Client.id,
    Client.first_name,
    Client.last_name,
    Client.created_at,
    Client.banenafspraak_on,
    Client.sheltered_work_on,
    Client.integration_start,
)


def _open_clients(scope: Scope, municipality_id: int | None = None):
    """Conditions for the clients in scope whose case is open."""
    conditions = [
        Client.municipality_id.in_(scope.municipalities),
        Client.case_closed_at.is_(None),
        Client.anonymised_at.is_(None),
    ]
    if municipality_id is not None:
        conditions.append(Client.municipality_id == municipality_id)
    if scope.jobhunter_id is not None:
        conditions.append(Client.jobhunter_id == scope.jobhunter_id)
    if scope.client_id is not None:
        conditions.append(Client.id == scope.client_id)
    return conditions


def _state(due: date, today: date) -> str:
    return client_rules.state(due, today)


def _keep(due: date, scope: Scope) -> bool:
    return scope.horizon is None or due <= scope.horizon


def _municipalities(scope: Scope) -> list[Organisation]:
    """The scope's municipalities (their settings), by id; from the session when it has them
    (the user's own organisation is loaded with the user), so five rules ask no five queries."""
    found = (db.session.get(Organisation, id_) for id_ in sorted(scope.municipalities))
    return [o for o in found if o is not None and o.kind == "municipality"]


def plan_reviews(scope: Scope, today: date) -> list[DueItem]:
    """`001`: the plan is evaluated at least every quarter: the current version's review date."""
    query = (
        db.select(ClientPlan, CLIENT)
        .join(Client, ClientPlan.client_id == Client.id)
        .where(ClientPlan.is_current, *_open_clients(scope))
    )
    if scope.horizon is not None:
        query = query.where(ClientPlan.next_review_on <= scope.horizon)
    query = query.order_by(ClientPlan.next_review_on, ClientPlan.id).limit(LIMIT + 1)
    rows = _read(scope, db.session.execute(query))
    label = _("Evaluatie plan van aanpak (versie %(n)s)")  # translated once, filled in per row
    return [
        DueItem(
            plan.next_review_on,
            "plan_review",
            label % {"n": plan.version},
            client,
            _state(plan.next_review_on, today),
            endpoint="jobhunter.plan_edit",
        )
        for plan, client in rows
    ]


def plan_actions(scope: Scope, today: date) -> list[DueItem]:
    """Agreed actions of current plans that are not done by their date."""
    query = (
        db.select(PlanAction, CLIENT)
        .join(ClientPlan, PlanAction.plan_id == ClientPlan.id)
        .join(Client, ClientPlan.client_id == Client.id)
        .where(
            ClientPlan.is_current,
            PlanAction.done_on.is_(None),
            PlanAction.due_on.is_not(None),
            *_open_clients(scope),
        )
    )
    if scope.horizon is not None:
        query = query.where(PlanAction.due_on <= scope.horizon)
    rows = _read(scope, db.session.execute(query.order_by(PlanAction.due_on).limit(LIMIT + 1)))
    label = _("Actie uit het plan: %(what)s")
    return [
        DueItem(
            action.due_on,
            "plan_action",
            label % {"what": action.description},
            client,
            _state(action.due_on, today),
            anchor="plan",
            action_id=action.id,
        )
        for action, client in rows
    ]


def ladder_registrations(scope: Scope, today: date) -> list[DueItem]:
    """`000` §2.3: the ladder step is recorded at least once a year (a setting)."""
    items = []
    label = _("Trede participatieladder vastleggen (jaarlijks)")
    for municipality in _municipalities(scope):
        months = municipality.ladder_registration_months or 12
        query = db.select(CLIENT).where(*_open_clients(scope, municipality.id))
        # The due date is the last registration (or the start) plus the municipality's months.
        last = Client.last_ladder_on
        items += _yearly(scope, today, query, last, months, "ladder", label, "jobhunter.status_new")
    return items


def _works_part_time(today: date, works: bool = True):
    """Whether the client works (paid) today while the benefit runs (`works`), or not. Who
    works is asked of the few current placements (a list of ids), so the database starts from
    them rather than checking the whole caseload one client at a time; who does not, of each
    client (a correlated condition: NOT IN would say nothing of a list holding a NULL)."""
    current = (
        Placement.kind.in_(PAID_PLACEMENT_KINDS),
        Placement.start_date <= today,
        db.or_(Placement.end_date.is_(None), Placement.end_date >= today),
    )
    benefit = (
        (Client.benefit_type != "nug")
        & db.or_(Client.benefit_start.is_(None), Client.benefit_start <= today)
        & db.or_(Client.benefit_end.is_(None), Client.benefit_end >= today)
    )
    if works:
        return Client.id.in_(db.select(Placement.client_id).where(*current)) & benefit
    placed = db.select(Placement.id).where(Placement.client_id == Client.id, *current).exists()
    return ~(placed & benefit)


def service_talks(scope: Scope, today: date) -> list[DueItem]:
    """`000` doel 1: a dienstverleningsgesprek every year; doel 2: twice a year with residents
    who work part-time (both settings). Only while the benefit runs: after an exit, follow-up
    takes over."""
    last = Client.last_service_talk_on
    halfyearly = _("Dienstverleningsgesprek (halfjaarlijks: werkt parttime)")
    yearly = _("Dienstverleningsgesprek (jaarlijks)")
    items = []
    for municipality in _municipalities(scope):
        regular = municipality.service_talk_months or 12
        short = municipality.service_talk_part_time_months or regular
        # Asked apart for residents who work part-time and those who do not: within each the
        # interval is one number, so the earliest last talk (or start) is the earliest due.
        for works in (True, False):
            months = client_rules.service_talk_months(regular, short, works)
            query = db.select(CLIENT).where(
                *_open_clients(scope, municipality.id),
                # The heronderzoek is for residents on a benefit (`000` bijlage 1).
                Client.benefit_type != "nug",
                db.or_(Client.benefit_end.is_(None), Client.benefit_end >= today),
                _works_part_time(today, works),
            )
            label = halfyearly if works and months < regular else yearly
            endpoint = "jobhunter.contact_new"
            items += _yearly(scope, today, query, last, months, "service_talk", label, endpoint)
    return items


def _deadline_items(
    scope: Scope,
    today: date,
    *,
    flag,
    start_column,
    months_setting: str,
    met,
    kind: str,
    label: str,
    extra=(),
) -> list[DueItem]:
    """Clients with a dated indication whose term runs out before `met` happens."""
    items = []
    for municipality in _municipalities(scope):
        months = getattr(municipality, months_setting)
        query = db.select(CLIENT).where(
            flag,
            start_column.is_not(None),
            ~met,
            *extra,
            *_open_clients(scope, municipality.id),
        )
        if scope.horizon is not None:
            query = query.where(
                start_column <= client_rules.months_after(scope.horizon, -months) + SLACK
            )
        rows = db.session.scalars(query.order_by(start_column, Client.id).limit(LIMIT + 1))

        def due_of(client, months=months):
            return client_rules.deadline(getattr(client, start_column.key), months)

        for client in _read(scope, rows, lambda client: _keep(due_of(client), scope)):
            due = due_of(client)
            if _keep(due, scope):
                items.append(
                    DueItem(due, kind, label, client, _state(due, today), anchor="doelgroep")
                )
    return items


def _placed_since(start_column, kinds) -> object:
    return (
        db.select(Placement.id)
        .where(
            Placement.client_id == Client.id,
            Placement.kind.in_(kinds),
            Placement.start_date >= start_column,
        )
        .exists()
    )


def banenafspraak_offers(scope: Scope, today: date) -> list[DueItem]:
    """`001`: "uitkeringsgerechtigden met een BAB indicatie binnen 6 maanden een leerwerkplek
    of een proefplaatsing te bieden bij een reguliere werkgever" — until a place started."""
    return _deadline_items(
        scope,
        today,
        flag=Client.banenafspraak.is_(True),
        start_column=Client.banenafspraak_on,
        months_setting="banenafspraak_offer_months",
        met=_placed_since(Client.banenafspraak_on, OFFER_KINDS),
        kind="banenafspraak_offer",
        label=_("Banenafspraak: leerwerkplek of proefplaatsing aanbieden"),
        extra=(Client.benefit_type != "nug",),
    )


def sheltered_work(scope: Scope, today: date) -> list[DueItem]:
    """`000` profiel 5 and `001`: placed in sheltered work within 6 months of the advice."""
    return _deadline_items(
        scope,
        today,
        flag=Client.sheltered_work.is_(True),
        start_column=Client.sheltered_work_on,
        months_setting="sheltered_work_months",
        met=_placed_since(Client.sheltered_work_on, PAID_PLACEMENT_KINDS),
        kind="sheltered_work",
        label=_("Beschut werk: plaatsing binnen de termijn na het advies"),
    )


def integration(scope: Scope, today: date) -> list[DueItem]:
    """`000` §2.2: the inburgering takes three years (a setting), until it is done."""
    return _deadline_items(
        scope,
        today,
        flag=Client.newcomer.is_(True),
        start_column=Client.integration_start,
        months_setting="integration_months",
        met=Client.integration_done_on.is_not(None),
        kind="integration",
        label=_("Inburgering: einde van de termijn"),
    )


def tasks(scope: Scope, today: date) -> list[DueItem]:
    """Open tasks: on the dashboard from their reminder date (or when due soon)."""
    query = (
        db.select(ClientTask, CLIENT)
        .join(Client, ClientTask.client_id == Client.id)
        .where(
            ClientTask.done_on.is_(None),
            ClientTask.cancelled_on.is_(None),
            *_open_clients(
                Scope(scope.municipalities, client_id=scope.client_id, horizon=scope.horizon)
            ),
        )
    )
    if scope.jobhunter_id is not None:
        query = query.where(ClientTask.jobhunter_id == scope.jobhunter_id)
    if scope.horizon is not None:
        query = query.where(
            db.or_(
                db.and_(ClientTask.remind_on.is_not(None), ClientTask.remind_on <= today),
                ClientTask.due_on <= scope.horizon,
            )
        )
    rows = _read(scope, db.session.execute(query.order_by(ClientTask.due_on).limit(LIMIT + 1)))
    return [
        DueItem(
            task.due_on,
            task.kind,
            task.title or str(CLIENT_TASK_KINDS.get(task.kind, "")),
            client,
            _state(task.due_on, today),
            anchor="taken",
            task_id=task.id,
        )
        for task, client in rows
    ]


RULES = (
    plan_reviews,
    plan_actions,
    ladder_registrations,
    service_talks,
    banenafspraak_offers,
    sheltered_work,
    integration,
    tasks,
)


def _merge_talks(items: list[DueItem], today: date) -> list[DueItem]:
    """The ladder step is registered at the dienstverleningsgesprek (`000` §2.3: "Dit doen we
    door het gesprek met de inwoner te voeren tijdens het jaarlijkse heronderzoek"): when both
    fall due within a month for one client, they are one item, settled by one form."""
    talks = {i.client.id: i for i in items if i.kind == "service_talk"}
    both = _("%(talk)s en trede vastleggen")
    merged, used = [], set()
    for item in items:
        talk = talks.get(item.client.id)
        if item.kind == "ladder" and talk and abs((talk.due_on - item.due_on).days) <= 31:
            due = min(item.due_on, talk.due_on)
            merged.append(
                DueItem(
                    due,
                    "service_talk",
                    both % {"talk": talk.label},
                    item.client,
                    _state(due, today),
                    endpoint="jobhunter.contact_new",
                )
            )
            used.add(id(talk))
        else:
            merged.append(item)
    return [i for i in merged if id(i) not in used]


def collect(scope: Scope, today: date) -> DueList:
    """Every due item of the scope, by date (`more`: the earliest of more than a rule reads)."""
    items = _merge_talks([item for rule in RULES for item in rule(scope, today)], today)
    found = DueList(sorted(items, key=lambda i: (i.due_on, i.client.last_name, i.kind)))
    found.more = bool(scope.cut)
    return found


def for_jobhunter(user, municipalities, today: date) -> DueList:
    """The dashboard: the jobhunter's own clients, overdue or due within the next weeks."""
    horizon = today + timedelta(days=client_rules.SOON_DAYS)
    return collect(Scope(tuple(municipalities), jobhunter_id=user.id, horizon=horizon), today)


def for_client(client: Client, today: date) -> DueList:
    """A client's page: every date that is coming or missed."""
    return collect(Scope((client.municipality_id,), client_id=client.id), today)
