"""Synthetic data at scale on top of the demo region: `flask seed-scale` (SPEC §7, issues 6 and 8).

The benchmarks and the load test need the SPEC §7 volume (50,000 clients, 100,000 vacancies,
10,000 contracts, 100,000 SROI activities) in the same shape as the demo data, so that the
matching pages and the SROI pages do the work they do in production. This module builds it:

* employers (each with its organisation) in and around the two demo municipalities;
* vacancies with titles from ESCO labels decorated the way employers write them
  ("Heftruckchauffeur 24-32 uur", "Wij zoeken een kok!"), linked to the occupation;
* clients of the demo municipalities with desired occupations (`ClientOccupation`, resolved to
  the `occupations` table where the label exists), skills, PC4 postcodes, hours and consent;
* SROI contracts on the preset catalogues, with activities in the states `submitted` and
  `accepted` whose block codes and fields fit their contract's catalogue.

Rows are written with SQLAlchemy Core bulk inserts (`insert(Model)` with a list of dicts, in
batches of 5,000) rather than ORM objects, so the full volume loads in about a minute on
SQLite or PostgreSQL. The output is deterministic: the same seed, sizes and `--today` on the
same demo database give the same rows. Every run is recorded in the audit log (object type
`seed-scale`), which is also how a second run is refused unless `--again` is given.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal

import click
from flask import Flask
from sqlalchemy import insert, text

from app.extensions import db
from app.models import (
    AuditEntry,
    Catalogue,
    CatalogueBlock,
    CatalogueBonus,
    Client,
    ClientOccupation,
    Contract,
    Employer,
    Occupation,
    Organisation,
    PostcodeArea,
    SroiActivity,
    User,
    Vacancy,
)
from app.seed.demo import (
    BENEFITS,
    DECORATIONS,
    EMPLOYER_WORDS,
    FIRST_NAMES,
    HOURS,
    LAST_NAMES,
    LICENCES,
    MUNICIPALITIES,
    OCCUPATIONS,
    PLACE_NAMES,
    SCHOONMAAK,
    demo_occupation_ids,
)
from app.services import audit
from app.services.catalogue_presets import ensure_preset_catalogues

# SPEC §7 volume.
DEFAULT_CLIENTS = 50_000
DEFAULT_VACANCIES = 100_000
DEFAULT_CONTRACTS = 10_000
DEFAULT_ACTIVITIES = 100_000
# Without --employers: one employer per this many vacancies (5,000 at the SPEC volume).
VACANCIES_PER_EMPLOYER = 20
DEFAULT_SEED = 2026
BATCH = 5_000
SQLITE_CACHE_KIB = -262_144  # negative: KiB, i.e. 256 MB while seeding
AUDIT_TYPE = "seed-scale"

# Clients live within this distance of their municipality's centre; employers within the
# wider radius of the region (Friesland, the north of Overijssel and Drenthe).
CLIENT_RADIUS_KM = 15.0
REGION_RADIUS_KM = 60.0
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


class ScaleError(click.ClickException):
    """A Dutch message when the scale data cannot be generated (no demo data, second run)."""


@dataclass
class ScaleReport:
    """What one run added, and how long each part took."""

    run: int
    seed: int
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


@dataclass
class _Place:
    pc4: str
    place: str


@dataclass
class _Context:
    """Demo rows and reference data the generators draw from."""

    today: date
    municipalities: dict[str, int]  # demo municipality name -> organisation id
    province_id: int | None
    jobhunters: dict[int, int]  # municipality id -> the demo jobhunter's user id
    procurement_id: int | None
    procurement_org_id: int | None
    client_pools: dict[int, list[_Place]]  # municipality id -> PC4 areas for its clients
    region_pool: list[_Place]  # PC4 areas for employers in the region
    labels: dict[str, int]  # lower-case demo label -> occupation id
    esco: list[tuple[int, str, list[str], str]]  # (id, preferred label, alt labels, description)


def _fmt(number: int) -> str:
    """A count in Dutch notation: 50.000."""
    return f"{number:,}".replace(",", ".")


def _batches(rows: Sequence[dict], size: int = BATCH) -> Iterator[Sequence[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _rng(seed: int, run: int, section: str) -> random.Random:
    """A generator per section, so that e.g. more vacancies leave the clients unchanged."""
    return random.Random(f"werkbrug-scale:{seed}:{run}:{section}")  # noqa: S311 - test data


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _postcode(rng: random.Random, pool: list[_Place]) -> str:
    return f"{rng.choice(pool).pc4} {rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"


def _at(day: date, rng: random.Random) -> datetime:
    """A working-hours moment on `day`, in UTC."""
    return datetime.combine(day, dtime(rng.randrange(8, 17), rng.randrange(60)), tzinfo=UTC)


# --------------------------------------------------------------------------- context


def previous_runs() -> list[int]:
    """Run numbers of earlier `seed-scale` runs on this database (from the audit log)."""
    ids = db.session.scalars(
        db.select(AuditEntry.object_id).where(AuditEntry.object_type == AUDIT_TYPE)
    ).all()
    return sorted(int(i) for i in ids if i.isdigit())


def _context(today: date) -> _Context:
    found = dict(
        db.session.execute(
            db.select(Organisation.name, Organisation.id).where(
                Organisation.kind == "municipality", Organisation.name.in_(MUNICIPALITIES)
            )
        ).all()
    )
    orgs = {name: found[name] for name in MUNICIPALITIES if name in found}
    if len(orgs) != len(MUNICIPALITIES):
        raise ScaleError(
            "De demoregio ontbreekt. Laad eerst de demodata met `flask seed-demo`; de schaaldata "
            "komt daar bovenop."
        )
    province_id = db.session.scalar(
        db.select(Organisation.id).where(Organisation.kind == "authority").order_by(Organisation.id)
    )
    jobhunters: dict[int, int] = {}
    for user_id, org_id in db.session.execute(
        db.select(User.id, User.organisation_id)
        .where(User.role == "jobhunter", User.organisation_id.in_(orgs.values()))
        .order_by(User.id)
    ):
        jobhunters.setdefault(org_id, user_id)
    procurement = db.session.execute(
        db.select(User.id, User.organisation_id)
        .where(User.role == "procurement")
        .order_by(User.id)
        .limit(1)
    ).first()
    client_pools, region_pool = _postcode_pools(orgs)
    esco = [
        (
            occ_id,
            preferred,
            [a.strip() for a in (alt or "").splitlines() if a.strip()],
            description or "",
        )
        for occ_id, preferred, alt, description in db.session.execute(
            db.select(
                Occupation.id,
                Occupation.preferred_label,
                Occupation.alt_labels,
                Occupation.description,
            ).order_by(Occupation.id)
        )
    ]
    # A vacancy titled with an alternative label that other occupations carry too ("tuinman":
    # hovenier, medewerker groenvoorziening, botanicus) would be coded to an occupation its
    # title does not name: titles use only the labels that belong to one occupation.
    owners: dict[str, int] = {}
    for _id, preferred, alts, _d in esco:
        for label in {preferred.lower(), *(a.lower() for a in alts)}:
            owners[label] = owners.get(label, 0) + 1
    esco = [
        (occ_id, preferred, [a for a in alts if owners[a.lower()] == 1], description)
        for occ_id, preferred, alts, description in esco
    ]
    # The demo's labels mean the occupations the demo codes them to (app.seed.demo.MEANT).
    labels = {label.lower(): occ_id for label, occ_id in demo_occupation_ids().items()}
    return _Context(
        today,
        orgs,
        province_id,
        jobhunters,
        procurement.id if procurement else None,
        procurement.organisation_id if procurement else None,
        client_pools,
        region_pool,
        labels,
        esco,
    )


def _postcode_pools(orgs: dict[str, int]) -> tuple[dict[int, list[_Place]], list[_Place]]:
    """PC4 areas near each municipality (clients) and in the region (employers).

    From the PC4 table when it is loaded; otherwise the demo municipalities' own PC4 lists.
    """
    areas = db.session.execute(
        db.select(
            PostcodeArea.pc4, PostcodeArea.place, PostcodeArea.latitude, PostcodeArea.longitude
        ).order_by(PostcodeArea.pc4)
    ).all()
    by_pc4 = {a.pc4: a for a in areas}
    fallback = {
        orgs[name]: [_Place(pc4, PLACE_NAMES[name]) for pc4 in pc4s]
        for name, pc4s in MUNICIPALITIES.items()
    }
    centres = {}
    for name, pc4s in MUNICIPALITIES.items():
        known = [by_pc4[p] for p in pc4s if p in by_pc4]
        if known:
            centres[orgs[name]] = (
                sum(a.latitude for a in known) / len(known),
                sum(a.longitude for a in known) / len(known),
            )
    if len(centres) != len(orgs):
        return fallback, [p for pool in fallback.values() for p in pool]
    clients = {
        org_id: [
            _Place(a.pc4, a.place)
            for a in areas
            if _distance_km(lat, lon, a.latitude, a.longitude) <= CLIENT_RADIUS_KM
        ]
        for org_id, (lat, lon) in centres.items()
    }
    mid_lat = sum(c[0] for c in centres.values()) / len(centres)
    mid_lon = sum(c[1] for c in centres.values()) / len(centres)
    region = [
        _Place(a.pc4, a.place)
        for a in areas
        if _distance_km(mid_lat, mid_lon, a.latitude, a.longitude) <= REGION_RADIUS_KM
    ]
    return clients, region


# --------------------------------------------------------------------------- inserting


def _insert(model, rows: list[dict], label: str, echo: Callable[[str], None]) -> None:
    """Bulk-insert `rows` in batches of `BATCH`, printing progress.

    Core on the table rather than the ORM's bulk path: the ORM leaves out None values and so
    splits a batch into many small statements by which columns happen to be empty. No
    RETURNING either: SQLite can only return ids in parameter order one row at a time, so the
    new ids are read back afterwards by each table's unique key (see `_ids`).
    """
    table = model.__table__
    done = 0
    for batch in _batches(rows):
        db.session.execute(insert(table), list(batch))
        done += len(batch)
        if len(rows) > BATCH:
            echo(f"  {label}: {_fmt(done)}/{_fmt(len(rows))}")


def _ids(statement) -> dict:
    """`{key: id}` from a select of (key, id) rows."""
    return {key: row_id for key, row_id in db.session.execute(statement)}


# --------------------------------------------------------------------------- generators


def _occupations_for(sector: str) -> list[tuple[str, str, list[str]]]:
    return [o for o in OCCUPATIONS if o[1] == sector] or [SCHOONMAAK]


def _employer_rows(rng: random.Random, ctx: _Context, count: int, run: int) -> list[dict]:
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


def _vacancy_rows(
    rng: random.Random, ctx: _Context, count: int, employers: list[tuple[int, str, str, str, int]]
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


def _client_rows(
    rng: random.Random, ctx: _Context, count: int, run: int
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
class _CatalogueInfo:
    id: int
    year_blocks: list[str]
    other_blocks: list[tuple[str, str]]  # (code, unit)
    bonuses: list[str]


def _catalogues() -> list[_CatalogueInfo]:
    """The preset catalogues with their block codes by unit and bonus codes."""
    ensure_preset_catalogues()
    db.session.flush()
    infos = {
        cat_id: _CatalogueInfo(cat_id, [], [], [])
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


def _contract_rows(
    rng: random.Random,
    ctx: _Context,
    count: int,
    run: int,
    suppliers: list[int],
    catalogues: list[_CatalogueInfo],
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


def _activity_rows(
    rng: random.Random,
    ctx: _Context,
    count: int,
    contracts: list[tuple[int, dict]],
    catalogues: list[_CatalogueInfo],
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
        elif unit == "invoice":
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


# --------------------------------------------------------------------------- the command


def seed_scale(
    *,
    clients: int = DEFAULT_CLIENTS,
    vacancies: int = DEFAULT_VACANCIES,
    contracts: int = DEFAULT_CONTRACTS,
    activities: int = DEFAULT_ACTIVITIES,
    employers: int | None = None,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    again: bool = False,
    echo: Callable[[str], None] = print,
) -> ScaleReport:
    """Add a synthetic data set of the given size on top of the demo region; commit it.

    Raises :class:`ScaleError` without the demo data, or on a second run without `again`.
    """
    for name, number in (
        ("clients", clients),
        ("vacancies", vacancies),
        ("contracts", contracts),
        ("activities", activities),
        ("employers", employers or 0),
    ):
        if number < 0:
            raise ScaleError(f"--{name} mag niet negatief zijn.")
    today = today or date.today()
    runs = previous_runs()
    if runs and not again:
        raise ScaleError(
            f"Er staat al schaaldata in deze database ({len(runs)}× geladen). Geef --again om er "
            f"nog een set bij te zetten."
        )
    run = (runs[-1] + 1) if runs else 1
    report = ScaleReport(run=run, seed=seed)
    # One transaction: a failed run leaves nothing behind, and the session keeps one connection
    # (so the SQLite cache setting below stays with it).
    try:
        with _bulk_settings():
            _seed(
                report,
                ctx_today=today,
                clients=clients,
                vacancies=vacancies,
                contracts=contracts,
                activities=activities,
                employers=employers,
                echo=echo,
            )
        began = time.perf_counter()
        db.session.commit()
        report.seconds["vastleggen"] = time.perf_counter() - began
    except BaseException:
        db.session.rollback()
        raise
    return report


@contextmanager
def _bulk_settings() -> Iterator[None]:
    """On SQLite, a page cache large enough that inserting rarely spills to disk mid-transaction.

    With the default 2 MB cache, SQLite writes (and fsyncs) its journal each time the cache fills,
    which makes the full volume several times slower on an ordinary disk. The setting belongs
    to the connection and is put back before the commit.
    """
    if db.engine.dialect.name != "sqlite":
        yield
        return
    before = db.session.scalar(text("PRAGMA cache_size"))
    db.session.execute(text(f"PRAGMA cache_size = {SQLITE_CACHE_KIB}"))
    try:
        yield
    finally:
        db.session.execute(text(f"PRAGMA cache_size = {int(before)}"))


def _seed(
    report: ScaleReport,
    *,
    ctx_today: date,
    clients: int,
    vacancies: int,
    contracts: int,
    activities: int,
    employers: int | None,
    echo: Callable[[str], None],
) -> None:
    """The work of `seed_scale`, one table group after another, in the caller's transaction."""
    run, seed, today = report.run, report.seed, ctx_today
    began = time.perf_counter()
    ctx = _context(today)
    if employers is None:
        needed = vacancies or contracts
        employers = max(1, -(-vacancies // VACANCIES_PER_EMPLOYER)) if needed else 0
    report.seconds["voorbereiden"] = time.perf_counter() - began

    # Employers, each with its own organisation (kind `employer`).
    began = time.perf_counter()
    employer_rows = _employer_rows(_rng(seed, run, "employers"), ctx, employers, run)
    # Employer names are unique within a run; organisations have no other key to read ids by.
    last_org = db.session.scalar(db.select(db.func.max(Organisation.id))) or 0
    _insert(
        Organisation,
        [{"kind": "employer", "name": r["name"]} for r in employer_rows],
        "organisaties",
        echo,
    )
    org_ids = _ids(
        db.select(Organisation.name, Organisation.id).where(
            Organisation.id > last_org, Organisation.kind == "employer"
        )
    )
    for row in employer_rows:
        row["organisation_id"] = org_ids[row["name"]]
    last_employer = db.session.scalar(db.select(db.func.max(Employer.id))) or 0
    _insert(Employer, employer_rows, "werkgevers", echo)
    employer_ids = _ids(db.select(Employer.kvk, Employer.id).where(Employer.id > last_employer))
    pool = [
        (employer_ids[r["kvk"]], r["name"], r["sector"], r["postcode"], r["municipality_id"])
        for r in employer_rows
    ]
    if not pool and (vacancies or contracts):
        pool = [
            tuple(row)
            for row in db.session.execute(
                db.select(
                    Employer.id,
                    Employer.name,
                    Employer.sector,
                    Employer.postcode,
                    Employer.municipality_id,
                ).order_by(Employer.id)
            )
        ]
    report.counts["werkgevers"] = len(employer_rows)
    report.seconds["werkgevers"] = time.perf_counter() - began
    echo(f"Werkgevers: {_fmt(len(employer_rows))} ({report.seconds['werkgevers']:.1f} s)")

    began = time.perf_counter()
    vacancy_rows = _vacancy_rows(_rng(seed, run, "vacancies"), ctx, vacancies, pool) if pool else []
    _insert(Vacancy, vacancy_rows, "vacatures", echo)
    report.counts["vacatures"] = len(vacancy_rows)
    report.seconds["vacatures"] = time.perf_counter() - began
    echo(f"Vacatures: {_fmt(len(vacancy_rows))} ({report.seconds['vacatures']:.1f} s)")

    began = time.perf_counter()
    client_rows, wishes = _client_rows(_rng(seed, run, "clients"), ctx, clients, run)
    _insert(Client, client_rows, "werkzoekenden", echo)
    by_pseudonym = _ids(
        db.select(Client.pseudonym, Client.id).where(Client.pseudonym.like(f"Kandidaat S{run}-%"))
    )
    client_ids = [by_pseudonym[row["pseudonym"]] for row in client_rows]
    occupation_rows = [
        {"client_id": client_id, "text": text, "occupation_id": occ_id}
        for client_id, wanted in zip(client_ids, wishes, strict=True)
        for text, occ_id in wanted
    ]
    _insert(ClientOccupation, occupation_rows, "gewenste beroepen", echo)
    report.counts["werkzoekenden"] = len(client_rows)
    report.counts["gewenste beroepen"] = len(occupation_rows)
    report.seconds["werkzoekenden"] = time.perf_counter() - began
    echo(
        f"Werkzoekenden: {_fmt(len(client_rows))} met {_fmt(len(occupation_rows))} gewenste "
        f"beroepen ({report.seconds['werkzoekenden']:.1f} s)"
    )

    began = time.perf_counter()
    catalogues = _catalogues()
    contract_rows = []
    if contracts:
        if not pool:
            raise ScaleError("Er zijn geen werkgevers om contracten aan te geven.")
        contract_rows = _contract_rows(
            _rng(seed, run, "contracts"), ctx, contracts, run, [p[0] for p in pool], catalogues
        )
    _insert(Contract, contract_rows, "contracten", echo)
    by_reference = {
        (authority_id, reference): contract_id
        for authority_id, reference, contract_id in db.session.execute(
            db.select(Contract.authority_id, Contract.reference, Contract.id).where(
                Contract.reference.like(f"SR{run}-%")
            )
        )
    }
    contract_ids = [by_reference[(r["authority_id"], r["reference"])] for r in contract_rows]
    activity_rows = []
    if activities and contract_rows:
        clients_by_municipality: dict[int, list[int]] = {}
        for client_id, row in zip(client_ids, client_rows, strict=True):
            clients_by_municipality.setdefault(row["municipality_id"], []).append(client_id)
        activity_rows = _activity_rows(
            _rng(seed, run, "activities"),
            ctx,
            activities,
            list(zip(contract_ids, contract_rows, strict=True)),
            catalogues,
            clients_by_municipality,
        )
    _insert(SroiActivity, activity_rows, "SROI-activiteiten", echo)
    report.counts["contracten"] = len(contract_rows)
    report.counts["SROI-activiteiten"] = len(activity_rows)
    summary = ", ".join(f"{_fmt(n)} {name}" for name, n in report.counts.items())
    audit.record(
        "create",
        object_type=AUDIT_TYPE,
        object_id=str(run),
        detail=f"flask seed-scale (seed {seed}, peildatum {today.isoformat()}): {summary}",
    )
    report.seconds["contracten"] = time.perf_counter() - began
    echo(
        f"SROI: {_fmt(len(contract_rows))} contracten met {_fmt(len(activity_rows))} "
        f"activiteiten ({report.seconds['contracten']:.1f} s)"
    )


def register(app: Flask) -> None:
    """Add `flask seed-scale` to the app's command line."""

    @app.cli.command("seed-scale")
    @click.option(
        "--clients",
        type=click.IntRange(min=0),
        default=DEFAULT_CLIENTS,
        show_default=True,
        help="Aantal werkzoekenden.",
    )
    @click.option(
        "--vacancies",
        type=click.IntRange(min=0),
        default=DEFAULT_VACANCIES,
        show_default=True,
        help="Aantal vacatures.",
    )
    @click.option(
        "--contracts",
        type=click.IntRange(min=0),
        default=DEFAULT_CONTRACTS,
        show_default=True,
        help="Aantal SROI-contracten.",
    )
    @click.option(
        "--activities",
        type=click.IntRange(min=0),
        default=DEFAULT_ACTIVITIES,
        show_default=True,
        help="Aantal SROI-activiteiten (ingediend of goedgekeurd).",
    )
    @click.option(
        "--employers",
        type=click.IntRange(min=0),
        default=None,
        help=f"Aantal werkgevers [standaard: 1 per {VACANCIES_PER_EMPLOYER} vacatures].",
    )
    @click.option(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        show_default=True,
        help="Startwaarde van de toevalsgenerator (zelfde waarde, zelfde data).",
    )
    @click.option(
        "--today",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="Peildatum (JJJJ-MM-DD); standaard vandaag.",
    )
    @click.option(
        "--again",
        is_flag=True,
        help="Nog een set toevoegen als er al schaaldata in de database staat.",
    )
    def seed_scale_command(
        clients, vacancies, contracts, activities, employers, seed, today, again
    ):
        """Voeg synthetische data op schaal toe bovenop de demoregio (voor benchmarks)."""
        began = time.perf_counter()
        report = seed_scale(
            clients=clients,
            vacancies=vacancies,
            contracts=contracts,
            activities=activities,
            employers=employers,
            seed=seed,
            today=today.date() if today else None,
            again=again,
            echo=click.echo,
        )
        click.echo(
            f"Schaaldata geladen (set {report.run}, seed {report.seed}) in "
            f"{time.perf_counter() - began:.1f} s."
        )
