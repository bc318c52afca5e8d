"""Periodic jobs that are safe when several app servers run them at the same time.

Every periodic job (mail delivery, the weekly SROI digest, retention, closing vacancies past
their closing date, and whatever is added later) is a `flask` command started by cron or a
systemd timer on *every* app server. `run` makes that safe:

1. **One at a time.** Before it works, a run takes the job's lock in the database: on
   PostgreSQL a session-level advisory lock (`pg_try_advisory_lock`, released by the server
   when the connection ends, also when the process is killed); on other databases (SQLite) a
   claim on the job's row in `job_locks`, one conditional UPDATE that only succeeds when the
   row is free or its hold (`Job.max_minutes`) has run out. A run that does not get the lock
   does nothing and says so: the other server is doing the work.
2. **Once per period.** A daily or weekly job records the period it did (`JobRun.period`,
   e.g. `2026-12-02` or `2026-W49`); a later run for the same period does nothing, unless
   forced. Jobs that run every few minutes (mail) are idempotent by themselves: each mail has
   its own state.
3. **A record.** Each run that does work is a `JobRun` row: when, on which server, what it did
   (the job's summary) or why it failed. `flask jobs` and the admin page *Periodieke taken*
   show the last run of each job. Runs older than `KEEP_RUNS` are pruned by the job itself.

This module takes no settings from the Flask app: the caller passes the date, the time and the
server's name. The jobs themselves and how to add one are in `app/cli/periodic.py`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import exc, func, select, update

from app.extensions import db
from app.models import JobLock, JobRun

log = logging.getLogger("werkbrug.jobs")

KEEP_RUNS = timedelta(days=90)
# How often a job runs: for the overview ("te lang niet gedraaid") and the period of its work.
EVERY = {
    "5min": timedelta(minutes=5),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}


@dataclass(frozen=True)
class Job:
    """A periodic job: its command, its Dutch title, when it runs and how it is locked."""

    name: str  # the flask command, e.g. "send-mail"
    title: str  # Dutch, for the admin page
    every: str  # a key of EVERY
    cron: str  # crontab schedule, e.g. "*/5 * * * *"
    on_calendar: str  # systemd timer OnCalendar=, e.g. "*:0/5"
    once_per_period: bool = False  # a daily/weekly job does its work once per day/week
    max_minutes: int = 60  # the portable lock's hold: a crashed run frees it after this

    @property
    def interval(self) -> timedelta:
        return EVERY[self.every]

    def period(self, today: date) -> str:
        """The period a run on `today` works for ("" for jobs that work on every run)."""
        if not self.once_per_period:
            return ""
        if self.every == "week":
            year, week, _day = today.isocalendar()
            return f"{year}-W{week:02d}"
        return today.isoformat()


REGISTRY: dict[str, Job] = {}


def register(job: Job) -> Job:
    """Add a job to the registry (what `flask jobs` and the admin page list)."""
    REGISTRY[job.name] = job
    return job


@dataclass(frozen=True)
class Outcome:
    """What a call of `run` did."""

    state: str  # ok | failed | busy (another server has it) | done (period already done)
    message: str
    run: JobRun | None = None


def server_name() -> str:
    """This server and process, as stored in `JobRun.host` and `JobLock.holder`."""
    return f"{socket.gethostname()}:{os.getpid()}"[:120]


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:  # SQLite gives naive UTC datetimes back
        return value.replace(tzinfo=UTC)
    return value


# --------------------------------------------------------------------------- the lock


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for PostgreSQL's advisory lock of job `name`."""
    digest = hashlib.sha256(f"werkbrug-job:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class _AdvisoryLock:
    """PostgreSQL: a session-level advisory lock on a connection of its own."""

    def __init__(self, job: Job):
        self.key = advisory_key(job.name)
        self.connection = None

    def acquire(self, now: datetime, holder: str) -> bool:
        self.connection = db.engine.connect()
        got = self.connection.execute(select(func.pg_try_advisory_lock(self.key))).scalar()
        self.connection.commit()
        if not got:
            self.connection.close()
            self.connection = None
        return bool(got)

    def release(self) -> None:
        if self.connection is not None:
            try:
                self.connection.execute(select(func.pg_advisory_unlock(self.key)))
                self.connection.commit()
            finally:
                self.connection.close()
                self.connection = None


class _RowLock:
    """Any database: claim the job's `job_locks` row with one conditional UPDATE."""

    def __init__(self, job: Job):
        self.job = job
        self.holder: str | None = None

    def acquire(self, now: datetime, holder: str) -> bool:
        table = JobLock.__table__
        with db.engine.connect() as conn:
            exists = conn.execute(select(table.c.name).where(table.c.name == self.job.name))
            missing = exists.first() is None
        if missing:
            try:
                with db.engine.begin() as conn:
                    conn.execute(table.insert().values(name=self.job.name))
            except exc.IntegrityError:
                pass  # another server inserted it at the same moment
        with db.engine.begin() as conn:
            claimed = conn.execute(
                update(table)
                .where(
                    table.c.name == self.job.name,
                    (table.c.holder.is_(None)) | (table.c.held_until < now),
                )
                .values(holder=holder, held_until=now + timedelta(minutes=self.job.max_minutes))
            )
            got = claimed.rowcount == 1
        if got:
            self.holder = holder
        return got

    def release(self) -> None:
        if self.holder is None:
            return
        table = JobLock.__table__
        with db.engine.begin() as conn:
            conn.execute(
                update(table)
                .where(table.c.name == self.job.name, table.c.holder == self.holder)
                .values(holder=None, held_until=None)
            )
        self.holder = None


def lock_for(job: Job):
    """The lock this database supports for `job` (advisory on PostgreSQL, else the row)."""
    if db.engine.dialect.name == "postgresql":
        return _AdvisoryLock(job)
    return _RowLock(job)


# --------------------------------------------------------------------------- running


def run(
    job: Job,
    work: Callable[[], str],
    *,
    today: date,
    now: datetime,
    holder: str | None = None,
    force: bool = False,
) -> Outcome:
    """Run `work` as one run of `job`, if this server gets the lock and the period is not done.

    `work` does the job, commits its own changes and returns a one-line Dutch summary. An
    exception in it is caught: the run is stored as failed with the error, and logged.
    """
    holder = holder or server_name()
    period = job.period(today)
    lock = lock_for(job)
    if not lock.acquire(now, holder):
        message = "Een andere server voert deze taak nu uit; deze run doet niets."
        log.info("%s: %s", job.name, message)
        return Outcome("busy", message)
    try:
        if period and not force and _done(job, period):
            message = f"Al gedaan voor {period}; deze run doet niets."
            log.info("%s: %s", job.name, message)
            return Outcome("done", message)
        record = JobRun(job=job.name, period=period, started_at=now, outcome="running", host=holder)
        db.session.add(record)
        db.session.commit()
        run_id = record.id
        log.info("%s: gestart op %s%s", job.name, holder, f" voor {period}" if period else "")
        try:
            summary = work() or ""
        except Exception as error:  # noqa: BLE001 - a failing job is recorded, never lost
            db.session.rollback()
            record = db.session.get(JobRun, run_id)
            record.outcome = "failed"
            record.error = f"{type(error).__name__}: {error}"[:2000]
            record.summary = traceback.format_exc(limit=5)[-4000:]
            record.finished_at = datetime.now(UTC)
            db.session.commit()
            log.exception("%s: mislukt", job.name)
            return Outcome("failed", record.error, record)
        record = db.session.get(JobRun, run_id)
        record.outcome = "ok"
        record.summary = summary[:4000]
        record.finished_at = datetime.now(UTC)
        _prune(job, now)
        db.session.commit()
        log.info("%s: klaar: %s", job.name, summary)
        return Outcome("ok", summary, record)
    except BaseException:
        db.session.rollback()  # nothing of ours may hold the database while the lock is freed
        raise
    finally:
        lock.release()


def _done(job: Job, period: str) -> bool:
    return (
        db.session.scalar(
            select(JobRun.id)
            .where(JobRun.job == job.name, JobRun.period == period, JobRun.outcome == "ok")
            .limit(1)
        )
        is not None
    )


def _prune(job: Job, now: datetime) -> None:
    db.session.execute(
        db.delete(JobRun)
        .where(JobRun.job == job.name, JobRun.started_at < now - KEEP_RUNS)
        .execution_options(synchronize_session=False)
    )


# --------------------------------------------------------------------------- overview


@dataclass(frozen=True)
class JobStatus:
    """One line of `flask jobs` and the admin page."""

    job: Job
    last: JobRun | None  # the latest run, whatever its outcome
    last_ok: JobRun | None
    overdue: bool  # no successful run for more than twice its interval (or never)

    @property
    def failing(self) -> bool:
        return self.last is not None and self.last.outcome == "failed"

    @property
    def running(self) -> bool:
        return self.last is not None and self.last.outcome == "running"


def overview(now: datetime) -> list[JobStatus]:
    """Every registered job with its latest run and latest successful run."""
    result = []
    for job in sorted(REGISTRY.values(), key=lambda j: (list(EVERY).index(j.every), j.name)):
        runs = select(JobRun).where(JobRun.job == job.name).order_by(JobRun.started_at.desc())
        last = db.session.scalars(runs.limit(1)).first()
        last_ok = db.session.scalars(runs.where(JobRun.outcome == "ok").limit(1)).first()
        started = _aware(last_ok.started_at) if last_ok else None
        overdue = started is None or now - started > 2 * job.interval
        result.append(JobStatus(job, last, last_ok, overdue))
    return result


def history(name: str, limit: int = 20) -> list[JobRun]:
    """The latest runs of one job, newest first."""
    return db.session.scalars(
        select(JobRun).where(JobRun.job == name).order_by(JobRun.started_at.desc()).limit(limit)
    ).all()
