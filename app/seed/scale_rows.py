"""The rows `flask seed-scale` inserts: employers, vacancies, clients, contracts and activities
as dicts for bulk inserts, drawn from the demo region and the reference data (a
`ScaleContext`, built by `app.seed.scale`).

Each generator gets its own random generator (`section_rng`), so more of one kind leaves the
others unchanged; `app.seed.scale` inserts the rows and runs the command.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal

from app.extensions import db
from app.models import (
    Catalogue,
    CatalogueBlock,
    CatalogueBonus,
    Client,
    Employer,
)
from app.seed.demo_words import (
    BENEFITS,
    DECORATIONS,
    EMPLOYER_WORDS,
    FIRST_NAMES,
    HOURS,
    LAST_NAMES,
    LICENCES,
    OCCUPATIONS,
    PLACE_NAMES,
    SCHOONMAAK,
)
from app.services.catalogue_presets import ensure_preset_catalogues

POSTCODE_LETTERS = "ABCDEFGHJKLMNPRTVWXZ"  # as the demo: never the unused SA, SD, SS

GENERIC_SKILLS = [
    "klantvriendelijk",
    "samenwerken",
    "zelfstandig werken",
    "nauwkeurig werken",
    "rijbewijs B",
    "VCA",
    "Nederlands spreken",
    "flexibel",
    "computervaardig",
    "plannen",
    "hygiëne",
    "tillen",
    "rapporteren",
    "leergierig",
]
WISHED_SKILLS = ["rijbewijs B", "VCA", "klantvriendelijk", "ervaring in de branche", "Engels"]
CERTIFICATES = ["VCA", "heftruckcertificaat", "HACCP", "BHV", "rijbewijs C", "code 95"]
VACANCY_KINDS = ["job"] * 6 + ["work_experience", "trial", "apprenticeship", "internship"]
VACANCY_STATUSES = ["open"] * 17 + ["filled", "filled", "closed"]
CONTRACT_SUBJECTS = [
    "Onderhoud openbaar groen",
    "Schoonmaak gemeentelijke gebouwen",
    "Leerlingenvervoer",
    "Gladheidsbestrijding",
    "Vervanging riolering",
    "Onderhoud wegen en fietspaden",
    "Inzameling huishoudelijk afval",
    "ICT-beheer en werkplekken",
    "Catering en bedrijfsrestaurant",
    "Beveiliging en receptie",
    "Onderhoud sportaccommodaties",
    "Renovatie brede school",
    "Levering kantoorartikelen",
    "Verhuizing en archiefopslag",
    "Reconstructie provinciale weg",
    "Baggerwerk vaarwegen",
    "Onderhoud bruggen en sluizen",
    "Openbare verlichting",
]
ACTIVITY_CANDIDATES = [
    "Medewerker vanuit de bijstand, via het werkgeversservicepunt",
    "Leerling-werknemer BBL, niveau 2",
    "Kandidaat uit het doelgroepregister, met jobcoach",
    "Statushouder met taaltraject op de werkvloer",
    "Werkzoekende 50+, via UWV",
    "Stagiair mbo, schoonmaak en facilitair",
]


@dataclass
class Place:
    pc4: str
    place: str


@dataclass
class ScaleContext:
    """Demo rows and reference data the generators draw from."""

    today: date
    municipalities: dict[str, int]  # demo municipality name -> organisation id
    province_id: int | None
    jobhunters: dict[int, int]  # municipality id -> the demo jobhunter's user id
    procurement_id: int | None
    procurement_org_id: int | None
    client_pools: dict[int, list[Place]]  # municipality id -> PC4 areas for its clients
    region_pool: list[Place]  # PC4 areas for employers in the region
    labels: dict[str, int]  # lower-case ESCO label -> occupation id
    esco: list[tuple[int, str, list[str], str]]  # (id, preferred label, alt labels, description)


def section_rng(seed: int, run: int, section: str) -> random.Random:
    """A generator per section, so that e.g. more vacancies leave the clients unchanged."""
    return random.Random(f"werkbrug-scale:{seed}:{run}:{section}")  # noqa: S311 - test data


def _postcode(rng: random.Random, pool: list[Place]) -> str:
    return f"{rng.choice(pool).pc4} {rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"


def _at(day: date, rng: random.Random) -> datetime:
    """A working-hours moment on `day`, in UTC."""
    return datetime.combine(day, dtime(rng.randrange(8, 17), rng.randrange(60)), tzinfo=UTC)


# --------------------------------------------------------------------------- generators


def _occupations_for(sector: str) -> list[tuple[str, str, list[str]]]:
    return [o for o in OCCUPATIONS if o[1] == sector] or [SCHOONMAAK]


def employer_rows(rng: random.Random, ctx: ScaleContext, count: int, run: int) -> list[dict]:
    """Employers in the region: sector, name, unique KvK number, postcode, size."""
    used_kvk = set(db.session.scalars(db.select(Employer.kvk).where(Employer.kvk.is_not(None))))
    sectors = sorted({o[1] for o in OCCUPATIONS} | {"schoonmaak"})
    org_ids = list(ctx.municipalities.values())
    names: set[str] = set()
    rows = []
    while len(rows) < count:
        sector = rng.choice(sectors)
        municipality_id = org_ids[len(rows) % len(org_ids)]
        near = rng.random() < 0.5
        place = rng.choice(ctx.client_pools[municipality_id] if near else ctx.region_pool)
        name = f"{rng.choice(EMPLOYER_WORDS[sector])} {rng.choice(LAST_NAMES)}"
        suffix = rng.random()
        if suffix < 0.35:
            name += f" {place.place}"
        elif suffix < 0.5:
            name += " B.V."
        elif suffix < 0.6:
            name += " & Zn."
        if name in names:
            name = f"{name} ({place.place} {len(rows) + 1})"
        kvk = str(rng.randrange(10_000_000, 99_999_999))
        if kvk in used_kvk:
            continue
        names.add(name)
        used_kvk.add(kvk)
        rows.append(
            {
                "name": name,
                "kvk": kvk,
                "sector": sector,
                "postcode": (
                    f"{place.pc4} {rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
                ),
                "size": rng.choice([2, 4, 8, 12, 18, 30, 45, 80, 150, 320, 800]),
                "pso_certified": rng.random() < 0.12,
                "social_enterprise": rng.random() < 0.04,
                "municipality_id": municipality_id,
                "approved": True,
            }
        )
    return rows


def _first_sentence(text: str, limit: int = 300) -> str:
    sentence = text.split(". ")[0].strip().rstrip(".")
    return (sentence[:limit].rsplit(" ", 1)[0] + " …") if len(sentence) > limit else sentence + "."


def vacancy_rows(
    rng: random.Random,
    ctx: ScaleContext,
    count: int,
    employers: list[tuple[int, str, str, str, int]],
) -> list[dict]:
    """Vacancies: ESCO-label titles as employers write them, skills, hours, dates, status.

    Two in three come from the employer's own sector (the entry-level occupations of the demo);
    the rest take any ESCO occupation, so the index holds the whole taxonomy's vocabulary.
    """
    rows = []
    today = ctx.today
    places = {org_id: PLACE_NAMES[name] for name, org_id in ctx.municipalities.items()}
    for number in range(count):
        employer_id, employer_name, sector, postcode, municipality_id = employers[
            number % len(employers)
        ]
        description = ""
        if ctx.esco and rng.random() < 0.33:
            occ_id, preferred, alts, esco_text = rng.choice(ctx.esco)
            label = preferred if not alts or rng.random() < 0.6 else rng.choice(alts)
            skills = rng.sample(GENERIC_SKILLS, k=rng.choice([2, 3, 4]))
            description = _first_sentence(esco_text) if esco_text else ""
        else:
            label, _sector, own_skills = rng.choice(_occupations_for(sector))
            occ_id = ctx.labels.get(label.lower())
            skills = rng.sample(own_skills, k=min(len(own_skills), rng.choice([2, 3])))
        label = label[:120]
        pattern, promised = rng.choice(DECORATIONS)
        title = pattern.format(
            t=label, T=label[0].upper() + label[1:], place=places.get(municipality_id, "Friesland")
        )
        hours_min, hours_max = promised or rng.choice(HOURS)
        kind = rng.choice(VACANCY_KINDS)
        status = rng.choice(VACANCY_STATUSES)
        created = today - timedelta(days=rng.randrange(0, 240))
        rows.append(
            {
                "employer_id": employer_id,
                "title": title[:200],
                "occupation_id": occ_id,
                "description": (
                    f"{employer_name} zoekt een {label}. {description} Je werkt in een klein "
                    f"team en krijgt een goede inwerkperiode."
                ).replace("  ", " "),
                "skills": skills,
                "wished_skills": [s for s in WISHED_SKILLS if rng.random() < 0.2],
                "kind": kind,
                "paid": kind in ("job", "apprenticeship"),
                "hours_min": Decimal(hours_min),
                "hours_max": Decimal(hours_max),
                "postcode": postcode,
                "start_date": created + timedelta(days=rng.randrange(14, 90)),
                "closing_date": (
                    today + timedelta(days=rng.randrange(7, 90))
                    if status == "open"
                    else created + timedelta(days=rng.randrange(14, 60))
                ),
                "driving_licence": "rijbewijs B" in skills or rng.random() < 0.12,
                "physical_load": rng.choice(["laag", "middel", "middel", "hoog"]),
                "education_level": rng.choice([None, None, "mbo1", "mbo2", "mbo2", "mbo3"]),
                "language_level": rng.choice([None, "A2", "B1", "B1", "B2"]),
                "banenafspraak_suitable": rng.random() < 0.2,
                "status": status,
                "created_at": _at(created, rng),
            }
        )
    return rows


def _bsns(rng: random.Random, count: int) -> list[str | None]:
    """`count` distinct elfproef-valid BSNs from 999xxxxxx (the range the demo uses), not in use.

    That range holds about 91,000 valid numbers; beyond them a client gets no BSN.
    """
    used = set(db.session.scalars(db.select(Client.bsn).where(Client.bsn.like("999%"))))
    weights = range(9, 1, -1)
    found: list[str | None] = []
    for middle in rng.sample(range(100_000), 100_000):
        if len(found) == count:
            break
        digits = f"999{middle:05d}"
        check = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        if check < 10 and digits + str(check) not in used:
            found.append(digits + str(check))
    return found + [None] * (count - len(found))


def client_rows(
    rng: random.Random, ctx: ScaleContext, count: int, run: int
) -> tuple[list[dict], list[list[tuple[str, int | None]]]]:
    """Clients of the demo municipalities and their desired occupations (text, occupation id)."""
    today = ctx.today
    bsns = _bsns(rng, count)
    all_occupations = OCCUPATIONS + [SCHOONMAAK]
    org_ids = list(ctx.municipalities.values())
    rows, wishes = [], []
    for number in range(count):
        municipality_id = org_ids[number % len(org_ids)]
        title, _sector, skills = rng.choice(all_occupations)
        second = rng.choice(all_occupations)
        wanted = [title]
        if rng.random() < 0.7 and second[0] != title:
            wanted.append(second[0])
        if ctx.esco and rng.random() < 0.1:
            wanted.append(rng.choice(ctx.esco)[1])
        benefit = rng.choice(BENEFITS)
        hours_min = rng.choice([8, 12, 16, 20, 24, 32])
        birth = date(today.year - rng.randrange(19, 64), rng.randrange(1, 13), rng.randrange(1, 29))
        rows.append(
            {
                "municipality_id": municipality_id,
                "pseudonym": f"Kandidaat S{run}-{number + 1:06d}",
                "first_name": rng.choice(FIRST_NAMES),
                "last_name": rng.choice(LAST_NAMES),
                "bsn": bsns[number],
                "birth_date": birth,
                "postcode": _postcode(rng, ctx.client_pools[municipality_id]),
                "benefit_type": benefit,
                "benefit_start": (
                    None if benefit == "nug" else today - timedelta(days=rng.randrange(30, 365 * 8))
                ),
                "ladder_step": rng.choice([1, 2, 3, 3, 4, 4, 5, 6]),
                "profile": rng.choice([1, 2, 2, 3, 3, 4, 5]),
                "banenafspraak": rng.random() < 0.12,
                "sheltered_work": rng.random() < 0.03,
                "newcomer": rng.random() < 0.12,
                "skills": (
                    rng.sample(skills, k=min(len(skills), 2))
                    + rng.sample(second[2], k=1)
                    + rng.sample(GENERIC_SKILLS, k=rng.choice([0, 1, 2]))
                ),
                "experience": (
                    f"{rng.randrange(1, 15)} jaar gewerkt als {title}"
                    + (f", daarna als {second[0]}." if rng.random() < 0.5 else ".")
                ),
                "education_level": rng.choice(
                    ["none", "none", "mbo1", "mbo2", "mbo2", "mbo3", "mbo4"]
                ),
                "certificates": [c for c in CERTIFICATES if rng.random() < 0.1],
                "driving_licences": rng.choice(LICENCES),
                "language_level": rng.choice(["A1", "A2", "B1", "B1", "B2", "C1"]),
                "hours_min": Decimal(hours_min),
                "hours_max": Decimal(min(40, hours_min + rng.choice([4, 8, 12, 16]))),
                "max_travel_minutes": rng.choice([30, 45, 45, 60, 90]),
                "max_load": rng.choice(["laag", "middel", "middel", "hoog"]),
                "consent_at": (
                    today - timedelta(days=rng.randrange(1, 700)) if rng.random() < 0.75 else None
                ),
                "jobhunter_id": ctx.jobhunters.get(municipality_id),
                "case_closed_at": (
                    today - timedelta(days=rng.randrange(1, 900)) if rng.random() < 0.04 else None
                ),
                "created_at": _at(today - timedelta(days=rng.randrange(0, 365 * 3)), rng),
            }
        )
        wishes.append([(text, ctx.labels.get(text.lower())) for text in wanted])
    return rows, wishes


@dataclass
class CatalogueInfo:
    id: int
    year_blocks: list[str]
    other_blocks: list[tuple[str, str]]  # (code, unit)
    bonuses: list[str]


def catalogues() -> list[CatalogueInfo]:
    """The preset catalogues with their block codes by unit and bonus codes."""
    ensure_preset_catalogues()
    db.session.flush()
    infos = {
        cat_id: CatalogueInfo(cat_id, [], [], [])
        for cat_id in db.session.scalars(
            db.select(Catalogue.id).where(Catalogue.is_preset.is_(True)).order_by(Catalogue.id)
        )
    }
    for cat_id, code, unit in db.session.execute(
        db.select(CatalogueBlock.catalogue_id, CatalogueBlock.code, CatalogueBlock.unit)
        .where(CatalogueBlock.catalogue_id.in_(infos))
        .order_by(CatalogueBlock.position)
    ):
        if unit == "year":
            infos[cat_id].year_blocks.append(code)
        else:
            infos[cat_id].other_blocks.append((code, unit))
    for cat_id, code in db.session.execute(
        db.select(CatalogueBonus.catalogue_id, CatalogueBonus.code)
        .where(CatalogueBonus.catalogue_id.in_(infos))
        .order_by(CatalogueBonus.position)
    ):
        infos[cat_id].bonuses.append(code)
    return list(infos.values())


def contract_rows(
    rng: random.Random,
    ctx: ScaleContext,
    count: int,
    run: int,
    suppliers: list[int],
    catalogues: list[CatalogueInfo],
) -> list[dict]:
    """Public contracts with an SROI clause, by the demo municipalities and the province."""
    authorities = list(ctx.municipalities.values())
    if ctx.province_id is not None:
        authorities.append(ctx.province_id)
    rows = []
    for number in range(count):
        authority_id = authorities[number % len(authorities)]
        # Most contracts run now; some ended recently, a few start soon.
        start = ctx.today + timedelta(days=rng.randrange(-3 * 365, 60))
        end = start + timedelta(days=rng.randrange(365, 4 * 365))
        value = round(math.exp(rng.uniform(math.log(50_000), math.log(5_000_000))), -3)
        rows.append(
            {
                "authority_id": authority_id,
                "supplier_id": rng.choice(suppliers),
                "reference": f"SR{run}-{start.year}-{number + 1:05d}",
                "title": f"{rng.choice(CONTRACT_SUBJECTS)}, perceel {rng.randrange(1, 6)}",
                "value": Decimal(int(value)),
                "sroi_percentage": Decimal(rng.choice(["5", "5", "5", "3", "2", "10"])),
                "catalogue_id": rng.choice(catalogues).id,
                "start_date": start,
                "end_date": end,
                "reduction_percentage": Decimal(rng.choice(["0", "0", "0", "0", "10", "25"])),
                "penalty_percentage": Decimal(rng.choice(["100", "100", "50", "150"])),
                "responsible_user_id": (
                    ctx.procurement_id if authority_id == ctx.procurement_org_id else None
                ),
            }
        )
    return rows


def activity_rows(
    rng: random.Random,
    ctx: ScaleContext,
    count: int,
    contracts: list[tuple[int, dict]],
    catalogues: list[CatalogueInfo],
    clients_by_municipality: dict[int, list[int]],
) -> list[dict]:
    """SROI activities, submitted or accepted, each valid for its contract's catalogue."""
    by_id = {c.id: c for c in catalogues}
    started = [(cid, row) for cid, row in contracts if row["start_date"] <= ctx.today]
    pool = started or contracts
    all_clients = [c for ids in clients_by_municipality.values() for c in ids]
    rows = []
    for _ in range(count):
        contract_id, contract = rng.choice(pool)
        catalogue = by_id[contract["catalogue_id"]]
        if catalogue.year_blocks and (not catalogue.other_blocks or rng.random() < 0.75):
            code, unit = rng.choice(catalogue.year_blocks), "year"
        else:
            code, unit = rng.choice(catalogue.other_blocks)
        last = min(ctx.today, contract["end_date"])
        span = max(0, (last - contract["start_date"]).days)
        start = contract["start_date"] + timedelta(days=rng.randrange(span + 1))
        row = {
            "contract_id": contract_id,
            "block_code": code,
            "client_id": None,
            "candidate_description": "",
            "start_date": start,
            "end_date": None,
            "hours_per_week": None,
            "bonuses": [],
            "hours": None,
            "amount": None,
            "rejection_reason": "",
            "version": 1,
        }
        if unit in ("year", "month"):
            if rng.random() < 0.6:
                row["end_date"] = start + timedelta(days=rng.randrange(30, 730))
            own = clients_by_municipality.get(contract["authority_id"]) or all_clients
            if own and rng.random() < 0.5:
                row["client_id"] = rng.choice(own)
            else:
                row["candidate_description"] = rng.choice(ACTIVITY_CANDIDATES)
        if unit == "year":
            row["hours_per_week"] = Decimal(rng.choice([12, 16, 20, 24, 28, 32, 36, 38, 40]))
            if catalogue.bonuses and rng.random() < 0.25:
                row["bonuses"] = [rng.choice(catalogue.bonuses)]
        elif unit == "hour":
            row["hours"] = Decimal(rng.randrange(2, 400)) / 2
        elif unit in ("invoice", "wage"):  # an invoice, or the wages paid (loonsom)
            row["amount"] = Decimal(rng.randrange(50_000, 5_000_000)) / 100
        submitted = min(ctx.today, start + timedelta(days=rng.randrange(1, 60)))
        row["submitted_at"] = _at(submitted, rng)
        if rng.random() < 0.75:
            row["state"] = "accepted"
            row["reviewer_id"] = ctx.procurement_id
            reviewed = submitted + timedelta(days=rng.randrange(1, 21))
            row["reviewed_at"] = _at(min(ctx.today, reviewed), rng)
        else:
            row["state"] = "submitted"
            row["reviewer_id"] = None
            row["reviewed_at"] = None
        rows.append(row)
    return rows
