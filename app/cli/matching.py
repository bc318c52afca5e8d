"""The matching engine on the command line: train-reranker and matching-snapshot (periodic).

Both are idempotent: a run with nothing changed does nothing. `train-reranker` retrains a
municipality's re-ranker only when its feedback changed or a beheerder queued a retrain
(`app.services.reranker_training`); `matching-snapshot` saves the matching index when the data
changed, so a freshly started worker loads it instead of fitting (`matching_index.save_snapshot`).
"""

from __future__ import annotations

import click

from app.cli.periodic import periodic_job
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


@periodic_job(
    "train-reranker",
    title="Herschikking van de matches opnieuw leren",
    every="hour",
    cron="15 * * * *",
    on_calendar="*-*-* *:15:00",
)
@click.option(
    "--gemeente",
    "names",
    multiple=True,
    help="Alleen deze gemeente (naam of id; herhaalbaar). Standaard alle gemeenten.",
)
@click.option(
    "--opnieuw",
    "retrain",
    is_flag=True,
    help="Ook trainen als de terugkoppeling niet veranderd is.",
)
def train_reranker(today, now, names=(), retrain=False):
    """Train de herschikking per gemeente op de terugkoppeling (alleen waar die veranderd is of
    een beheerder om een nieuwe training vroeg)."""
    from app.services.reranker_training import train_rerankers

    outcomes = train_rerankers(today, municipality_ids=_municipality_ids(names), force=retrain)
    db.session.commit()
    lines = []
    for outcome in outcomes:
        name = outcome.municipality.name
        if not outcome.trained:
            lines.append(f"{name}: niets te doen ({outcome.message}).")
            continue
        model = outcome.model
        verdict = "beter, kan aan" if model.better else "niet beter, blijft uit"
        lines.append(
            f"{name}: getraind op {model.n_feedback} uitkomsten — {verdict}. {model.reason}"
        )
    return "\n".join(lines) if lines else "Geen gemeenten gevonden."


@periodic_job(
    "matching-snapshot",
    title="Matchingindex bijwerken en bewaren",
    every="hour",
    cron="20 * * * *",
    on_calendar="*-*-* *:20:00",
)
def matching_snapshot(today, now):
    """Breng de matchingindex bij en bewaar hem, zodat een nieuwe worker snel start."""
    from app.services import matching_index

    path, written = matching_index.save_snapshot()
    info = matching_index.state_info()
    if path is None:
        raise click.ClickException(
            "Er is geen map voor de bewaarde index ingesteld (MATCHING_SNAPSHOT_DIR)."
        )
    if written:
        return f"Index van {info['vacancies']} vacatures bewaard in {path}."
    return f"De bewaarde index in {path} is al bij ({info['vacancies']} vacatures)."


COMMANDS = [train_reranker, matching_snapshot]
