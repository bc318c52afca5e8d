"""A realistic, deterministic demo region: Weststellingwerf and Smallingerland (Friesland).

Same anchor date, same data: names, BSNs (from the 9999… test range, elfproef-valid), KvK
numbers, vacancies and contracts come from a seeded random generator. Loading twice changes
nothing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from app.extensions import db
from app.models import (
    Campaign,
    CampaignActivity,
    Client,
    ClientOccupation,
    Employer,
    EmployerContact,
    ExitPremiumScheme,
    IncentiveScheme,
    IncentiveTier,
    MinimumWage,
    Occupation,
    Organisation,
    Proposal,
    User,
    Vacancy,
)
from app.security import hash_password
from app.seed.demo_client_path import seed_client_paths
from app.seed.demo_crm import seed_crm
from app.seed.demo_sroi import add_contracts
from app.seed.demo_sroi_process import add_sroi_contact, seed_sroi_process
from app.seed.demo_words import (
    BENEFITS,
    DECORATIONS,
    DEMO_OCCUPATIONS,
    EMPLOYER_WORDS,
    FIRST_NAMES,
    HOURS,
    LAST_NAMES,
    LICENCES,
    MEANT,
    OCCUPATIONS,
    PLACE_NAMES,
    SCHOONMAAK,
)
from app.services.catalogue_presets import ensure_preset_catalogues

DEMO_PASSWORD = "werkbrug-demo-2026"  # noqa: S105 - published demo password, demo data only
SEED = 2026

MUNICIPALITIES = {
    "Gemeente Weststellingwerf": [
        "8471",
        "8472",
        "8474",
        "8475",
        "8476",
        "8477",
        "8478",
        "8479",
        "8481",
        "8485",
        "8391",
        "8392",
        "8393",
        "8394",
        "8395",
        "8396",
    ],
    "Gemeente Smallingerland": [
        "9201",
        "9202",
        "9203",
        "9204",
        "9205",
        "9206",
        "9207",
        "9211",
        "9212",
        "9213",
        "9214",
        "9216",
        "9217",
        "9218",
        "9221",
        "9222",
    ],
}

ACCOUNTS = [
    ("beheer@demo.werkbrug.nl", "Anke Dijkstra", "admin", "Gemeente Weststellingwerf"),
    ("jobhunter@demo.werkbrug.nl", "Sietse Hoekstra", "jobhunter", "Gemeente Weststellingwerf"),
    (
        "jobhunter.smallingerland@demo.werkbrug.nl",
        "Marije Postma",
        "jobhunter",
        "Gemeente Smallingerland",
    ),
    ("inkoop@demo.werkbrug.nl", "Jelle Terpstra", "procurement", "Gemeente Weststellingwerf"),
]
EMPLOYER_ACCOUNT = "werkgever@demo.werkbrug.nl"


@dataclass
class SeedResult:
    created: bool
    accounts: list[tuple[str, str]] = field(default_factory=list)
    summary: str = ""


def demo_bsn(rng: random.Random) -> str:
    """A BSN from the 9999… range used for testing, passing the elfproef."""
    while True:
        digits = "9999" + "".join(str(rng.randrange(10)) for _ in range(4))
        total = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10:
            return digits + str(check)


def _postcode(rng: random.Random, municipality: str) -> str:
    letters = "ABCDEFGHJKLMNPRTVWXZ"
    return f"{rng.choice(MUNICIPALITIES[municipality])} {rng.choice(letters)}{rng.choice(letters)}"


def _occupation_index() -> dict[str, Occupation]:
    """The demo's labels (`OCCUPATIONS`, `SCHOONMAAK`) to their ESCO occupation; empty without
    a taxonomy. A label means the occupation with that preferred label, or the one `MEANT`
    names: never whichever occupation happens to list it as an alternative."""
    return {
        label: occupation
        for label, occupation_id in demo_occupation_ids().items()
        if (occupation := db.session.get(Occupation, occupation_id)) is not None
    }


def demo_occupation_ids() -> dict[str, int]:
    """`{demo label: occupation id}` for the labels whose occupation is in the database (also
    used by `flask seed-scale`)."""
    meant = {label: MEANT.get(label, label) for label, _sector, _skills in DEMO_OCCUPATIONS}
    rows = db.session.execute(
        db.select(Occupation.preferred_label, Occupation.id).where(
            db.func.lower(Occupation.preferred_label).in_(set(meant.values()))
        )
    ).all()
    by_label = {preferred.lower(): occupation_id for preferred, occupation_id in rows}
    return {label: by_label[want] for label, want in meant.items() if want in by_label}


def _accounts() -> list[tuple[str, str]]:
    return [(email, role) for email, _n, role, _o in ACCOUNTS] + [(EMPLOYER_ACCOUNT, "employer")]


def seed_demo(today: date) -> SeedResult:
    """Load the demo region unless it is there already."""
    exists = db.session.execute(
        db.select(User).where(User.email == ACCOUNTS[0][0])
    ).scalar_one_or_none()
    if exists is not None:
        return SeedResult(created=False, accounts=_accounts())
    rng = random.Random(SEED)
    orgs = {name: Organisation(kind="municipality", name=name) for name in MUNICIPALITIES}
    orgs["Gemeente Weststellingwerf"].sroi_threshold = Decimal("50000")
    _dashboard_texts(orgs)
    # No four-eyes amount (`four_eyes_threshold`) in the demo: each municipality has a single
    # jobhunter, who could then not pay out a werkvoucher alone. An admin sets it per
    # municipality under Beheer, Organisaties, Instellingen.
    province = Organisation(
        kind="authority", name="Provincie Fryslân", sroi_threshold=Decimal("100000")
    )
    db.session.add_all([*orgs.values(), province])
    password_hash = hash_password(DEMO_PASSWORD)
    users = {
        email: User(
            email=email, name=name, role=role, organisation=orgs[org], password_hash=password_hash
        )
        for email, name, role, org in ACCOUNTS
    }
    db.session.add_all(users.values())
    occupations = _occupation_index()
    catalogues = ensure_preset_catalogues()

    employers = _employers(rng, orgs)
    employers[0].organisation.name = employers[0].name
    db.session.add(
        User(
            email=EMPLOYER_ACCOUNT,
            name="Hylke Bosma",
            role="employer",
            organisation=employers[0].organisation,
            password_hash=password_hash,
            company_admin=True,
        )
    )
    vacancies = _vacancies(rng, employers, occupations, today)
    jobhunters = {
        "Gemeente Weststellingwerf": users["jobhunter@demo.werkbrug.nl"],
        "Gemeente Smallingerland": users["jobhunter.smallingerland@demo.werkbrug.nl"],
    }
    clients = _clients(rng, orgs, jobhunters, occupations, today)
    _schemes(orgs)
    _minimum_wages()
    db.session.flush()
    _proposals_and_placements(rng, clients, vacancies, today)
    contracts = add_contracts(
        orgs, province, employers, catalogues, users["inkoop@demo.werkbrug.nl"], today
    )
    db.session.flush()
    contracts.append(
        seed_sroi_process(
            orgs["Gemeente Weststellingwerf"],
            employers,
            contracts,
            catalogues,
            users["inkoop@demo.werkbrug.nl"],
            today,
        )
    )
    _relations(rng, orgs, employers, jobhunters, today)
    seed_crm(employers, jobhunters, today)
    add_sroi_contact(employers)
    paths = seed_client_paths(clients, jobhunters, today)
    db.session.commit()
    summary = (
        f"Demoregio geladen: {len(orgs)} gemeenten, {len(employers)} werkgevers, {len(clients)} "
        f"werkzoekenden ({paths}), {len(vacancies)} vacatures, {len(contracts)} SROI-contracten"
        + ("" if occupations else " (zonder beroepenlijst: vacatures zijn niet aan ESCO gekoppeld)")
        + "."
    )
    return SeedResult(created=True, accounts=_accounts(), summary=summary)


def _employers(rng: random.Random, orgs: dict[str, Organisation]) -> list[Employer]:
    sectors = [sector for _l, sector, _s in OCCUPATIONS] + ["schoonmaak"] * 3
    employers: list[Employer] = []
    used_kvk: set[str] = set()
    names: set[str] = set()
    municipality_names = list(MUNICIPALITIES)
    while len(employers) < 40:
        sector = sectors[len(employers) % len(sectors)]
        municipality = municipality_names[len(employers) % 2]
        name = f"{rng.choice(EMPLOYER_WORDS[sector])} {rng.choice(LAST_NAMES)}"
        if len(employers) % 3 == 0:
            name += f" {PLACE_NAMES[municipality]}"
        if name in names:
            continue
        kvk = str(rng.randrange(10_000_000, 99_999_999))
        if kvk in used_kvk:
            continue
        names.add(name)
        used_kvk.add(kvk)
        org = Organisation(kind="employer", name=name)
        employers.append(
            Employer(
                organisation=org,
                name=name,
                kvk=kvk,
                sector=sector,
                postcode=_postcode(rng, municipality),
                size=rng.choice([4, 8, 12, 18, 30, 45, 80, 150, 320]),
                pso_certified=rng.random() < 0.15,
                social_enterprise=rng.random() < 0.05,
                municipality=orgs[municipality],
            )
        )
    db.session.add_all(employers)
    return employers


def _occupations_for(sector: str) -> list[tuple[str, str, list[str]]]:
    matches = [o for o in OCCUPATIONS if o[1] == sector]
    return matches or [SCHOONMAAK]


def _vacancies(rng, employers, occupations, today: date) -> list[Vacancy]:
    vacancies = []
    kinds = ["job"] * 6 + ["work_experience", "trial", "apprenticeship", "internship"]
    for number in range(120):
        employer = employers[number % len(employers)]
        title, _sector, skills = rng.choice(_occupations_for(employer.sector))
        pattern, promised = rng.choice(DECORATIONS)
        place = PLACE_NAMES.get(employer.municipality.name, "Friesland")
        display = pattern.format(t=title, T=title[0].upper() + title[1:], place=place)
        hours_min, hours_max = promised or rng.choice(HOURS)
        kind = rng.choice(kinds)
        vacancies.append(
            Vacancy(
                employer=employer,
                title=display,
                occupation=occupations.get(title),
                description=(
                    f"{employer.name} zoekt een {title}. Je werkt in een klein team en krijgt een "
                    f"goede inwerkperiode. Je bent betrouwbaar en leert graag bij."
                ),
                skills=rng.sample(skills, k=min(len(skills), rng.choice([2, 3]))),
                wished_skills=[
                    s for s in ["rijbewijs B", "VCA", "klantvriendelijk"] if rng.random() < 0.3
                ],
                kind=kind,
                paid=kind in ("job", "apprenticeship"),
                hours_min=Decimal(hours_min),
                hours_max=Decimal(hours_max),
                postcode=employer.postcode,
                start_date=today + timedelta(days=rng.randrange(0, 60)),
                closing_date=today + timedelta(days=rng.randrange(20, 90)),
                driving_licence="rijbewijs" in " ".join(skills).lower() or rng.random() < 0.15,
                physical_load=rng.choice(["laag", "middel", "middel", "hoog"]),
                language_level=rng.choice([None, "A2", "B1", "B1", "B2"]),
                banenafspraak_suitable=rng.random() < 0.25,
                status="open" if number % 12 else "closed",
            )
        )
    db.session.add_all(vacancies)
    return vacancies


def _clients(rng, orgs, jobhunters, occupations, today: date) -> list[Client]:
    clients = []
    all_occupations = OCCUPATIONS + [SCHOONMAAK]
    for number in range(150):
        municipality = list(MUNICIPALITIES)[number % 2]
        title, _sector, skills = rng.choice(all_occupations)
        second = rng.choice(all_occupations)
        benefit = rng.choice(BENEFITS)
        benefit_start = today - timedelta(days=rng.randrange(30, 365 * 6))
        hours_min = rng.choice([8, 12, 16, 20, 24])
        birth = date(today.year - rng.randrange(19, 63), rng.randrange(1, 13), rng.randrange(1, 29))
        consent = today - timedelta(days=rng.randrange(1, 400)) if rng.random() < 0.75 else None
        client = Client(
            municipality=orgs[municipality],
            pseudonym=(
                f"Kandidaat {number + 1:03d}-{rng.choice('BDFHKLMNPRSTVWZ')}{rng.randrange(10)}"
            ),
            first_name=rng.choice(FIRST_NAMES),
            last_name=rng.choice(LAST_NAMES),
            bsn=demo_bsn(rng),
            birth_date=birth,
            postcode=_postcode(rng, municipality),
            benefit_type=benefit,
            benefit_start=None if benefit == "nug" else benefit_start,
            ladder_step=rng.choice([2, 3, 3, 4, 4, 5]),
            profile=rng.choice([1, 2, 2, 3, 3, 4]),
            banenafspraak=rng.random() < 0.12,
            sheltered_work=rng.random() < 0.03,
            newcomer=rng.random() < 0.12,
            skills=rng.sample(skills, k=min(len(skills), 2)) + rng.sample(second[2], k=1),
            experience=(
                f"{rng.randrange(1, 9)} jaar gewerkt als {title}"
                + (f", daarna als {second[0]}." if rng.random() < 0.5 else ".")
            ),
            education_level=rng.choice(["none", "mbo1", "mbo2", "mbo2", "mbo3", "mbo4"]),
            certificates=[c for c in ["VCA", "heftruckcertificaat", "HACCP"] if rng.random() < 0.2],
            driving_licences=rng.choice(LICENCES),
            language_level=rng.choice(["A2", "B1", "B1", "B2", "C1"]),
            hours_min=Decimal(hours_min),
            hours_max=Decimal(min(40, hours_min + rng.choice([8, 12, 16]))),
            max_travel_minutes=rng.choice([30, 45, 60, 90]),
            max_load=rng.choice(["laag", "middel", "middel", "hoog"]),
            consent_at=consent,
            jobhunter=jobhunters[municipality],
        )
        client.desired_occupations = [
            ClientOccupation(text=title, occupation=occupations.get(title)),
            ClientOccupation(text=second[0], occupation=occupations.get(second[0])),
        ]
        clients.append(client)
    db.session.add_all(clients)
    return clients


def _proposals_and_placements(rng, clients, vacancies, today: date) -> None:
    """Proposals in each state; hired ones become placements through the real service, so the
    follow-up tasks and werkvoucher awards are exactly what a user would get."""
    from app.services.placement_lifecycle import register_start

    consenting = [
        c
        for c in clients
        if c.has_consent
        and c.municipality.name.endswith("Weststellingwerf")
        and c.benefit_type == "participatiewet"
    ]
    open_vacancies = [v for v in vacancies if v.status == "open"]
    paid = [v for v in open_vacancies if v.paid]
    demo_employer = vacancies[0].employer
    own = [v for v in paid if v.employer is demo_employer] or [
        v for v in open_vacancies if v.employer is demo_employer
    ]
    # The demo employer gets one of each: proposed, invited and hired (with a werkvoucher coming).
    statuses = [
        "proposed",
        "invited",
        "hired",
        "proposed",
        "rejected",
        "hired",
        "invited",
        "proposed",
    ]
    for number, client in enumerate(consenting[: len(statuses)]):
        vacancy = own[number % len(own)] if number < 3 else rng.choice(paid)
        status = statuses[number]
        proposal = Proposal(
            client=client,
            vacancy=vacancy,
            jobhunter=client.jobhunter,
            status="invited" if status == "hired" else status,
            note="Gemotiveerde kandidaat, goed bereikbaar.",
            reason={
                "rejected": "Te weinig ervaring met de machines.",
                "invited": "Graag dinsdagochtend om 10 uur op kantoor.",
            }.get(status, ""),
        )
        db.session.add(proposal)
        if status == "hired":
            db.session.flush()
            register_start(
                proposal,
                start_date=today - timedelta(days=20 + 10 * number),
                hours_per_week=Decimal("24") if number < 3 else Decimal("32"),
                contract_type="temporary",
                contract_months=12,
                hourly_wage=Decimal("14.71"),
                wage_value_pct=None,
                jobcoach=number >= 3,
                contract=None,
                user=None,
            )


def _dashboard_texts(orgs) -> None:
    """Each municipality's own words from its own policy plan, and a contact desk."""
    wsw = orgs["Gemeente Weststellingwerf"]
    wsw.policy_text = (
        "SROI is een aanpak om meer werkgelegenheid te creëren voor mensen met een grote(re) "
        "afstand tot de arbeidsmarkt. Inkopers van overheden kunnen, bij het verstrekken van "
        "opdrachten, de leverancier stimuleren of verplichten om kwetsbare groepen op de "
        "arbeidsmarkt te betrekken bij de uitvoering van de opdracht. "
        "(Beleidsplan Participatiewet Weststellingwerf 2025-2028, begrippenlijst)"
    )
    wsw.contact_name = "Werkgeversservicepunt Weststellingwerf"
    wsw.contact_email = "werkgevers@weststellingwerf.demo.werkbrug.nl"
    wsw.contact_phone = "0561 - 69 12 22"
    sml = orgs["Gemeente Smallingerland"]
    sml.policy_text = (
        "Het doel van SROI is ervoor te zorgen dat een investering door de gemeente concreet "
        "maatschappelijk rendement in de vorm van banen of stageplaatsen oplevert. "
        "(Beleidsplan Participatiewet Smallingerland 2020-2024)"
    )
    sml.contact_name = "Team Werk Smallingerland"
    sml.contact_email = "werk@smallingerland.demo.werkbrug.nl"


def _schemes(orgs) -> None:
    wsw = orgs["Gemeente Weststellingwerf"]
    db.session.add(
        IncentiveScheme(
            municipality=wsw,
            name="Werkvoucher",
            min_hours_per_week=Decimal("24"),
            eligible_benefits=["participatiewet"],
            requires_benefit_at_start=True,
            tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
            source="Beleidsplan Weststellingwerf 2025-2028, begrippenlijst (werkvoucher)",
        )
    )
    db.session.add(
        ExitPremiumScheme(
            municipality=wsw,
            name="Uitstroompremie",
            amount=Decimal("600"),
            max_per_resident=2,
            min_benefit_months=12,
            # "voor het vinden en behouden van werk": kept for six months (a setting).
            min_work_months=6,
            eligible_benefits=["participatiewet"],
            source="Beleidsplan Weststellingwerf 2025-2028 (uitstroompremie)",
        )
    )
    db.session.flush()
    for model in (IncentiveScheme, ExitPremiumScheme):  # each the first version of its series
        for scheme in db.session.scalars(db.select(model).where(model.series_id.is_(None))):
            scheme.series_id = scheme.id


def _minimum_wages() -> None:
    """Statutory hourly minimum wage, 21 years and older (Rijksoverheid)."""
    for valid_from, amount in [
        (date(2024, 1, 1), "13.27"),
        (date(2024, 7, 1), "13.68"),
        (date(2025, 1, 1), "14.06"),
        (date(2025, 7, 1), "14.40"),
        (date(2026, 1, 1), "14.71"),
    ]:
        db.session.add(
            MinimumWage(
                valid_from=valid_from,
                hourly_amount=Decimal(amount),
                source="Rijksoverheid, bedragen minimumloon",
            )
        )


def _relations(rng, orgs, employers, jobhunters, today: date) -> None:
    channels = ["visit", "phone", "event", "mail"]
    subjects = [
        "Kennismaking",
        "Vacature besproken",
        "Werkgeversdag",
        "Social return",
        "Proefplaatsing",
    ]
    for number, employer in enumerate(employers[:30]):
        municipality = employer.municipality
        for k in range(rng.choice([0, 1, 2, 3])):
            db.session.add(
                EmployerContact(
                    employer=employer,
                    municipality_id=municipality.id,
                    jobhunter=jobhunters[municipality.name],
                    contact_date=today - timedelta(days=rng.randrange(5, 365 * 6)),
                    channel=rng.choice(channels),
                    subject=subjects[(number + k) % len(subjects)],
                )
            )
    # Conversations this year with employers never contacted before: new-employer conversations.
    for number, employer in enumerate(employers[30:37]):
        municipality = employer.municipality
        db.session.add(
            EmployerContact(
                employer=employer,
                municipality_id=municipality.id,
                jobhunter=jobhunters[municipality.name],
                contact_date=max(date(today.year, 1, 2), today - timedelta(days=20 + 30 * number)),
                channel="visit",
                subject="Kennismaking: werken met inwoners uit de bijstand",
                outcome="Interesse in een proefplaatsing.",
            )
        )
    wsw = orgs["Gemeente Weststellingwerf"]
    campaign = Campaign(
        municipality=wsw,
        year=today.year,
        target_new_conversations=10,
        action_plan=(
            "Goede voorbeelden delen: werkgevers in het zonnetje in november (1000 "
            "voorbeelden), artikelen in de Stellingwerf. Zichtbaarheid: ondernemersdag, digitale "
            "nieuwsbrief voor ondernemers, regionale acties en mailings."
        ),
    )
    campaign.activities = [
        CampaignActivity(
            date=date(today.year, 3, 14), kind="event", title="Ondernemersdag Wolvega", reach=120
        ),
        CampaignActivity(
            date=date(today.year, 6, 2),
            kind="newsletter",
            title="Nieuwsbrief ondernemers",
            reach=850,
        ),
        CampaignActivity(
            date=date(today.year, 11, 10),
            kind="article",
            title="Werkgever in het zonnetje",
            reach=5000,
        ),
    ]
    db.session.add(campaign)
