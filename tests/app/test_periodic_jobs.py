"""Periodic jobs: two runs at once do the work once (threads and separate processes against the
same database: a row claim on SQLite, an advisory lock on PostgreSQL), a daily job works once a
day, a failure is recorded and frees the lock, and `flask jobs` and the README tell about it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.models import JobLock, JobRun, Vacancy
from app.services import jobs
from tests.factories import EmployerFactory

README = Path(__file__).resolve().parents[2] / "README.md"
TODAY = date(2026, 12, 2)


def _job(name="test-job", **kw) -> jobs.Job:
    """A job for the test only (not in the registry)."""
    defaults = {"title": "Test", "every": "day", "cron": "0 1 * * *", "on_calendar": "daily"}
    return jobs.Job(name=name, **{**defaults, **kw})


def test_two_runs_at_once_in_threads_do_the_work_once(app, db):
    job = _job(once_per_period=False)
    done: list[str] = []
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def server(name):
        with app.app_context():
            barrier.wait()

            def work():
                done.append(name)
                time.sleep(1.0)  # long enough for the other server to try meanwhile
                return "gedaan"

            outcome = jobs.run(
                job, work, today=TODAY, now=datetime.now(UTC), holder=f"server-{name}"
            )
            outcomes.append(outcome.state)
            db.session.remove()

    threads = [threading.Thread(target=server, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert len(done) == 1
    assert sorted(outcomes) == ["busy", "ok"]
    runs = db.session.scalars(db.select(JobRun).where(JobRun.job == job.name)).all()
    assert [(r.outcome, r.summary, r.host) for r in runs] == [("ok", "gedaan", f"server-{done[0]}")]
    # The lock is free again: the next run goes ahead.
    assert jobs.run(job, lambda: "weer", today=TODAY, now=datetime.now(UTC)).state == "ok"


PROCESS = textwrap.dedent(
    """
    import glob, sys, time
    from datetime import UTC, date, datetime
    from app import create_app
    from app.services import jobs

    url, instance, marker, together = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = create_app({
        "WERKBRUG_ENV": "testing", "SQLALCHEMY_DATABASE_URI": url, "INSTANCE_PATH": instance,
        "SECRET_KEY": "test", "PUBLIC_BASE_URL": "https://werkbrug.example.nl",
    })
    job = jobs.Job(name="process-job", title="Test", every="day", cron="0 1 * * *",
                   on_calendar="daily", once_per_period=True)

    def work():
        with open(marker, "a") as out:
            out.write("werk\\n")
        time.sleep(2)
        return "gedaan"

    with app.app_context():
        # start together: each process says it is ready and waits for the others (importing
        # the app takes seconds on a busy machine, longer than the job holds its lock)
        open(instance + ".ready", "w").close()
        deadline = time.time() + 120
        while len(glob.glob(marker + ".*.ready")) < together and time.time() < deadline:
            time.sleep(0.01)
        outcome = jobs.run(job, work, today=date(2026, 12, 2), now=datetime.now(UTC))
        print(outcome.state)
    """
)


def test_two_processes_at_once_do_the_work_once(app, db, tmp_path):
    """Two app servers are two processes: each starts the job at the same moment."""
    marker = tmp_path / "werk.txt"
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    root = Path(__file__).resolve().parents[2]
    processes = [
        subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", PROCESS, url, f"{marker}.{n}", str(marker), "2"],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in (1, 2)
    ]
    results = [p.communicate(timeout=120) for p in processes]
    states = sorted(out.strip().splitlines()[-1] for out, _err in results)
    assert states == ["busy", "ok"], results
    assert marker.read_text() == "werk\n"
    # The same day again: nothing to do.
    again = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROCESS, url, f"{marker}.3", str(marker), "0"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert again.stdout.strip() == "done"
    assert marker.read_text() == "werk\n"


def test_a_daily_job_works_once_a_day_unless_forced(app, db):
    job = _job(once_per_period=True)
    calls = []

    def work():
        calls.append(1)
        return "gedaan"

    now = datetime.now(UTC)
    assert jobs.run(job, work, today=TODAY, now=now).state == "ok"
    assert jobs.run(job, work, today=TODAY, now=now).state == "done"
    assert jobs.run(job, work, today=TODAY, now=now, force=True).state == "ok"
    assert jobs.run(job, work, today=TODAY + timedelta(days=1), now=now).state == "ok"
    assert len(calls) == 3
    weekly = _job("weekly-test", every="week", once_per_period=True)
    assert weekly.period(date(2026, 11, 30)) == weekly.period(date(2026, 12, 6)) == "2026-W49"


def test_a_failing_job_is_recorded_and_frees_the_lock(app, db):
    job = _job(once_per_period=True)

    def broken():
        db.session.add(JobLock(name="half-done"))  # a change the failure must roll back
        db.session.flush()
        raise RuntimeError("de mailserver gaf geen antwoord")

    outcome = jobs.run(job, broken, today=TODAY, now=datetime.now(UTC))
    assert outcome.state == "failed"
    run = db.session.scalars(db.select(JobRun)).one()
    assert run.outcome == "failed" and "de mailserver gaf geen antwoord" in run.error
    assert db.session.get(JobLock, "half-done") is None
    # A failed day is not a done day, and the lock is free.
    assert jobs.run(job, lambda: "gelukt", today=TODAY, now=datetime.now(UTC)).state == "ok"


@pytest.mark.skipif(
    "postgresql" in os.environ.get("TEST_DATABASE_URL", ""),
    reason="PostgreSQL uses its advisory lock, which ends with the dead server's connection",
)
def test_a_crashed_run_frees_the_row_lock_after_its_hold(app, db):
    """A server that died holding the row lock blocks the job only until `max_minutes`."""
    job = _job(max_minutes=30)
    now = datetime.now(UTC)
    db.session.add(JobLock(name=job.name, holder="dood:1", held_until=now + timedelta(minutes=5)))
    db.session.commit()
    assert jobs.run(job, lambda: "x", today=TODAY, now=now).state == "busy"
    later = now + timedelta(minutes=6)
    assert jobs.run(job, lambda: "x", today=TODAY, now=later).state == "ok"


def test_close_vacancies_job_and_flask_jobs(app, db, runner):
    employer = EmployerFactory()
    expired = Vacancy(employer=employer, title="Verlopen", closing_date=date(2026, 12, 1))
    today = Vacancy(employer=employer, title="Sluit vandaag", closing_date=date(2026, 12, 2))
    db.session.add_all([expired, today])
    db.session.commit()

    result = runner.invoke(args=["close-vacancies", "--today", "2026-12-02"])
    assert result.exit_code == 0, result.output
    assert "1 vacature(s) gesloten" in result.output
    db.session.expire_all()
    assert (expired.status, today.status) == ("closed", "open")
    again = runner.invoke(args=["close-vacancies", "--today", "2026-12-02"])
    assert "Al gedaan voor 2026-12-02" in again.output

    listing = runner.invoke(args=["jobs"])
    assert listing.exit_code == 0
    lines = {line.split()[0]: line for line in listing.output.splitlines() if line.strip()}
    assert set(jobs.REGISTRY) <= set(lines)
    assert (
        "gelukt" in lines["close-vacancies"]
        and "1 vacature(s) gesloten" in lines["close-vacancies"]
    )
    assert "nooit gedraaid" in lines["sroi-digest"]
    history = runner.invoke(args=["jobs", "--history", "close-vacancies"])
    assert "gelukt" in history.output and "2026-12-02" in history.output


def test_the_weekly_digest_is_sent_once_a_week(app, db, runner):
    first = runner.invoke(args=["sroi-digest", "--today", "2026-11-30"])
    assert first.exit_code == 0, first.output
    assert "Weekoverzicht van 30-11-2026" in first.output
    later_that_week = runner.invoke(args=["sroi-digest", "--today", "2026-12-03"])
    assert "Al gedaan voor 2026-W49" in later_that_week.output


def test_readme_lists_every_job_as_crontab_line_and_systemd_timer(app, runner):
    text = README.read_text(encoding="utf-8")
    crontab = runner.invoke(args=["jobs", "--crontab"]).output
    for job in jobs.REGISTRY.values():
        line = next(line for line in crontab.splitlines() if line.endswith(f"flask {job.name}"))
        assert line in text, f"README lacks the crontab line for {job.name}"
        assert f"OnCalendar={job.on_calendar}" in text
        assert re.search(rf"werkbrug-{re.escape(job.name)}\.timer", text)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="geen tzset (Windows)")
@pytest.mark.parametrize("zone_files", ["system", "none"])
def test_pages_and_nightly_jobs_share_the_dutch_date_on_a_utc_server(
    app, tmp_path, monkeypatch, zone_files
):
    # A page stores "today" with date.today(), the nightly jobs with the Dutch date: on a
    # server clock in UTC they disagreed between 00:00 and 01:00 (02:00 in summer) Dutch time;
    # also on a server without time-zone files (a slim image), which reads the zone as UTC.
    from zoneinfo import ZoneInfo

    from app import create_app
    from app.cli.periodic import local_today

    monkeypatch.setenv("TZ", "UTC")
    if zone_files == "none":
        monkeypatch.setenv("TZDIR", str(tmp_path / "geen-zones"))
    time.tzset()
    try:
        create_app({**app.config, "INSTANCE_PATH": str(tmp_path)})
        dutch = datetime.now(ZoneInfo("Europe/Amsterdam"))
        assert datetime.now().astimezone().utcoffset() == dutch.utcoffset()
        assert date.today() == local_today()
    finally:
        monkeypatch.undo()
        time.tzset()
