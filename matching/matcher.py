"""The :class:`Matcher`: fitted index of open vacancies, ranking in both directions.

Typical use from the portal::

    tax = Taxonomy.from_rows(db_occupation_rows)          # or Taxonomy.from_esco_csv(path)
    pc = PostcodeIndex.from_file(path)                     # PC4 CSV or GeoNames NL.txt
    m = Matcher(taxonomy=tax, postcodes=pc).fit(vacancies)
    m.rank_vacancies(client, k=10)                         # best open vacancies for a client
    m.rank_clients(vacancy, clients, k=10)                 # best clients for a vacancy
    m.add_or_update(changed_vacancy); m.remove(vacancy_id) # no full rebuild
    m.explain(client, vacancy)                             # all reasons, also "waarom niet?"
    m.compare(client, vacancy, top)                        # factor by factor beside the top
    m.train_reranker(feedback, clients, vacancies)         # switched on only when better

Ranking is: hard constraints (never violated), then the plain score
(:mod:`matching.scoring`), optionally re-ordered by the feedback re-ranker
(:mod:`matching.rerank`) among the best :data:`RERANK_POOL` candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from matching.compare import Comparison, build_comparison
from matching.geo import PostcodeIndex
from matching.index import Block, Encoder, Query, Rows, merge_blocks
from matching.model import ClientProfile, Explanation, Feedback, Match, Vacancy
from matching.reasons import Pair, blockers, positives, shortfalls
from matching.rerank import FEATURES, Reranker, RerankerReport, feature_matrix
from matching.scoring import (
    COMPONENTS,
    Scores,
    component_shares,
    expand_query,
    score_clients,
    score_vacancies,
)
from matching.taxonomy import Taxonomy

__all__ = ["ClientIndex", "Matcher"]

RERANK_POOL = 50
# "Use the matcher's own re-ranker": the default of the ``reranker`` argument of the ranking
# methods (``None`` there means "no re-ranker for this call").
OWN = object()
RERANK_REASON = "Volgorde mede bepaald door eerdere terugkoppeling van jobhunters"


@dataclass
class ClientIndex:
    """Clients encoded once for repeated :meth:`Matcher.rank_clients` calls."""

    block: Block
    generation: int
    fingerprint: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.block)


class Matcher:
    """Ranks open vacancies for clients and clients for vacancies (see module docstring).

    ``taxonomy`` (optional) resolves titles and wishes to occupations; ``postcodes`` (optional)
    gives distances; without them the matcher works from text and reports distance as unknown.
    ``compact_after`` is how many added or changed vacancies are kept in a small side index
    before they are merged into the main index (re-encoding, no refit).
    """

    def __init__(
        self,
        taxonomy: Taxonomy | None = None,
        postcodes: PostcodeIndex | None = None,
        *,
        compact_after: int = 2000,
    ) -> None:
        self.taxonomy = taxonomy
        self.postcodes = postcodes
        self.compact_after = compact_after
        self.reranker: Reranker | None = None
        self.reranker_report: RerankerReport | None = None
        self._encoder: Encoder | None = None
        self._base: Block | None = None
        self._base_rows: dict[Hashable, int] = {}
        self._delta: dict[Hashable, Rows] = {}
        self._delta_block: Block | None = None
        self._generation = 0
        self._client_cache: ClientIndex | None = None

    def __getstate__(self) -> dict:
        """A matcher pickles (to save a fitted index) without its cache of the last client list
        it was given: a saved index holds vacancies, never clients."""
        state = self.__dict__.copy()
        state["_client_cache"] = None
        return state

    # ------------------------------------------------------------------ index maintenance

    def fit(self, vacancies: Iterable[Vacancy]) -> Matcher:
        """Fit the text models on ``vacancies`` and index them; returns ``self``.

        All vacancies are indexed, but only those with ``status == "open"`` are ever matched.
        A later vacancy with the same ``id`` replaces an earlier one.
        """
        unique = list({v.id: v for v in vacancies}.values())
        self._encoder = Encoder(self.taxonomy, self.postcodes)
        self._set_base(unique, self._encoder.fit_block(unique))
        self._generation += 1
        self._client_cache = None
        return self

    def _set_base(self, vacancies: list[Vacancy], block: Block | None = None) -> None:
        encoder = self._require_encoder()
        self._base = block if block is not None else encoder.block(encoder.vacancy_rows(vacancies))
        self._base_rows = {v.id: i for i, v in enumerate(vacancies)}
        self._delta = {}
        self._delta_block = None

    def add_or_update(self, vacancy: Vacancy) -> None:
        """Add a new vacancy or replace the one with the same ``id``, without refitting.

        Uses the IDF weights of the last :meth:`fit` (hashed features, so new words count
        too). Changed vacancies collect in a small side index that is merged into the main
        index after ``compact_after`` changes (:meth:`compact`; no text is encoded again).
        """
        if self._encoder is None:
            self.fit([vacancy])
            return
        self._drop(vacancy.id)
        self._delta[vacancy.id] = self._encoder.vacancy_rows([vacancy])
        self._delta_block = None
        if len(self._delta) > self.compact_after:
            self.compact()

    def use_taxonomy(self, taxonomy: Taxonomy) -> None:
        """Resolve from now on with ``taxonomy``, a copy of the same occupations (e.g. from
        :meth:`Taxonomy.with_corrections` or :meth:`Taxonomy.with_places`), without a refit.

        Vacancies already indexed keep the occupations they were resolved to until they are
        added again (:meth:`add_or_update`). Raises ValueError for a taxonomy with other
        occupations: that needs a new :meth:`fit`.
        """
        current = self.taxonomy
        if (current is None) != (taxonomy is None) or (
            current is not None
            and [o.code for o in current.occupations] != [o.code for o in taxonomy.occupations]
        ):
            raise ValueError("use_taxonomy needs the same occupations; fit again instead")
        self.taxonomy = taxonomy
        if self._encoder is not None:
            self._encoder.taxonomy = taxonomy

    def remove(self, vacancy_id: Hashable) -> bool:
        """Remove a vacancy from the index; ``False`` if it was not there."""
        return self._drop(vacancy_id)

    def _drop(self, vacancy_id: Hashable) -> bool:
        row = self._base_rows.pop(vacancy_id, None)
        if row is not None and self._base is not None:
            self._base.alive[row] = False
            return True
        if vacancy_id in self._delta:
            del self._delta[vacancy_id]
            self._delta_block = None
            return True
        return False

    def compact(self) -> None:
        """Merge the side index of changed vacancies into the main index (no refit).

        Works on the encoded features (no text is encoded again). Should anything go wrong
        half-way, the index is rebuilt from the vacancies themselves.
        """
        blocks = self._blocks()
        if not blocks:
            return
        vacancies = self.vacancies
        try:
            merged = merge_blocks(blocks)
        except Exception:  # the inputs are consumed: fall back to encoding everything again
            self._set_base(vacancies)
            raise
        self._set_base(merged.items, merged)

    @property
    def vacancies(self) -> list[Vacancy]:
        """All indexed vacancies (open or not), in index order."""
        base = (
            []
            if self._base is None
            else [self._base.items[row] for row in sorted(self._base_rows.values())]
        )
        return base + [rows.items[0] for rows in self._delta.values()]

    def __len__(self) -> int:
        return len(self._base_rows) + len(self._delta)

    def _require_encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = Encoder(self.taxonomy, self.postcodes)
            self._encoder.fit_block([])
        return self._encoder

    def _blocks(self) -> list[Block]:
        blocks = [] if self._base is None else [self._base]
        if self._delta and self._delta_block is None:
            encoder = self._require_encoder()
            self._delta_block = encoder.block(Rows.concat(list(self._delta.values())))
        if self._delta_block is not None and self._delta:
            blocks.append(self._delta_block)
        return blocks

    # ------------------------------------------------------------------ ranking

    def rank_vacancies(
        self,
        client: ClientProfile,
        k: int = 10,
        *,
        reranker: Reranker | None | object = OWN,
        keep: Callable[[Vacancy, float], bool] | None = None,
    ) -> list[Match]:
        """The ``k`` best open vacancies for ``client`` that violate no hard constraint.

        Returns fewer (or none) when fewer vacancies are possible; never raises for an empty
        index or an empty profile (it is then ranked by whatever is known, e.g. distance).
        ``reranker`` chooses the re-ranker for this call only (``None``: the plain scorer);
        by default the matcher's own (:meth:`attach_reranker`). A shared matcher is never
        changed by it, so one fitted index can serve municipalities with different re-rankers.

        ``keep(vacancy, road_km)`` (optional) is called for each of the ``k`` best in rank order
        (``road_km`` NaN when unknown); only the ones it accepts are explained and returned, in
        the same order: a caller that filters a long list (e.g. 200 for a page of 10) does not
        pay for the reasons of the ones it would throw away.
        """
        if k <= 0 or not len(self):
            return []
        model = self._chosen(reranker)
        query = self._client_query(client)
        candidates = self._vacancy_candidates(query, max(k, RERANK_POOL if model else k))
        if model and candidates:
            candidates = self._rerank(candidates, model)
        ranked = candidates[:k]
        if keep is not None:
            ranked = [
                c for c in ranked if keep(c.block.items[c.row], float(c.scores.road_km[c.row]))
            ]
        return [self._vacancy_match(query, c) for c in ranked]

    def _client_query(self, client: ClientProfile) -> Query:
        """Encode a client; expand an unrecognised wish with similar vacancies (no taxonomy)."""
        query = self._require_encoder().client_query(client)
        if query.has_desired and not query.has_occupation:
            expand_query(query, self._blocks())
        return query

    def _chosen(self, reranker: Reranker | None | object) -> Reranker | None:
        """The re-ranker of one call: the argument, or the matcher's own; only an enabled one."""
        chosen = self.reranker if reranker is OWN else reranker
        if chosen is not None and not isinstance(chosen, Reranker):
            raise TypeError("reranker must be a Reranker or None")
        return chosen if chosen is not None and chosen.enabled else None

    def _vacancy_candidates(self, query: Query, k: int) -> list[_Candidate]:
        found = []
        for block in self._blocks():
            scores = score_vacancies(query, block, self.postcodes)
            slack = query.attrs["hours_max"] - block.arrays.get("hours_min", np.zeros(0))
            found.extend(
                _Candidate(block, row, scores, float(scores.score[row]), slack)
                for row in scores.top(k)
            )
        found.sort(key=lambda c: -c.score)
        return found[:k]

    def _rerank(self, candidates: list[_Candidate], model: Reranker) -> list[_Candidate]:
        """Re-score candidates with the re-ranker (one model call per scored block)."""
        groups: dict[int, list[_Candidate]] = {}
        for candidate in candidates:
            groups.setdefault(id(candidate.scores), []).append(candidate)
        for group in groups.values():
            rows = np.array([c.row for c in group])
            predicted = model.predict(feature_matrix(group[0].scores, rows, group[0].slack))
            for candidate, value in zip(group, predicted, strict=True):
                candidate.plain = candidate.score
                candidate.score = float(value)
        return sorted(candidates, key=lambda c: -c.score)

    def _pair(
        self,
        client: ClientProfile,
        vacancy: Vacancy,
        c: _Candidate,
        client_occ: dict[int, float],
        vacancy_occ: dict[int, float],
        limit_km: float,
    ) -> Pair:
        scores, row = c.scores, c.row
        return Pair(
            client=client,
            vacancy=vacancy,
            components={name: float(scores.components[name][row]) for name in COMPONENTS},
            road_km=float(scores.road_km[row]),
            limit_km=limit_km,
            weight_set=int(scores.weight_sets[row]),
            language_gap=int(scores.language_gap[row]),
            education_gap=int(scores.education_gap[row]),
            client_occ=client_occ,
            vacancy_occ=vacancy_occ,
            taxonomy=self.taxonomy,
        )

    def _vacancy_match(self, query: Query, c: _Candidate) -> Match:
        vacancy = c.block.items[c.row]
        client = query.item
        encoder = self._require_encoder()
        pair = self._pair(
            client,
            vacancy,
            c,
            encoder.client_occupations(client),
            _row_dict(c.block, c.row),
            float(query.attrs["limit_km"]),
        )
        return _match(pair, c, vacancy_id=vacancy.id, client_id=client.id)

    def index_clients(self, clients: Sequence[ClientProfile]) -> ClientIndex:
        """Encode ``clients`` once for many :meth:`rank_clients` calls."""
        encoder = self._require_encoder()
        block = encoder.block(encoder.client_rows(list(clients)))
        return ClientIndex(block, self._generation, tuple(id(c) for c in clients))

    def _client_index(self, clients: Sequence[ClientProfile] | ClientIndex) -> ClientIndex:
        if isinstance(clients, ClientIndex):
            if clients.generation != self._generation:
                return self.index_clients(clients.block.items)
            return clients
        fingerprint = tuple(id(c) for c in clients)
        cached = self._client_cache
        if (
            cached is None
            or cached.generation != self._generation
            or cached.fingerprint != fingerprint
        ):
            cached = self._client_cache = self.index_clients(clients)
        return cached

    def rank_clients(
        self,
        vacancy: Vacancy,
        clients: Sequence[ClientProfile] | ClientIndex,
        k: int = 10,
        *,
        reranker: Reranker | None | object = OWN,
    ) -> list[Match]:
        """The ``k`` best clients for ``vacancy`` among ``clients`` (a list or a ClientIndex).

        Hard constraints are applied exactly as in :meth:`rank_vacancies`; a vacancy that is
        not open gets no clients. The encoded clients are cached while the same list of the
        same (immutable) client objects is passed again. ``reranker`` as in
        :meth:`rank_vacancies`.
        """
        if k <= 0 or not len(clients):
            return []
        model = self._chosen(reranker)
        index = self._client_index(clients)
        encoder = self._require_encoder()
        query = encoder.vacancy_query(vacancy)
        scores = score_clients(query, index.block, self.postcodes)
        slack = index.block.arrays["hours_max"] - query.attrs["hours_min"]
        pool = max(k, RERANK_POOL) if model else k
        candidates = [
            _Candidate(index.block, row, scores, float(scores.score[row]), slack)
            for row in scores.top(pool)
        ]
        if model and candidates:
            candidates = self._rerank(candidates, model)
        vacancy_occ = encoder.vacancy_occupations(vacancy)
        matches = []
        for c in candidates[:k]:
            client = index.block.items[c.row]
            pair = self._pair(
                client,
                vacancy,
                c,
                _row_dict(index.block, c.row),
                vacancy_occ,
                float(index.block.arrays["limit_km"][c.row]),
            )
            matches.append(_match(pair, c, vacancy_id=vacancy.id, client_id=client.id))
        return matches

    # ------------------------------------------------------------------ explanation

    def explain(
        self, client: ClientProfile, vacancy: Vacancy, *, reranker: Reranker | None | object = OWN
    ) -> Explanation:
        """Every reason for one pair: hard-constraint blockers, what fits, why not higher.

        Works for any vacancy (also one that is not indexed, closed or filled). When the
        vacancy is in the index, the explanation says where it ranks for this client.
        ``reranker`` as in :meth:`rank_vacancies`.
        """
        return self._explained(client, vacancy, self._client_query(client), reranker)[0]

    def compare(
        self,
        client: ClientProfile,
        vacancy: Vacancy,
        top: Vacancy,
        *,
        reranker: Reranker | None | object = OWN,
    ) -> Comparison:
        """ "Waarom niet hoger?" factor by factor: ``vacancy`` beside the client's ``top`` match.

        Both are scored with the client's weights, so each factor's points (weight × value ×
        100) add up to the plain score; the language, education and banenafspraak adjustments
        and the re-ranker (``reranker`` as in :meth:`rank_vacancies`) are listed separately.
        See :mod:`matching.compare`.
        """
        query = self._client_query(client)
        this, this_pair = self._explained(client, vacancy, query, reranker)
        best, best_pair = self._explained(client, top, query, reranker)
        shares = component_shares(
            query.has_desired, query.has_occupation, bool(client.skills), query.attrs["pc4"] >= 0
        )
        reranked = self._chosen(reranker) is not None
        return build_comparison(this, this_pair, best, best_pair, shares, reranked)

    def _explained(
        self,
        client: ClientProfile,
        vacancy: Vacancy,
        query: Query,
        reranker: Reranker | None | object = OWN,
    ) -> tuple[Explanation, Pair]:
        """The explanation of one pair for an encoded client, with the scored pair."""
        model = self._chosen(reranker)
        encoder = self._require_encoder()
        block = encoder.block(encoder.vacancy_rows([vacancy]))
        scores = score_vacancies(query, block, self.postcodes)
        slack = query.attrs["hours_max"] - block.arrays["hours_min"]
        candidate = _Candidate(block, 0, scores, float(scores.score[0]), slack)
        limit = float(query.attrs["limit_km"])
        pair = self._pair(
            client,
            vacancy,
            candidate,
            encoder.client_occupations(client),
            _row_dict(block, 0),
            limit,
        )
        blocked = blockers(client, vacancy, pair.road_km, limit)
        lower = shortfalls(pair)
        if not blocked:
            position = self._position(query, vacancy.id)
            if position is not None and position[0] > 1:
                lower.insert(
                    0,
                    f"Staat op plaats {position[0]} van {position[1]} passende "
                    "vacatures voor deze kandidaat",
                )
        score = candidate.score
        if model:
            score = self._rerank([candidate], model)[0].score
            lower.append(RERANK_REASON)
        explanation = Explanation(
            client.id,
            vacancy.id,
            not blocked,
            round(score, 4) if not blocked else 0.0,
            blocked,
            positives(pair),
            lower,
            {**pair.components, "road_km": pair.road_km, "plain_score": round(candidate.score, 4)},
        )
        return explanation, pair

    def _position(self, query: Query, vacancy_id: Hashable) -> tuple[int, int] | None:
        """(rank, number of possible vacancies) of an indexed vacancy for this client."""
        target = None
        all_scores = []
        for block in self._blocks():
            scores = score_vacancies(query, block, self.postcodes)
            feasible = scores.score[scores.feasible]
            all_scores.append(feasible)
            if vacancy_id in block.ids:
                row = self._row_of(block, vacancy_id)
                if row is not None and scores.feasible[row]:
                    target = float(scores.score[row])
        if target is None:
            return None
        merged = np.concatenate(all_scores) if all_scores else np.zeros(0)
        return int((merged > target).sum()) + 1, int(len(merged))

    def _row_of(self, block: Block, vacancy_id: Hashable) -> int | None:
        if block is self._base:
            return self._base_rows.get(vacancy_id)
        rows = [i for i, v in enumerate(block.ids) if v == vacancy_id]
        return rows[-1] if rows else None

    # ------------------------------------------------------------------ re-ranker

    def train_reranker(
        self,
        feedback: Iterable[Feedback],
        clients: Mapping[Hashable, ClientProfile] | Iterable[ClientProfile],
        vacancies: Iterable[Vacancy] | None = None,
        *,
        test_fraction: float = 0.3,
        seed: int = 0,
        min_gain: float = 0.01,
    ) -> RerankerReport:
        """Learn from jobhunter feedback; switch the re-ranker on only if it is better.

        ``clients`` and ``vacancies`` must contain the profiles the feedback refers to
        (vacancies default to the indexed ones; filled and closed vacancies are fine here).
        Feedback on unknown ids is skipped. Returns the held-out report, also kept in
        :attr:`reranker_report`; :attr:`reranker` is set only when the report is positive.
        """
        features, relevance, groups = self.feedback_features(feedback, clients, vacancies)
        trained = Reranker.train(
            features, relevance, groups, test_fraction=test_fraction, seed=seed, min_gain=min_gain
        )
        self.reranker_report = trained.report
        self.reranker = trained if trained.enabled else None
        return trained.report

    def attach_reranker(self, reranker: Reranker | None) -> None:
        """Use a previously trained re-ranker (e.g. one per municipality); ``None`` detaches.

        Raises ValueError for a re-ranker whose held-out evaluation did not allow it.
        """
        if reranker is not None and not reranker.enabled:
            raise ValueError(
                "Deze herschikking was niet beter dan de gewone score en kan niet "
                "worden ingeschakeld."
            )
        self.reranker = reranker

    def feedback_features(
        self,
        feedback: Iterable[Feedback],
        clients: Mapping[Hashable, ClientProfile] | Iterable[ClientProfile],
        vacancies: Iterable[Vacancy] | None = None,
    ) -> tuple[np.ndarray, np.ndarray, list[Hashable]]:
        """Feature rows, graded relevance and client ids for the usable feedback items."""
        client_map = dict(clients) if isinstance(clients, Mapping) else {c.id: c for c in clients}
        vacancy_map = {v.id: v for v in (self.vacancies if vacancies is None else vacancies)}
        usable = [f for f in feedback if f.client_id in client_map and f.vacancy_id in vacancy_map]
        encoder = self._require_encoder()
        vacancy_ids = list(dict.fromkeys(f.vacancy_id for f in usable))
        block = encoder.block(encoder.vacancy_rows([vacancy_map[v] for v in vacancy_ids]))
        position = {v: i for i, v in enumerate(vacancy_ids)}
        rows_out, relevance, groups = [], [], []
        by_client: dict[Hashable, list[Feedback]] = {}
        for item in usable:
            by_client.setdefault(item.client_id, []).append(item)
        for client_id, items in by_client.items():
            query = self._client_query(client_map[client_id])
            scores = score_vacancies(query, block, self.postcodes)
            slack = query.attrs["hours_max"] - block.arrays["hours_min"]
            rows = np.array([position[f.vacancy_id] for f in items])
            rows_out.append(feature_matrix(scores, rows, slack))
            relevance.extend(f.relevance for f in items)
            groups.extend([client_id] * len(items))
        features = np.vstack(rows_out) if rows_out else np.zeros((0, len(FEATURES)))
        return features, np.asarray(relevance, dtype=float), groups


@dataclass
class _Candidate:
    """One candidate row of a scored block (score possibly replaced by the re-ranker's)."""

    block: Block
    row: int
    scores: Scores
    score: float
    slack: np.ndarray
    plain: float | None = None


def _row_dict(block: Block, row: int) -> dict[int, float]:
    matrix = block.occ_rows
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    return dict(
        zip(matrix.indices[start:end].tolist(), matrix.data[start:end].tolist(), strict=True)
    )


def _match(pair: Pair, c: _Candidate, *, vacancy_id: Hashable, client_id: Hashable) -> Match:
    reasons = positives(pair)
    components = {**pair.components, "road_km": pair.road_km}
    if c.plain is not None:
        reasons.append(RERANK_REASON)
        components["plain_score"] = round(c.plain, 4)
    return Match(
        score=round(min(max(c.score, 0.0), 1.0), 4),
        reasons=reasons,
        vacancy_id=vacancy_id,
        client_id=client_id,
        components=components,
    )
