"""Re-ranker learned from jobhunter feedback, switched on only when it beats the plain scorer.

Jobhunters record what happened to proposed pairs (:class:`~matching.model.Feedback`:
rejected with a reason, proposed, invited, hired, stayed). :meth:`Reranker.train` fits a
scikit-learn model on the plain scorer's feature vector (its components, road km, hours slack,
level gaps, the plain score itself) to predict a good outcome (invited or better).

Evaluation is on *held-out clients* (a group split, so no client is in both parts): for every
held-out client with at least two different outcomes, the feedback items are ranked by the
plain score and by the model, and compared with nDCG@10 on the graded outcome (rejected 0 …
stayed 4, gain ``2**rel - 1``); ROC AUC of "invited or better" is reported beside it. The
re-ranker is *enabled* only when its nDCG beats the plain scorer by at least ``min_gain`` and
the gain is significant (the 5th percentile of a bootstrap over held-out clients of the
mean nDCG difference is above 0), its AUC is at least :data:`MIN_AUC` and not worse than
the plain scorer's; it is then refitted on all feedback. Otherwise the matcher keeps using
the plain scorer, and the report says why.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.base import ClassifierMixin
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from matching.scoring import COMPONENTS, Scores

__all__ = ["FEATURES", "Reranker", "RerankerReport", "feature_matrix", "ndcg_at"]

FEATURES: tuple[str, ...] = (
    "score",
    *COMPONENTS,
    "distance_known",
    "road_km",
    "hours_slack",
    "hours_known",
    "language_gap",
    "education_gap",
    "taxonomy_weights",
)
POSITIVE_FROM = 2  # invited or better
BOOTSTRAP = 2000
MIN_AUC = 0.55  # a model that cannot tell good from bad outcomes better than this is never used
MIN_FEEDBACK = 40
MIN_TEST_CLIENTS = 5


def feature_matrix(scores: Scores, rows: np.ndarray, hours_slack: np.ndarray) -> np.ndarray:
    """Re-ranker features (:data:`FEATURES`) of the given rows of a scored block."""
    road = scores.road_km[rows]
    known = ~np.isnan(road)
    slack = hours_slack[rows] if len(hours_slack) else np.zeros(len(rows))
    slack_known = ~np.isnan(slack)
    columns = [
        scores.score[rows],
        *(scores.components[c][rows] for c in COMPONENTS),
        known.astype(float),
        np.where(known, np.minimum(np.nan_to_num(road), 150.0) / 100.0, 0.0),
        np.where(slack_known, np.clip(np.nan_to_num(slack), -40, 40) / 40.0, 0.0),
        slack_known.astype(float),
        scores.language_gap[rows],
        scores.education_gap[rows],
        (scores.weight_sets[rows] == 0).astype(float),
    ]
    return np.column_stack(columns).astype(np.float64)


def ndcg_at(relevance: Sequence[float], scores: Sequence[float], k: int = 10) -> float:
    """nDCG@k of items with graded ``relevance`` ranked by ``scores`` (ties: given order)."""
    rel = np.asarray(relevance, dtype=float)
    order = np.lexsort((np.arange(len(rel)), -np.asarray(scores, dtype=float)))
    gains = 2.0**rel - 1.0
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    dcg = float((gains[order][:k] * discounts[: min(k, len(rel))]).sum())
    ideal = float((np.sort(gains)[::-1][:k] * discounts[: min(k, len(rel))]).sum())
    return dcg / ideal if ideal > 0 else 0.0


@dataclass(frozen=True)
class RerankerReport:
    """Held-out comparison of the plain scorer and the re-ranker."""

    enabled: bool
    reason: str
    n_feedback: int
    n_train: int
    n_test: int
    n_test_clients: int
    ndcg_plain: float
    ndcg_model: float
    auc_plain: float
    auc_model: float
    model: str = ""


def _per_client_ndcg(relevance: np.ndarray, scores: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """nDCG@10 per client that has at least two different outcomes."""
    values = []
    for group in np.unique(groups):
        mask = groups == group
        if mask.sum() >= 2 and len(np.unique(relevance[mask])) > 1:
            values.append(ndcg_at(relevance[mask], scores[mask]))
    return np.asarray(values, dtype=float)


def _lower_bound(differences: np.ndarray, seed: int) -> float:
    """5th percentile of the bootstrapped mean difference (one-sided 95 % confidence)."""
    if len(differences) < 2:
        return float("-inf")
    rng = np.random.default_rng(seed)
    samples = rng.choice(differences, size=(BOOTSTRAP, len(differences)), replace=True)
    return float(np.percentile(samples.mean(axis=1), 5))


def _auc(labels: np.ndarray, scores: np.ndarray) -> float:
    return float(roc_auc_score(labels, scores)) if len(np.unique(labels)) == 2 else float("nan")


def _model_kind(n_samples: int) -> str:
    """Gradient boosting when there is enough feedback, else logistic regression."""
    return "gradient boosting" if n_samples >= 600 else "logistische regressie"


def _model(kind: str) -> ClassifierMixin:
    """A fresh, untrained model of ``kind`` (see :func:`_model_kind`)."""
    if kind == "gradient boosting":
        return GradientBoostingClassifier(  # single-threaded: safe in web workers
            n_estimators=150,
            max_depth=3,
            learning_rate=0.08,
            min_samples_leaf=20,
            subsample=0.8,
            random_state=0,
        )
    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))


class Reranker:
    """A trained model plus the report that decided whether it may be used."""

    def __init__(self, model: ClassifierMixin | None, report: RerankerReport) -> None:
        self.model = model
        self.report = report

    @property
    def enabled(self) -> bool:
        """Whether the held-out evaluation allowed switching the re-ranker on."""
        return self.report.enabled and self.model is not None

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Probability (0..1) of a good outcome for each feature row."""
        return self.model.predict_proba(features)[:, 1]

    @classmethod
    def train(
        cls,
        features: np.ndarray,
        relevance: np.ndarray,
        groups: Sequence[Hashable],
        *,
        test_fraction: float = 0.3,
        seed: int = 0,
        min_gain: float = 0.01,
    ) -> Reranker:
        """Train on feedback and decide, on held-out clients, whether to enable it."""
        relevance = np.asarray(relevance, dtype=float)
        group_ids = np.unique(np.asarray([str(g) for g in groups]), return_inverse=True)[1]
        labels = (relevance >= POSITIVE_FROM).astype(int)
        plain = features[:, 0]
        n = len(relevance)
        if n < MIN_FEEDBACK or len(np.unique(labels)) < 2:
            return cls(
                None,
                _report(
                    False,
                    "Te weinig terugkoppeling om te leren "
                    f"({n} uitkomsten, minimaal {MIN_FEEDBACK} met zowel "
                    "goede als afgewezen voorstellen).",
                    n,
                ),
            )
        split = GroupShuffleSplit(n_splits=1, test_size=test_fraction, random_state=seed)
        train, test = next(split.split(features, labels, group_ids))
        test_clients = len(np.unique(group_ids[test]))
        if len(np.unique(labels[train])) < 2 or test_clients < MIN_TEST_CLIENTS:
            return cls(
                None,
                _report(
                    False,
                    "Te weinig verschillende kandidaten in de "
                    "terugkoppeling voor een eerlijke toets.",
                    n,
                ),
            )
        kind = _model_kind(len(train))  # the same kind is refitted on all feedback below
        model = _model(kind).fit(features[train], labels[train])
        predicted = model.predict_proba(features[test])[:, 1]
        per_plain = _per_client_ndcg(relevance[test], plain[test], group_ids[test])
        per_model = _per_client_ndcg(relevance[test], predicted, group_ids[test])
        ndcg_plain = float(per_plain.mean()) if len(per_plain) else float("nan")
        ndcg_model = float(per_model.mean()) if len(per_model) else float("nan")
        lower = _lower_bound(per_model - per_plain, seed)
        auc_plain, auc_model = _auc(labels[test], plain[test]), _auc(labels[test], predicted)
        better = (
            np.isfinite(ndcg_model)
            and np.isfinite(ndcg_plain)
            and ndcg_model >= ndcg_plain + min_gain
            and lower > 0
            and np.isfinite(auc_model)
            and auc_model >= MIN_AUC
            and not (np.isfinite(auc_plain) and auc_model < auc_plain)
        )
        reason = (
            f"Herschikking beter op achtergehouden terugkoppeling: nDCG@10 {ndcg_model:.3f} "
            f"tegen {ndcg_plain:.3f}, AUC {auc_model:.3f} tegen {auc_plain:.3f}."
            if better
            else f"Herschikking niet beter dan de gewone score op achtergehouden terugkoppeling "
            f"(nDCG@10 {ndcg_model:.3f} tegen {ndcg_plain:.3f}, AUC {auc_model:.3f} tegen "
            f"{auc_plain:.3f}); niet ingeschakeld."
        )
        report = RerankerReport(
            bool(better),
            reason,
            n,
            len(train),
            len(test),
            test_clients,
            round(ndcg_plain, 4),
            round(ndcg_model, 4),
            round(auc_plain, 4),
            round(auc_model, 4),
            kind,
        )
        if not better:
            return cls(None, report)
        return cls(_model(kind).fit(features, labels), report)


def _report(enabled: bool, reason: str, n: int) -> RerankerReport:
    nan = float("nan")
    return RerankerReport(enabled, reason, n, 0, 0, 0, nan, nan, nan, nan)
