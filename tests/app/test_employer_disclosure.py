"""Issue 12, finding 2: nothing an employer reads names a proposed candidate's benefit type, a
benefit date, a ladder step, a profile or an indication (AVG art. 9: WIA and Wajong are health
data). The employer learns which schemes apply and the amounts, in neutral words.

The test puts a candidate on every benefit type (with unusual benefit dates) through employer A's
vacancy, places them, and walks every employer page, the subsidy calculator at several start
dates and the SROI activity form. What an employer types or chooses from (labels and choice
lists of forms, such as the calculator's own anonymous-profile questions) is not a disclosure
and is left out of the word search; the catalogue's block labels are neutral here for the same
reason (the employer picks the block of an activity).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import ClientOccupation, IncentiveScheme, IncentiveTier, MinimumWage, Proposal
from app.models.choices import LADDER_STEPS, PROFILES
from tests.factories import ClientFactory

BENEFITS = ("participatiewet", "ww", "wia", "wajong", "nug", "anw", "ioaw")
TODAY = date.today()
FORBIDDEN = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bParticipatiewet\b",
        r"\bbijstand\b",
        r"\bWW\b",
        r"\bWIA\b",
        r"\bWAO\b",
        r"\bWajong\b",
        r"\bnug\b",
        r"\bAnw\b",
        r"\bIOAW\b",
        r"geen uitkering",
        r"uitkeringsduur",
        r"regelt UWV",
        r"beschut",
        r"doelgroepregister",
        r"participatieladder",
        r"geïsoleerd",
        r"sociale contacten buitenshuis",
        r"georganiseerde activiteiten",
        r"uitstroom binnen",
        r"aandachtsgroep",
        *(re.escape(str(label)) for label in (*LADDER_STEPS.values(), *PROFILES.values())),
    )
]
# Pages that hold no candidate data or are not HTML.
NOT_WALKED = {
    "employer.register",
    "employer.registered",
    "employer.waiting",
    "employer.occupations_json",
    "employer.evidence_download",
}


def _visible_text(html: str) -> str:
    """The page's words without the choices and questions of its forms."""
    html = re.sub(r"<select\b.*?</select>", " ", html, flags=re.DOTALL)
    html = re.sub(r"<label\b.*?</label>", " ", html, flags=re.DOTALL)
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", " ", html)


def _dates(day: date) -> list[str]:
    return [day.strftime("%d-%m-%Y"), day.isoformat(), day.strftime("%-d-%-m-%Y")]


@pytest.fixture
def candidates(world, db, auth):
    """Employer A with one placed candidate on every benefit type, and a werkvoucher scheme."""
    from app.services import placement_lifecycle as placement_service

    a = world.a
    db.session.add(MinimumWage(valid_from=date(2020, 1, 1), hourly_amount=Decimal("14.40")))
    db.session.add(
        IncentiveScheme(
            municipality=a.municipality,
            name="Werkvoucher",
            min_hours_per_week=Decimal("24"),
            eligible_benefits=["participatiewet"],
            min_contract_months=6,
            tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
        )
    )
    for block in a.contract.catalogue.blocks:
        block.label = f"Bouwblok {block.code}"
    a.vacancy.hours_min, a.vacancy.hours_max = Decimal("24"), Decimal("32")
    people = []
    for number, benefit in enumerate(BENEFITS):
        client = ClientFactory(
            municipality=a.municipality,
            jobhunter=a.users["jobhunter"],
            benefit_type=benefit,
            benefit_start=TODAY - timedelta(days=431 + 11 * number),
            benefit_end=TODAY + timedelta(days=97 + 11 * number) if number % 2 else None,
            ladder_step=3,
            profile=4,
            banenafspraak=benefit == "wajong",
            sheltered_work=benefit == "wia",
            desired_occupations=[ClientOccupation(text="magazijnmedewerker")],
        )
        proposal = Proposal(client=client, vacancy=a.vacancy, jobhunter=a.users["jobhunter"])
        db.session.add(proposal)
        db.session.flush()
        placement = placement_service.register_start(
            proposal,
            start_date=TODAY - timedelta(days=20),
            hours_per_week=Decimal("32"),
            contract_type="temporary",
            contract_months=12,
            hourly_wage=Decimal("15.00"),
            wage_value_pct=Decimal("60"),
            jobcoach=False,
            contract=None,
            user=None,
        )
        db.session.flush()
        people.append((client, proposal, placement))
    db.session.commit()
    auth.login("employer.a@example.nl")
    return a, people


def _problems(url: str, html: str, people) -> list[str]:
    found = []
    text = _visible_text(html)
    for pattern in FORBIDDEN:
        match = pattern.search(text)
        if match:
            start = max(match.start() - 60, 0)
            found.append(
                f"{url}: {match.group(0)!r} in …{' '.join(text[start : match.end() + 60].split())}…"
            )
    for client, _proposal, _placement in people:
        for day in (client.benefit_start, client.benefit_end):
            if day is None:
                continue
            for shown in _dates(day):
                if shown in html:
                    found.append(f"{url}: benefit date {shown} of {client.pseudonym}")
    for selected in re.findall(
        r'<select[^>]*name="benefit_type".*?</select>', html, flags=re.DOTALL
    ):
        if re.search(r'<option selected value="[^"]+"|value="[^"]+" selected', selected):
            found.append(f"{url}: the calculator's benefit question is filled in for the employer")
    return found


def _calculate(client, proposal, start: date | None):
    return client.post(
        "/werkgever/subsidies",
        data={
            "proposal": str(proposal.id),
            "kind": "job",
            "hours_per_week": "32",
            "hourly_wage": "15,00",
            "wage_value_pct": "60",
            "contract_months": "12",
            "start_date": start.strftime("%d-%m-%Y") if start else "",
        },
    ).get_data(as_text=True)


def test_no_employer_page_names_a_benefit_or_its_dates(app, candidates, client):
    a, people = candidates
    ids = {
        "vacancy_id": [a.vacancy.id],
        "proposal_id": [p.id for _c, p, _pl in people],
        "placement_id": [pl.id for _c, _p, pl in people],
        "contract_id": [a.contract.id],
        "activity_id": [a.activity.id],
    }
    problems, walked = [], set()
    with app.test_request_context():
        from flask import url_for

        for rule in app.url_map.iter_rules():
            if not rule.endpoint.startswith("employer.") or rule.endpoint in NOT_WALKED:
                continue
            if "GET" not in rule.methods:
                continue
            argument = next(iter(rule.arguments), None)
            for value in ids[argument] if argument else [None]:
                url = url_for(rule.endpoint, **({argument: value} if argument else {}))
                response = client.get(url)
                assert response.status_code == 200, url
                problems += _problems(url, response.get_data(as_text=True), people)
                walked.add(rule.endpoint)
        for _client, proposal, _placement in people:
            url = url_for("employer.subsidy_calculator", voorstel=proposal.id)
            problems += _problems(url, client.get(url).get_data(as_text=True), people)
    assert {"employer.candidate", "employer.placement", "employer.subsidy_calculator"} <= walked
    assert not problems, "\n".join(problems)


def test_the_calculator_names_no_benefit_at_any_start_date(candidates, client):
    _a, people = candidates
    problems = []
    for person, proposal, _placement in people:
        starts = [None, TODAY + timedelta(days=14)]
        for edge in (person.benefit_start, person.benefit_end):
            if edge is not None:  # either side of it, as someone bisecting would
                starts += [edge - timedelta(days=1), edge + timedelta(days=1)]
        for start in starts:
            html = _calculate(client, proposal, start)
            assert "Regelingen die u kunt krijgen" in html or "Niet van toepassing" in html
            problems += _problems(f"calculator {person.benefit_type} {start}", html, people)
    assert not problems, "\n".join(problems)


def _outcome(html: str) -> list[tuple[str, str]]:
    """(scheme, 'ja'/'nee') for every line of the answer, in order."""
    result = html[html.index('id="uitkomst"') :]
    names = re.findall(r'<th scope="row">([^<]+)</th>', result)
    rows = [(n.strip(), "ja") for n in names if "Totaal" not in n]
    missing = re.findall(r"<li><strong>([^<]+)</strong>:", result)
    return sorted(rows + [(n.strip(), "nee") for n in missing])


def test_moving_the_start_date_reveals_no_benefit_date(candidates, client):
    """Bisection: answers on either side of a benefit's start or end are the same schemes."""
    _a, people = candidates
    for person, proposal, _placement in people:
        edges = [person.benefit_start] + ([person.benefit_end] if person.benefit_end else [])
        for edge in edges:
            before = _outcome(_calculate(client, proposal, edge - timedelta(days=1)))
            after = _outcome(_calculate(client, proposal, edge + timedelta(days=1)))
            assert before == after, (person.benefit_type, edge, before, after)


def test_the_activity_form_suggests_no_block_from_the_candidates_benefit(candidates, client):
    """The block an engine would pick for a candidate is the benefit in other words."""
    a, people = candidates
    url = f"/werkgever/social-return/{a.contract.id}/activiteiten/nieuw"
    chosen = set()
    for _person, _proposal, placement in people:
        html = client.post(
            url,
            data={
                "candidate": f"plaatsing-{placement.id}",
                "start_date": TODAY.strftime("%d-%m-%Y"),
                "hours_per_week": "24",
                "suggest": "1",
            },
        ).get_data(as_text=True)
        block = re.search(r'<select[^>]*name="block".*?</select>', html, flags=re.DOTALL).group(0)
        picked = re.search(r'<option selected value="([^"]*)"|value="([^"]*)" selected', block)
        chosen.add(next((g for g in picked.groups() if g), "") if picked else "")
        assert "Voorstel van het rekenmodel" not in html
    assert chosen == {""}
