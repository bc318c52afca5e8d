"""How fast a freshly started worker answers its first match pages, and how much memory it
holds (issue 15, SPEC §7: ≤ 5 s and ≤ 1.5 GB per worker at 100,000 vacancies).

Run from the repository root:

    .venv/bin/python benchmarks/worker_start_bench.py                 # SPEC §7 volume, SQLite
    .venv/bin/python benchmarks/worker_start_bench.py --small         # demo region, quick
    .venv/bin/python benchmarks/worker_start_bench.py --instance DIR  # reuse a database built
                                                                      # before (kept in DIR)

The database is built as `portal_bench.py` builds it (migrations, ESCO, PC4, `seed-demo`,
`seed-scale`), once, in `--instance` (kept) or a temporary folder. Then every variant runs in a
process of its own, as a new gunicorn worker would, and times its first client page (the
client's top-5 vacancies) and first vacancy page (the best candidates of the municipality)
after logging in:

* **fit** — no saved index: the worker fits the index over every vacancy (the behaviour
  before the saved index; the baseline of the same run);
* **snapshot** — the index saved by `flask matching-snapshot` is loaded (and synced);
* **preload** — one parent process loads the saved index and encodes the client pools, then
  forks two workers, as gunicorn's master does with `gunicorn.conf.py` (`preload_app`,
  `matching_ranking.warm`): the workers share the parent's pages copy-on-write. Memory per
  worker is then its proportional share (PSS) and its private memory (USS), beside its
  resident size (RSS).

Prints a table and writes benchmarks/results/worker_start_bench.json (ignored by git).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.portal_bench import (  # noqa: E402
    ACCOUNTS,
    build_app,
    enrol_staff,
    login,
    set_up,
)

RESULTS = ROOT / "benchmarks" / "results" / "worker_start_bench.json"
TARGET_S = 5.0
TARGET_MB = 1536


def _memory() -> dict[str, float]:
    """This process's memory in MB: resident now and at peak, proportional and private."""
    values: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[{"VmRSS": "rss", "VmHWM": "peak_rss"}[key]] = int(rest.split()[0]) / 1024
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            private = 0
            for line in rollup:
                key, _, rest = line.partition(":")
                if key == "Pss":
                    values["pss"] = int(rest.split()[0]) / 1024
                elif key in ("Private_Clean", "Private_Dirty"):
                    private += int(rest.split()[0])
            values["uss"] = private / 1024
    except OSError:
        pass
    return {k: round(v) for k, v in values.items()}


def _app(instance: Path, snapshots: bool):
    os.environ["MATCHING_SNAPSHOT_DIR"] = str(instance / "matching") if snapshots else ""
    return build_app(None, instance)


def _session_cookie(app, secrets: dict) -> str:
    """A logged-in session of the demo jobhunter (logged in once: a code is accepted once)."""
    email = ACCOUNTS["jobhunter"]
    client = login(app, email, secrets.get(email))
    return client.get_cookie(app.config["SESSION_COOKIE_NAME"]).value


def _first_pages(app, session: str, ids: dict) -> dict:
    """Time the first client page and vacancy page of the logged-in jobhunter."""
    from app.services import matching_index

    client = app.test_client()
    client.set_cookie(app.config["SESSION_COOKIE_NAME"], session)
    result = {}
    for label, url in (
        ("client_page_s", f"/jobhunter/werkzoekenden/{ids['client']}"),
        ("vacancy_page_s", f"/jobhunter/vacatures/{ids['vacancy']}"),
    ):
        began, cpu = time.perf_counter(), time.process_time()
        status = client.get(url).status_code
        result[label] = round(time.perf_counter() - began, 2)
        result[label.replace("_s", "_cpu_s")] = round(time.process_time() - cpu, 2)
        result[label.replace("_s", "_status")] = status
    with app.app_context():
        result["loaded_from"] = matching_index.state_info()["loaded_from"]
    return result


def child(variant: str, instance: Path, session: str, ids: dict) -> dict:
    """One variant in this (fresh) process; returns its figures."""
    began = time.perf_counter()
    app = _app(instance, snapshots=variant != "fit")
    result = {"variant": variant, "app_created_s": round(time.perf_counter() - began, 2)}
    if variant == "save":
        from app.services import matching_index

        with app.app_context():
            began = time.perf_counter()
            path, written = matching_index.save_snapshot()
            result["save_s"] = round(time.perf_counter() - began, 2)
            result["snapshot_mb"] = round(path.stat().st_size / 1e6) if path else None
            result["written"] = written
        return result
    if variant == "preload":
        return _preload(app, result, session, ids)
    result.update(_first_pages(app, session, ids))
    result["memory_mb"] = _memory()
    return result


def _preload(app, result: dict, session: str, ids: dict) -> dict:
    """Load the index and client pools in this process as gunicorn.conf.py does in the
    master, then fork two workers that answer the first pages."""
    from app.extensions import db
    from app.services import matching_ranking

    began = time.perf_counter()
    with app.app_context():
        matching_ranking.warm()
        db.session.remove()
        db.engine.dispose()  # workers open their own connections
    result["parent_load_s"] = round(time.perf_counter() - began, 2)
    gc.collect()
    gc.freeze()  # objects made so far are never touched by the collector in the workers
    result["parent_memory_mb"] = _memory()
    workers = []
    for _ in range(2):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # a worker
            os.close(read)
            figures = _first_pages(app, session, ids)
            figures["memory_mb"] = _memory()
            os.write(write, json.dumps(figures).encode())
            os.close(write)
            os._exit(0)
        os.close(write)
        workers.append((pid, read))
    result["workers"] = []
    for pid, read in workers:
        chunks = []
        while chunk := os.read(read, 65536):
            chunks.append(chunk)
        os.close(read)
        os.waitpid(pid, 0)
        result["workers"].append(json.loads(b"".join(chunks)))
    return result


def _run_child(variant: str, instance: Path, session: str, ids: dict) -> dict:
    print(f"  {variant} …", flush=True)
    began = time.perf_counter()
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            variant,
            "--instance",
            str(instance),
            "--session",
            session,
            "--ids",
            json.dumps(ids),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )
    if out.returncode != 0:
        raise SystemExit(f"{variant} mislukte:\n{out.stdout}\n{out.stderr}")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["process_s"] = round(time.perf_counter() - began, 2)
    print(f"    {figures}", flush=True)
    return figures


def _ids(app) -> dict:
    """A client of the demo jobhunter's municipality and an open vacancy (the newest)."""
    from app.extensions import db
    from app.models import Client, User, Vacancy

    with app.app_context():
        jobhunter = db.session.scalar(db.select(User).where(User.email == ACCOUNTS["jobhunter"]))
        client = db.session.scalar(
            db.select(Client.id)
            .where(
                Client.municipality_id == jobhunter.organisation_id,
                Client.case_closed_at.is_(None),
            )
            .order_by(Client.id.desc())
        )
        vacancy = db.session.scalar(
            db.select(Vacancy.id).where(Vacancy.status == "open").order_by(Vacancy.id.desc())
        )
        counts = {
            "vacancies": db.session.scalar(db.select(db.func.count(Vacancy.id))),
            "clients": db.session.scalar(db.select(db.func.count(Client.id))),
        }
    return {"client": client, "vacancy": vacancy, "counts": counts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="alleen de demoregio")
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--vacancies", type=int, default=100_000)
    parser.add_argument("--contracts", type=int, default=10_000)
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--today", default=time.strftime("%Y-%m-%d"))
    parser.add_argument("--instance", type=Path, default=None, help="map met (of voor) de database")
    parser.add_argument("--variants", default="fit,save,snapshot,preload")
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--session", default="", help=argparse.SUPPRESS)
    parser.add_argument("--ids", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        figures = child(args.child, args.instance, args.session, json.loads(args.ids))
        print(json.dumps(figures))
        return 0

    temporary = args.instance is None
    instance = args.instance or Path(tempfile.mkdtemp(prefix="werkbrug-worker-bench-"))
    instance.mkdir(parents=True, exist_ok=True)
    try:
        app = _app(instance, snapshots=False)
        timings: dict[str, float] = {}
        if not (instance / "bench.db").exists() or not (instance / "bench.db").stat().st_size:
            print("Opbouwen:", flush=True)
            set_up(app, args, timings)
        session = _session_cookie(app, enrol_staff(app))
        ids = _ids(app)
        counts = ids.pop("counts")
        shutil.rmtree(instance / "matching", ignore_errors=True)
        print(f"Meten ({counts}, belasting {os.getloadavg()[0]:.1f}):", flush=True)
        runs = [_run_child(v, instance, session, ids) for v in args.variants.split(",") if v]
        report = {
            "benchmark": "worker_start_bench",
            "when": time.strftime("%Y-%m-%d %H:%M"),
            "counts": counts,
            "setup_seconds": timings,
            "load_average_after": os.getloadavg(),
            "targets": {"first_page_s": TARGET_S, "memory_mb": TARGET_MB},
            "runs": runs,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False))
        print(f"\nFiguren in {args.json}")
        return 0
    finally:
        if temporary:
            shutil.rmtree(instance, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
