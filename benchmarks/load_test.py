"""Load test: Locust users on two gunicorn instances behind HAProxy, one PostgreSQL, one Redis.

Run from the repository root as root (the throw-away PostgreSQL cluster runs as user postgres,
as in .ci/run); `make load-test` installs the `bench` extra (Locust, the Redis client) first:

    make load-test                                  # SPEC §7 volume (flask seed-scale)
    make load-test LOAD_TEST_ARGS="--small"         # demo region only, a few minutes
    .venv/bin/python benchmarks/load_test.py --small --duration 60 --throughput-duration 30
    .venv/bin/python benchmarks/load_test.py --database-folder /srv/werkbrug-load-pg  # load once,
        # later runs start from a copy of the loaded database (CREATE DATABASE … TEMPLATE)

Needs Debian's postgresql, haproxy and redis-server (`apt-get install -y postgresql haproxy
redis-server`); the script checks and says what is missing. Loopback only: every server listens
on 127.0.0.1 and every request goes there; every loop is bounded in time and count.

What it does:

1. starts a PostgreSQL cluster (temporary folder, fsync off) and a Redis server (no
   persistence), both on free loopback ports; migrates, imports ESCO and PC4 from data/, loads
   the demo region and, unless --small, `flask seed-scale` at the SPEC §7 volume;
2. creates one account per virtual user (10 jobhunters, 5 inkopers, 4 employer users and a
   beheerder per 20) — staff with a known authenticator secret — and reads every role's pages
   from the navigation (benchmarks/_pages.py);
3. starts two gunicorn instances (production settings, the same SECRET_KEY, so a session made
   on one is valid on the other; `RATELIMIT_STORAGE_URI=redis://…` for the login throttle) and
   HAProxy in front of them (round robin, health check on /healthz every 2 s; a refused
   connection, or a GET whose instance died under it, is retried on the other instance; it
   names the instance that answered in a response header), then lets every worker build its
   matching index (warm-up rounds);
4. run 1, "think time": Locust (benchmarks/locustfile.py, headless) with 20 users who log in
   through both steps with CSRF tokens and then request their role's pages with 1–5 s think
   time; jobhunters also log employer contacts (POST: the contact and its audit entry in one
   transaction). After --warmup seconds the measured --duration starts; at 35 % of it
   PostgreSQL is restarted (`pg_ctl restart -m fast`) and at 60 % one app instance is killed
   (SIGKILL of its whole process group; --stop-signal term for a graceful stop). Errors are
   counted separately inside those two fault windows and outside them;
5. run 2, "throughput": the stopped instance is started again, and the same users request
   pages with no think time for --throughput-duration seconds, no faults: requests per second;
6. after each run the write check: every contact has its audit entry and vice versa, and every
   POST that got its redirect left its contact (no lost write); at the end, the login throttle
   is shown to count across both instances (Redis): wrong passwords for one address, spread
   over both instances, are refused from the sixth on.

Prints per page n, errors, p50/p95/p99 (ms, answered requests outside the fault windows) and
writes everything to benchmarks/results/load_test.json (ignored by git); Locust's own CSV
statistics and log go next to it. Exit status 1 when a write is lost or half-written, when a
request outside the fault windows failed, or when the throttle is not shared.

Bandit notes: the subprocess calls run fixed programs (PostgreSQL's, HAProxy, Redis, this
virtualenv's) with arguments built here, never from outside input (S603/S607).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
SHARED_DATA = ROOT / "data"
RESULTS_DIR = ROOT / "benchmarks" / "results"
RESULTS = RESULTS_DIR / "load_test.json"
HOST = "127.0.0.1"
PASSWORD = "loadtest-" + secrets.token_hex(8)
DEMO_TODAY = "2026-11-16"
SEEDED_DATABASE = "werkbrug_seeded"
SEEDED_MARK = "werkbrug-seeded"  # written into a kept cluster's folder once it holds the data
TIMEOUT = 60.0  # per request while measuring; a slower answer counts as an error
WARM_TIMEOUT = 600.0  # per request while warming up (a worker fitting its matching index)
TARGET_P95_MS = 500.0  # SPEC §7: 20 users with think time, p95 per page
SERVER_HEADER = "X-Loadtest-Server"
ROLE_MIX = ["jobhunter"] * 10 + ["procurement"] * 5 + ["employer"] * 4 + ["admin"]
# Shares of the faults' moments in the measured duration of the think-time run.
FAULT_GRACE_S = 5.0  # after a fault: pooled connections that die on first use, health checks
CSRF = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"'
)


def log(message: str) -> None:
    print(time.strftime("%H:%M:%S"), message, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def as_user(user: str, *args: str) -> list[str]:
    """Run as `user` when we are root (PostgreSQL refuses to run as root)."""
    return ["runuser", "-u", user, "--", *args] if os.geteuid() == 0 else list(args)


# ------------------------------------------------------------------------------- prerequisites


def postgres_bin() -> Path | None:
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    return bins[-1] if bins else None


def check_prerequisites() -> None:
    """Say what is missing, and how to get it, before anything starts."""
    missing_debian = []
    if postgres_bin() is None:
        missing_debian.append("postgresql")
    if not shutil.which("haproxy"):
        missing_debian.append("haproxy")
    if not shutil.which("redis-server"):
        missing_debian.append("redis-server")
    problems = []
    if missing_debian:
        problems.append(
            "Debian-pakketten ontbreken: apt-get install -y " + " ".join(missing_debian)
        )
    if not (BIN / "locust").exists():
        problems.append(
            "Locust ontbreekt in .venv: make load-test installeert het, of "
            ".venv/bin/pip install -e '.[bench]'"
        )
    probe = subprocess.run(
        [str(BIN / "python"), "-c", "import redis"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        problems.append(
            "De Redis-client voor Flask-Limiter ontbreekt: .venv/bin/pip install -e '.[bench]'"
        )
    if os.geteuid() != 0:
        problems.append("Start als root: PostgreSQL draait als gebruiker postgres (zie .ci/run).")
    if problems:
        sys.exit("De belastingtest kan niet starten:\n  - " + "\n  - ".join(problems))


# ------------------------------------------------------------------------------- servers


class Cluster:
    """A throw-away PostgreSQL cluster on 127.0.0.1 owned by user postgres."""

    def __init__(self, port: int, folder: Path, kept: Path | None = None):
        self.bin = postgres_bin()
        self.port = port
        self.data = kept or folder / "pg"
        # A kept cluster (--database-folder) that already holds the seeded data set: each run
        # starts from a fresh copy of it (CREATE DATABASE … TEMPLATE) instead of seeding again.
        self.kept = kept is not None
        self.reused = self.kept and (self.data / SEEDED_MARK).exists()
        if self.kept and not self.reused and self.data.exists() and any(self.data.iterdir()):
            raise SystemExit(
                f"{self.data} is niet leeg maar heeft geen geladen database (een eerdere run "
                "stopte tijdens het laden?). Maak de map leeg of kies een andere."
            )
        self.data.mkdir(parents=True, exist_ok=self.reused)
        self.url = f"postgresql+psycopg://postgres@{HOST}:{port}/werkbrug"

    def pg_ctl(self, *args: str) -> None:
        subprocess.run(
            as_user("postgres", str(self.bin / "pg_ctl"), "-D", str(self.data), *args),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self) -> None:
        if not self.reused:
            self.initdb()
        self.pg_ctl(
            "-l",
            str(self.data / "server.log"),
            "-w",
            "-o",
            f"-p {self.port} -k {self.data} -c listen_addresses={HOST} -c fsync=off "
            "-c max_connections=200",
            "start",
        )
        if self.reused:
            self.sql("DROP DATABASE IF EXISTS werkbrug")
            self.sql(f"CREATE DATABASE werkbrug TEMPLATE {SEEDED_DATABASE}")
        else:
            self.sql("CREATE DATABASE werkbrug")

    def keep_seeded(self) -> None:
        """Keep the freshly seeded database as the template of later runs."""
        if self.kept and not self.reused:
            self.sql(f"CREATE DATABASE {SEEDED_DATABASE} TEMPLATE werkbrug")
            (self.data / SEEDED_MARK).write_text(f"{SEEDED_DATABASE}\n")

    def sql(self, statement: str) -> None:
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
                statement,
            ],
            check=True,
        )

    def initdb(self) -> None:
        shutil.chown(self.data, "postgres", "postgres")
        self.data.chmod(0o700)
        subprocess.run(
            as_user(
                "postgres",
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

    def restart(self) -> None:
        self.pg_ctl("-m", "fast", "-w", "restart")

    def stop(self) -> None:
        try:
            self.pg_ctl("-m", "fast", "stop")
        except subprocess.CalledProcessError:
            pass


class Redis:
    """A Redis server on a loopback port, no persistence, for the rate-limit counters."""

    def __init__(self, port: int, folder: Path):
        self.port = port
        self.folder = folder / "redis"
        self.folder.mkdir()
        self.url = f"redis://{HOST}:{port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        user = "redis" if os.geteuid() == 0 and _user_exists("redis") else None
        if user:
            shutil.chown(self.folder, user, user)
        command = [
            "redis-server",
            "--bind",
            HOST,
            "--port",
            str(self.port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(self.folder),
            "--logfile",
            str(self.folder / "redis.log"),
        ]
        self.process = subprocess.Popen(  # runuser's own messages are not of interest
            as_user(user, *command) if user else command,
            start_new_session=True,
            stderr=subprocess.DEVNULL,
        )
        if not wait_for_port(self.port, 20):
            raise RuntimeError("Redis start niet; zie " + str(self.folder / "redis.log"))

    def command(self, *args: str) -> str:
        result = subprocess.run(
            ["redis-cli", "-h", HOST, "-p", str(self.port), *args],
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


class Instance:
    """One gunicorn instance of the app (master and workers in their own process group)."""

    def __init__(self, name: str, env: dict, folder: Path, workers: int, threads: int):
        self.name, self.env, self.workers, self.threads = name, env, workers, threads
        self.port = free_port()
        self.log = folder / f"gunicorn-{name}.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "--workers",
                str(self.workers),
                "--threads",
                str(self.threads),
                "--worker-class",
                "gthread",
                "--timeout",
                "180",
                "--graceful-timeout",
                "20",
                "--bind",
                f"{HOST}:{self.port}",
                "--access-logfile",
                "/dev/null",
                "--error-logfile",
                str(self.log),
                "wsgi:app",
            ],
            cwd=ROOT,
            env=self.env,
            start_new_session=True,
        )
        if not wait_for_port(self.port, 120):
            raise RuntimeError(f"gunicorn {self.name} start niet; zie {self.log}")

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, how: str = "term") -> None:
        """`term`: graceful (requests in flight finish); `kill`: SIGKILL, a crash."""
        if not self.running:
            return
        if how == "kill":
            os.killpg(self.process.pid, signal.SIGKILL)
        else:
            self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def worker_rss_mb(self) -> list[float]:
        """Resident memory of each worker process (from /proc), in MB."""
        if not self.running:
            return []
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        sizes = []
        try:
            pids = children.read_text().split()
        except OSError:
            return []
        for pid in pids:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            if match:
                sizes.append(round(int(match.group(1)) / 1024, 1))
        return sizes


class Balancer:
    """HAProxy in front of the instances: round robin, health check on /healthz."""

    def __init__(self, instances: list[Instance], folder: Path):
        self.instances = instances
        self.port = free_port()
        self.stats_port = free_port()
        self.config = folder / "haproxy.cfg"
        self.log = folder / "haproxy.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        servers = "\n".join(f"    server {i.name} {HOST}:{i.port} check" for i in self.instances)
        self.config.write_text(
            f"""global
    maxconn 4000

defaults
    mode http
    timeout connect 2s
    timeout client 180s
    timeout server 180s
    timeout http-request 30s
    # A health check waits behind busy worker threads (logins hash passwords): give it time,
    # or both instances are marked down under load and everyone gets a 503.
    timeout check 5s
    # A refused connection (a stopped instance) is tried again, on the other instance; so is
    # a request whose connection closed without an answer (an instance dying under it),
    # except a POST, which may have been written: that one fails and the write check shows
    # it was stored entirely or not at all.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response

frontend werkbrug
    bind {HOST}:{self.port}
    option forwardfor
    default_backend app

backend app
    balance roundrobin
    option httpchk
    http-check send meth GET uri /healthz
    http-check expect status 200
    default-server inter 2s fall 3 rise 2
    http-request disable-l7-retry if METH_POST
    http-response set-header {SERVER_HEADER} %[srv_name]
{servers}

listen stats
    bind {HOST}:{self.stats_port}
    stats enable
    stats uri /stats
"""
        )
        check = subprocess.run(
            ["haproxy", "-c", "-f", str(self.config)], capture_output=True, text=True
        )
        if check.returncode != 0:
            raise RuntimeError("HAProxy-configuratie ongeldig:\n" + check.stdout + check.stderr)
        with open(self.log, "w") as out:
            self.process = subprocess.Popen(
                ["haproxy", "-db", "-f", str(self.config)],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        if not wait_for_port(self.port, 20):
            raise RuntimeError(f"HAProxy start niet; zie {self.log}")

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def servers(self) -> dict[str, dict]:
        """Per instance: status (UP/DOWN), sessions in total, 5xx answers, from the stats."""
        import requests

        text = requests.get(f"http://{HOST}:{self.stats_port}/stats;csv", timeout=5).text
        lines = text.lstrip("# ").splitlines()
        header = lines[0].split(",")
        result = {}
        for line in lines[1:]:
            row = dict(zip(header, line.split(","), strict=False))
            if row.get("pxname") == "app" and row.get("svname") not in ("FRONTEND", "BACKEND"):
                result[row["svname"]] = {
                    "status": row.get("status"),
                    "sessions_total": int(row.get("stot") or 0),
                    "http_5xx": int(row.get("hrsp_5xx") or 0),
                }
        return result

    def wait_until_up(self, seconds: float = 180) -> bool:
        """Both instances healthy; a master loads the saved matching index before its workers."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if all(s["status"] == "UP" for s in self.servers().values()):
                return True
            time.sleep(0.5)
        return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


# ------------------------------------------------------------------------------- set-up


def app_env(database_url: str, folder: Path) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "MATCHING_SNAPSHOT_DIR": str(folder / "matching"),
            "WERKBRUG_ENV": "production",
            "SECRET_KEY": secrets.token_hex(32),
            # Production requires the public address; the load test's requests use this host.
            "PUBLIC_BASE_URL": f"https://{HOST}",
            "FLASK_APP": "wsgi:app",
            # Plain HTTP on the loopback: a Secure cookie would not be sent back.
            "SESSION_COOKIE_SECURE": "false",
            "RATELIMIT_STORAGE_URI": "memory://",
        }
    )
    return env


def flask(env: dict, *args: str) -> str:
    result = subprocess.run(
        [str(BIN / "flask"), *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout


def python(env: dict, snippet: str, *args: str) -> dict:
    result = subprocess.run(
        [str(BIN / "python"), "-c", snippet, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-3000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def seed(env: dict, small: bool, sizes: dict, reused: bool = False) -> str:
    flask(env, "db", "upgrade")
    if reused:  # what the nightly jobs do on the copy's first day
        flask(env, "close-vacancies")
        flask(env, "sroi-status")
        return f"een kopie van de eerder geladen database ({SEEDED_DATABASE})"
    return load(env, small, sizes)


def deploy(env: dict) -> str:
    """The deploy step before the instances start: the matching index saved, so each master
    loads it in seconds (preload) instead of fitting it (≈ 40 s at the SPEC §7 volume)."""
    began = time.perf_counter()
    flask(env, "matching-snapshot")
    return f"matchingindex opgeslagen in {time.perf_counter() - began:.0f} s"


def load(env: dict, small: bool, sizes: dict) -> str:
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
    flask(env, "seed-scale", "--today", DEMO_TODAY, *[f"--{k}={v}" for k, v in sizes.items()])
    return f"demoregio + flask seed-scale {sizes} ({time.perf_counter() - began:.0f} s laden)"


SETUP_SNIPPET = r"""
import json, sys
from app import create_app
from app.extensions import db
from app.models import Client, Contract, User, Vacancy
from app.models.base import utcnow
from app.security import hash_password
from app.services import two_factor
from benchmarks._pages import SEARCH_TERMS, role_pages, sample_ids

spec = json.loads(sys.argv[1])
app = create_app()
with app.app_context():
    def demo(email):
        return db.session.scalars(db.select(User).where(User.email == email)).one()
    staff_org = demo("jobhunter@demo.werkbrug.nl").organisation
    employer_org = demo("werkgever@demo.werkbrug.nl").organisation
    password_hash = hash_password(spec["password"])
    accounts, first = [], {}
    for n, role in enumerate(spec["roles"]):
        email = f"load{n:02d}.{role}@loadtest.werkbrug.nl"
        user = User(email=email, name=f"Belasting {n}", role=role, password_hash=password_hash,
                    organisation=employer_org if role == "employer" else staff_org)
        db.session.add(user)
        secret = None
        if role != "employer":  # staff log in with an authenticator code
            secret = two_factor.start_enrolment(user)
            user.totp_confirmed_at = utcnow()
        accounts.append({"email": email, "role": role, "secret": secret})
        first.setdefault(role, user)
    db.session.commit()
    pages, missing = role_pages(app)
    with app.test_request_context(base_url=app.config["PUBLIC_BASE_URL"]):
        from flask import url_for
        contact_url = url_for("jobhunter.employer", employer_id=987654321).replace(
            "987654321", "{employer}")
    counts = {name: db.session.scalar(db.select(db.func.count()).select_from(model))
              for name, model in (("clients", Client), ("vacancies", Vacancy),
                                  ("contracts", Contract))}
    print(json.dumps({"accounts": accounts, "ids": sample_ids(first), "pages": pages,
                      "missing": missing, "contact_url": contact_url,
                      "search_terms": SEARCH_TERMS, "counts": counts}))
"""

CHECK_SNIPPET = r"""
import json, sys
from sqlalchemy import text
from app import create_app
from app.extensions import db

confirmed = set(json.load(open(sys.argv[1])))
app = create_app()
with app.app_context():
    q = lambda sql: db.session.execute(text(sql)).scalar()
    ours = ("JOIN users u ON u.id = c.jobhunter_id WHERE u.email LIKE '%@loadtest.werkbrug.nl' "
            "AND c.subject LIKE 'Belastingtest %'")
    created = ("a.object_type = 'EmployerContact' AND a.action = 'create' "
               "AND a.user_email LIKE '%@loadtest.werkbrug.nl'")
    stored = set(db.session.execute(text(f"SELECT c.subject FROM employer_contacts c {ours}"))
                 .scalars())
    result = {
        "contacts": len(stored),
        "audited": q(f"SELECT count(*) FROM audit_log a WHERE {created}"),
        "contacts_without_audit": q(
            f"SELECT count(*) FROM employer_contacts c {ours} AND NOT EXISTS (SELECT 1 FROM "
            f"audit_log a WHERE {created} AND a.object_id = CAST(c.id AS VARCHAR))"),
        "audit_without_contact": q(
            f"SELECT count(*) FROM audit_log a WHERE {created} AND NOT EXISTS (SELECT 1 FROM "
            "employer_contacts c WHERE CAST(c.id AS VARCHAR) = a.object_id)"),
        "posts_with_redirect": len(confirmed),
        "lost_writes": len(confirmed - stored),
    }
    print(json.dumps(result))
"""


# ------------------------------------------------------------------------------- plain HTTP


def _csrf(html: str) -> str:
    match = CSRF.search(html)
    return (match.group(1) or match.group(2)) if match else ""


def login_session(base: str, account: dict):
    """A requests session logged in through both steps (for warming up)."""
    import pyotp
    import requests

    session = requests.Session()
    form = session.get(f"{base}/inloggen", timeout=TIMEOUT)
    step1 = session.post(
        f"{base}/inloggen",
        data={"csrf_token": _csrf(form.text), "email": account["email"], "password": PASSWORD},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    if account["secret"]:
        form = session.get(f"{base}/inloggen/code", timeout=TIMEOUT)
        step2 = session.post(
            f"{base}/inloggen/code",
            data={"csrf_token": _csrf(form.text), "code": pyotp.TOTP(account["secret"]).now()},
            allow_redirects=False,
            timeout=TIMEOUT,
        )
        if step2.status_code != 302:
            raise RuntimeError(f"Inloggen (code) mislukt voor {account['email']}")
    elif step1.status_code != 302:
        raise RuntimeError(f"Inloggen mislukt voor {account['email']}")
    return session


def warm_up(instance: Instance, session, ids: dict, pages: dict, limit: float) -> list[float]:
    """Let every worker of `instance` build its matching index before anything is measured.

    Rounds of concurrent requests for match pages, straight to the instance (not through the
    balancer), until a whole round answers within 3 seconds, no longer gets faster, or `limit`
    seconds have passed. Returns the slowest answer of each round, in seconds; the first is
    about the first match page after a worker start (with the other workers starting too).
    """
    import random

    rng = random.Random(instance.port)  # noqa: S311 - which page to warm
    urls = [
        p["url"] for p in pages["jobhunter"] if "{client}" in p["url"] or "{vacancy}" in p["url"]
    ]
    if not urls or not ids["client"] or not ids["vacancy"]:
        return []
    base = f"http://{HOST}:{instance.port}"
    concurrency = instance.workers * instance.threads
    deadline = time.monotonic() + limit
    rounds: list[float] = []
    while time.monotonic() < deadline and len(rounds) < 20:
        durations: list[float] = []

        def hit(path: str, durations: list[float] = durations) -> None:
            began = time.perf_counter()
            try:
                ok = session.get(base + path, timeout=WARM_TIMEOUT).status_code == 200
            except OSError:
                ok = False
            durations.append(time.perf_counter() - began if ok else 1e9)

        paths = [
            rng.choice(urls).format(
                client=rng.choice(ids["client"]), vacancy=rng.choice(ids["vacancy"])
            )
            for _ in range(concurrency)
        ]
        threads = [threading.Thread(target=hit, args=(p,), daemon=True) for p in paths]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WARM_TIMEOUT)
        rounds.append(max(durations, default=0.0))
        log(f"  {instance.name}: opwarmronde {len(rounds)}, traagste {min(rounds[-1], 9999):.1f} s")
        if rounds[-1] < 3.0 or (
            len(rounds) >= 3 and rounds[-1] < 120 and rounds[-1] > 0.7 * min(rounds[-3:-1])
        ):
            break
    return [round(min(r, 9999.0), 2) for r in rounds]


def shared_throttle_check(balancer: Balancer, redis: Redis) -> dict:
    """Wrong passwords for one address, each on a new connection (so round robin spreads them
    over both instances): with counters in Redis the sixth is refused (429) whichever instance
    gets it; with counters per process it would not be."""
    import requests

    session = requests.Session()
    email = f"throttle-{secrets.token_hex(3)}@loadtest.werkbrug.nl"
    # One form (the token stays valid for the session), then only POSTs, so that round robin
    # alternates them between the instances.
    token = _csrf(session.get(f"{balancer.url}/inloggen", timeout=TIMEOUT).text)
    attempts = []
    for _ in range(6):
        answer = session.post(
            f"{balancer.url}/inloggen",
            data={"csrf_token": token, "email": email, "password": "fout-" + email},
            headers={"Connection": "close"},
            allow_redirects=False,
            timeout=TIMEOUT,
        )
        attempts.append(
            {"status": answer.status_code, "server": answer.headers.get(SERVER_HEADER, "")}
        )
    keys = redis.command("--scan").splitlines()
    statuses = [a["status"] for a in attempts]
    return {
        "limit": "5 per minute per account",
        "attempts": attempts,
        "instances": sorted({a["server"] for a in attempts}),
        "redis_keys": len(keys),
        "shared": statuses[:5] == [200] * 5
        and statuses[5] == 429
        and bool(keys)
        and len({a["server"] for a in attempts}) > 1,
    }


# ------------------------------------------------------------------------------- a run


@dataclass
class Fault:
    kind: str  # "database restart" | "instance stop"
    began: float
    ended: float
    detail: str = ""


@dataclass
class RunResult:
    name: str
    users: int
    think: list[float] | None
    record_from: float = 0.0
    until: float = 0.0
    samples: list[dict] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    logged_in: int = 0
    before: list[int] = field(default_factory=lambda: [0, 0])  # requests, errors (log-in, inlopen)


def run_locust(
    name: str,
    args,
    setup: dict,
    balancer: Balancer,
    folder: Path,
    users: int,
    think: list[float] | None,
    duration: float,
    faults: list[tuple[float, str, Callable[[], str | None]]],
) -> RunResult:
    """One headless Locust run; `faults` are (share of the duration, kind, action)."""
    result = RunResult(name, users, think)
    samples = folder / f"samples-{name}.jsonl"
    ready = folder / f"ready-{name}.json"
    config = folder / f"locust-{name}.json"
    config.write_text(
        json.dumps(
            {
                "accounts": setup["accounts"][:users],
                "password": PASSWORD,
                "pages": setup["pages"],
                "ids": setup["ids"],
                "search_terms": setup["search_terms"],
                "contact_url": setup["contact_url"],
                "contact_date": DEMO_TODAY,
                "contact_share": args.contact_share,
                "think": think,
                "samples": str(samples),
                "ready": str(ready),
                "timeout": TIMEOUT,
            }
        )
    )
    hard_limit = int(args.login_limit + args.warmup + duration + 60)
    env = dict(os.environ, WERKBRUG_LOADTEST_CONFIG=str(config))
    locust_log = RESULTS_DIR / f"locust-{name}.log"
    command = [
        str(BIN / "locust"),
        "-f",
        str(ROOT / "benchmarks" / "locustfile.py"),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(args.spawn_rate),
        "--run-time",
        f"{hard_limit}s",
        "--stop-timeout",
        "5",
        "--host",
        balancer.url,
        "--csv",
        str(RESULTS_DIR / f"locust-{name}"),
        "--only-summary",
        "--exit-code-on-error",
        "0",
        "--loglevel",
        "WARNING",
    ]
    log(f"Locust ({name}): {users} gebruikers, denktijd {think or 'geen'}")
    with open(locust_log, "w") as out:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.time() + args.login_limit
            while time.time() < deadline and process.poll() is None:
                if ready.exists():
                    result.logged_in = json.loads(ready.read_text())["logged_in"]
                    if result.logged_in >= users:
                        break
                time.sleep(0.5)
            if process.poll() is not None:
                raise RuntimeError(f"Locust stopte vroeg; zie {locust_log}")
            log(f"  {result.logged_in} van {users} gebruikers ingelogd (beide stappen)")
            result.record_from = time.time() + args.warmup
            result.until = result.record_from + duration
            log(f"  {args.warmup:.0f} s inlopen, dan {duration:.0f} s meten")
            for share, kind, action in sorted(faults, key=lambda f: f[0]):
                moment = result.record_from + share * duration
                time.sleep(max(0.0, moment - time.time()))
                log(f"  fout veroorzaken: {kind}")
                began = time.time()
                detail = action() or ""
                result.faults.append(Fault(kind, began, time.time(), detail))
                log(f"  {kind} klaar na {time.time() - began:.1f} s {detail}")
            time.sleep(max(0.0, result.until - time.time()))
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)  # Locust stops its users and prints stats
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)
    if samples.exists():
        for line in samples.read_text().splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:  # a last line cut off by the stop
                continue
            if result.record_from <= row["t"] < result.until:
                result.samples.append(row)
            elif row["t"] < result.record_from:
                result.before[0] += 1
                result.before[1] += 0 if row["ok"] else 1
    return result


# ------------------------------------------------------------------------------- analysis


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return round(ordered[index], 1)


def in_fault(sample: dict, faults: list[Fault]) -> str | None:
    """The fault a request overlapped (in flight while it happened, or just after)."""
    began, ended = sample["t"], sample["t"] + sample["ms"] / 1000
    for fault in faults:
        if began <= fault.ended + FAULT_GRACE_S and ended >= fault.began:
            return fault.kind
    return None


def page_table(samples: list[dict]) -> dict:
    pages: dict[str, list[dict]] = defaultdict(list)
    for s in samples:
        pages[s["page"]].append(s)
    table = {}
    for page, rows in sorted(pages.items()):
        answered = [s["ms"] for s in rows if s["ok"]]
        errors = sum(1 for s in rows if not s["ok"])
        table[page] = {
            "requests": len(rows),
            "errors": errors,
            "statuses": dict(Counter(str(s["status"]) for s in rows)),
            "p50_ms": percentile(answered, 50),
            "p95_ms": percentile(answered, 95),
            "p99_ms": percentile(answered, 99),
        }
    return table


def print_table(title: str, table: dict, target: float | None) -> None:
    print(f"\n{title}")
    print(f"  {'pagina':<46}{'n':>6}{'fout':>6}{'p50':>8}{'p95':>8}{'p99':>8}  (ms)")
    for page, row in table.items():
        mark = ""
        if target and row["p95_ms"] is not None and row["p95_ms"] > target:
            mark = "  > doel"
        p50, p95, p99 = (
            "-" if row[k] is None else f"{row[k]:.0f}" for k in ("p50_ms", "p95_ms", "p99_ms")
        )
        print(
            f"  {page[:45]:<46}{row['requests']:>6}{row['errors']:>6}{p50:>8}{p95:>8}{p99:>8}{mark}"
        )


def analyse(run: RunResult, target: float | None) -> dict:
    outside = [s for s in run.samples if in_fault(s, run.faults) is None]
    table = page_table(outside)
    seconds = run.until - run.record_from
    answered = sum(1 for s in run.samples if s["ok"])
    print_table(
        f"Run '{run.name}': {len(outside)} verzoeken buiten de storingen, {run.users} gebruikers",
        table,
        target,
    )
    faults = []
    for fault in run.faults:
        inside = [s for s in run.samples if in_fault(s, [fault]) is not None]
        # After the window and outside every other fault's window: must all succeed.
        after = [
            s
            for s in run.samples
            if s["t"] > fault.ended + FAULT_GRACE_S and in_fault(s, run.faults) is None
        ]
        first_ok = min(
            (s["t"] for s in run.samples if s["t"] >= fault.ended and s["ok"]), default=None
        )
        faults.append(
            {
                "kind": fault.kind,
                "at_s": round(fault.began - run.record_from, 1),
                "took_s": round(fault.ended - fault.began, 2),
                "detail": fault.detail,
                "requests_in_window": len(inside),
                "errors_in_window": sum(1 for s in inside if not s["ok"]),
                "statuses_in_window": dict(Counter(str(s["status"]) for s in inside)),
                "requests_after": len(after),
                "errors_after": sum(1 for s in after if not s["ok"]),
                "first_success_after_s": round(first_ok - fault.ended, 2) if first_ok else None,
            }
        )
    stop = next((f for f in run.faults if f.kind == "instance stop"), None)
    servers: dict[str, dict] = {}
    if stop is not None:
        servers = {
            "before_stop": dict(Counter(s["server"] for s in run.samples if s["t"] < stop.began)),
            "after_stop": dict(
                Counter(s["server"] for s in run.samples if s["t"] > stop.ended + FAULT_GRACE_S)
            ),
        }
    else:
        servers = {"all": dict(Counter(s["server"] for s in run.samples))}
    errors_outside = sum(row["errors"] for row in table.values())
    pooled = [s["ms"] for s in outside if s["ok"]]
    overall = {
        q: percentile(pooled, n) for q, n in (("p50_ms", 50), ("p95_ms", 95), ("p99_ms", 99))
    }
    summary = {
        "users": run.users,
        "think_time_s": run.think,
        "logged_in": run.logged_in,
        "before_measuring": {"requests": run.before[0], "errors": run.before[1]},
        "measured_s": round(seconds, 1),
        "requests": len(run.samples),
        "requests_outside_faults": len(outside),
        "errors_outside_faults": errors_outside,
        "all_pages_outside_faults": overall,
        "answered_per_second": round(answered / seconds, 1) if seconds else None,
        "pages": table,
        "faults": faults,
        "served_by": servers,
    }
    for fault in faults:
        print(f"  {fault['kind']}: {json.dumps(fault, ensure_ascii=False)}")
    print(f"  vóór het meten (inloggen, inlopen): {run.before[0]} verzoeken, {run.before[1]} fout")
    print(f"  alle pagina's samen, buiten de storingen: {overall}")
    print(f"  beantwoord per instantie: {json.dumps(servers)}")
    print(
        f"  {answered} verzoeken beantwoord in {seconds:.0f} s = "
        f"{summary['answered_per_second']} per seconde; fouten buiten de storingen: "
        f"{errors_outside}"
    )
    if target:
        over = [p for p, row in table.items() if row["p95_ms"] and row["p95_ms"] > target]
        summary["pages_over_target"] = over
        print(
            f"  doel p95 ≤ {target:.0f} ms per pagina: "
            + ("gehaald" if not over else f"niet gehaald voor {len(over)}: " + ", ".join(over))
        )
    return summary


def write_check(env: dict, runs: list[RunResult], folder: Path) -> dict:
    # Every POST that got its redirect, also outside the measured window (inlopen, the end).
    confirmed = []
    for run in runs:
        path = folder / f"samples-{run.name}.jsonl"
        if path.exists():
            for line in path.read_text().splitlines():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if row.get("subject") and row["ok"]:
                    confirmed.append(row["subject"])
    listing = folder / "confirmed.json"
    listing.write_text(json.dumps(sorted(set(confirmed))))
    check = python(env, CHECK_SNIPPET, str(listing))
    check["consistent"] = (
        check["contacts"] == check["audited"]
        and check["contacts_without_audit"] == 0
        and check["audit_without_contact"] == 0
        and check["lost_writes"] == 0
    )
    print(f"\nSchrijfcontrole (contact + auditregel in één transactie): {check}")
    return check


# ------------------------------------------------------------------------------- main


def _stop(signum, frame):  # noqa: ARG001 - signal handler signature
    raise KeyboardInterrupt


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--small", action="store_true", help="alleen de demoregio")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument(
        "--think", default="1-5", help="denktijd in seconden, van-tot (run 1); standaard 1-5"
    )
    parser.add_argument(
        "--duration",
        type=float,
        default=None,
        help="gemeten seconden van run 1 (600; 180 met --small)",
    )
    parser.add_argument("--throughput-users", type=int, default=20)
    parser.add_argument(
        "--throughput-duration",
        type=float,
        default=None,
        help="gemeten seconden van run 2 (120; 60 met --small)",
    )
    parser.add_argument(
        "--runs", default="think,throughput", help="welke runs: think, throughput of beide"
    )
    parser.add_argument("--warmup", type=float, default=20.0, help="seconden inlopen per run")
    parser.add_argument("--login-limit", type=float, default=180.0, help="seconden om in te loggen")
    parser.add_argument("--warm-limit", type=float, default=600.0, help="opwarmrondes, seconden")
    parser.add_argument("--spawn-rate", type=float, default=5.0, help="gebruikers per seconde")
    parser.add_argument("--contact-share", type=float, default=0.08, help="aandeel contact-POSTs")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn-workers per instantie")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--restart-at", type=float, default=0.35, help="databaseherstart (deel)")
    parser.add_argument("--stop-at", type=float, default=0.60, help="instantie stoppen (deel)")
    parser.add_argument("--no-restart", action="store_true", help="geen databaseherstart")
    parser.add_argument("--no-stop", action="store_true", help="geen instantie stoppen")
    parser.add_argument("--stop-signal", choices=["kill", "term"], default="kill")
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--vacancies", type=int, default=100_000)
    parser.add_argument("--contracts", type=int, default=10_000)
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument(
        "--database-folder",
        type=Path,
        default=None,
        help="bewaar het PostgreSQL-cluster met de geladen data in deze map en begin een "
        "volgende run met een kopie daarvan in plaats van opnieuw te laden",
    )
    args = parser.parse_args(argv)
    if args.duration is None:
        args.duration = 180.0 if args.small else 600.0
    if args.throughput_duration is None:
        args.throughput_duration = 60.0 if args.small else 120.0
    if args.think in ("", "0", "geen", "none"):
        args.think_range = None
    else:
        low, _, high = args.think.partition("-")
        args.think_range = [float(low), float(high or low)]
    args.run_names = [r.strip() for r in args.runs.split(",") if r.strip()]
    if not set(args.run_names) <= {"think", "throughput"}:
        parser.error("--runs: think, throughput of think,throughput")
    if not (
        1 <= args.users <= 200
        and 1 <= args.throughput_users <= 200
        and args.duration <= 3600
        and args.throughput_duration <= 3600
        and 0 < args.restart_at < 1
        and 0 < args.stop_at < 1
    ):
        parser.error(
            "Begrensd: 1–200 gebruikers, hoogstens een uur per run, storingen binnen de run."
        )
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    check_prerequisites()
    load_at_start = os.getloadavg()
    signal.signal(signal.SIGTERM, _stop)  # `kill` or a time-out also cleans up
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="werkbrug-load-"))
    folder.chmod(0o711)  # postgres and redis reach their own folders inside it
    cluster = Cluster(free_port(), folder, args.database_folder)
    redis = Redis(free_port(), folder)
    instances: list[Instance] = []
    balancer = None
    try:
        log(
            f"PostgreSQL {cluster.bin.parent.name} op {HOST}:{cluster.port}, Redis op :{redis.port}"
        )
        cluster.start()
        redis.start()
        env = app_env(cluster.url, folder)
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
            cluster.reused,
        )
        cluster.keep_seeded()
        log(deploy(env))
        users = max(args.users, args.throughput_users)
        roles = (ROLE_MIX * (users // len(ROLE_MIX) + 1))[:users] + ["jobhunter"]
        setup = python(env, SETUP_SNIPPET, json.dumps({"password": PASSWORD, "roles": roles}))
        warm_account = setup["accounts"].pop()  # the extra jobhunter only warms up
        log(f"Data: {data_set}; {setup['counts']}")
        if setup["missing"]:
            log(f"  pagina's niet gevonden (overgeslagen): {setup['missing']}")

        instance_env = dict(
            env,
            RATELIMIT_STORAGE_URI=redis.url,
            PROXY_COUNT="1",  # HAProxy's X-Forwarded-For
            LOGIN_LIMIT_PER_ACCOUNT="5 per minute",
        )
        instances = [
            Instance(name, instance_env, folder, args.workers, args.threads) for name in "ab"
        ]
        for instance in instances:
            instance.start()
        balancer = Balancer(instances, folder)
        balancer.start()
        if not balancer.wait_until_up():
            raise RuntimeError(f"HAProxy ziet de instanties niet als gezond: {balancer.servers()}")
        log(
            f"HAProxy op {balancer.url} → "
            + ", ".join(f"{i.name} :{i.port}" for i in instances)
            + f" ({args.workers} workers × {args.threads} threads per instantie)"
        )
        session = login_session(balancer.url, warm_account)
        log("Opwarmen: elke worker bouwt zijn matchingindex")
        warm = {
            i.name: warm_up(i, session, setup["ids"], setup["pages"], args.warm_limit)
            for i in instances
        }

        runs: list[RunResult] = []
        report_runs: dict[str, dict] = {}
        checks: dict[str, dict] = {}
        memory: dict[str, dict] = {}
        for name in args.run_names:
            if name == "think":
                faults = []
                if not args.no_restart:
                    faults.append((args.restart_at, "database restart", cluster.restart))
                if not args.no_stop:
                    victim = instances[0]

                    def stop_instance(victim=victim) -> str:
                        victim.stop(args.stop_signal)
                        return f"(instantie {victim.name}, {args.stop_signal})"

                    faults.append((args.stop_at, "instance stop", stop_instance))
                run = run_locust(
                    name,
                    args,
                    setup,
                    balancer,
                    folder,
                    args.users,
                    args.think_range,
                    args.duration,
                    faults,
                )
                target = TARGET_P95_MS if args.think_range else None
            else:
                for instance in instances:
                    if not instance.running:
                        log(f"Instantie {instance.name} weer starten voor de doorvoerrun")
                        instance.start()
                        balancer.wait_until_up()
                        warm[instance.name + " (herstart)"] = warm_up(
                            instance, session, setup["ids"], setup["pages"], args.warm_limit
                        )
                run = run_locust(
                    name,
                    args,
                    setup,
                    balancer,
                    folder,
                    args.throughput_users,
                    None,
                    args.throughput_duration,
                    [],
                )
                target = None
            memory[name] = {i.name: i.worker_rss_mb() for i in instances}
            runs.append(run)
            report_runs[name] = analyse(run, target)
            report_runs[name]["haproxy"] = balancer.servers()
            checks[name] = write_check(env, runs, folder)

        for instance in instances:  # the throttle check needs both instances again
            if not instance.running:
                instance.start()
        balancer.wait_until_up()
        throttle = shared_throttle_check(balancer, redis)
        print(f"\nInlogbegrenzing over beide instanties (Redis): {throttle}")
        report = {
            "when": time.strftime("%Y-%m-%d %H:%M"),
            "machine": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average_at_start": load_at_start,
            "load_average_at_end": os.getloadavg(),
            "data": data_set,
            "counts": setup["counts"],
            "topology": {
                "balancer": "HAProxy " + _haproxy_version(),
                "instances": len(instances),
                "gunicorn": {"workers": args.workers, "threads": args.threads},
                "redis": redis.url,
                "postgresql": cluster.bin.parent.name,
            },
            "warm_up_rounds_s": warm,
            "runs": report_runs,
            "write_check": checks,
            "worker_rss_mb": memory,
            "shared_throttle": throttle,
            "target_p95_ms": TARGET_P95_MS,
        }
        RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        log(f"Resultaat in {RESULTS.relative_to(ROOT)}")
        ok = all(c["consistent"] for c in checks.values()) and throttle["shared"]
        ok = ok and all(r["errors_outside_faults"] == 0 for r in report_runs.values())
        return 0 if ok else 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not skip clean-up
        if balancer is not None:
            balancer.stop()
        for instance in instances:
            instance.stop("term")
            _keep_log(instance.log)
        redis.stop()
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _keep_log(log: Path) -> None:
    """The instance's error log (the application's tracebacks of a 500 are in it) beside the
    results: the temporary folder goes."""
    if log.is_file():
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(log, RESULTS_DIR / log.name)


def _haproxy_version() -> str:
    out = subprocess.run(["haproxy", "-v"], capture_output=True, text=True).stdout
    match = re.search(r"version (\S+)", out)
    return match.group(1) if match else "?"


if __name__ == "__main__":
    sys.exit(main())
