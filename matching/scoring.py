"""The plain scorer: hard-constraint masks and a weighted sum of components, vectorised.

Components, each in 0..1 for every item of a block:

``occupation``  taxonomy: how much the vacancy's occupation is one the client wishes;
``group``       taxonomy: same for the ISCO-08 unit group (related occupations);
``title``       character n-gram cosine of wished occupation(s) and the vacancy title;
``desc``        character 4-gram cosine of wished occupation(s) and title plus description;
                without a recognised occupation the wish is first expanded with the three
                most similar vacancies (Rocchio pseudo-relevance feedback, :func:`expand_query`);
``text``        word TF-IDF cosine (stemmed, accents folded) of all client text and all
                vacancy text (experience against description);
``skills``      share of the vacancy's required skills the client has (wished skills count
                half); 0.5 when the vacancy lists none;
``distance``    ``exp(-road_km / 25)``; 0.5 when a postcode is unknown.

Weights (:data:`WEIGHTS`) depend on what is known: with recognised occupations the taxonomy
components dominate, so that the same occupation ranks above the same ISCO group, which ranks
above unrelated work; without a taxonomy (or an unrecognised wish) the title and text carry
the score; without a wish only text, skills and distance. Components the client left empty
(no skills, no postcode) get weight 0 and the rest is renormalised, so the score stays in
0..1. Language and education shortfalls multiply the score (0.85 for one level short, see
:func:`matching.constraints.soft_penalty`); a banenafspraak client and a vacancy suitable for
banenafspraak get +0.03.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from matching.constraints import soft_penalty
from matching.geo import PostcodeIndex
from matching.index import Block, Query, skill_counts, sparse_dot
from matching.vectors import l2_rows

__all__ = [
    "COMPONENTS",
    "PROXIMITY_KM",
    "WEIGHTS",
    "Scores",
    "component_shares",
    "expand_query",
    "score_clients",
    "score_vacancies",
]

COMPONENTS: tuple[str, ...] = (
    "occupation",
    "group",
    "title",
    "desc",
    "text",
    "skills",
    "distance",
)
WEIGHTS: dict[str, dict[str, float]] = {
    "taxonomy": {
        "occupation": 0.45,
        "group": 0.15,
        "title": 0.10,
        "desc": 0.05,
        "text": 0.10,
        "skills": 0.10,
        "distance": 0.05,
    },
    "text": {
        "occupation": 0.0,
        "group": 0.0,
        "title": 0.15,
        "desc": 0.50,
        "text": 0.10,
        "skills": 0.15,
        "distance": 0.05,
    },
    "no_wish": {
        "occupation": 0.0,
        "group": 0.0,
        "title": 0.0,
        "desc": 0.0,
        "text": 0.55,
        "skills": 0.30,
        "distance": 0.15,
    },
}
EXPANSION_DOCS = 3
EXPANSION_WEIGHT = 1.0
PROXIMITY_KM = 25.0
BANEN_BONUS = 0.03
_F32 = np.float32


@dataclass
class Scores:
    """Scores of one query against every item of a block."""

    score: np.ndarray
    feasible: np.ndarray
    components: dict[str, np.ndarray]
    road_km: np.ndarray
    language_gap: np.ndarray
    education_gap: np.ndarray
    weight_sets: np.ndarray

    def top(self, k: int) -> np.ndarray:
        """Rows of the ``k`` best feasible items, best first (ties by row order)."""
        rows = np.flatnonzero(self.feasible)
        if k <= 0 or not len(rows):
            return rows[:0]
        scores = self.score[rows]
        if len(rows) > k:
            keep = np.argpartition(-scores, k - 1)[:k]
            rows, scores = rows[keep], scores[keep]
        order = np.lexsort((rows, -scores))
        return rows[order]


def _road_km(origin: int, targets: np.ndarray, postcodes: PostcodeIndex | None) -> np.ndarray:
    """Road km from one PC4 row to many (NaN where either is unknown)."""
    result = np.full(len(targets), np.nan, dtype=np.float64)
    if postcodes is None or origin < 0:
        return result
    known = targets >= 0
    result[known] = postcodes.road_km_from(origin)[targets[known]]
    return result


def _skills(
    matched: np.ndarray,
    matched_wish: np.ndarray,
    n_req: np.ndarray | float,
    n_wish: np.ndarray | float,
) -> np.ndarray:
    denominator = np.asarray(n_req, dtype=_F32) + 0.5 * np.asarray(n_wish, dtype=_F32)
    numerator = matched + 0.5 * matched_wish
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(denominator > 0, numerator / np.maximum(denominator, 1e-9), 0.5)
    return np.clip(share, 0.0, 1.0).astype(_F32)


def _proximity(road_km: np.ndarray) -> np.ndarray:
    return np.where(np.isnan(road_km), 0.5, np.exp(-np.nan_to_num(road_km) / PROXIMITY_KM))


def _weight_matrix(
    sets: np.ndarray, has_skills: np.ndarray, has_postcode: np.ndarray
) -> np.ndarray:
    """Per item weights (items x components) from the weight set index 0/1/2 per item."""
    table = np.array(
        [[WEIGHTS[name][c] for c in COMPONENTS] for name in ("taxonomy", "text", "no_wish")],
        dtype=_F32,
    )
    weights = table[sets].copy()
    weights[~has_skills, COMPONENTS.index("skills")] = 0.0
    weights[~has_postcode, COMPONENTS.index("distance")] = 0.0
    return weights


def _weight_vector(weight_set: int, has_skills: bool, has_postcode: bool) -> np.ndarray:
    """Component weights of one query (the same for every item it is scored against)."""
    name = ("taxonomy", "text", "no_wish")[weight_set]
    weights = np.array([WEIGHTS[name][c] for c in COMPONENTS], dtype=_F32)
    if not has_skills:
        weights[COMPONENTS.index("skills")] = 0.0
    if not has_postcode:
        weights[COMPONENTS.index("distance")] = 0.0
    return weights


def component_shares(
    has_desired: bool, has_occupation: bool, has_skills: bool, has_postcode: bool
) -> dict[str, float]:
    """Each component's share of one client's plain score (weights renormalised to sum 1).

    The same for every vacancy the client is scored against, so two vacancies can be compared
    factor by factor (:mod:`matching.compare`).
    """
    weights = _weight_vector(_weight_set(has_desired, has_occupation), has_skills, has_postcode)
    total = float(weights.sum())
    return {
        name: (float(w) / total if total > 0 else 0.0)
        for name, w in zip(COMPONENTS, weights, strict=True)
    }


def _combine(components: dict[str, np.ndarray], weights: np.ndarray, n: int) -> np.ndarray:
    """Weighted mean of the components: one weight vector, or one row of weights per item."""
    if weights.ndim == 1:
        total = float(weights.sum())
        score = np.zeros(n, dtype=_F32)
        if total <= 0:
            return score
        for name, weight in zip(COMPONENTS, weights, strict=True):
            if weight:
                score += (weight / total) * components[name].astype(_F32, copy=False)
        return score
    stacked = np.stack([components[c] for c in COMPONENTS], axis=1).astype(_F32)
    total = weights.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(total > 0, (stacked * weights).sum(axis=1) / np.maximum(total, 1e-9), 0)
    return score.astype(_F32)


def _gap(need: np.ndarray, have: np.ndarray) -> np.ndarray:
    """Levels the client is short (0 where either side is unknown)."""
    need, have = np.asarray(need), np.asarray(have)
    if have.ndim == 0 and have < 0:
        return np.zeros(need.shape, dtype=np.int8)
    if need.ndim == 0 and need < 0:
        return np.zeros(have.shape, dtype=np.int8)
    return np.where((need >= 0) & (have >= 0), np.maximum(need - have, 0), 0).astype(np.int8)


def _weight_set(has_desired: bool, has_occupation: bool) -> int:
    if has_desired and has_occupation:
        return 0
    return 1 if has_desired else 2


def _finish(
    components: dict[str, np.ndarray],
    weights: np.ndarray,
    feasible: np.ndarray,
    road: np.ndarray,
    language_gap: np.ndarray,
    education_gap: np.ndarray,
    banen: np.ndarray,
    sets: np.ndarray,
) -> Scores:
    score = _combine(components, weights, len(feasible))
    if language_gap.any() or education_gap.any():
        score *= soft_penalty(language_gap, education_gap)
    if banen.any():
        score += BANEN_BONUS * banen
    np.clip(score, 0.0, 1.0, out=score)
    return Scores(score, feasible, components, road, language_gap, education_gap, sets)


def score_vacancies(query: Query, block: Block, postcodes: PostcodeIndex | None) -> Scores:
    """Score one client (``query``) against every vacancy of ``block``."""
    n, a, c = len(block), block.arrays, query.attrs
    if n == 0:
        return _empty()
    road = _road_km(int(c["pc4"]), a["pc4"], postcodes)
    components = {
        "occupation": np.clip(sparse_dot(query.occ, block.occ_t)[0], 0, 1),
        "group": np.clip(sparse_dot(query.isco, block.isco_t)[0], 0, 1),
        "title": block.title.dot(query.titles).max(axis=0),
        "desc": block.desc.dot(query.desc)[0],
        "text": block.text.dot(query.text)[0],
        "skills": _skills(
            skill_counts(query.skills, block.skills_t),
            skill_counts(query.skills, block.wished_t),
            block.n_skills,
            block.n_wished,
        ),
        "distance": _proximity(road),
    }
    feasible = block.alive & a["open"].astype(bool)
    with np.errstate(invalid="ignore"):
        feasible &= ~(a["hours_min"] > c["hours_max"]) & ~(a["hours_max"] < c["hours_min"])
        feasible &= ~(road > c["limit_km"])
    feasible &= (a["licence"].astype(np.int64) & ~int(c["licence"])) == 0
    if c["load"] >= 0:
        feasible &= a["load"] <= c["load"]
    if c["kinds"]:
        feasible &= (a["kind"].astype(np.int64) & int(c["kinds"])) != 0
    weight_set = _weight_set(query.has_desired, query.has_occupation)
    sets = np.broadcast_to(np.int8(weight_set), (n,))
    weights = _weight_vector(weight_set, bool(query.item.skills), c["pc4"] >= 0)
    banen = a["banen"] if c["banen"] else np.zeros(n, dtype=bool)
    return _finish(
        components,
        weights,
        feasible,
        road,
        _gap(a["language"], c["language"]),
        _gap(a["education"], c["education"]),
        banen,
        sets,
    )


def score_clients(query: Query, block: Block, postcodes: PostcodeIndex | None) -> Scores:
    """Score one vacancy (``query``) against every client of ``block``."""
    n, a, v = len(block), block.arrays, query.attrs
    if n == 0:
        return _empty()
    road = _road_km(int(v["pc4"]), a["pc4"], postcodes)
    titles = np.zeros(n, dtype=_F32)
    if len(block.title_owner):
        np.maximum.at(titles, block.title_owner, block.title.dot(query.titles)[0])
    components = {
        "occupation": np.clip(sparse_dot(query.occ, block.occ_t)[0], 0, 1),
        "group": np.clip(sparse_dot(query.isco, block.isco_t)[0], 0, 1),
        "title": titles,
        "desc": block.desc.dot(query.desc)[0],
        "text": block.text.dot(query.text)[0],
        "skills": _skills(
            skill_counts(query.skills, block.skills_t),
            skill_counts(query.wished, block.skills_t),
            len(query.skills),
            len(query.wished),
        ),
        "distance": _proximity(road),
    }
    feasible = block.alive.copy() if v["open"] else np.zeros(n, dtype=bool)
    with np.errstate(invalid="ignore"):
        feasible &= ~(a["hours_max"] < v["hours_min"]) & ~(a["hours_min"] > v["hours_max"])
        feasible &= ~(road > a["limit_km"])
    feasible &= (int(v["licence"]) & ~a["licence"].astype(np.int64)) == 0
    if v["load"] >= 0:
        feasible &= ~((a["load"] >= 0) & (a["load"] < v["load"]))
    kinds = a["kinds"].astype(np.int64)
    feasible &= (kinds == 0) | ((kinds & int(v["kind"])) != 0)
    sets = np.where(a["has_desired"] & a["has_occupation"], 0, np.where(a["has_desired"], 1, 2))
    weights = _weight_matrix(sets, a["has_skills"], a["pc4"] >= 0)
    return _finish(
        components,
        weights,
        feasible,
        road,
        _gap(v["language"], a["language"]),
        _gap(v["education"], a["education"]),
        a["banen"] & bool(v["banen"]),
        sets,
    )


def expand_query(query: Query, blocks: Sequence[Block]) -> None:
    """Rocchio pseudo-relevance feedback on the ``desc`` vector of a client query.

    The wish is compared with every indexed vacancy; the mean ``desc`` vector of the
    :data:`EXPANSION_DOCS` most similar ones is added (weight :data:`EXPANSION_WEIGHT`), so
    that a wish written with other words than the vacancy titles still finds the vocabulary
    employers use for that work. Used only when the taxonomy did not recognise the wish.
    """
    if query.desc.nnz == 0:
        return
    found: list[tuple[float, int, int]] = []
    for b, block in enumerate(blocks):
        if not len(block):
            continue
        sims = np.where(block.alive, block.desc.dot(query.desc)[0], -1.0)
        top = np.argsort(-sims, kind="stable")[:EXPANSION_DOCS]
        found.extend((float(sims[r]), b, int(r)) for r in top if sims[r] > 0)
    found.sort(key=lambda item: -item[0])
    chosen = found[:EXPANSION_DOCS]
    if not chosen:
        return
    rows = [blocks[b].desc.rows()[r] for _, b, r in chosen]
    centroid = l2_rows(_sparse_sum(rows, [1.0] * len(rows), query.desc.shape[1]))
    query.desc = l2_rows(
        _sparse_sum([query.desc, centroid], [1.0, EXPANSION_WEIGHT], query.desc.shape[1])
    )


def _sparse_sum(rows: list[sp.csr_matrix], weights: list[float], width: int) -> sp.csr_matrix:
    """Weighted sum of 1-row sparse matrices in O(nnz) (scipy's ``+`` is O(width) here)."""
    indices = np.concatenate([r.indices for r in rows])
    data = np.concatenate([r.data * w for r, w in zip(rows, weights, strict=True)])
    columns, inverse = np.unique(indices, return_inverse=True)
    summed = np.bincount(inverse, weights=data).astype(_F32)
    return sp.csr_matrix((summed, columns, np.array([0, len(columns)])), shape=(1, width))


def _empty() -> Scores:
    nothing = np.zeros(0, dtype=_F32)
    return Scores(
        nothing,
        nothing.astype(bool),
        {c: nothing for c in COMPONENTS},
        nothing,
        nothing,
        nothing,
        nothing.astype(int),
    )
