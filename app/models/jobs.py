"""Periodic jobs: the lock that keeps two servers from running one job at once, and each run.

See `app.services.jobs` for how they are used and `app/cli/` for the jobs themselves.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db


class JobLock(db.Model):
    """One row per job: who holds it and until when (the portable lock, used on SQLite).

    A server claims the row with one conditional UPDATE (free, or its hold expired); on
    PostgreSQL an advisory lock does the same and this row is not used for locking.
    """

    __tablename__ = "job_locks"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(120))
    held_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class JobRun(db.Model):
    """One run of a periodic job: when, on which server, what it did or why it failed.

    `period` is the stretch of time a once-a-day or once-a-week job did its work for (e.g.
    `2026-12-02`, `2026-W49`): a second run for the same period does nothing.
    """

    __tablename__ = "job_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(60), index=True)
    period: Mapped[str] = mapped_column(String(20), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # running | ok | failed | skipped (another server had it, or the period was done)
    outcome: Mapped[str] = mapped_column(String(10), default="running")
    summary: Mapped[str] = mapped_column(Text, default="")
    error: Mapped[str] = mapped_column(Text, default="")
    host: Mapped[str] = mapped_column(String(120), default="")
