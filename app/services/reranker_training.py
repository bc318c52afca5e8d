"""Training the matching re-ranker per municipality, outside any web request (SPEC §6.1).

`train_rerankers` is the work of `flask train-reranker` (and, later, of the periodic-jobs
framework, which can call it as it is): for every municipality whose feedback changed since its
last stored model, or for which a beheerder asked for a new training (`request_retraining`),
it learns from the jobhunters' and employers' decisions on proposals, evaluates on held-out
clients, and stores the model with its figures in `reranker_models`. It is idempotent: with
unchanged feedback and nothing asked for, a second run trains nothing.

Pages never train: they use the newest stored model (app.services.matching_rerankers), and only
when a beheerder switched it on and it beat the plain scorer.
"""

from __future__ import annotations

import hashlib
import io
import math
import pickle  # noqa: S403 - the model is signed; see matching_rerankers.stored_reranker
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from app.extensions import db
from app.models import Client, Organisation, Placement, Proposal, RerankerModel, User, Vacancy
from app.services import audit, matching_index, matching_rerankers, matching_rows
from matching import Feedback, Reranker

# A placement that still runs, or ran at least this long, counts as "hired and stayed".
STAYED_DAYS = 182
_OUTCOMES = {"proposed": "proposed", "invited": "invited", "rejected": "rejected", "hired": "hired"}


@dataclass(frozen=True)
class TrainingOutcome:
    """What one municipality's run did: trained a new model, or nothing (and why)."""

    municipality: Organisation
    trained: bool
    model: RerankerModel | None
    message: str


def feedback_for(municipality_id: int, today: date) -> list[Feedback]:
    """Every decision on proposals of the municipality's clients, as engine feedback."""
    rows = db.session.execute(
        db.select(Proposal.client_id, Proposal.vacancy_id, Proposal.status, Proposal.reason)
        .join(Client, Proposal.client_id == Client.id)
        .where(Client.municipality_id == municipality_id)
        .order_by(Proposal.id)
    ).all()
    stayed = {
        (p.client_id, p.vacancy_id)
        for p in db.session.scalars(
            db.select(Placement)
            .join(Client, Placement.client_id == Client.id)
            .where(Client.municipality_id == municipality_id, Placement.vacancy_id.is_not(None))
        )
        if ((p.end_date or today) - p.start_date).days >= STAYED_DAYS
    }
    feedback = []
    for client_id, vacancy_id, status, reason in rows:
        outcome = _OUTCOMES.get(status)
        if outcome == "hired" and (client_id, vacancy_id) in stayed:
            outcome = "stayed"
        if outcome:
            feedback.append(Feedback(client_id, vacancy_id, outcome, reason or None))
    return feedback


def fingerprint(feedback: list[Feedback]) -> str:
    """Stands for the feedback a model learnt from: the same outcomes give the same text."""
    items = sorted((f.client_id, f.vacancy_id, f.outcome) for f in feedback)
    digest = hashlib.sha256(repr(items).encode()).hexdigest()[:40]
    return f"{len(items)}:{digest}"


def _figure(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def train(municipality: Organisation, today: date) -> RerankerModel:
    """Train and store a new re-ranker for `municipality` (not committed)."""
    feedback = feedback_for(municipality.id, today)
    engine = matching_index.matcher()
    if feedback:
        clients = db.session.scalars(
            db.select(Client).where(Client.id.in_({f.client_id for f in feedback}))
        ).all()
        vacancies = db.session.scalars(
            db.select(Vacancy).where(Vacancy.id.in_({f.vacancy_id for f in feedback}))
        ).all()
        features, relevance, groups = engine.feedback_features(
            feedback,
            [matching_rows.client_profile(c) for c in clients],
            [matching_rows.engine_vacancy(v) for v in vacancies],
        )
        trained = Reranker.train(features, relevance, groups)
    else:
        trained = Reranker.train(np.zeros((0, 1)), np.zeros(0), [])
    report = trained.report
    blob = None
    if trained.enabled:
        buffer = io.BytesIO()
        pickle.dump(trained.model, buffer, protocol=5)
        blob = buffer.getvalue()
    row = RerankerModel(
        municipality_id=municipality.id,
        feedback_fingerprint=fingerprint(feedback),
        better=trained.enabled,
        reason=report.reason,
        model_kind=report.model,
        n_feedback=report.n_feedback,
        n_train=report.n_train,
        n_test=report.n_test,
        n_test_clients=report.n_test_clients,
        ndcg_plain=_figure(report.ndcg_plain),
        ndcg_model=_figure(report.ndcg_model),
        auc_plain=_figure(report.auc_plain),
        auc_model=_figure(report.auc_model),
        model=blob,
        signature=matching_index.sign(blob) if blob else "",
    )
    db.session.add(row)
    db.session.flush()
    return row


def train_rerankers(
    today: date, *, municipality_ids: set[int] | None = None, force: bool = False
) -> list[TrainingOutcome]:
    """Train where the feedback changed or a retraining was asked for (or everywhere with
    `force`); commit each municipality on its own. Safe to run again at any time."""
    query = db.select(Organisation).where(Organisation.kind == "municipality")
    if municipality_ids is not None:
        query = query.where(Organisation.id.in_(municipality_ids))
    outcomes = []
    for municipality in db.session.scalars(query.order_by(Organisation.name)).all():
        latest = matching_rerankers.latest_model(municipality.id)
        asked = municipality.reranker_retrain_requested_at is not None
        unchanged = latest is not None and latest.feedback_fingerprint == fingerprint(
            feedback_for(municipality.id, today)
        )
        if unchanged and not asked and not force:
            outcomes.append(
                TrainingOutcome(municipality, False, latest, "terugkoppeling niet veranderd")
            )
            continue
        row = train(municipality, today)
        municipality.reranker_retrain_requested_at = None
        verdict = "beter dan" if row.better else "niet beter dan"
        audit.record(
            "create",
            row,
            detail=f"{municipality.name}: herschikking getraind, {verdict} de gewone score",
        )
        db.session.commit()
        outcomes.append(TrainingOutcome(municipality, True, row, row.reason))
    return outcomes


def request_retraining(municipality: Organisation, user: User, now: datetime) -> None:
    """A beheerder asks for a new training; the next `flask train-reranker` does it."""
    municipality.reranker_retrain_requested_at = now
    audit.record(
        "update", municipality, detail="herschikking: opnieuw trainen aangevraagd", actor=user
    )


def set_enabled(municipality: Organisation, enabled: bool, user: User) -> bool:
    """Switch the re-ranker on or off; on only when the newest stored model beat the plain
    scorer. Returns whether the switch was made."""
    if enabled:
        latest = matching_rerankers.latest_model(municipality.id)
        if latest is None or not latest.better:
            return False
    municipality.reranker_enabled = enabled
    audit.record(
        "update", municipality, detail=f"herschikking {'aan' if enabled else 'uit'}", actor=user
    )
    return True
