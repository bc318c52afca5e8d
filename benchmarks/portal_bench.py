"""Portal benchmark: every role's main pages, median and p95 beside a light page of the same run.

Run from the repository root (the reference data is read from data/):

    .venv/bin/python benchmarks/portal_bench.py --small          # demo region, SQLite, minutes
    .venv/bin/python benchmarks/portal_bench.py                  # SPEC §7 volume, SQLite
    .venv/bin/python benchmarks/portal_bench.py --database-url postgresql+psycopg://USER@HOST/DB \\
        --empty-database [--small]                               # the same on PostgreSQL
    .venv/bin/python benchmarks/portal_bench.py --database-url sqlite:////tmp/x/bench.db \
        --reuse-database                                         # measure an earlier built one

What it does, all in one process (the Flask test client: application time only, no network):

1. builds a fresh SQLite database in a temporary folder (or empties the PostgreSQL database of
   `--database-url`, only with `--empty-database`), runs the migrations, imports the ESCO
   occupations and PC4 postcodes, `flask seed-demo`, and — unless `--small` — `flask
   seed-scale` at the SPEC §7 volume (50,000 clients, 100,000 vacancies, 10,000 contracts,
   100,000 SROI activities; `--clients` etc. to change);
2. logs in through the real login form as the demo account of each role (beheerder,
   jobhunter, inkoop, werkgever; staff with their authenticator code);
3. saves the matching index (`flask matching-snapshot`), forgets the matching state and times
   the first match pages (the first client page and the first vacancy page a fresh worker
   answers: SPEC §7, ≤ 5 s; `worker_start_bench.py` measures fresh processes and preload);
4. for each role, every page of its menu (read from the navigation) plus the detail pages behind
   it (a client, its matching vacancies, a vacancy, an employer, a contract; random ids the
   account may see) and the light page *Mijn account*, measured before and after the role's
   pages: one warm-up request, then `--requests` timed ones, at most `--page-budget` seconds
   per page (a page slower than that gets fewer samples, at least one; a single request cannot
   be cut off, so `--skip` leaves out a page known to take minutes).

Prints per page n, median, p95, max and the median's ratio to the light page of the same role,
and marks pages over the SPEC §7 targets (median ≤ 300 ms and ≤ 15× the light page, one user).
Wall time is the target's measure; the CPU time and its ratio beside it show how much of a
ratio comes from a busy machine (a page of a few ms is rarely interrupted, a slower one often).
Writes everything as JSON to benchmarks/results/portal_bench.json (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._pages import LIGHT_LABEL, ROLE_LABELS, SEARCH_TERMS, role_pages, sample_ids  # noqa: E402

SHARED_DATA = ROOT / "data"
ESCO_CSV = SHARED_DATA / "esco" / "occupations_nl.csv"
PC4_CSV = SHARED_DATA / "geonames" / "nl_pc4.csv"
RESULTS = ROOT / "benchmarks" / "results" / "portal_bench.json"
ACCOUNTS = {
    "admin": "beheer@demo.werkbrug.nl",
    "jobhunter": "jobhunter@demo.werkbrug.nl",
    "procurement": "inkoop@demo.werkbrug.nl",
    "employer": "werkgever@demo.werkbrug.nl",
}
TARGET_MEDIAN_MS = 300.0
TARGET_RATIO = 15.0
FIRST_MATCH_TARGET_S = 5.0


# ---------------------------------------------------------------- set-up


def build_app(database_url: str | None, instance: Path):
    """The app with a test-friendly configuration (CSRF off for the login POSTs)."""
    from app import create_app

    return create_app(
        {
            "WERKBRUG_ENV": "development",
            "INSTANCE_PATH": str(instance),
            "SQLALCHEMY_DATABASE_URI": database_url or f"sqlite:///{instance / 'bench.db'}",
            "SECRET_KEY": "portal-bench-only",  # noqa: S106 - throw-away database
            "WTF_CSRF_ENABLED": False,
            "LOGIN_THROTTLE_ENABLED": False,
            "UPLOAD_FOLDER": str(instance / "uploads"),
        }
    )


def empty_database(app, allowed: bool) -> None:
    """Refuse a database that already holds tables unless `--empty-database` was given."""
    from sqlalchemy import MetaData, inspect, text

    from app.extensions import db

    with app.app_context():
        tables = inspect(db.engine).get_table_names()
        if not tables:
            return
        if not allowed:
            raise SystemExit(
                f"De database bevat al {len(tables)} tabellen. Geef --empty-database om hem "
                "voor de benchmark leeg te maken (alles gaat verloren)."
            )
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        else:
            meta = MetaData()
            meta.reflect(bind=db.engine)
            meta.drop_all(bind=db.engine)


def timed(label: str, timings: dict, function: Callable, *args, **kwargs):
    began = time.perf_counter()
    result = function(*args, **kwargs)
    timings[label] = round(time.perf_counter() - began, 2)
    print(f"  {label}: {timings[label]:.1f} s", flush=True)
    return result


def cli(runner, *args: str) -> str:
    result = runner.invoke(args=list(args))
    if result.exit_code != 0:
        raise SystemExit(f"flask {' '.join(args)} mislukte:\n{result.output}{result.exception!r}")
    return result.output


def set_up(app, args, timings: dict) -> None:
    """Migrations, reference data, demo data and (unless --small) scale data."""
    from flask_migrate import upgrade

    for path in (ESCO_CSV, PC4_CSV):
        if not path.exists():
            raise SystemExit(f"Referentiedata ontbreekt: {path}")
    runner = app.test_cli_runner()

    def migrate():
        with app.app_context():
            upgrade()

    timed("migraties", timings, migrate)
    timed("import-esco", timings, cli, runner, "import-esco", str(ESCO_CSV))
    timed("import-postcodes", timings, cli, runner, "import-postcodes", str(PC4_CSV))
    timed("seed-demo", timings, cli, runner, "seed-demo", "--today", args.today)
    if args.small:
        return
    if "seed-scale" not in app.cli.commands:
        from app.seed import scale

        scale.register(app)
    timed(
        "seed-scale",
        timings,
        cli,
        runner,
        "seed-scale",
        "--clients",
        str(args.clients),
        "--vacancies",
        str(args.vacancies),
        "--contracts",
        str(args.contracts),
        "--activities",
        str(args.activities),
        "--seed",
        str(args.seed),
        "--today",
        args.today,
    )


def bring_up_to_date(app, args, timings: dict) -> None:
    """An earlier built database: its migrations, then what the nightly jobs of `--today` do
    (vacancies past their closing date closed, the stored SROI status current)."""
    from flask_migrate import upgrade

    def migrate():
        with app.app_context():
            upgrade()

    timed("migraties", timings, migrate)
    runner = app.test_cli_runner()
    timed("close-vacancies", timings, cli, runner, "close-vacancies", "--today", args.today)
    timed("sroi-status", timings, cli, runner, "sroi-status", "--today", args.today)


def _vacuum_analyze(engine) -> None:
    """What PostgreSQL's autovacuum does within minutes of a bulk load or of a migration that
    rewrote a table: rows not yet marked all-visible make an index-only scan read the table
    itself (measured straight after migration 0023 rewrote every client, the monitor page took
    4× the SQL time of its steady state)."""
    from sqlalchemy import text

    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))


def enrol_staff(app) -> dict[str, str]:
    """A confirmed authenticator secret for each demo staff account, known to this script."""
    from app.extensions import db
    from app.models import User
    from app.models.base import utcnow
    from app.services import two_factor

    secrets = {}
    with app.app_context():
        for role, email in ACCOUNTS.items():
            if role == "employer":
                continue
            user = db.session.scalar(db.select(User).where(User.email == email))
            user.totp_secret = None
            user.totp_confirmed_at = None
            secrets[email] = two_factor.start_enrolment(user)
            user.totp_confirmed_at = utcnow()
        db.session.commit()
    return secrets


def login(app, email: str, secret: str | None):
    """A test client logged in through the real form (password, then the code for staff)."""
    import pyotp

    from app.seed.demo import DEMO_PASSWORD

    client = app.test_client()
    response = client.post("/inloggen", data={"email": email, "password": DEMO_PASSWORD})
    location = response.headers.get("Location", "")
    if secret and location.endswith("/inloggen/code"):
        response = client.post("/inloggen/code", data={"code": pyotp.TOTP(secret).now()})
        location = response.headers.get("Location", "")
    if response.status_code != 302 or "/inloggen" in location:
        raise SystemExit(
            f"Inloggen als {email} lukte niet ({response.status_code} naar {location or '-'}). "
            "Is de inlogstap veranderd?"
        )
    return client


def pick_ids(app) -> dict[str, list[int]]:
    from app.extensions import db
    from app.models import User

    with app.app_context():
        users = {
            role: db.session.scalar(db.select(User).where(User.email == email))
            for role, email in ACCOUNTS.items()
        }
        return sample_ids(users)


# ---------------------------------------------------------------- measuring


def summary(samples: list[tuple[float, float]], statuses: list[int]) -> dict:
    """n, median, p95, max of the wall time and the median CPU time, in ms.

    Wall time is what a user waits (including disk waits such as SQLite's fsync); CPU time is
    the work this process did, which a busy shared machine barely changes.
    """
    wall = sorted(w for w, _c in samples)
    cpu = [c for _w, c in samples]
    p95 = statistics.quantiles(wall, n=100, method="inclusive")[94] if len(wall) > 1 else wall[0]
    return {
        "n": len(wall),
        "median": round(statistics.median(wall), 1),
        "p95": round(p95, 1),
        "max": round(wall[-1], 1),
        "cpu_median": round(statistics.median(cpu), 1),
        "errors": sum(1 for s in statuses if s != 200),
        "statuses": sorted(set(statuses)),
    }


def sample(client, url: str) -> tuple[float, float, int]:
    """(wall ms, CPU ms of this thread, status) of one GET; the app runs in this thread."""
    wall, cpu = time.perf_counter(), time.thread_time()
    status = client.get(url).status_code
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000, status


def collect(client, urls: Callable[[], str], requests: int, budget: float):
    """One warm-up request, then up to `requests` timed ones within `budget` seconds.

    Returns ([(wall ms, CPU ms)], [status]); a page whose warm-up alone took the whole budget
    is measured by that one answer.
    """
    first = sample(client, urls())
    if first[0] / 1000 >= budget:
        return [first[:2]], [first[2]]
    samples, statuses = [], []
    deadline = time.perf_counter() + budget
    while len(samples) < requests and (not samples or time.perf_counter() < deadline):
        wall, cpu, status = sample(client, urls())
        samples.append((wall, cpu))
        statuses.append(status)
    return samples, statuses


def measure(client, urls: Callable[[], str], requests: int, budget: float) -> dict:
    return summary(*collect(client, urls, requests, budget))


def first_match_pages(app, client, ids: dict, rng: random.Random) -> dict:
    """The first client page and vacancy page after the matching state is reset, as in a
    worker started after `flask matching-snapshot` saved the index (the deploy step), without
    gunicorn's preload (see benchmarks/worker_start_bench.py for that and for fresh processes)."""
    from app.services import matching_index

    with app.app_context():
        began = time.perf_counter()
        matching_index.save_snapshot()
        print(f"  index opgeslagen: {time.perf_counter() - began:.1f} s", flush=True)
    matching_index.reset()
    result = {}
    for label, url in (
        (
            "eerste klantpagina (top-5 vacatures)",
            f"/jobhunter/werkzoekenden/{rng.choice(ids['client'])}",
        ),
        (
            "eerste vacaturepagina (kandidaten)",
            f"/jobhunter/vacatures/{rng.choice(ids['vacancy'])}",
        ),
    ):
        wall, _cpu, status = sample(client, url)
        result[label] = {"seconds": round(wall / 1000, 2), "status": status}
        print(f"  {label}: {wall / 1000:.2f} s (status {status})", flush=True)
    return result


def url_maker(template: str, ids: dict, rng: random.Random) -> Callable[[], str]:
    def make() -> str:
        values = {kind: rng.choice(v) if v else 0 for kind, v in ids.items()}
        values["term"] = quote(rng.choice(SEARCH_TERMS))
        return template.format(**values)

    return make


def measure_role(client, pages: list[dict], ids: dict, args, rng: random.Random) -> dict:
    """Every page of one role; the light page before and after them, its samples pooled."""
    light = next(p for p in pages if p["kind"] == "light")
    results: dict[str, dict] = {}
    light_url = url_maker(light["url"], ids, rng)
    before = collect(client, light_url, args.requests, args.page_budget)
    for page in pages:
        if page["kind"] == "light":
            continue
        if any(part.lower() in page["label"].lower() for part in args.skip):
            print(f"  {page['label']}: overgeslagen (--skip)", flush=True)
            continue
        kinds = [k for k in ids if "{" + k + "}" in page["url"]]
        if any(not ids[k] for k in kinds):
            print(f"  {page['label']}: overgeslagen (geen {', '.join(kinds)})", flush=True)
            continue
        began = time.perf_counter()
        results[page["label"]] = measure(
            client, url_maker(page["url"], ids, rng), args.requests, args.page_budget
        )
        stats = results[page["label"]]
        print(
            f"  {page['label']}: mediaan {stats['median']:.0f} ms, p95 {stats['p95']:.0f} ms "
            f"(n={stats['n']}, {time.perf_counter() - began:.0f} s)",
            flush=True,
        )
    after = collect(client, light_url, args.requests, args.page_budget)
    light_stats = summary(before[0] + after[0], before[1] + after[1])
    light_stats["before_after_median"] = [
        round(statistics.median(w for w, _c in part[0]), 1) for part in (before, after)
    ]
    for stats in results.values():
        stats["ratio"] = round(stats["median"] / light_stats["median"], 1)
        # The same ratio in CPU time: on a busy machine a 2 ms page is rarely interrupted and
        # a 50 ms one often, so the wall-time ratio grows with the load; this one barely does.
        stats["cpu_ratio"] = round(stats["cpu_median"] / max(light_stats["cpu_median"], 0.1), 1)
        stats["over_target"] = (
            stats["median"] > TARGET_MEDIAN_MS
            or stats["ratio"] > TARGET_RATIO
            or stats["errors"] > 0
        )
    return {"light": light_stats, "pages": results}


# ---------------------------------------------------------------- report


def print_table(roles: dict) -> None:
    header = (
        f"{'pagina':<46} {'n':>4} {'mediaan':>8} {'p95':>8} {'max':>8} {'× licht':>8} "
        f"{'cpu med':>8} {'cpu ×':>6}  doel"
    )
    print(header)
    print("-" * len(header))
    for name, role in roles.items():
        light = role["light"]
        label = f"{ROLE_LABELS.get(name, name)} · {LIGHT_LABEL} voor/na"
        print(
            f"{label[:45]:<46} {light['n']:>4} {light['median']:>8.1f} "
            f"{light['p95']:>8.1f} {light['max']:>8.1f} {'1.0':>8} "
            f"{light['cpu_median']:>8.1f} {'1.0':>6}"
        )
        for name, s in role["pages"].items():
            verdict = "✗" if s["over_target"] else "ok"
            if s["errors"]:
                verdict += f" ({s['errors']} fout, status {s['statuses']})"
            print(
                f"{name[:45]:<46} {s['n']:>4} {s['median']:>8.1f} {s['p95']:>8.1f} "
                f"{s['max']:>8.1f} {s['ratio']:>7.1f}× {s['cpu_median']:>8.1f} "
                f"{s['cpu_ratio']:>5.1f}×  {verdict}"
            )
        print()


def _stop(signum, frame):  # noqa: ARG001 - signal handler signature
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="alleen de demoregio (snel)")
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--vacancies", type=int, default=100_000)
    parser.add_argument("--contracts", type=int, default=10_000)
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30, help="getimede verzoeken per pagina")
    parser.add_argument(
        "--page-budget", type=float, default=60.0, help="hoogstens zoveel seconden per pagina"
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="TEKST",
        help="sla pagina's over waarvan de naam dit bevat (herhaalbaar), bv. een pagina die "
        "minuten per verzoek kost: één verzoek is niet af te breken",
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--today", default=date.today().isoformat(), help="peildatum JJJJ-MM-DD")
    parser.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL in plaats van een tijdelijke SQLite-database",
    )
    parser.add_argument(
        "--empty-database",
        action="store_true",
        help="maak de database van --database-url eerst leeg",
    )
    parser.add_argument(
        "--reuse-database",
        action="store_true",
        help="meet op de database van --database-url zoals hij is (eerder opgebouwd): alleen "
        "migraties en de opgeslagen SROI-stand bijwerken",
    )
    parser.add_argument("--keep", action="store_true", help="bewaar de tijdelijke map")
    parser.add_argument("--json", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if not (1 <= args.requests <= 1000 and 0 < args.page_budget <= 600):
        parser.error("Begrensd: 1–1000 verzoeken en hoogstens 600 s per pagina.")
    if args.reuse_database and (not args.database_url or args.empty_database):
        parser.error("--reuse-database hoort bij --database-url, zonder --empty-database.")

    signal.signal(signal.SIGTERM, _stop)  # `kill` or a time-out also removes the folder
    instance = Path(tempfile.mkdtemp(prefix="werkbrug-portal-bench-"))
    app = build_app(args.database_url, instance)
    from app.extensions import db

    with app.app_context():
        dialect = db.engine.dialect.name
    where = "opgegeven" if args.database_url else f"tijdelijk in {instance}"
    print(f"Database: {dialect} ({where})")
    timings: dict[str, float] = {}
    try:
        if args.reuse_database:
            print("Bijwerken:")
            bring_up_to_date(app, args, timings)
        else:
            empty_database(app, args.empty_database)
            print("Opbouwen:")
            set_up(app, args, timings)
        if dialect == "postgresql":
            with app.app_context():
                timed("vacuum-analyze", timings, _vacuum_analyze, db.engine)
        return run_measurements(app, args, dialect, timings)
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        if not args.keep:
            shutil.rmtree(instance, ignore_errors=True)


def run_measurements(app, args, dialect: str, timings: dict) -> int:
    from app.extensions import db
    from app.models import Client, Contract, Vacancy

    rng = random.Random(args.seed)  # noqa: S311 - which ids to request
    with app.app_context():
        counts = {
            name: db.session.scalar(db.select(db.func.count()).select_from(model))
            for name, model in (
                ("clients", Client),
                ("vacancies", Vacancy),
                ("contracts", Contract),
            )
        }
    pages, missing = role_pages(app)
    ids = pick_ids(app)
    secrets = enrol_staff(app)
    clients = {role: login(app, email, secrets.get(email)) for role, email in ACCOUNTS.items()}
    load_before = os.getloadavg()

    print(f"Meten ({counts}):")
    cold = first_match_pages(app, clients["jobhunter"], ids, rng)
    roles = {}
    for role, role_page_list in pages.items():
        if role not in clients:
            continue
        print(f" {role}:", flush=True)
        roles[role] = measure_role(clients[role], role_page_list, ids, args, rng)

    print(
        f"\nMilliseconden wandkloktijd, één gebruiker, Flask-testclient; {args.requests} "
        f"verzoeken per pagina na 1 opwarmverzoek (hoogstens {args.page_budget:.0f} s per "
        f"pagina); {dialect}, {'demoregio' if args.small else 'SPEC §7-volume'} {counts}; "
        f"belasting van de machine {load_before[0]:.1f} → {os.getloadavg()[0]:.1f}.\n"
    )
    print_table(roles)
    over = [name for r in roles.values() for name, s in r["pages"].items() if s["over_target"]]
    first_ok = all(c["seconds"] <= FIRST_MATCH_TARGET_S for c in cold.values())
    print(
        f"Doel mediaan ≤ {TARGET_MEDIAN_MS:.0f} ms en ≤ {TARGET_RATIO:.0f}× de lichte pagina: "
        + (
            "gehaald voor elke pagina."
            if not over
            else f"niet gehaald voor {len(over)}: " + ", ".join(over) + "."
        )
    )
    print(
        f"Eerste matchpagina na een herstart ≤ {FIRST_MATCH_TARGET_S:.0f} s: "
        + ("gehaald." if first_ok else "niet gehaald.")
        + " "
        + ", ".join(f"{k} {v['seconds']:.2f} s" for k, v in cold.items())
    )
    if missing:
        print(f"Niet gevonden (overgeslagen): {', '.join(missing)}")

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "benchmark": "portal_bench",
                "when": time.strftime("%Y-%m-%d %H:%M"),
                "command": " ".join([Path(sys.executable).name, *sys.argv]),
                "database": dialect,
                "volume": "demo" if args.small else "spec7",
                "counts": counts,
                "requests_per_page": args.requests,
                "page_budget_s": args.page_budget,
                "machine": {
                    "python": platform.python_version(),
                    "cpus": os.cpu_count(),
                    "load_average_before": load_before,
                    "load_average_after": os.getloadavg(),
                    "platform": platform.platform(),
                },
                "setup_seconds": timings,
                "targets": {
                    "median_ms": TARGET_MEDIAN_MS,
                    "ratio_to_light": TARGET_RATIO,
                    "first_match_page_s": FIRST_MATCH_TARGET_S,
                },
                "first_match_pages": cold,
                "roles": roles,
                "over_target": over,
                "missing_endpoints": missing,
                "skipped": args.skip,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    print(f"Resultaten: {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
