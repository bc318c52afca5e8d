"""Every route in `app.url_map`, requested as anonymous, as each role, and across organisations.

The table `ROUTES` declares for each endpoint who may use it. The test walks the URL map, so a
new route without a line in the table fails `test_every_route_is_declared`; a route whose
behaviour differs from its line fails the walk for that identity, with every mismatch listed.

Rules:
- anonymous: a public route answers as declared; any other route sends to the login page (302).
- a role not in `roles`: 403 (the role decorators), for GET and POST alike.
- a role in `roles`: GET answers the declared status (200 unless said otherwise) for the
  user's own organisation's objects; POST is not sent (it would change the world: its
  behaviour is covered by the feature tests) except where `post_ok` says it is harmless.
- another organisation: for `scoped` routes, the same user asking for organisation B's
  objects gets 404 (GET and POST), as `get_for_user_or_404` promises.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.models import (
    ClientContact,
    ClientDocument,
    ClientPlan,
    ClientProvision,
    ClientTask,
    EmployerContactPerson,
    EmployerFollowUp,
    EnforcementStep,
    EvidenceFile,
    ExitPremium,
    ExitPremiumScheme,
    FollowUp,
    IncentiveAward,
    IncentiveScheme,
    IncentiveTier,
    LkvRate,
    MinimumWage,
    OutboxMail,
    PlanAction,
    SroiPlan,
    SroiPlanLine,
    YouthMinimumWageRate,
)
from app.models.base import utcnow

ROLES = ("admin", "jobhunter", "procurement", "employer")
STAFF = ("admin", "jobhunter", "procurement")
EVERYONE = ROLES


@dataclass(frozen=True)
class Route:
    """Who may use an endpoint, and what they get."""

    roles: tuple[str, ...] = ()  # roles allowed; () with public=True: anyone
    public: bool = False  # no login needed
    anonymous: int = 302  # what anonymous gets (302 = to the login page)
    get: int | dict = 200  # GET status for allowed roles (or {role: status})
    scoped: bool | tuple[str, ...] = False  # another organisation's object is a 404 (for
    # every allowed role, or only for the roles named)
    post_ok: bool = False  # POST by an allowed role is harmless to send
    skip_get: bool = False  # POST-only, or GET would change the world
    notes: str = ""


def jh(**kw):
    return Route(roles=("jobhunter",), **kw)


def emp(**kw):
    return Route(roles=("employer",), **kw)


def proc(**kw):
    return Route(roles=("procurement",), **kw)


def adm(**kw):
    return Route(roles=("admin",), **kw)


def cat(**kw):
    """SROI catalogues: procurement and the beheerder (SPEC §2: admin manages catalogues)."""
    return Route(roles=("procurement", "admin"), **kw)


ROUTES: dict[str, Route] = {
    # public and account
    "static": Route(public=True, anonymous=200, get=200),
    "main.index": Route(public=True, anonymous=302, get=302),
    "main.healthz": Route(public=True, anonymous=200, get=200),
    "main.outbox": adm(notes="only the beheerder's own organisation's mail"),
    "auth.login": Route(public=True, anonymous=200, get=302),
    "auth.two_factor": Route(public=True, anonymous=302, get=302, notes="no marker: to login"),
    "auth.enrol": Route(public=True, anonymous=302, get=302, notes="no marker: to login"),
    "auth.logout": Route(roles=EVERYONE, skip_get=True),
    "auth.accept_invitation": Route(public=True, anonymous=404, get=404, notes="unknown token"),
    "auth.account": Route(roles=EVERYONE),
    "auth.account_enrol": Route(
        roles=EVERYONE, get={"admin": 302, "jobhunter": 302, "procurement": 302, "employer": 200}
    ),
    "auth.account_recovery_codes": Route(roles=EVERYONE, skip_get=True),
    "auth.account_disable": Route(roles=EVERYONE, skip_get=True),
    "auth.change_password": Route(roles=EVERYONE),
    # API tokens (issue 19): only one's own; another user's token is a 404 (tests/app/test_api.py)
    "auth.api_tokens_page": Route(roles=EVERYONE),
    "auth.api_token_revoke": Route(roles=EVERYONE, skip_get=True),
    # The API's document and its page are public; the API itself is walked by
    # tests/app/test_api_authorization.py (tokens instead of sessions, 401 instead of 302).
    "api.openapi_json": Route(public=True, anonymous=200, get=200),
    "api.docs": Route(public=True, anonymous=200, get=200),
    "auth.forgot_password": Route(
        public=True, anonymous=200, get=302, notes="logged in: to the password change"
    ),
    "auth.reset_password": Route(public=True, anonymous=404, get=404, notes="unknown token"),
    # administration
    "admin.home": adm(),
    "admin.users": adm(),
    "admin.unlock_user": adm(skip_get=True),
    "admin.reset_two_factor": adm(skip_get=True),
    "admin.invite_user": adm(),
    "admin.user": adm(),
    "admin.set_user_active": adm(skip_get=True),
    "admin.organisations": adm(),
    "admin.organisation_new": adm(),
    "admin.organisation": adm(),
    "admin.organisation_settings": adm(),
    "admin.minimum_wages": adm(),
    "admin.minimum_wage": adm(),
    "admin.youth_rates_new": adm(),
    "admin.youth_rates": adm(),
    "admin.lkv_rate_new": adm(),
    "admin.lkv_rate": adm(),
    "admin.schemes_page": adm(),
    "admin.incentive_new": adm(),
    "admin.incentive_correct": adm(),
    "admin.incentive_version": adm(),
    "admin.premium_new": adm(),
    "admin.premium_correct": adm(),
    "admin.premium_version": adm(),
    "admin.reference_data": adm(),
    "admin.reference_import_confirm": adm(skip_get=True),
    "admin.jobs_page": adm(),
    "admin.retry_mail": adm(skip_get=True),
    "admin.reranker": adm(),
    "admin.title_corrections": adm(),
    "admin.review_title_correction": adm(skip_get=True),
    "admin.audit_log": adm(),
    "admin.audit_log_export": adm(),
    # jobhunter
    "jobhunter.home": jh(),
    "jobhunter.clients": jh(),
    "jobhunter.client_new": jh(),
    "jobhunter.client": jh(scoped=True),
    "jobhunter.client_edit": jh(scoped=True),
    "jobhunter.client_export": jh(scoped=True),
    "jobhunter.client_export_json": jh(scoped=True),
    "jobhunter.client_export_pdf": jh(scoped=True),
    "jobhunter.client_matches": jh(scoped=True),
    "jobhunter.why": jh(scoped=True),
    "jobhunter.vacancies": jh(),
    "jobhunter.vacancy": jh(notes="jobhunters see every open vacancy"),
    "jobhunter.propose_client": jh(scoped=True),
    "jobhunter.shortlist_add": jh(skip_get=True, notes="clients ticked in the form are scoped"),
    "jobhunter.shortlist_remove": jh(scoped=True, skip_get=True),
    "jobhunter.propose_many_clients": jh(
        skip_get=True, notes="clients ticked in the form are scoped"
    ),
    "jobhunter.proposal_outcome": jh(scoped=True, skip_get=True),
    "jobhunter.occupations_json": jh(),
    "jobhunter.vacancy_occupation": jh(
        skip_get=True, scoped=True, notes="only for employers the jobhunter acts for"
    ),
    "jobhunter.employers": jh(),
    "jobhunter.employer": jh(notes="employers are shared by staff"),
    "jobhunter.invite_employer_user": jh(
        scoped=True, notes="only employers of the jobhunter's municipality or region"
    ),
    # The employer CRM (issue 17): contact persons and the account manager only for employers of
    # the jobhunter's municipality or region; a follow-up, like a contact moment, for any
    # employer the jobhunter sees, and it belongs to the jobhunter's municipality.
    "jobhunter.person_new": jh(scoped=True),
    "jobhunter.person_edit": jh(scoped=True),
    "jobhunter.person_delete": jh(scoped=True, skip_get=True),
    "jobhunter.account_manager": jh(scoped=True, skip_get=True),
    "jobhunter.follow_up_new": jh(skip_get=True, notes="as the employer page"),
    "jobhunter.employer_follow_up_done": jh(scoped=True, skip_get=True),
    "jobhunter.lead_threshold": jh(skip_get=True, notes="the jobhunter's own municipality"),
    "jobhunter.approvals": jh(),
    "jobhunter.approve": jh(skip_get=True),
    "jobhunter.refuse": jh(skip_get=True),
    "jobhunter.campaign": jh(),
    "jobhunter.campaign_activity": jh(skip_get=True),
    "jobhunter.campaign_plan": jh(skip_get=True),
    "jobhunter.leads": jh(),
    "jobhunter.monitor_report": jh(),
    "jobhunter.monitor_export": jh(),
    "jobhunter.placements": jh(),
    "jobhunter.follow_up_done": jh(scoped=True, skip_get=True),
    "jobhunter.incentives": jh(),
    "jobhunter.award_action": jh(scoped=True, skip_get=True),
    "jobhunter.award_confirm": jh(scoped=True, notes="GET shows the working; POST needs a tick"),
    "jobhunter.exit_premium_request": jh(scoped=True, skip_get=True),
    "jobhunter.exit_premium_pay": jh(scoped=True, notes="GET shows the engine's decision"),
    # a client's path (issue 16)
    "jobhunter.exit_new": jh(scoped=True),
    "jobhunter.plan_edit": jh(scoped=True),
    "jobhunter.plan_action_done": jh(scoped=True, skip_get=True),
    "jobhunter.status_new": jh(scoped=True),
    "jobhunter.contact_new": jh(scoped=True),
    "jobhunter.document_download": jh(scoped=True),
    "jobhunter.task_new": jh(scoped=True),
    "jobhunter.task_done": jh(scoped=True, skip_get=True),
    "jobhunter.outreach_start": jh(scoped=True, skip_get=True),
    "jobhunter.provision_new": jh(scoped=True),
    "jobhunter.provision_end": jh(scoped=True, skip_get=True),
    "jobhunter.target_groups_page": jh(),
    "jobhunter.sheltered_target": jh(skip_get=True),
    "jobhunter.monitor_note": jh(skip_get=True),
    # procurement
    "procurement.home": proc(),
    "procurement.contracts": proc(),
    "procurement.contract": proc(scoped=True),
    "procurement.contract_edit": proc(scoped=True),
    "procurement.contract_new": proc(),
    "procurement.contract_import": proc(),
    "procurement.contract_import_confirm": proc(skip_get=True),
    "procurement.suppliers": proc(),
    "procurement.review_queue": proc(),
    "procurement.review_activity": proc(scoped=True),
    "procurement.evidence": proc(scoped=True),
    "procurement.evidence_preview": proc(scoped=True),
    "procurement.review_contract": proc(scoped=True),
    "procurement.catalogues": cat(),
    # Each world side's version belongs to its municipality: another authority's version is a
    # 404 for procurement; a beheerder sees every version.
    "procurement.catalogue": cat(scoped=("procurement",)),
    # The world's catalogue is in use by contracts, so editing it sends to the copy page.
    "procurement.catalogue_edit": cat(get=302, scoped=("procurement",)),
    "procurement.catalogue_copy": cat(scoped=("procurement",)),
    "procurement.catalogue_toml": cat(scoped=("procurement",)),
    "procurement.catalogue_delete": cat(skip_get=True, scoped=("procurement",)),
    "procurement.block_new": cat(get=302, scoped=("procurement",)),
    "procurement.block_edit": cat(get=302, scoped=("procurement",)),
    "procurement.block_delete": cat(skip_get=True, scoped=("procurement",)),
    "procurement.bonus_new": cat(get=302, scoped=("procurement",)),
    "procurement.bonus_edit": cat(get=302, scoped=("procurement",)),
    "procurement.bonus_delete": cat(skip_get=True, scoped=("procurement",)),
    "procurement.settings": proc(),
    # the SROI process (issue 18)
    "procurement.enforcement": proc(scoped=True),
    "procurement.enforcement_letter": proc(scoped=True),
    "procurement.plan_decide": proc(scoped=True, skip_get=True),
    "procurement.policy": proc(),
    "procurement.supplier": proc(notes="suppliers are shared by the region's staff"),
    "procurement.reports": proc(),
    "procurement.report_export": proc(),
    "procurement.digest": proc(),
    "procurement.digest_send": proc(skip_get=True),
    # employer
    "employer.home": emp(),
    "employer.register": Route(
        public=True, anonymous=200, get=302, notes="self-registration; logged-in users go home"
    ),
    "employer.registered": Route(public=True, anonymous=200, get=200),
    "employer.waiting": emp(get=302, notes="an approved employer goes on to the portal"),
    "employer.occupations_json": emp(),
    "employer.vacancies": emp(),
    "employer.vacancy_new": emp(),
    "employer.vacancy": emp(scoped=True),
    "employer.vacancy_edit": emp(scoped=True),
    "employer.vacancy_copy": emp(scoped=True),
    "employer.vacancy_close": emp(scoped=True, skip_get=True),
    "employer.vacancy_reopen": emp(scoped=True, skip_get=True),
    "employer.candidates": emp(),
    "employer.candidate": emp(scoped=True),
    "employer.placements": emp(),
    "employer.placement_new": emp(),
    "employer.placement": emp(scoped=True),
    "employer.placement_end": emp(scoped=True),
    "employer.placement_hours": emp(scoped=True),
    "employer.subsidy_calculator": emp(),
    "employer.contracts": emp(),
    "employer.contract": emp(scoped=True),
    "employer.activity_new": emp(scoped=True),
    "employer.activity": emp(scoped=True),
    "employer.activity_edit": emp(scoped=True),
    "employer.activity_submit": emp(scoped=True, skip_get=True),
    "employer.activity_withdraw": emp(scoped=True),
    "employer.evidence_add": emp(scoped=True, skip_get=True),
    "employer.evidence_download": emp(scoped=True),
    "employer.evidence_delete": emp(scoped=True, skip_get=True),
    "employer.plan": emp(scoped=True),
    "employer.plan_line_delete": emp(scoped=True, skip_get=True),
    "employer.plan_submit": emp(scoped=True, skip_get=True),
    "employer.colleagues": emp(),
    "employer.remove_colleague": emp(
        scoped=True,
        skip_get=True,
        notes="another employer's user is a 404; own: 403 if no beheerder",
    ),
}


def _real_pdf() -> bytes:
    """A one-page PDF that PDFium can draw (the review page's preview of it is a picture)."""
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    return bytes(document.output())


PDF = _real_pdf()
# Fixed values for URL arguments that are not ids.
FIXED_ARGS = {
    "filename": "css/werkbrug.css",
    "token": "onbekende-uitnodiging",
    "fmt": "csv",
    "action": "check",
    "correction_id": 999_999,  # POST-only for the beheerder: the role check comes first
    "step": "toekennen",
    "token_id": 999_999,  # POST-only, and only one's own token
}


@dataclass
class Side:
    """The ids of one organisation's objects, by URL argument name."""

    ids: dict[str, int] = field(default_factory=dict)


def _side(app, world_side, db) -> Side:
    """Organisation objects for every id argument in the URL map."""
    s = world_side
    municipality_id = s.municipality.id
    stored = secrets.token_hex(16)
    folder = Path(app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / stored).write_bytes(PDF)
    evidence = EvidenceFile(
        activity=s.activity,
        filename="bewijs.pdf",
        stored_name=stored,
        content_type="application/pdf",
        size=len(PDF),
        sha256="0" * 64,
        uploaded_at=utcnow(),
    )
    task = FollowUp(
        placement=s.placement,
        kind="first",
        due_date=date(2026, 3, 15),
        jobhunter=s.users["jobhunter"],
    )
    scheme = IncentiveScheme(
        municipality=s.municipality,
        name="Werkvoucher",
        min_hours_per_week=Decimal("12"),
        tiers=[IncentiveTier(months=6, amount=Decimal("2250"))],
    )
    award = IncentiveAward(scheme=scheme, placement=s.placement, state="requested")
    premium_scheme = ExitPremiumScheme(
        municipality=s.municipality, name="Uitstroompremie", amount=Decimal("500")
    )
    premium = ExitPremium(
        scheme=premium_scheme, client=s.client, amount=Decimal("500"), requested_on=date(2026, 4, 1)
    )
    db.session.add_all([evidence, task, award, premium])
    # A client's path (issue 16): a plan with an action, a contact with a document, a task and
    # a provision.
    stored_doc = secrets.token_hex(16)
    (folder / stored_doc).write_bytes(PDF)
    plan = ClientPlan(
        client=s.client,
        agreed_on=date(2026, 3, 1),
        goals="Werkritme opbouwen",
        next_review_on=date(2026, 6, 1),
        actions=[PlanAction(description="Cv bijwerken", due_on=date(2026, 4, 1))],
    )
    contact = ClientContact(client=s.client, contact_on=date(2026, 3, 2), kind="meeting")
    document = ClientDocument(
        client=s.client,
        contact=contact,
        filename="plan.pdf",
        stored_name=stored_doc,
        content_type="application/pdf",
        size=len(PDF),
        sha256="0" * 64,
    )
    client_task = ClientTask(client=s.client, title="Bellen", due_on=date(2026, 4, 1))
    provision = ClientProvision(client=s.client, kind="ips", start_on=date(2026, 3, 1))
    db.session.add_all([plan, contact, document, client_task, provision])
    mail = OutboxMail(
        to="iemand@example.nl",
        subject="Onderwerp",
        body="Tekst",
        organisation_id=municipality_id,
        status="failed",
    )
    db.session.add(mail)
    db.session.flush()
    person = EmployerContactPerson(employer=s.employer, name="Anna de Vries", email="a@example.nl")
    follow_up = EmployerFollowUp(
        employer=s.employer,
        municipality_id=s.municipality.id,
        jobhunter=s.users["jobhunter"],
        due_date=date(2027, 1, 11),
        note="Terugbellen over de vacature",
    )
    step = EnforcementStep(
        contract=s.contract,
        kind="reminder",
        on_date=date(2026, 6, 1),
        deadline=date(2026, 6, 15),
        note="",
        created_by_id=s.users["procurement"].id,
        created_at=utcnow(),
    )
    plan_line = SroiPlanLine(block_code="pw", number=1, start_date=date(2026, 3, 1), profile="")
    sroi_plan = SroiPlan(contract=s.contract, state="draft", note="", decision_note="")
    sroi_plan.lines = [plan_line]
    db.session.add_all([person, follow_up, step, sroi_plan])
    db.session.flush()
    catalogue = s.contract.catalogue
    return Side(
        {
            "client_id": s.client.id,
            "vacancy_id": s.vacancy.id,
            "contract_id": s.contract.id,
            "activity_id": s.activity.id,
            "proposal_id": s.proposal.id,
            "placement_id": s.placement.id,
            "employer_id": s.employer.id,
            "user_id": s.users["employer"].id,
            "evidence_id": evidence.id,
            "task_id": task.id,
            "award_id": award.id,
            "premium_id": premium.id,
            "scheme_id": premium_scheme.id,
            "catalogue_id": catalogue.id,
            "block_id": catalogue.blocks[0].id,
            "bonus_id": catalogue.bonuses[0].id,
            "person_id": person.id,
            "follow_up_id": follow_up.id,
            "action_id": plan.actions[0].id,
            "document_id": document.id,
            "client_task_id": client_task.id,
            "provision_id": provision.id,
            "organisation_id": municipality_id,
            "incentive_scheme_id": scheme.id,
            "premium_scheme_id": premium_scheme.id,
            "mail_id": mail.id,
            "wage_id": _wage(db).id,
            "step_id": step.id,
            "line_id": plan_line.id,
            "youth_id": _youth(db).id,
            "lkv_id": _lkv(db).id,
        }
    )


def _youth(db) -> YouthMinimumWageRate:
    """One minimumjeugdloon row shared by both sides (the table is for the whole installation)."""
    row = db.session.scalars(db.select(YouthMinimumWageRate)).first()
    if row is None:
        row = YouthMinimumWageRate(valid_from=date(2019, 7, 1), age=21, percentage=Decimal(100))
        db.session.add(row)
        db.session.flush()
    return row


def _lkv(db) -> LkvRate:
    """One LKV row shared by both sides."""
    row = db.session.scalars(db.select(LkvRate)).first()
    if row is None:
        row = LkvRate(
            valid_from=date(2026, 1, 1), per_hour=Decimal("1.01"), max_per_year=Decimal(2000)
        )
        db.session.add(row)
        db.session.flush()
    return row


def _wage(db) -> MinimumWage:
    """One minimum-wage row shared by both sides (the table is for the whole installation)."""
    wage = db.session.scalars(db.select(MinimumWage)).first()
    if wage is None:
        wage = MinimumWage(valid_from=date(2026, 1, 1), hourly_amount=Decimal("14.71"))
        db.session.add(wage)
        db.session.flush()
    return wage


def _url(app, rule, side: Side) -> str:
    values = {}
    for argument in rule.arguments:
        if argument in side.ids:
            values[argument] = side.ids[argument]
        elif argument in FIXED_ARGS:
            values[argument] = FIXED_ARGS[argument]
        else:
            raise AssertionError(f"{rule.endpoint}: no value for URL argument {argument!r}")
    with app.test_request_context():
        from flask import url_for

        return url_for(rule.endpoint, **values)


def _rules(app):
    rules = [r for r in app.url_map.iter_rules() if not _is_api(r.endpoint)]
    return sorted(rules, key=lambda r: (r.rule, r.endpoint))


def _methods(rule) -> list[str]:
    return [m for m in ("GET", "POST") if m in rule.methods]


@pytest.fixture
def sides(app, world, db):
    a, b = _side(app, world.a, db), _side(app, world.b, db)
    db.session.commit()
    return a, b


def _is_api(endpoint: str) -> bool:
    """API operations (blueprints api_*): their own walk in tests/app/test_api_authorization.py."""
    return endpoint.startswith("api_")


def test_every_route_is_declared(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules() if not _is_api(rule.endpoint)}
    missing = sorted(endpoints - set(ROUTES))
    assert not missing, f"Routes without a declared expectation in ROUTES: {missing}"
    stale = sorted(set(ROUTES) - endpoints)
    assert not stale, f"ROUTES declares endpoints that no longer exist: {stale}"


def _check(client, method, url, expected, problems, label):
    response = client.open(url, method=method, data={})
    response.close()
    if response.status_code != expected:
        problems.append(f"{label} {method} {url}: {response.status_code}, expected {expected}")
    if expected == 302 and response.status_code == 302 and label == "anonymous":
        location = response.headers.get("Location", "")
        if "/inloggen" not in location and location not in ("/werkgever/aanmelden",):
            problems.append(f"{label} {method} {url}: redirected to {location}, not the login page")
    return response


def test_anonymous(app, sides, client):
    own, _other = sides
    problems: list[str] = []
    for rule in _rules(app):
        route = ROUTES[rule.endpoint]
        url = _url(app, rule, own)
        for method in _methods(rule):
            if route.public:
                if method == "GET":
                    _check(client, method, url, route.anonymous, problems, "anonymous")
                continue
            _check(client, method, url, 302, problems, "anonymous")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("role", ROLES)
def test_each_role(app, sides, world, client, auth, role):
    own, other = sides
    auth.login(f"{role}.a@example.nl")
    problems: list[str] = []
    for rule in _rules(app):
        route = ROUTES[rule.endpoint]
        if route.public:
            if "GET" in rule.methods:
                expected = route.get[role] if isinstance(route.get, dict) else route.get
                _check(client, "GET", _url(app, rule, own), expected, problems, role)
            continue
        allowed = role in route.roles
        for method in _methods(rule):
            url = _url(app, rule, own)
            if not allowed:
                _check(client, method, url, 403, problems, role)
                continue
            if route.scoped is True or role in (route.scoped or ()):
                _check(client, method, _url(app, rule, other), 404, problems, f"{role} (other org)")
            if method == "GET" and not route.skip_get:
                expected = route.get[role] if isinstance(route.get, dict) else route.get
                _check(client, method, url, expected, problems, role)
            elif method == "POST" and route.post_ok:
                _check(client, method, url, 302, problems, role)
    assert not problems, "\n".join(problems)


def test_missing_objects_are_404(app, sides, client, auth):
    """A scoped route with an id that does not exist is a 404 too, never a 500."""
    missing = Side({name: 999_999 for name in sides[0].ids})
    problems: list[str] = []
    for role in ROLES:
        auth.login(f"{role}.a@example.nl")
        for rule in _rules(app):
            route = ROUTES[rule.endpoint]
            if route.scoped is not False and role in route.roles:
                for method in _methods(rule):
                    _check(client, method, _url(app, rule, missing), 404, problems, role)
        auth.logout()
    assert not problems, "\n".join(problems)
