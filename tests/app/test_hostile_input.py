"""Hostile input on every form: random, oversized and odd unicode values and script tags.

For each form the test posts a valid baseline with one field replaced by a hypothesis value and
checks: no server error; no script from the input appears unescaped in the page (whether the
form comes back or the value is stored and shown); and, when the form comes back, the value is
still in it (nothing lost). Each form is also posted as a browser would send it with one field
left out at a time: no server error, and a refused form says why in Dutch. Uploads are tried
with a mismatched type, zero bytes and too big.
"""

from __future__ import annotations

import gc
import io
import re
import warnings
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from app.models import ClientOccupation, EvidenceFile, Proposal, ShortlistEntry, SroiActivity
from app.security import clean_text
from tests.factories import CatalogueFactory, ClientFactory

SCRIPT = "<script>alert(1)</script>"
NASTY = [
    SCRIPT,
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    "javascript:alert(1)",
    "{{ 7*7 }}{% raw %}",
    "'; DROP TABLE clients; --",
    "Zoë Çelik-Ødegård ß ﬁ",
    "\u202eevil\u202c",  # right-to-left override
    "e\u0301\u0301\u0301",  # stacked combining marks
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 👨‍👩‍👧",
    "\x00\x07\x1b[31m",  # control characters
    "\r\n\r\nX-Injected: 1",
    "%s%n%x",
    " ",
    "9" * 400,
    "a" * 20_000,  # far above every field's maximum
]
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300)
HOSTILE = st.one_of(
    st.sampled_from(NASTY),
    TEXT,
    st.builds(lambda a, b: a + SCRIPT + b, TEXT, TEXT),
)
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass
class FormCase:
    """A form: who posts it where, a valid baseline, and the fields to attack."""

    name: str
    role: str | None
    url: str  # format with {client}, {employer}, {vacancy}
    baseline: dict
    fields: list[str]
    echoed: list[str] = field(default_factory=list)  # shown back as typed when re-shown
    stripped: list[str] = field(default_factory=list)  # shown back without outer spaces
    page: str | None = None  # where the form is shown, when not at `url` (POST-only routes)
    answers_in_page: bool = False  # success shows a page (200) instead of redirecting


def _cases(world) -> list[FormCase]:
    a = world.a
    return [
        FormCase(
            "login",
            None,
            "/inloggen",
            {"email": "x@example.nl", "password": "fout"},
            ["email", "password"],
            echoed=[],
        ),
        FormCase(
            "client-new",
            "jobhunter",
            "/jobhunter/werkzoekenden/nieuw",
            {
                "municipality_id": str(a.municipality.id),
                "first_name": "Sjoukje",
                "last_name": "Hoekstra",
                "benefit_type": "participatiewet",
                "jobhunter_id": "0",
                "ladder_step": "",
                "profile": "",
                "education_level": "",
                "language_level": "",
                "max_load": "",
            },
            [
                "first_name",
                "last_name",
                "bsn",
                "postcode",
                "experience",
                "health_notes",
                "exemptions",
                "desired_occupations",
                "skills",
                "certificates",
                "hours_min",
                "max_travel_minutes",
                "birth_date",
                "consent_at",
                "ladder_step",
                "benefit_type",
            ],
            echoed=["experience", "health_notes", "exemptions"],
        ),
        FormCase(
            "client-edit",
            "jobhunter",
            "/jobhunter/werkzoekenden/{client}/bewerken",
            {
                "municipality_id": str(a.municipality.id),
                "first_name": "Sjoukje",
                "last_name": "Hoekstra",
                "benefit_type": "participatiewet",
                "jobhunter_id": "0",
            },
            ["first_name", "experience", "health_notes"],
            echoed=["experience", "health_notes"],
        ),
        FormCase(
            "contact",
            "jobhunter",
            "/jobhunter/werkgevers/{employer}",
            {
                "contact_date": "2026-11-16",
                "channel": "phone",
                "subject": "Kennismaking",
                "outcome": "",
            },
            ["subject", "outcome", "contact_date", "channel"],
            echoed=["outcome"],
        ),
        FormCase(
            "campaign-plan",
            "jobhunter",
            "/jobhunter/campagne/plan",
            {"plan-action_plan": "Plan", "plan-target_new_conversations": "10"},
            ["plan-action_plan", "plan-target_new_conversations", "plan-target_contacts"],
            page="/jobhunter/campagne",
        ),
        FormCase(
            "campaign-activity",
            "jobhunter",
            "/jobhunter/campagne/activiteit",
            {
                "activiteit-date": "2026-11-16",
                "activiteit-kind": "event",
                "activiteit-title": "Ontbijtsessie",
                "activiteit-reach": "40",
                "activiteit-notes": "",
            },
            [
                "activiteit-title",
                "activiteit-notes",
                "activiteit-reach",
                "activiteit-date",
                "activiteit-kind",
            ],
            page="/jobhunter/campagne",
        ),
        FormCase(
            "vacancy-new",
            "employer",
            "/werkgever/vacatures/nieuw",
            {
                "title": "Magazijnmedewerker",
                "kind": "job",
                "paid": "1",
                "description": "Werk",
                "skills": "orderpicken",
                "hours_min": "24",
                "hours_max": "32",
                "postcode": "8471 AB",
                "physical_load": "",
                "education_level": "",
                "language_level": "",
            },
            [
                "title",
                "occupation",
                "description",
                "skills",
                "wished_skills",
                "hours_min",
                "postcode",
                "start_date",
                "kind",
                "paid",
            ],
            echoed=["description"],
        ),
        FormCase(
            "propose",
            "jobhunter",
            "/jobhunter/vacatures/{vacancy}/voorstellen/{client}",
            {"note": "Goede kandidaat"},
            ["note"],
        ),
        FormCase(
            "subsidy-calculator",
            "employer",
            "/werkgever/subsidies",
            {
                "kind": "job",
                "hours_per_week": "32",
                "hourly_wage": "14,71",
                "contract_months": "12",
            },
            ["hours_per_week", "hourly_wage", "wage_value_pct", "benefit_type"],
            answers_in_page=True,
        ),
        FormCase(
            "registration",
            None,
            "/werkgever/aanmelden",
            {
                "company": "Bakkerij Test",
                "kvk": "12345678",
                "sector": "voeding",
                "postcode": "8471 AB",
                "size": "10",
                "name": "Piet",
                "email": "piet@example.nl",
                "municipality": str(a.municipality.id),
                "consent": "y",
            },
            ["company", "kvk", "sector", "postcode", "size", "name", "email", "municipality"],
        ),
        FormCase(
            "account-codes",
            "jobhunter",
            "/account/herstelcodes",
            {"codes-code": "123456"},
            ["codes-code"],
            page="/account",
            answers_in_page=True,
        ),
        FormCase(
            "contract-new",
            "procurement",
            "/inkoop/contracten/nieuw",
            {
                "authority_id": str(a.municipality.id),
                "supplier": a.employer.name,
                "reference": "WSW-2026-009",
                "title": "Schoonmaak gemeentehuis",
                "value": "480.000,00",
                "sroi_percentage": "5",
                "catalogue_id": str(a.contract.catalogue_id),
                "start_date": "01-01-2026",
                "end_date": "31/12/2027",
            },
            [
                "reference",
                "title",
                "value",
                "sroi_percentage",
                "start_date",
                "end_date",
                "supplier",
                "reduction_percentage",
                "penalty_percentage",
            ],
        ),
        FormCase(
            "block-new",
            "procurement",
            "/inkoop/bouwblokken/{catalogue}/blokken/nieuw",
            {"code": "stage", "label": "Stage", "unit": "month", "value": "1.250,50"},
            ["code", "label", "value", "max_years", "benefit_months_min", "benefit_months_max"],
        ),
        FormCase(
            "placement-new",
            "employer",
            "/werkgever/plaatsingen/nieuw",
            {
                "proposal": str(a.invited.id),
                "start_date": "16-11-2026",
                "hours_per_week": "24",
                "contract_type": "temporary",
                "contract_months": "12",
                "hourly_wage": "€ 14,71",
            },
            [
                "start_date",
                "hours_per_week",
                "contract_months",
                "hourly_wage",
                "wage_value_pct",
                "long_hours_reason",
            ],
        ),
        FormCase(
            "propose-many",
            "jobhunter",
            "/jobhunter/vacatures/{vacancy}/voorstellen",
            {"note": "Twee goede kandidaten", "werkzoekende": str(a.client.id)},
            ["note", "werkzoekende"],
            echoed=["note"],
            page="/jobhunter/vacatures/{vacancy}",
        ),
        FormCase(
            "activity-new",
            "employer",
            "/werkgever/social-return/{contract}/activiteiten/nieuw",
            {"block": "wep", "start_date": "01-02-2026", "candidate_description": "Stagiair"},
            ["start_date", "end_date", "hours_per_week", "hours", "amount", "block"],
        ),
        FormCase(
            "invite",
            "jobhunter",
            "/jobhunter/werkgevers/{employer}/uitnodigen",
            {"name": "Anna de Vries", "email": "anna@example.nl"},
            ["name", "email"],
        ),
        FormCase(
            "contact-person",
            "jobhunter",
            "/jobhunter/werkgevers/{employer}/contactpersonen/nieuw",
            {"name": "Anna de Vries", "phone": "0561 123 456", "email": "anna@example.nl"},
            ["name", "job_title", "phone", "email", "newsletter"],
        ),
        FormCase(
            "follow-up",
            "jobhunter",
            "/jobhunter/werkgevers/{employer}/terugbellen",
            {
                "terugbellen-due_date": date.today().isoformat(),
                "terugbellen-note": "Terugbellen in januari",
                "terugbellen-jobhunter_id": str(a.users["jobhunter"].id),
            },
            [
                "terugbellen-due_date",
                "terugbellen-note",
                "terugbellen-jobhunter_id",
                "terugbellen-contact_person_id",
            ],
            page="/jobhunter/werkgevers/{employer}",
        ),
        FormCase(
            "account-manager",
            "jobhunter",
            "/jobhunter/werkgevers/{employer}/accountmanager",
            {"accountmanager-account_manager_id": str(a.users["jobhunter"].id)},
            ["accountmanager-account_manager_id"],
            page="/jobhunter/werkgevers/{employer}",
        ),
        FormCase(
            "lead-threshold",
            "jobhunter",
            "/jobhunter/kansen/drempel",
            {"min_score": "40"},
            ["min_score"],
            page="/jobhunter/kansen",
        ),
        # A client's path (issue 16).
        FormCase(
            "client-contact",
            "jobhunter",
            "/jobhunter/werkzoekenden/{client}/contact",
            {"contact_on": "02-11-2026", "kind": "service_talk", "note": "Gesprek"},
            ["contact_on", "kind", "note"],
            echoed=["note"],
        ),
        FormCase(
            "client-task",
            "jobhunter",
            "/jobhunter/werkzoekenden/{client}/taak",
            {"title": "Bellen", "due_on": "01-12-2026", "remind_on": "", "jobhunter_id": ""},
            ["title", "due_on", "remind_on", "jobhunter_id"],
            stripped=["title"],
        ),
        FormCase(
            "client-plan",
            "jobhunter",
            "/jobhunter/werkzoekenden/{client}/plan",
            {
                "agreed_on": "02-11-2026",
                "goals": "Werkritme",
                "actions-0-description": "Cv bijwerken",
                "actions-0-owner": "client",
                "actions-0-due_on": "01-12-2026",
            },
            [
                "agreed_on",
                "goals",
                "final_goal",
                "support",
                "next_review_on",
                "actions-0-description",
                "actions-0-owner",
                "actions-0-owner_name",
                "actions-0-due_on",
            ],
            echoed=["goals", "final_goal", "support"],
        ),
        FormCase(
            "client-exit",
            "jobhunter",
            "/jobhunter/werkzoekenden/{client}/werk-buiten-portal",
            {
                "kind": "job",
                "employer_id": "0",
                "employer_name": "Bakkerij De Vries",
                "start_date": "02-11-2026",
                "hours_per_week": "24",
            },
            [
                "kind",
                "employer_id",
                "employer_name",
                "employer_kvk",
                "start_date",
                "hours_per_week",
                "hourly_wage",
                "wage_value_pct",
                "contract_end",
                "benefit_end",
            ],
        ),
        FormCase(
            "client-status",
            "jobhunter",
            "/jobhunter/werkzoekenden/{client}/trede",
            {"changed_on": "02-11-2026", "ladder_step": "3", "profile": "", "client_group": ""},
            ["changed_on", "ladder_step", "profile", "client_group"],
        ),
        FormCase(
            "client-provision",
            "jobhunter",
            "/jobhunter/werkzoekenden/{client}/voorziening",
            {"kind": "ips", "provider": "GGZ", "start_on": "02-11-2026"},
            ["kind", "provider", "start_on", "end_on"],
        ),
        # The forms merged with the SROI process, evidence rules, placement rules and the API.
        FormCase(
            "plan-line",
            "employer",
            "/werkgever/social-return/{contract}/plan",
            {"block_code": "inkoop", "number": "1", "start_date": "01-03-2026", "amount": "20.000"},
            [
                "block_code",
                "number",
                "start_date",
                "end_date",
                "hours_per_week",
                "hours",
                "amount",
                "profile",
            ],
            echoed=["profile"],
        ),
        FormCase(
            "enforcement-step",
            "procurement",
            "/inkoop/contracten/{contract}/handhaving",
            {"kind": "reminder", "on_date": "01-12-2026", "deadline": "15-12-2026"},
            ["kind", "on_date", "deadline", "decision", "new_end_date", "note"],
            echoed=["note"],
        ),
        FormCase(
            "sroi-policy",
            "procurement",
            "/inkoop/beleid",
            {"authority_id": str(a.municipality.id), "sroi_policy": "", "sroi_percentage": "5"},
            [
                "authority_id",
                "sroi_policy",
                "sroi_percentage",
                "sroi_threshold_works",
                "sroi_threshold_services",
                "sroi_threshold_supplies",
                "sroi_cap",
                "sroi_award_percentage_max",
                "sroi_penalty_percentage",
            ],
        ),
        FormCase(
            "supplier-contact",
            "procurement",
            "/inkoop/contracten/leveranciers/{employer}",
            {"name": "Anna de Vries"},
            ["name", "job_title", "email", "phone"],
        ),
        FormCase(
            "bulk-review",
            "procurement",
            "/inkoop/beoordelen/contract/{contract}",
            {
                "decision": "reject",
                "reason": "Geen stageovereenkomst ontvangen.",
                "activities": str(a.activity.id),
                f"version-{a.activity.id}": str(a.activity.version),
            },
            ["decision", "reason", "override_reason", "activities", f"version-{a.activity.id}"],
        ),
        FormCase(
            "youth-rates",
            "admin",
            "/beheer/minimumloon/jeugdloon/nieuw",
            {"valid_from": "01-01-2030"},
            ["valid_from", "age_15", "age_18", "age_21", "source"],
        ),
        FormCase(
            "lkv-rate",
            "admin",
            "/beheer/minimumloon/lkv/nieuw",
            {"valid_from": "01-01-2030", "per_hour": "1,01", "max_per_year": "2000"},
            ["valid_from", "per_hour", "max_per_year", "max_years", "source"],
        ),
        FormCase(
            "api-token",
            "employer",
            "/account/api-sleutels",
            {"token-name": "Koppeling", "token-scopes": "vacancies:read", "token-days": "30"},
            ["token-name", "token-scopes", "token-days"],
            answers_in_page=True,
        ),
        FormCase(
            "propose-shortlisted",
            "jobhunter",
            "/jobhunter/vacatures/{vacancy}/voorstellen",
            {"note": "Past goed bij het werk", "werkzoekende": str(a.shortlisted.id)},
            ["note", "werkzoekende"],
            page="/jobhunter/vacatures/{vacancy}",
        ),
    ]


@pytest.fixture
def world(world, db):
    """The shared world, with what these forms need: a client with wishes (so leaving the field
    out of the edit form is noticed) and a catalogue version no contract uses, owned by the
    procurement user's authority (so it is editable)."""
    world.a.client.desired_occupations = [
        ClientOccupation(text="Magazijnmedewerker"),
        ClientOccupation(text="Heftruckchauffeur"),
    ]
    world.a.free_catalogue = CatalogueFactory(owner_id=world.a.municipality.id)
    world.a.invited = Proposal(
        client=ClientFactory(municipality=world.a.municipality),
        vacancy=world.a.vacancy,
        jobhunter=world.a.users["jobhunter"],
        status="invited",
    )
    db.session.add(world.a.invited)
    world.a.shortlisted = ClientFactory(municipality=world.a.municipality)
    db.session.add(
        ShortlistEntry(
            vacancy=world.a.vacancy,
            client=world.a.shortlisted,
            added_by=world.a.users["jobhunter"],
        )
    )
    db.session.commit()
    return world


def _case(world, name) -> FormCase:
    return next(c for c in _cases(world) if c.name == name)


def _url(world, case: FormCase, text: str | None = None) -> str:
    """The case's URL (or `text`, e.g. its page) with the world's ids filled in."""
    a = world.a
    return (text or case.url).format(
        client=a.client.id,
        employer=a.employer.id,
        vacancy=a.vacancy.id,
        contract=a.contract.id,
        catalogue=a.free_catalogue.id,
    )


def _check_page(html: str, value: str) -> None:
    """No markup from the input made it into the page unescaped."""
    for marker in ("<script>alert(1)", "<img src=x onerror", "<svg/onload"):
        if marker in value:
            assert marker not in html, f"unescaped {marker!r} in the page"


def _post(client, url, data):
    response = client.post(url, data=data)
    assert response.status_code < 500, (url, response.status_code)
    return response


FORM_NAMES = [
    "login",
    "client-new",
    "client-edit",
    "contact",
    "campaign-plan",
    "campaign-activity",
    "vacancy-new",
    "propose",
    "subsidy-calculator",
    "registration",
    "account-codes",
    "contract-new",
    "block-new",
    "placement-new",
    "activity-new",
    "invite",
    "contact-person",
    "follow-up",
    "account-manager",
    "lead-threshold",
    "client-contact",
    "client-task",
    "client-plan",
    "client-exit",
    "client-status",
    "client-provision",
    "plan-line",
    "enforcement-step",
    "sroi-policy",
    "supplier-contact",
    "bulk-review",
    "youth-rates",
    "lkv-rate",
    "api-token",
    "propose-shortlisted",
]


@pytest.mark.parametrize("name", FORM_NAMES)
def test_hostile_values_in_every_form(name, world, db, client, auth):
    case = _case(world, name)
    if case.role:
        auth.login(f"{case.role}.a@example.nl")
    url = _url(world, case)

    @SETTINGS
    @given(field_name=st.sampled_from(case.fields), value=HOSTILE)
    def attack(field_name, value):
        data = dict(case.baseline)
        data[field_name] = value
        response = _post(client, url, data)
        html = response.get_data(as_text=True)
        _check_page(html, value)
        assert "X-Injected" not in response.headers
        kept = clean_text(value)
        if response.status_code == 200 and field_name in case.echoed and kept.strip():
            assert (
                str(escape(kept)) in html
                or str(escape(kept.replace("\r\n", "\n"))) in html
                or str(escape(kept.replace("\r", ""))) in html
            ), f"{field_name} lost"
        if response.status_code in (301, 302, 303):
            target = client.get(response.headers["Location"])
            assert target.status_code < 500
            _check_page(target.get_data(as_text=True), value)

    attack()


# --- fields left out ---------------------------------------------------------------------------

# WTForms' own English messages: a user must never see one, every field has a Dutch text.
ENGLISH = re.compile(
    r"This field is required|Not a valid|Invalid (input|Choice|email)|Field must|"
    r"Field cannot|Number must|CSRF token|could not coerce"
)


class _Forms(HTMLParser):
    """The POST forms of a page as a browser would submit them: (action, [(name, value)])."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[tuple[str, list[tuple[str, str]]]] = []
        self._fields: list[tuple[str, str]] | None = None
        self._textarea: list | None = None
        self._select: dict | None = None
        self._option: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._fields = [] if (a.get("method") or "").lower() == "post" else None
            if self._fields is not None:
                self.forms.append((a.get("action") or "", self._fields))
        if self._fields is None or not a.get("name") and tag != "option":
            return
        kind = (a.get("type") or "text").lower()
        if tag == "input" and kind not in ("submit", "button", "image", "reset", "file"):
            if kind not in ("checkbox", "radio") or "checked" in a:
                default = "on" if kind == "checkbox" else ""
                self._fields.append((a["name"], a.get("value") or default))
        elif tag == "textarea":
            self._textarea = [a["name"], ""]
        elif tag == "select":
            self._select = {"name": a["name"], "multiple": "multiple" in a, "all": [], "on": []}
        elif tag == "option" and self._select is not None:
            self._option = {"value": a.get("value"), "text": "", "selected": "selected" in a}

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data
        if self._option is not None:
            self._option["text"] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            self._fields.append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None
        elif tag == "option" and self._option is not None:
            option = self._option
            value = option["value"] if option["value"] is not None else option["text"].strip()
            self._select["all"].append(value)
            if option["selected"]:
                self._select["on"].append(value)
            self._option = None
        elif tag == "select" and self._select is not None:
            chosen = self._select["on"] or (
                self._select["all"][:1] if not self._select["multiple"] else []
            )
            self._fields.extend((self._select["name"], value) for value in chosen)
            self._select = None
        elif tag == "form":
            self._fields = None


def _form_as_sent(html: str, url: str) -> tuple[str, list[tuple[str, str]]]:
    """The form on the page that posts to `url`, with the values the page filled in."""
    reader = _Forms()
    reader.feed(html)
    target = urlsplit(url).path
    for action, fields in reader.forms:
        if (urlsplit(action).path or target) == target:
            return action or url, fields
    raise AssertionError(f"no form posting to {url} on the page")


def _messages(html: str) -> list[str]:
    """The texts the page shows next to fields, in the error summary and as flash messages."""
    found = re.findall(r'<p class="(?:error|flash[^"]*)"[^>]*>(.*?)</p>', html, flags=re.S)
    found += re.findall(r'<div class="error-summary".*?</div>', html, flags=re.S)
    texts = (" ".join(re.sub(r"<[^>]+>", " ", item).split()) for item in found)
    return [text for text in texts if text]


@pytest.mark.parametrize("name", FORM_NAMES)
def test_each_field_left_out_of_every_form(name, world, db, client, auth):
    """A POST without a field (a hostile or broken client) never gives a server error; when the
    form is refused, the page says why in Dutch, and never in WTForms' English."""
    case = _case(world, name)
    if case.role:
        auth.login(f"{case.role}.a@example.nl")
    url = _url(world, case)
    page = client.get(_url(world, case, case.page) if case.page else url)
    assert page.status_code == 200, case.page or url
    action, sent = _form_as_sent(page.get_data(as_text=True), url)
    overridden = set(case.baseline)
    sent = [(k, v) for k, v in sent if k not in overridden] + list(case.baseline.items())
    names = sorted({k for k, _v in sent} - {"csrf_token"})
    assert names, "the form has no fields"
    for left_out in names:
        data = {}
        for key, value in sent:
            if key != left_out:
                data.setdefault(key, []).append(value)
        response = _post(client, action, data)
        html = response.get_data(as_text=True)
        assert not ENGLISH.search(html), (left_out, ENGLISH.search(html).group(0))
        if response.status_code in (301, 302, 303):
            target = client.get(response.headers["Location"])
            assert target.status_code < 500, left_out
            assert not ENGLISH.search(target.get_data(as_text=True)), left_out
        elif response.status_code == 400 or not case.answers_in_page:
            assert response.status_code in (200, 400), (left_out, response.status_code)
            assert _messages(html), f"without {left_out} the form came back without a message"


def test_stored_script_is_shown_escaped_everywhere(world, db, client, auth):
    """A script saved in a client's texts is harmless on the pages that show it."""
    c = world.a.client
    c.first_name = SCRIPT
    c.experience = '"><img src=x onerror=alert(1)>'
    c.health_notes = SCRIPT
    world.a.vacancy.title = SCRIPT
    world.a.employer.name = SCRIPT
    db.session.commit()
    pages = {
        "jobhunter": [
            f"/jobhunter/werkzoekenden/{c.id}",
            "/jobhunter/werkzoekenden",
            f"/jobhunter/werkzoekenden/{c.id}/bewerken",
            f"/jobhunter/vacatures/{world.a.vacancy.id}",
            "/jobhunter/werkgevers",
            f"/jobhunter/werkzoekenden/{c.id}/inzage",
        ],
        "employer": [
            "/werkgever/vacatures",
            f"/werkgever/vacatures/{world.a.vacancy.id}",
            "/werkgever/kandidaten",
            "/werkgever/",
        ],
        "admin": ["/beheer/auditlog", "/beheer/organisaties"],
    }
    for role, paths in pages.items():
        auth.login(f"{role}.a@example.nl")
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            html = response.get_data(as_text=True)
            assert "<script>alert(1)" not in html and "<img src=x onerror" not in html, path
        auth.logout()


def test_values_are_kept_when_the_form_comes_back(world, client, auth):
    """A long, odd value next to an error is shown again exactly (nothing lost)."""
    auth.login("jobhunter.a@example.nl")
    experience = 'Tien jaar bij "De Vries & Zn" <b>vet</b>\nZoë 😀 \u202e'
    response = client.post(
        "/jobhunter/werkzoekenden/nieuw",
        data={
            "municipality_id": str(world.a.municipality.id),
            "first_name": "",
            "last_name": "X" * 151,
            "benefit_type": "participatiewet",
            "experience": experience,
            "jobhunter_id": "0",
        },
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Vul de voornaam in." in html
    assert str(escape(experience)) in html
    assert "X" * 151 in html


def test_query_strings_are_hostile_too(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    for value in NASTY:
        for path in (
            "/jobhunter/werkzoekenden",
            "/jobhunter/vacatures",
            "/jobhunter/beroepen.json",
            f"/jobhunter/werkzoekenden/{world.a.client.id}/vacatures",
            "/jobhunter/monitor",
            "/jobhunter/campagne",
            "/jobhunter/kansen",
            "/jobhunter/premies",
            "/jobhunter/plaatsingen",
            "/jobhunter/werkgevers",
        ):
            response = client.get(
                path,
                query_string={
                    "q": value,
                    "pagina": value,
                    "max_km": value,
                    "hours": value,
                    "kind": value,
                    "gemeente": value,
                    "jaar": value,
                    "ladder_step": value,
                    "municipality_id": value,
                },
            )
            assert response.status_code < 500, (path, value)
            assert "<script>alert(1)" not in response.get_data(as_text=True)
    auth.logout()
    auth.login("admin.a@example.nl")
    for value in NASTY:
        response = client.get(
            "/beheer/auditlog",
            query_string={
                "who": value,
                "object_type": value,
                "object_id": value,
                "action": value,
                "date_from": value,
                "date_to": value,
                "pagina": value,
            },
        )
        assert response.status_code == 200
        assert "<script>alert(1)" not in response.get_data(as_text=True)


def test_nul_characters_never_reach_the_database(world, db, client, auth):
    """PostgreSQL refuses NUL in text; the request strips control characters first."""
    auth.login("jobhunter.a@example.nl")
    response = client.post(
        f"/jobhunter/werkgevers/{world.a.employer.id}",
        data={
            "contact_date": "2026-11-16",
            "channel": "phone",
            "subject": "Ken\x00nis\x07making",
            "outcome": "Goed\x00 gesprek\tmet\r\nafspraken",
        },
    )
    assert response.status_code in (200, 302)
    from app.models import EmployerContact

    contact = db.session.scalars(db.select(EmployerContact)).one()
    assert contact.subject == "Kennismaking"
    assert "\x00" not in contact.outcome and "\t" in contact.outcome


# --- uploads ---------------------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _collect_spooled_uploads():
    """The test client spools big request bodies to temporary files; a refused upload leaves
    them to the garbage collector. Collect them after each test here, not in a later one."""
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.fixture
def draft_activity(world, db):
    activity = SroiActivity(
        contract=world.a.contract, block_code="wep", start_date=date(2026, 2, 1), state="draft"
    )
    db.session.add(activity)
    db.session.commit()
    return activity


def _upload(client, activity, name, content, content_type="application/pdf"):
    return client.post(
        f"/werkgever/social-return/activiteiten/{activity.id}/bewijs",
        data={"evidence_kind": "overig", "evidence": (io.BytesIO(content), name, content_type)},
        content_type="multipart/form-data",
    )


def _stored(db, activity):
    db.session.expire_all()
    return db.session.scalars(
        db.select(EvidenceFile).where(EvidenceFile.activity_id == activity.id)
    ).all()


@pytest.mark.parametrize(
    "name, content, content_type",
    [
        ("contract.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf"),  # an executable
        ("foto.png", b"<html><script>alert(1)</script></html>", "image/png"),  # HTML as image
        ("scan.jpg", PDF[:3] + b"X" * 50, "image/jpeg"),  # almost a PDF
        ("leeg.pdf", b"", "application/pdf"),  # zero bytes
        ("<script>.pdf", b"\x00" * 10, "application/pdf"),
    ],
)
def test_refused_uploads(draft_activity, db, client, auth, name, content, content_type):
    auth.login("employer.a@example.nl")
    response = _upload(client, draft_activity, name, content, content_type)
    assert response.status_code in (200, 302)
    page = client.get(f"/werkgever/social-return/activiteiten/{draft_activity.id}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "<script>" not in html.split("<main", 1)[-1]
    assert _stored(db, draft_activity) == []


def test_too_big_upload_is_refused_without_a_500(app, draft_activity, db, client, auth):
    from app.services.evidence_files import MAX_BYTES

    auth.login("employer.a@example.nl")
    response = _upload(client, draft_activity, "groot.pdf", PDF + b"0" * MAX_BYTES)
    assert response.status_code in (200, 302)
    assert _stored(db, draft_activity) == []
    limit = app.config["MAX_CONTENT_LENGTH"]
    huge = _upload(client, draft_activity, "enorm.pdf", PDF + b"0" * limit)
    assert huge.status_code == 413
    assert "Het bestand is te groot." in huge.get_data(as_text=True)
    assert _stored(db, draft_activity) == []


def test_a_good_upload_still_works(draft_activity, db, client, auth):
    auth.login("employer.a@example.nl")
    _upload(client, draft_activity, "../../etc/passwd\x00.pdf", PDF)
    stored = _stored(db, draft_activity)
    assert len(stored) == 1
    assert "/" not in stored[0].filename and "\x00" not in stored[0].filename
    assert re.fullmatch(r"[0-9a-f]{32}", stored[0].stored_name)
