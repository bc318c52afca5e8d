"""Demo data for the employer CRM (issue 17): account managers, contact persons (some with
newsletter consent), follow-ups (one overdue, one due this week, one "terugbellen in januari"),
and banenafspraak placements at one larger employer so its quota count shows.

Called by `seed_demo` with the employers and jobhunters it made; deterministic (its own seeded
generator, employers in id order) and idempotent (nothing happens when contact persons exist).
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from app.extensions import db
from app.models import (
    Client,
    Employer,
    EmployerContactPerson,
    EmployerFollowUp,
    FollowUp,
    Placement,
    PlacementHours,
    User,
)

SEED = 17
FIRST_NAMES = [
    "Anneke",
    "Douwe",
    "Geert",
    "Hiltje",
    "Jelmer",
    "Klaske",
    "Marten",
    "Nynke",
    "Pieter",
    "Rixt",
    "Sjoerd",
    "Tjitske",
    "Wietse",
    "Ytsje",
]
LAST_NAMES = [
    "de Boer",
    "Bakker",
    "Visser",
    "van der Meer",
    "Dijkstra",
    "Hoekstra",
    "Postma",
    "Jansma",
    "Kuipers",
    "Zijlstra",
]
JOB_TITLES = [
    "Eigenaar",
    "HR-adviseur",
    "Bedrijfsleider",
    "Directeur",
    "Personeelszaken",
    "Vestigingsmanager",
]
AREA_CODES = {"Gemeente Weststellingwerf": "0561", "Gemeente Smallingerland": "0512"}


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", plain.lower()) or "bedrijf"


def _person(rng: random.Random, employer: Employer, consent_on: date | None):
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    municipality = employer.municipality.name if employer.municipality else ""
    if rng.random() < 0.4:
        phone = f"06 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}"
    else:
        area = AREA_CODES.get(municipality, "058")
        phone = f"{area} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    email = f"{_slug(first)}.{_slug(last)}@{_slug(employer.name)[:30]}.example"
    return EmployerContactPerson(
        employer=employer,
        name=f"{first} {last}",
        job_title=rng.choice(JOB_TITLES),
        phone=phone,
        email=email,
        newsletter_consent_at=consent_on,
    )


def seed_crm(employers: list[Employer], jobhunters: dict[str, User], today: date) -> None:
    """Add the CRM demo data unless it is there already (not committed)."""
    if db.session.scalar(db.select(db.func.count(EmployerContactPerson.id))):
        return
    rng = random.Random(SEED)
    employers = sorted(employers, key=lambda e: e.id)
    people: dict[int, list[EmployerContactPerson]] = {}
    for number, employer in enumerate(employers):
        jobhunter = jobhunters.get(employer.municipality.name) if employer.municipality else None
        if jobhunter is not None and number % 3 != 2:
            employer.account_manager = jobhunter
        if number % 4 == 3:
            continue  # some employers have no contact person yet
        count = 2 if employer.size and employer.size > 25 else 1
        for k in range(count):
            consent = today - timedelta(days=30 + 17 * number) if (number + k) % 3 == 0 else None
            person = _person(rng, employer, consent)
            db.session.add(person)
            people.setdefault(employer.id, []).append(person)
    db.session.flush()
    _follow_ups(employers, jobhunters, people, today)
    _quota_placements(employers, today)


def _follow_ups(employers, jobhunters, people, today: date) -> None:
    plans = [
        (-3, "Terugbellen: offerte voor een werkervaringsplek in de productie besproken."),
        (2, "Terugbellen over de vacature voor een orderpicker: is die al vervuld?"),
        (5, "Langsgaan met de folder over de no-riskpolis en loonkostensubsidie."),
        (None, "Terugbellen in januari: nieuwe vacatures voor het voorjaar."),
    ]
    for municipality, jobhunter in sorted(jobhunters.items()):
        own = [e for e in employers if e.municipality and e.municipality.name == municipality]
        for index, (days, note) in enumerate(plans):
            employer = own[(index * 3 + 1) % len(own)]
            due = date(today.year + 1, 1, 12) if days is None else today + timedelta(days=days)
            persons = people.get(employer.id, [])
            db.session.add(
                EmployerFollowUp(
                    employer=employer,
                    municipality_id=employer.municipality_id,
                    jobhunter=jobhunter,
                    created_by_id=jobhunter.id,
                    contact_person=persons[0] if persons else None,
                    due_date=due,
                    note=note,
                )
            )


def _quota_placements(employers, today: date) -> None:
    """Two banenafspraak employees (one with more hours since a quarter ago) and one who left,
    at the first larger Weststellingwerf employer that is not the demo employer's account."""
    employer = next(
        (
            e
            for e in employers[1:]
            if e.size and e.size > 25 and e.municipality.name.endswith("Weststellingwerf")
        ),
        None,
    )
    if employer is None:
        return
    clients = db.session.scalars(
        db.select(Client)
        .where(
            Client.municipality_id == employer.municipality_id,
            Client.banenafspraak.is_(True),
            Client.consent_at.is_(None),  # arranged directly: not in the candidate pools
            Client.case_closed_at.is_(None),
        )
        .order_by(Client.id)
        .limit(3)
    ).all()
    plans = [
        (today - timedelta(days=420), None, Decimal("24"), Decimal("28")),
        (today - timedelta(days=150), None, Decimal("20"), None),
        (today - timedelta(days=700), today - timedelta(days=200), Decimal("25.5"), None),
    ]
    for client, (start, end, hours, later_hours) in zip(clients, plans, strict=False):
        placement = Placement(
            client=client,
            employer=employer,
            kind="job",
            start_date=start,
            end_date=end,
            hours_per_week=hours,
            contract_type="permanent",
            hourly_wage=Decimal("14.71"),
            outcome="ended" if end else "",
        )
        if later_hours is not None:
            placement.hour_changes = [
                PlacementHours(from_date=today - timedelta(days=90), hours_per_week=later_hours)
            ]
        placement.follow_ups = [
            FollowUp(
                jobhunter_id=client.jobhunter_id,
                kind=kind,
                due_date=start + timedelta(days=days),
                done_at=datetime.combine(start + timedelta(days=days), time(10), UTC),
                note="Gaat goed; werkgever tevreden.",
            )
            for kind, days in (("call", 14), ("second_contact", 42))
        ]
        db.session.add(placement)
