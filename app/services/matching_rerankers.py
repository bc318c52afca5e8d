"""Stored re-rankers (SPEC §6.1), part of the matching adapter.

Re-rankers are trained only by `flask train-reranker` (`app.services.reranker_training`) and
stored per municipality; each call picks the client's municipality's stored re-ranker when a
beheerder switched it on and it beat the plain scorer. The shared matcher is never changed. A
stored model is loaded only when its signature is this installation's
(`matching_index.sign`), and kept loaded per row until `matching_index.reset`.
"""

from __future__ import annotations

import hmac
import io
import logging
import pickle  # noqa: S403 - only models signed by this installation are loaded

from app.extensions import db
from app.models import RerankerModel
from app.services import matching_index
from matching import Reranker, RerankerReport

log = logging.getLogger(__name__)


def stored_reranker(row: RerankerModel) -> Reranker | None:
    """The re-ranker of a stored row, when it beat the plain scorer and its signature is ours."""
    if not row.better or not row.model:
        return None
    with matching_index.lock:
        cached = matching_index.loaded_rerankers.get(row.id)
        if cached is not None:
            return cached
        if not hmac.compare_digest(row.signature or "", matching_index.sign(row.model)):
            log.warning("matching: re-ranker %s is not signed with this key; ignored", row.id)
            return None
        model = pickle.load(io.BytesIO(row.model))  # noqa: S301 - signed by us (above)
        reranker = Reranker(model, report_of(row))
        if len(matching_index.loaded_rerankers) > 256:
            matching_index.loaded_rerankers.clear()
        matching_index.loaded_rerankers[row.id] = reranker
        return reranker


def report_of(row: RerankerModel) -> RerankerReport:
    """The held-out report of a stored re-ranker (NaN where a figure is missing)."""
    nan = float("nan")

    def figure(value):
        return nan if value is None else float(value)

    return RerankerReport(
        bool(row.better),
        row.reason,
        row.n_feedback,
        row.n_train,
        row.n_test,
        row.n_test_clients,
        figure(row.ndcg_plain),
        figure(row.ndcg_model),
        figure(row.auc_plain),
        figure(row.auc_model),
        row.model_kind,
    )


def latest_model(municipality_id: int) -> RerankerModel | None:
    """The newest stored re-ranker of a municipality (the one in use)."""
    return db.session.scalars(
        db.select(RerankerModel)
        .where(RerankerModel.municipality_id == municipality_id)
        .order_by(RerankerModel.id.desc())
        .limit(1)
    ).first()


def active_reranker(municipality) -> Reranker | None:
    """The municipality's stored re-ranker when a beheerder switched it on and it beat the plain
    scorer on held-out feedback; otherwise None (the plain scorer)."""
    if municipality is None or not municipality.reranker_enabled:
        return None
    row = latest_model(municipality.id)
    return stored_reranker(row) if row is not None else None
