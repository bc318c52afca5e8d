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

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

import click
from flask import Flask
from sqlalchemy import insert, text

from app.extensions import db
from app.models import (
    AuditEntry,
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
from app.seed import scale_rows
from app.seed.demo import MUNICIPALITIES, demo_occupation_ids
from app.seed.demo_words import PLACE_NAMES
from app.services import audit
from matching.geo import haversine_km

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


def _fmt(number: int) -> str:
    """A count in Dutch notation: 50.000."""
    return f"{number:,}".replace(",", ".")


def _batches(rows: Sequence[dict], size: int = BATCH) -> Iterator[Sequence[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


# --------------------------------------------------------------------------- runs


def previous_runs() -> list[int]:
    """Run numbers of earlier `seed-scale` runs on this database (from the audit log)."""
    ids = db.session.scalars(
        db.select(AuditEntry.object_id).where(AuditEntry.object_type == AUDIT_TYPE)
    ).all()
    return sorted(int(i) for i in ids if i.isdigit())


# --------------------------------------------------------------------------- context


def _context(today: date) -> scale_rows.ScaleContext:
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
    # The demo's labels mean the occupations the demo codes them to (app.seed.demo_words.MEANT).
    labels = {label.lower(): occ_id for label, occ_id in demo_occupation_ids().items()}
    return scale_rows.ScaleContext(
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


def _postcode_pools(
    orgs: dict[str, int],
) -> tuple[dict[int, list[scale_rows.Place]], list[scale_rows.Place]]:
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
        orgs[name]: [scale_rows.Place(pc4, PLACE_NAMES[name]) for pc4 in pc4s]
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
            scale_rows.Place(a.pc4, a.place)
            for a in areas
            if _distance_km(lat, lon, a.latitude, a.longitude) <= CLIENT_RADIUS_KM
        ]
        for org_id, (lat, lon) in centres.items()
    }
    mid_lat = sum(c[0] for c in centres.values()) / len(centres)
    mid_lon = sum(c[1] for c in centres.values()) / len(centres)
    region = [
        scale_rows.Place(a.pc4, a.place)
        for a in areas
        if _distance_km(mid_lat, mid_lon, a.latitude, a.longitude) <= REGION_RADIUS_KM
    ]
    return clients, region


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance, as the matching engine measures it (`matching.geo`)."""
    return float(haversine_km(lat1, lon1, lat2, lon2))


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
        # Bulk inserts pass the session hook by: store the contracts' SROI status as the
        # nightly job would, so the pages start from current figures.
        from app.services.sroi_status import refresh_stale

        began = time.perf_counter()
        refresh_stale(today)
        db.session.commit()
        report.seconds["SROI-stand"] = time.perf_counter() - began
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
    employer_rows = scale_rows.employer_rows(
        scale_rows.section_rng(seed, run, "employers"), ctx, employers, run
    )
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
    vacancy_rows = (
        scale_rows.vacancy_rows(
            scale_rows.section_rng(seed, run, "vacancies"), ctx, vacancies, pool
        )
        if pool
        else []
    )
    _insert(Vacancy, vacancy_rows, "vacatures", echo)
    report.counts["vacatures"] = len(vacancy_rows)
    report.seconds["vacatures"] = time.perf_counter() - began
    echo(f"Vacatures: {_fmt(len(vacancy_rows))} ({report.seconds['vacatures']:.1f} s)")

    began = time.perf_counter()
    client_rows, wishes = scale_rows.client_rows(
        scale_rows.section_rng(seed, run, "clients"), ctx, clients, run
    )
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
    catalogues = scale_rows.catalogues()
    contract_rows = []
    if contracts:
        if not pool:
            raise ScaleError("Er zijn geen werkgevers om contracten aan te geven.")
        contract_rows = scale_rows.contract_rows(
            scale_rows.section_rng(seed, run, "contracts"),
            ctx,
            contracts,
            run,
            [p[0] for p in pool],
            catalogues,
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
        activity_rows = scale_rows.activity_rows(
            scale_rows.section_rng(seed, run, "activities"),
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
