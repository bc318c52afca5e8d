"""Periodic jobs as `flask` commands, and `flask jobs` to see how they ran.

How to add a periodic job (re-ranker training, a nightly refresh …):

```python
from app.cli.periodic import periodic_job

@periodic_job(
    "train-reranker",                       # the command: `flask train-reranker`
    title="Herschikking opnieuw leren",      # Dutch, for the admin page
    every="day",                            # 5min | hour | day | week
    cron="15 3 * * *",                      # the crontab line the README lists
    on_calendar="*-*-* 03:15:00",           # the systemd timer's OnCalendar=
    once_per_period=True,                   # daily/weekly work done once per day/week
)
def train_reranker(today, now):
    ...                                     # do the work, commit it
    return "3 modellen getraind"            # one Dutch line for `flask jobs`
```

and add the function to its module's `COMMANDS`. The decorator registers the job
(`app.services.jobs.REGISTRY`), makes the command with `--today` and `--force`, and runs the
function through `app.services.jobs.run`: under the job's database lock, once per period, with
the run recorded and logged. Click options of the function's own (put under the decorator) are
passed as keyword arguments; a `--dry-run` flag, when the function has one, runs it without lock
or record. The README's crontab and systemd timers come from `flask jobs --crontab` and
`flask jobs --systemd`; a test checks that the README lists every job.
"""

from __future__ import annotations

import functools
import logging
import sys
from datetime import UTC, datetime

import click
from flask.cli import with_appcontext

from app.formatting import LOCAL, ddmmyyyy
from app.services import jobs

OUTCOME_WORDS = {
    "ok": "gelukt",
    "failed": "MISLUKT",
    "running": "bezig",
}


def local_today():
    """Today in the Netherlands (the server may run on UTC)."""
    return datetime.now(LOCAL).date()


def _local(value) -> str:
    return "-" if value is None else ddmmyyyy(value)


def _log_to_stderr() -> None:
    """Jobs log what they do (`werkbrug.jobs`); under cron or systemd that goes to stderr."""
    logger = logging.getLogger("werkbrug")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


def periodic_job(
    name: str,
    *,
    title: str,
    every: str,
    cron: str,
    on_calendar: str,
    once_per_period: bool = False,
    max_minutes: int = 60,
):
    """Make `func(today, now, **options) -> str` the periodic job and command `flask NAME`."""
    job = jobs.register(
        jobs.Job(
            name=name,
            title=title,
            every=every,
            cron=cron,
            on_calendar=on_calendar,
            once_per_period=once_per_period,
            max_minutes=max_minutes,
        )
    )

    def decorate(func):
        @click.command(name, help=func.__doc__)
        @click.option(
            "--today",
            type=click.DateTime(formats=["%Y-%m-%d"]),
            default=None,
            help="Peildatum (JJJJ-MM-DD); standaard vandaag.",
        )
        @click.option(
            "--force",
            is_flag=True,
            help="Ook uitvoeren als het al gedaan is voor deze dag of week.",
        )
        @with_appcontext
        @functools.wraps(func)  # also carries the function's own click options
        def command(today, force, **options):
            _log_to_stderr()
            anchor = today.date() if today else local_today()
            now = datetime.now(UTC)
            if options.get("dry_run"):
                click.echo(func(anchor, now, **options))
                return
            outcome = jobs.run(
                job, lambda: func(anchor, now, **options), today=anchor, now=now, force=force
            )
            click.echo(f"{name}: {outcome.message}")
            if outcome.state == "failed":
                sys.exit(1)

        command.job = job
        return command

    return decorate


@click.command("jobs")
@click.option("--history", "history_of", default=None, help="De laatste runs van deze taak.")
@click.option("--crontab", is_flag=True, help="Regels voor de crontab van de appserver.")
@click.option("--systemd", is_flag=True, help="Service- en timer-bestanden voor systemd.")
@with_appcontext
def jobs_command(history_of, crontab, systemd):
    """Toon de periodieke taken: wanneer ze het laatst draaiden en of dat lukte."""
    if crontab:
        click.echo(crontab_text())
        return
    if systemd:
        click.echo(systemd_text())
        return
    if history_of:
        if history_of not in jobs.REGISTRY:
            raise click.ClickException(f"Onbekende taak {history_of!r}.")
        for run in jobs.history(history_of):
            word = OUTCOME_WORDS.get(run.outcome, run.outcome)
            click.echo(
                f"{_local(run.started_at)}  {word:<8} {run.period:<11} {run.host:<24} "
                f"{_first_line(run)}"
            )
        return
    for status in jobs.overview(datetime.now(UTC)):
        last = status.last
        state = OUTCOME_WORDS.get(last.outcome, last.outcome) if last else "nooit gedraaid"
        if status.overdue and last is not None and not status.failing:
            state += " (te lang geleden)"
        started = _local(last.started_at if last else None)
        click.echo(
            f"{status.job.name:<16} {status.job.cron:<13} laatst {started:<16} {state:<26} "
            f"{_first_line(last)}"
        )
        if status.failing:
            ok = _local(status.last_ok.started_at) if status.last_ok else "nooit"
            click.echo(f"{'':<16} laatst gelukt: {ok}")


def _first_line(run) -> str:
    """The error of a failed run, else its summary; the first line only."""
    if run is None:
        return ""
    text = run.error if run.outcome == "failed" else run.summary
    return (text or "").splitlines()[0] if text else ""


def crontab_text(flask: str = "/srv/werkbrug/.venv/bin/flask") -> str:
    """The crontab lines for every registered job (cd to the app, environment from .env)."""
    lines = [
        "# Werkbrug: periodieke taken (flask jobs --crontab). Op elke appserver dezelfde regels:",
        "# een databaseslot zorgt dat elke taak maar op één server tegelijk draait.",
        "SHELL=/bin/sh",
    ]
    for job in sorted(jobs.REGISTRY.values(), key=lambda j: j.name):
        lines.append(f"{job.cron:<14} cd /srv/werkbrug && {flask} {job.name}")
    return "\n".join(lines)


def systemd_text(flask: str = "/srv/werkbrug/.venv/bin/flask") -> str:
    """A service and a timer unit for every registered job."""
    parts = []
    for job in sorted(jobs.REGISTRY.values(), key=lambda j: j.name):
        parts.append(
            f"# /etc/systemd/system/werkbrug-{job.name}.service\n"
            "[Unit]\n"
            f"Description=Werkbrug: {job.title}\n"
            "After=network-online.target\n\n"
            "[Service]\n"
            "Type=oneshot\n"
            "User=werkbrug\n"
            "WorkingDirectory=/srv/werkbrug\n"
            "EnvironmentFile=/srv/werkbrug/.env\n"
            f"ExecStart={flask} {job.name}\n\n"
            f"# /etc/systemd/system/werkbrug-{job.name}.timer\n"
            "[Unit]\n"
            f"Description=Werkbrug: {job.title}\n\n"
            "[Timer]\n"
            f"OnCalendar={job.on_calendar}\n"
            "Persistent=true\n"
            "RandomizedDelaySec=30\n\n"
            "[Install]\n"
            "WantedBy=timers.target\n"
        )
    return "\n".join(parts)


COMMANDS = [jobs_command]
