"""Command-line jobs of the matching engine: `flask train-reranker` and `flask matching-snapshot`.

Both are idempotent and safe to run on several servers: a second run with nothing changed does
nothing. They are plain functions around `app.services.reranker_training.train_rerankers` and
`app.services.matching_bridge.save_snapshot`, so a periodic-jobs runner can call those directly.
"""

from __future__ import annotations

from datetime import date

import click
from flask import Flask

from app.extensions import db
from app.models import Organisation


def _municipality_ids(names: tuple[str, ...]) -> set[int] | None:
    if not names:
        return None
    ids = set()
    for name in names:
        query = db.select(Organisation.id).where(Organisation.kind == "municipality")
        found = db.session.scalar(
            query.where(Organisation.id == int(name))
            if name.isdigit()
            else query.where(Organisation.name == name)
        )
        if found is None:
            raise click.BadParameter(f"Gemeente {name!r} bestaat niet.", param_hint="--gemeente")
        ids.add(found)
    return ids


def train_reranker(names: tuple[str, ...] = (), force: bool = False, today: date | None = None):
    """The work of `flask train-reranker` (returns the outcomes, prints nothing)."""
    from app.services.reranker_training import train_rerankers

    return train_rerankers(
        today or date.today(), municipality_ids=_municipality_ids(names), force=force
    )


def register(app: Flask) -> None:
    @app.cli.command("train-reranker")
    @click.option(
        "--gemeente",
        "names",
        multiple=True,
        help="Alleen deze gemeente (naam of id; herhaalbaar). Standaard alle gemeenten.",
    )
    @click.option(
        "--force", is_flag=True, help="Ook trainen als de terugkoppeling niet veranderd is."
    )
    @click.option(
        "--today",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="Peildatum (JJJJ-MM-DD); standaard vandaag.",
    )
    def train_reranker_command(names, force, today):
        """Train de herschikking per gemeente op de terugkoppeling (alleen waar die veranderd is
        of een beheerder om een nieuwe training vroeg)."""
        outcomes = train_reranker(names, force, today.date() if today else None)
        for outcome in outcomes:
            name = outcome.municipality.name
            if not outcome.trained:
                click.echo(f"{name}: niets te doen ({outcome.message}).")
                continue
            model = outcome.model
            verdict = "beter, kan aan" if model.better else "niet beter, blijft uit"
            click.echo(f"{name}: getraind op {model.n_feedback} uitkomsten — {verdict}.")
            click.echo(f"  {model.reason}")
        if not outcomes:
            click.echo("Geen gemeenten gevonden.")

    @app.cli.command("matching-snapshot")
    def matching_snapshot_command():
        """Breng de matchingindex bij en bewaar hem, zodat een nieuwe worker snel start."""
        from app.services import matching_bridge

        path, written = matching_bridge.save_snapshot()
        info = matching_bridge.state_info()
        if path is None:
            raise click.ClickException(
                "Er is geen map voor de bewaarde index ingesteld (MATCHING_SNAPSHOT_DIR)."
            )
        if written:
            click.echo(f"Index van {info['vacancies']} vacatures bewaard in {path}.")
        else:
            click.echo(f"De bewaarde index in {path} is al bij ({info['vacancies']} vacatures).")
