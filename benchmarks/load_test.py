"""Load test: 20 concurrent users against gunicorn + PostgreSQL, with a database restart halfway.

Run from the repository root as root (the throw-away PostgreSQL cluster runs as user postgres,
as in .ci/run), e.g.:

    .venv/bin/python benchmarks/load_test.py                      # SPEC §7 volume, 60 s
    .venv/bin/python benchmarks/load_test.py --small --duration 30 # demo data only, quick

What it does (loopback only: every request goes to 127.0.0.1, every loop is bounded):

1. initdb + start a PostgreSQL cluster in a temporary folder on 127.0.0.1 (fsync off);
2. `flask db upgrade`, the ESCO and PC4 reference data from data/,
   `flask seed-demo`, and `flask seed-scale` at the SPEC §7 volume (50,000 clients,
   100,000 vacancies, 10,000 contracts, 100,000 activities) when that command exists —
   otherwise, or with --small, the demo region only (150 clients, 120 vacancies);
3. one account per virtual user (jobhunters, procurement, employer users, a beheerder) with a
   known TOTP secret, so each user logs in through the real two-step login with CSRF tokens;
4. gunicorn with production settings (`WERKBRUG_ENV=production`, 3 workers × 4 threads);
5. a warm-up (each worker fits its matching index on first use), then `--duration` seconds of
   20 users each requesting its role's main pages in a loop, with think time 0; jobhunters
   also log employer contacts (a POST that writes a row and its audit entry in one transaction);
6. halfway, `pg_ctl restart -m fast`: requests in flight or arriving while the database is down
   fail (500/503), later ones must succeed again (pool_pre_ping reconnects);
7. afterwards: every logged contact has its audit entry and vice versa (no half-written
   records), and no request that got a redirect (success) lacks its row.

Prints p50/p95/p99 and the error rate per page, outside and inside the restart window, and
writes them to benchmarks/results/load_test.json (ignored by git).

Bandit notes: the subprocess calls run fixed programs (PostgreSQL's, this virtualenv's) with
arguments built here, never from outside input (S603); `random` only picks which page a
virtual user asks for next, nothing secret (S311).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
SHARED_DATA = ROOT / "data"
RESULTS = ROOT / "benchmarks" / "results" / "load_test.json"
HOST = "127.0.0.1"
PASSWORD = "loadtest-" + secrets.token_hex(8)
DEMO_TODAY = "2026-11-16"
TIMEOUT = 60.0  # per request while measuring; a slower answer counts as an error
WARM_TIMEOUT = 600.0  # per request while warming up (a worker fitting its matching index)
TARGET_P95_MS = 150.0
CSRF = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|'
    r'name="csrf_token" value="([^"]+)"'
)


def log(message: str) -> None:
    print(time.strftime("%H:%M:%S"), message, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------------------- PostgreSQL


class Cluster:
    """A throw-away PostgreSQL cluster on 127.0.0.1 owned by user postgres."""

    def __init__(self, port: int):
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
        if not bins:
            sys.exit("PostgreSQL ontbreekt: apt-get install postgresql (zie .ci/run).")
        self.bin = bins[-1]
        self.port = port
        self.data = Path(tempfile.mkdtemp(prefix="werkbrug-load-pg-"))
        self.url = f"postgresql+psycopg://postgres@{HOST}:{port}/werkbrug"

    def _as_postgres(self, *args: str) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)

    def pg_ctl(self, *args: str) -> None:
        subprocess.run(
            self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), *args),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres", "postgres")
        subprocess.run(
            self._as_postgres(
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "--locale=C.UTF-8",
                "-E",
                "UTF8",
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.pg_ctl(
            "-l",
            str(self.data / "server.log"),
            "-w",
            "-o",
            f"-p {self.port} -k {self.data} -c listen_addresses={HOST} -c fsync=off "
            "-c max_connections=200",
            "start",
        )
        subprocess.run(
            [
                str(self.bin / "psql"),
                "-h",
                HOST,
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-q",
                "-c",
                "CREATE DATABASE werkbrug",
            ],
            check=True,
        )

    def restart(self) -> None:
        self.pg_ctl("-m", "fast", "-w", "restart")

    def stop(self) -> None:
        try:
            self.pg_ctl("-m", "fast", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.data, ignore_errors=True)


# ------------------------------------------------------------------------------- set-up


def app_env(database_url: str) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "WERKBRUG_ENV": "production",
            "SECRET_KEY": secrets.token_hex(32),
            # Production requires the public address; the load test's requests use this host.
            "PUBLIC_BASE_URL": f"https://{HOST}",
            "FLASK_APP": "wsgi:app",
            # Plain HTTP on the loopback: keep cookies usable for http.client (the client here
            # sends them back whatever their flags say; set for clarity).
            "SESSION_COOKIE_SECURE": "false",
        }
    )
    return env


def flask(env: dict, *args: str) -> str:
    result = subprocess.run(
        [str(BIN / "flask"), *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout


SETUP_SNIPPET = r"""
import json, sys
import pyotp
from app import create_app
from app.extensions import db
from app.models import Client, Contract, Employer, Organisation, User, Vacancy
from app.security import hash_password

spec = json.loads(sys.argv[1])
app = create_app()
with app.app_context():
    orgs = {o.name: o for o in db.session.scalars(db.select(Organisation))}
    municipality = orgs["Gemeente Weststellingwerf"]
    employer_user = db.session.scalars(
        db.select(User).where(User.email == "werkgever@demo.werkbrug.nl")).one()
    password_hash = hash_password(spec["password"])
    accounts = []
    for n, role in enumerate(spec["roles"]):
        email = f"load{n:02d}.{role}@loadtest.werkbrug.nl"
        org = employer_user.organisation if role == "employer" else municipality
        secret = pyotp.random_base32() if role != "employer" else None
        db.session.add(User(email=email, name=f"Belasting {n}", role=role, organisation=org,
                            password_hash=password_hash, totp_secret=secret,
                            totp_confirmed_at=db.func.now() if secret else None))
        accounts.append({"email": email, "role": role, "secret": secret})
    db.session.commit()
    mid = municipality.id
    clients = db.session.scalars(db.select(Client.id).where(Client.municipality_id == mid)
                                 .order_by(Client.id).limit(2000)).all()
    vacancies = db.session.scalars(db.select(Vacancy.id).join(Vacancy.employer)
                                   .where(Employer.municipality_id == municipality.id)
                                   .order_by(Vacancy.id).limit(2000)).all()
    employers = db.session.scalars(db.select(Employer.id).where(Employer.municipality_id == mid)
                                   .order_by(Employer.id).limit(500)).all()
    contracts = db.session.scalars(db.select(Contract.id).where(Contract.authority_id == mid)
                                   .order_by(Contract.id).limit(2000)).all()
    counts = {name: db.session.scalar(db.select(db.func.count()).select_from(model))
              for name, model in (("clients", Client), ("vacancies", Vacancy),
                                  ("contracts", Contract))}
    print(json.dumps({"accounts": accounts, "clients": clients, "vacancies": vacancies,
                      "employers": employers, "contracts": contracts, "counts": counts}))
"""

SCALE_SNIPPET = r"""
import json, sys
from datetime import date
from app import create_app
from app.seed.scale import seed_scale

app = create_app()
with app.app_context():
    seed_scale(**json.loads(sys.argv[1]), today=date(2026, 11, 16), echo=lambda *a: None)
print("{}")
"""

CHECK_SNIPPET = r"""
import json
from sqlalchemy import text
from app import create_app
from app.extensions import db

app = create_app()
with app.app_context():
    q = lambda sql: db.session.execute(text(sql)).scalar()
    ours = ("JOIN users u ON u.id = c.jobhunter_id WHERE u.email LIKE '%@loadtest.werkbrug.nl' "
            "AND c.subject LIKE 'Belastingtest %'")
    created = ("a.object_type = 'EmployerContact' AND a.action = 'create' "
               "AND a.user_email LIKE '%@loadtest.werkbrug.nl'")
    result = {
        "contacts": q(f"SELECT count(*) FROM employer_contacts c {ours}"),
        "audited": q(f"SELECT count(*) FROM audit_log a WHERE {created}"),
        "contacts_without_audit": q(
            f"SELECT count(*) FROM employer_contacts c {ours} AND NOT EXISTS (SELECT 1 FROM "
            f"audit_log a WHERE {created} AND a.object_id = CAST(c.id AS VARCHAR))"),
        "audit_without_contact": q(
            f"SELECT count(*) FROM audit_log a WHERE {created} AND NOT EXISTS (SELECT 1 FROM "
            "employer_contacts c WHERE CAST(c.id AS VARCHAR) = a.object_id)"),
    }
    print(json.dumps(result))
"""


def python(env: dict, snippet: str, *args: str) -> dict:
    result = subprocess.run(
        [str(BIN / "python"), "-c", snippet, *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def seed(env: dict, small: bool, sizes: dict) -> str:
    flask(env, "db", "upgrade")
    esco = SHARED_DATA / "esco" / "occupations_nl.csv"
    pc4 = SHARED_DATA / "geonames" / "nl_pc4.csv"
    if esco.exists():
        flask(env, "import-esco", str(esco))
    if pc4.exists():
        flask(env, "import-postcodes", str(pc4))
    flask(env, "seed-demo", "--today", DEMO_TODAY)
    if small:
        return "demoregio (--small)"
    began = time.perf_counter()
    if "seed-scale" in flask(env, "--help"):
        flask(env, "seed-scale", "--today", DEMO_TODAY, *[f"--{k}={v}" for k, v in sizes.items()])
        how = "flask seed-scale"
    else:
        # The command may not be registered yet; call the module directly when it is there.
        try:
            python(env, SCALE_SNIPPET, json.dumps(sizes))
        except subprocess.CalledProcessError as error:
            return f"demoregio (seed-scale niet beschikbaar: {error.stderr.strip()[-200:]})"
        how = "app.seed.scale.seed_scale"
    return f"demoregio + {how} {sizes} ({time.perf_counter() - began:.0f} s laden)"


# ------------------------------------------------------------------------------- the users


@dataclass
class Sample:
    page: str
    started: float
    ms: float
    status: int  # 0 = connection error or time-out


class User:
    """One virtual user: its own cookie jar and connection, its role's pages in a loop."""

    def __init__(self, port: int, account: dict, ids: dict, rng: random.Random):
        self.port, self.account, self.ids, self.rng = port, account, ids, rng
        self.cookies: dict[str, str] = {}
        self.conn: http.client.HTTPConnection | None = None
        self.timeout = TIMEOUT

    # -- HTTP
    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, str, dict]:
        if not path.startswith("/"):
            raise ValueError(path)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, text, dict(response.getheaders())

    def csrf(self, path: str) -> str:
        _status, html, _h = self.request("GET", path)
        match = CSRF.search(html)
        return (match.group(1) or match.group(2)) if match else ""

    def login(self) -> None:
        import pyotp

        token = self.csrf("/inloggen")
        status, _t, headers = self.request(
            "POST",
            "/inloggen",
            {"csrf_token": token, "email": self.account["email"], "password": PASSWORD},
        )
        location = headers.get("Location", "")
        if self.account["secret"]:
            if not location.endswith("/inloggen/code"):
                raise RuntimeError(f"login step 1 failed for {self.account['email']}: {status}")
            token = self.csrf("/inloggen/code")
            status, _t, headers = self.request(
                "POST",
                "/inloggen/code",
                {"csrf_token": token, "code": pyotp.TOTP(self.account["secret"]).now()},
            )
        if status != 302:
            raise RuntimeError(f"login failed for {self.account['email']}: {status}")

    # -- what each role does
    def pick(self, name: str) -> int:
        return self.rng.choice(self.ids[name])

    def next_action(self) -> tuple[str, str, str, dict | None]:
        """(page label, method, path, form) for the next request of this user's role."""
        role, r = self.account["role"], self.rng.random()
        if role == "jobhunter":
            pages = [
                ("jh dashboard", "/jobhunter/"),
                ("jh werkzoekenden (lijst)", "/jobhunter/werkzoekenden"),
                (
                    "jh werkzoekenden (zoeken)",
                    "/jobhunter/werkzoekenden?q="
                    + quote(self.rng.choice(["de Vries", "Hoekstra", "Jan", "Bakker", "Postma"])),
                ),
                ("jh klantpagina", f"/jobhunter/werkzoekenden/{self.pick('clients')}"),
                (
                    "jh passende vacatures",
                    f"/jobhunter/werkzoekenden/{self.pick('clients')}/vacatures",
                ),
                ("jh vacatures (lijst)", "/jobhunter/vacatures"),
                ("jh vacaturepagina", f"/jobhunter/vacatures/{self.pick('vacancies')}"),
                ("jh werkgevers", "/jobhunter/werkgevers"),
                ("jh monitor", "/jobhunter/monitor"),
            ]
            if r < 0.08 and self.ids["employers"]:
                employer = self.pick("employers")
                return (
                    "jh contact vastleggen (POST)",
                    "POST",
                    f"/jobhunter/werkgevers/{employer}",
                    {
                        "contact_date": DEMO_TODAY,
                        "channel": "phone",
                        "subject": f"Belastingtest {secrets.token_hex(4)}",
                        "outcome": "Gebeld.",
                    },
                )
        elif role == "procurement":
            pages = [
                ("ink dashboard", "/inkoop/"),
                ("ink contracten", "/inkoop/contracten"),
                ("ink beoordelen", "/inkoop/beoordelen"),
                ("ink rapportages", "/inkoop/rapportages"),
            ]
            if self.ids["contracts"]:
                pages.append(("ink contractpagina", f"/inkoop/contracten/{self.pick('contracts')}"))
        elif role == "employer":
            pages = [
                ("wg dashboard", "/werkgever/"),
                ("wg vacatures", "/werkgever/vacatures"),
                ("wg kandidaten", "/werkgever/kandidaten"),
                ("wg social return", "/werkgever/social-return"),
            ]
        else:
            pages = [("beheer", "/beheer/"), ("beheer auditlog", "/beheer/auditlog")]
        label, path = self.rng.choice(pages)
        return label, "GET", path, None

    def act(self) -> Sample:
        label, method, path, form = self.next_action()
        if form is not None:
            try:
                form["csrf_token"] = self.csrf(path)
            except (OSError, http.client.HTTPException):
                form["csrf_token"] = ""
        started = time.perf_counter()
        try:
            status, _text, _headers = self.request(method, path, form)
        except (OSError, http.client.HTTPException):
            status = 0
        return Sample(label, started, (time.perf_counter() - started) * 1000, status)


# ------------------------------------------------------------------------------- the run


def warm_up(users: list[User], limit: float) -> list[float]:
    """Let every worker build its matching index before anything is measured.

    All jobhunters request a match page and a vacancy page at the same time, round after
    round, until a whole round answers within 3 seconds (or `limit` seconds have passed).
    Returns the slowest answer of each round, in seconds.
    """
    hunters = [u for u in users if u.account["role"] == "jobhunter"] or users[:1]
    deadline = time.perf_counter() + limit
    rounds: list[float] = []
    while time.perf_counter() < deadline:
        durations: list[float] = []

        def hit(user: User, durations: list[float] = durations) -> None:
            user.timeout = WARM_TIMEOUT
            for path in (
                f"/jobhunter/werkzoekenden/{user.pick('clients')}/vacatures",
                f"/jobhunter/vacatures/{user.pick('vacancies')}",
                f"/jobhunter/werkzoekenden/{user.pick('clients')}",
            ):
                began = time.perf_counter()
                try:
                    status = user.request("GET", path)[0]
                except (OSError, http.client.HTTPException):
                    status = 0
                durations.append(time.perf_counter() - began if 0 < status < 500 else 1e9)
            user.timeout = TIMEOUT
            if user.conn is not None:  # reconnect with the measuring time-out
                user.conn.close()
                user.conn = None

        threads = [threading.Thread(target=hit, args=(u,), daemon=True) for u in hunters]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WARM_TIMEOUT * 3)
        rounds.append(max(durations, default=0.0))
        log(f"  opwarmronde {len(rounds)}: traagste antwoord {min(rounds[-1], 9999):.1f} s")
        # Warm when a round is fast, or when it no longer gets faster (steady state: every
        # worker has its index; what remains is the pages' own cost under this load).
        if rounds[-1] < 3.0 or (
            len(rounds) >= 3 and rounds[-1] < 120 and rounds[-1] > 0.7 * min(rounds[-3:-1])
        ):
            break
    return rounds


@dataclass
class Run:
    samples: list[Sample] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    restart_window: tuple[float, float] | None = None


def user_loop(user: User, run: Run, until: float, max_requests: int, record_from: float) -> None:
    for _ in range(max_requests):
        if time.perf_counter() >= until:
            return
        sample = user.act()
        if sample.started >= record_from:
            with run.lock:
                run.samples.append(sample)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summarise(samples: list[Sample]) -> dict:
    pages: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        pages[s.page].append(s)
    table = {}
    for page, rows in sorted(pages.items()):
        ok = [s.ms for s in rows if 0 < s.status < 500]
        errors = sum(1 for s in rows if s.status == 0 or s.status >= 500)
        statuses: dict[str, int] = defaultdict(int)
        for s in rows:
            statuses[str(s.status)] += 1
        table[page] = {
            "requests": len(rows),
            "errors": errors,
            "statuses": dict(statuses),
            "error_rate": round(errors / len(rows), 4) if rows else 0.0,
            "p50_ms": round(percentile(ok, 50), 1),
            "p95_ms": round(percentile(ok, 95), 1),
            "p99_ms": round(percentile(ok, 99), 1),
        }
    return table


def print_table(title: str, table: dict) -> None:
    print(f"\n{title}")
    print(f"  {'pagina':<32}{'n':>7}{'fout':>6}{'fout %':>8}{'p50':>8}{'p95':>8}{'p99':>8}  (ms)")
    for page, row in table.items():
        print(
            f"  {page:<32}{row['requests']:>7}{row['errors']:>6}{100 * row['error_rate']:>7.1f}%"
            f"{row['p50_ms']:>8.0f}{row['p95_ms']:>8.0f}{row['p99_ms']:>8.0f}"
        )


def _stop(signum, frame):  # noqa: ARG001 - signal handler signature
    raise KeyboardInterrupt


def main() -> int:
    signal.signal(signal.SIGTERM, _stop)  # `kill` or a time-out also cleans up
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=float, default=60.0, help="gemeten seconden")
    parser.add_argument(
        "--warmup",
        type=float,
        default=20.0,
        help="seconden belasting vóór het meten (na de opwarmrondes)",
    )
    parser.add_argument(
        "--warm-limit", type=float, default=600.0, help="hoogstens zoveel seconden opwarmrondes"
    )
    parser.add_argument("--max-requests", type=int, default=5000, help="per gebruiker")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--no-restart", action="store_true", help="geen databaseherstart")
    parser.add_argument("--small", action="store_true", help="alleen de demoregio")
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--vacancies", type=int, default=100_000)
    parser.add_argument("--contracts", type=int, default=10_000)
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    if not 1 <= args.users <= 200 or args.duration > 1800:
        sys.exit("Begrensd: 1–200 gebruikers, hoogstens 30 minuten.")

    cluster = Cluster(free_port())
    gunicorn = None
    try:
        log(f"PostgreSQL {cluster.bin.parent.name} starten op {HOST}:{cluster.port}")
        cluster.start()
        env = app_env(cluster.url)
        log("Schema, referentiedata en demodata laden")
        data_set = seed(
            env,
            args.small,
            {
                "clients": args.clients,
                "vacancies": args.vacancies,
                "contracts": args.contracts,
                "activities": args.activities,
            },
        )
        roles = ["jobhunter"] * 10 + ["procurement"] * 5 + ["employer"] * 4 + ["admin"]
        roles = (roles * (args.users // len(roles) + 1))[: args.users]
        ids = python(env, SETUP_SNIPPET, json.dumps({"password": PASSWORD, "roles": roles}))
        log(f"Data: {data_set}; {ids['counts']}")

        port = free_port()
        gunicorn = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "--workers",
                str(args.workers),
                "--threads",
                str(args.threads),
                "--worker-class",
                "gthread",
                "--timeout",
                "180",
                "--bind",
                f"{HOST}:{port}",
                "--access-logfile",
                "/dev/null",
                "--error-logfile",
                str(cluster.data / "gunicorn.log"),
                "wsgi:app",
            ],
            cwd=ROOT,
            env=env,
        )
        for _ in range(100):
            try:
                with socket.create_connection((HOST, port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        log(f"gunicorn luistert op {HOST}:{port} ({args.workers} workers × {args.threads} threads)")

        rng = random.Random(args.seed)
        users = [
            User(port, account, ids, random.Random(rng.random())) for account in ids["accounts"]
        ]
        for user in users:
            user.login()
        log(f"{len(users)} gebruikers ingelogd (met tweestapsverificatie voor medewerkers)")

        log("Opwarmen: elke worker bouwt zijn matchingindex")
        warm_rounds = warm_up(users, args.warm_limit)

        run = Run()
        start = time.perf_counter()
        record_from = start + args.warmup
        until = record_from + args.duration
        threads = [
            threading.Thread(
                target=user_loop, args=(u, run, until, args.max_requests, record_from), daemon=True
            )
            for u in users
        ]
        for thread in threads:
            thread.start()
        log(f"Opwarmen {args.warmup:.0f} s, dan {args.duration:.0f} s meten")
        if not args.no_restart:
            time.sleep(max(0.0, record_from + args.duration / 2 - time.perf_counter()))
            log("PostgreSQL herstarten (pg_ctl restart -m fast)")
            began = time.perf_counter()
            cluster.restart()
            run.restart_window = (began, time.perf_counter())
            log(f"PostgreSQL weer op na {run.restart_window[1] - began:.1f} s")
        for thread in threads:
            thread.join(timeout=args.duration + args.warmup + 120)

        samples = run.samples
        window = run.restart_window
        grace = 5.0
        if window:
            # In flight during the restart: started before it ended (plus a grace for pooled
            # connections that die on first use) and still running when it began.
            def overlaps(s: Sample) -> bool:
                return s.started <= window[1] + grace and s.started + s.ms / 1000 >= window[0]

            inside = [s for s in samples if overlaps(s)]
            outside = [s for s in samples if not overlaps(s)]
            after = [s for s in samples if s.started > window[1] + grace]
        else:
            inside, outside, after = [], samples, []
        overall = summarise(outside)
        print_table(
            f"Buiten de herstart ({len(outside)} verzoeken, {args.users} gelijktijdige gebruikers)",
            overall,
        )
        recovery = None
        if window:
            errors_inside = sum(1 for s in inside if s.status == 0 or s.status >= 500)
            errors_after = sum(1 for s in after if s.status >= 500)
            timeouts_after = sum(1 for s in after if s.status == 0)
            first_ok = min(
                (
                    s.started
                    for s in samples
                    if s.started > window[0] and 0 < s.status < 500 and s.started > window[1]
                ),
                default=None,
            )
            recovery = {
                "restart_seconds": round(window[1] - window[0], 2),
                "requests_in_window": len(inside),
                "errors_in_window": errors_inside,
                "requests_after_window": len(after),
                "errors_after_window": errors_after,
                "timeouts_after_window": timeouts_after,
                "first_success_after_restart_s": round(first_ok - window[1], 2)
                if first_ok
                else None,
            }
            print(f"\nHerstart: {recovery}")
        check = python(env, CHECK_SNIPPET)
        successes = sum(1 for s in samples if s.page.endswith("(POST)") and s.status == 302)
        check["successful_posts_recorded"] = successes
        check["consistent"] = (
            check["contacts"] == check["audited"]
            and check["contacts_without_audit"] == 0
            and check["audit_without_contact"] == 0
            and check["contacts"] >= successes
        )
        print(f"Schrijfcontrole (contact + auditregel in één transactie): {check}")
        report = {
            "when": time.strftime("%Y-%m-%d %H:%M"),
            "machine": platform.platform(),
            "cpus": os.cpu_count(),
            "data": data_set,
            "counts": ids["counts"],
            "users": args.users,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "gunicorn": {"workers": args.workers, "threads": args.threads},
            "warm_up_rounds_s": [round(min(r, 9999.0), 1) for r in warm_rounds],
            "pages": overall,
            "restart": recovery,
            "write_check": check,
            "target_p95_ms": TARGET_P95_MS,
        }
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False))
        log(f"Resultaat in {RESULTS.relative_to(ROOT)}")
        ok = check["consistent"] and (recovery is None or recovery["errors_after_window"] == 0)
        return 0 if ok else 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not skip clean-up
        if gunicorn is not None:
            gunicorn.terminate()
            try:
                gunicorn.wait(timeout=20)
            except subprocess.TimeoutExpired:
                gunicorn.kill()
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
