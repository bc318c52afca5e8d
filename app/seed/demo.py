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
    Contract,
    Employer,
    EmployerContact,
    ExitPremiumScheme,
    IncentiveScheme,
    IncentiveTier,
    MinimumWage,
    Occupation,
    Organisation,
    Proposal,
    SroiActivity,
    User,
    Vacancy,
)
from app.models.base import utcnow
from app.security import hash_password
from app.seed.demo_crm import seed_crm
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

# ESCO preferred or alternative Dutch labels, with skills an employer would ask for.
OCCUPATIONS = [
    (
        "heftruckchauffeur",
        "logistiek",
        ["heftruck besturen", "VCA", "orderpicken", "laden en lossen"],
    ),
    (
        "magazijnmedewerker",
        "logistiek",
        ["orderpicken", "voorraadbeheer", "scanner gebruiken", "inpakken"],
    ),
    ("orderpicker", "logistiek", ["orderpicken", "scanner gebruiken", "nauwkeurig werken"]),
    (
        "vrachtwagenchauffeur",
        "logistiek",
        ["rijbewijs C", "code 95", "laden en lossen", "planning"],
    ),
    ("postbezorger", "logistiek", ["pakketten sorteren", "rijbewijs B", "klantvriendelijk"]),
    (
        "productiemedewerker",
        "productie",
        ["machine bedienen", "kwaliteitscontrole", "inpakken", "hygiëne"],
    ),
    ("lasser", "techniek", ["MIG/MAG lassen", "tekening lezen", "VCA"]),
    ("automonteur", "techniek", ["storingen verhelpen", "gereedschap gebruiken", "APK"]),
    ("elektromonteur", "techniek", ["elektra aanleggen", "tekening lezen", "VCA"]),
    ("loodgieter", "techniek", ["leidingen leggen", "tekening lezen", "VCA"]),
    ("timmerman", "bouw", ["hout bewerken", "tekening lezen", "VCA", "meten"]),
    ("metselaar", "bouw", ["metselen", "VCA", "samenwerken"]),
    ("hovenier", "groen", ["snoeien", "beplanting aanleggen", "bosmaaier", "VCA"]),
    ("tuinman", "groen", ["maaien", "snoeien", "onkruid verwijderen"]),
    ("kok", "horeca", ["koken", "HACCP", "menu samenstellen", "hygiëne"]),
    ("keukenhulp", "horeca", ["afwassen", "groente snijden", "HACCP", "schoonmaken"]),
    ("verkoopmedewerker", "detailhandel", ["klantvriendelijk", "kassa", "vakken vullen"]),
    ("kassamedewerker", "detailhandel", ["kassa", "klantvriendelijk", "rekenen"]),
    ("bakker", "voeding", ["deeg bereiden", "HACCP", "vroeg werken"]),
    ("slager", "voeding", ["vlees snijden", "HACCP", "klantvriendelijk"]),
    (
        "receptionist",
        "zakelijke dienstverlening",
        ["telefoon aannemen", "klantvriendelijk", "Word en Outlook"],
    ),
    (
        "administratief medewerker",
        "zakelijke dienstverlening",
        ["Excel", "archiveren", "nauwkeurig werken"],
    ),
    (
        "callcentermedewerker",
        "zakelijke dienstverlening",
        ["telefoon aannemen", "klantvriendelijk", "typen"],
    ),
    ("thuiszorgmedewerker", "zorg", ["persoonlijke verzorging", "huishouden", "empathie"]),
    ("conciërge", "onderwijs", ["klein onderhoud", "sleutelbeheer", "klantvriendelijk"]),
    ("beveiliger", "beveiliging", ["diploma beveiliger", "toezicht houden", "rapporteren"]),
    ("kapper", "persoonlijke dienstverlening", ["knippen", "klantvriendelijk", "kleuren"]),
]

SCHOONMAAK = (
    "schoonmaker",
    "schoonmaak",
    ["schoonmaken", "schoonmaakmachines", "hygiëne", "zelfstandig werken"],
)

# Titles as employers write them, with the hours a title promises (None: any hours).
DECORATIONS = [
    ("{t}", None),
    ("{t} (m/v)", None),
    ("{t} (m/v/x)", None),
    ("{T} 24-32 uur", (24, 32)),
    ("Wij zoeken een {t}!", None),
    ("Ervaren {t} gezocht", None),
    ("{T} regio {place}", None),
    ("Parttime {t}", (16, 24)),
    ("{T} – fulltime", (36, 40)),
    ("Vacature: {t}", None),
]
HOURS = [(16, 24), (20, 28), (24, 32), (24, 36), (32, 38), (12, 20)]

FIRST_NAMES = [
    "Jan",
    "Sjoerd",
    "Pieter",
    "Anna",
    "Maria",
    "Johannes",
    "Fenna",
    "Sietske",
    "Hendrik",
    "Tjitske",
    "Willem",
    "Ytsje",
    "Gerrit",
    "Marieke",
    "Klaas",
    "Durk",
    "Femke",
    "Wietske",
    "Sander",
    "Lisa",
    "Mohammed",
    "Fatima",
    "Ahmad",
    "Amina",
    "Yusuf",
    "Noor",
    "Daan",
    "Sanne",
    "Bram",
    "Eva",
    "Ruben",
    "Iris",
    "Thijs",
    "Lotte",
    "Jelmer",
    "Hinke",
    "Douwe",
    "Baukje",
    "Rik",
    "Esther",
    "Tesfay",
    "Senait",
    "Ali",
    "Layla",
    "Kevin",
    "Priscilla",
    "Marco",
    "Joyce",
    "Dennis",
    "Kim",
]
LAST_NAMES = [
    "de Vries",
    "Hoekstra",
    "Postma",
    "Bakker",
    "Dijkstra",
    "de Jong",
    "Visser",
    "Jansen",
    "van der Meer",
    "Bosma",
    "Kramer",
    "Zijlstra",
    "Veenstra",
    "Terpstra",
    "Hiemstra",
    "Brouwer",
    "Mulder",
    "de Boer",
    "Wijnja",
    "Bouma",
    "Sikkema",
    "Kuipers",
    "Koopmans",
    "Smit",
    "Meijer",
    "van Dijk",
    "Tilma",
    "Haagsma",
    "El Amrani",
    "Yilmaz",
    "Haile",
    "Hosseini",
    "Nauta",
    "Wiersma",
    "Jellema",
    "Faber",
    "Schaap",
    "Bergsma",
]
EMPLOYER_WORDS = {
    "logistiek": ["Transport", "Logistiek", "Distributiecentrum"],
    "productie": ["Metaalwaren", "Kunststoffen", "Voedingsmiddelen"],
    "techniek": ["Installatietechniek", "Machinebouw", "Elektrotechniek"],
    "bouw": ["Bouwbedrijf", "Aannemersbedrijf", "Timmerfabriek"],
    "groen": ["Hoveniersbedrijf", "Groenvoorziening", "Kwekerij"],
    "horeca": ["Hotel-Restaurant", "Eetcafé", "Partycentrum"],
    "detailhandel": ["Supermarkt", "Bouwmarkt", "Tuincentrum"],
    "voeding": ["Bakkerij", "Slagerij", "Zuivelfabriek"],
    "zakelijke dienstverlening": ["Administratiekantoor", "Klantcontactcentrum", "Uitzendbureau"],
    "zorg": ["Thuiszorg", "Zorgcentrum", "Woonzorg"],
    "onderwijs": ["Scholengemeenschap"],
    "beveiliging": ["Beveiliging"],
    "persoonlijke dienstverlening": ["Kapsalon"],
    "schoonmaak": ["Schoonmaakbedrijf", "Facilitair Bedrijf"],
}
PLACE_NAMES = {"Gemeente Weststellingwerf": "Wolvega", "Gemeente Smallingerland": "Drachten"}
BENEFITS = ["participatiewet"] * 7 + ["ww", "nug", "wajong", "ioaw", "anw"]
LICENCES = [[], [], ["B"], ["B"], ["B", "C"]]


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
    """Lower-case labels to occupations (empty without a taxonomy); a preferred label wins over
    another occupation's alternative label ('hovenier' is the hovenier, not the botanicus)."""
    occupations = db.session.scalars(db.select(Occupation).order_by(Occupation.id)).all()
    index = {occ.preferred_label.strip().lower(): occ for occ in occupations}
    for occ in occupations:
        for text in occ.alt_labels.splitlines():
            index.setdefault(text.strip().lower(), occ)
    return index


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
    # Payouts above € 1.500 are made by a second jobhunter (vier-ogenprincipe).
    orgs["Gemeente Weststellingwerf"].four_eyes_threshold = Decimal("1500")
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
    contracts = _contracts(
        orgs, province, employers, catalogues, users["inkoop@demo.werkbrug.nl"], today
    )
    _relations(rng, orgs, employers, jobhunters, today)
    seed_crm(employers, jobhunters, today)
    db.session.commit()
    summary = (
        f"Demoregio geladen: {len(orgs)} gemeenten, {len(employers)} werkgevers, {len(clients)} "
        f"werkzoekenden, {len(vacancies)} vacatures, {len(contracts)} SROI-contracten"
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


def _contracts(
    orgs, province, employers, catalogues, procurement_user, today: date
) -> list[Contract]:
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
            )
        )


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
            min_work_months=0,
            eligible_benefits=["participatiewet"],
            source="Beleidsplan Weststellingwerf 2025-2028 (uitstroompremie)",
        )
    )


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
