"""Fitted feature index: vacancies and clients as sparse matrices and numpy arrays.

Both sides are encoded with the same fitted models (:class:`Encoder`):

* occupation weights from the taxonomy (a vacancy's distribution over the occupations its
  title may mean; a client's confidence per wished occupation) and the same per ISCO group;
* ``title``: character 3-5-gram TF-IDF of the normalised job title / wished occupation(s);
* ``desc``: character 4-gram TF-IDF of title plus description (vacancy) against the wished
  occupations (client), which finds the occupation in the vacancy text when the title uses
  other words;
* ``text``: word TF-IDF (accents folded, gender forms unified, stemmed, stop words removed)
  of all text, for experience against the vacancy;
* skill ids from a fuzzy :class:`~matching.skills.SkillVocabulary`;
* hard-constraint attributes as numbers (hours, licence bits, load, kind, postcode row …).

A :class:`Block` stores one side's matrices *transposed* (features x items), so scoring one
query against all items is a sparse product touching only the query's features, followed by
vectorised numpy arithmetic — no Python loop over pairs.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from matching.constraints import (
    EDUCATION_SCALE,
    LANGUAGE_SCALE,
    kind_bit,
    kinds_mask,
    level,
    licence_bits,
)
from matching.geo import PostcodeIndex, max_road_km, travel_mode
from matching.model import LOAD_LEVELS, ClientProfile, Vacancy
from matching.skills import SkillVocabulary
from matching.taxonomy import Taxonomy
from matching.text import DUTCH_STOPWORDS, fold, join_texts, normalize_title, tokens
from matching.vectors import SPACES, Space, WordTable, flat_count_matrix

__all__ = [
    "Block",
    "Encoder",
    "Query",
    "Rows",
    "TextMatrix",
    "merge_blocks",
    "skill_counts",
    "sparse_dot",
]

_F32 = np.float32
_SURE = 0.7  # a title recognised at least this well counts fully as its occupation(s)


def _csr(rows: list[dict[int, float]], width: int) -> sp.csr_matrix:
    """CSR matrix from one ``{column: value}`` dict per row."""
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indices: list[int] = []
    data: list[float] = []
    for i, row in enumerate(rows):
        indices.extend(row.keys())
        data.extend(row.values())
        indptr[i + 1] = len(indices)
    return sp.csr_matrix(
        (np.asarray(data, dtype=_F32), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(rows), width),
    )


def _fit_shape(matrix: sp.csr_matrix, width: int) -> sp.csr_matrix:
    """``matrix`` with exactly ``width`` columns (extra columns dropped, missing ones added)."""
    if matrix.shape[1] == width:
        return matrix
    if matrix.shape[1] > width:
        return matrix[:, :width].tocsr()
    return sp.csr_matrix(
        (matrix.data, matrix.indices, matrix.indptr), shape=(matrix.shape[0], width)
    )


def _content_words(text: str) -> list[str]:
    return [t for t in tokens(fold(text)) if len(t) > 1 and t not in DUTCH_STOPWORDS]


def vacancy_words(vacancy: Vacancy) -> tuple[list[str], list[str], list[str]]:
    """Folded words of a vacancy: normalised title, description and skills (no stop words)."""
    return (
        normalize_title(vacancy.title).split(),
        _content_words(vacancy.description),
        _content_words(" ".join((*vacancy.skills, *vacancy.wished_skills))),
    )


def _space_words(words: tuple[list[str], list[str], list[str]], space: str) -> list[str]:
    """The words of a vacancy that count in ``space``: title; title and description; all."""
    title, description, skills = words
    if space == "title":
        return title
    return title + description if space == "desc" else title + description + skills


def client_text(client: ClientProfile) -> str:
    """All words of a client profile used for word similarity."""
    return join_texts([*client.desired_occupations, " ".join(client.skills), client.experience])


@dataclass
class Query:
    """One client or vacancy encoded for scoring against a :class:`Block` of the other side."""

    item: Vacancy | ClientProfile
    occ: sp.csr_matrix
    isco: sp.csr_matrix
    titles: sp.csr_matrix
    desc: sp.csr_matrix
    text: sp.csr_matrix
    skills: list[int]
    wished: list[int]
    attrs: dict[str, float]
    has_desired: bool = False

    @property
    def has_occupation(self) -> bool:
        """Whether the taxonomy recognised an occupation for this item."""
        return self.occ.nnz > 0


@dataclass
class Rows:
    """Encoded items in row form, before transposition into a :class:`Block`."""

    items: list
    occ: list[dict[int, float]]
    groups: list[dict[int, float]]
    titles: sp.csr_matrix
    title_owner: np.ndarray
    desc: sp.csr_matrix
    texts: sp.csr_matrix
    skills: list[list[int]]
    wished: list[list[int]]
    attrs: list[dict[str, float]]

    def __len__(self) -> int:
        return len(self.items)

    @staticmethod
    def concat(parts: Sequence[Rows]) -> Rows:
        """All rows of ``parts`` in order (title owners shifted accordingly)."""
        offsets = np.cumsum([0] + [len(p) for p in parts[:-1]])
        return Rows(
            items=[i for p in parts for i in p.items],
            occ=[o for p in parts for o in p.occ],
            groups=[g for p in parts for g in p.groups],
            titles=sp.vstack([p.titles for p in parts], format="csr"),
            title_owner=np.concatenate(
                [p.title_owner + off for p, off in zip(parts, offsets, strict=True)]
            ),
            desc=sp.vstack([p.desc for p in parts], format="csr"),
            texts=sp.vstack([p.texts for p in parts], format="csr"),
            skills=[s for p in parts for s in p.skills],
            wished=[w for p in parts for w in p.wished],
            attrs=[a for p in parts for a in p.attrs],
        )


SMALL_BLOCK = 1024


class TextMatrix:
    """Item-by-feature TF-IDF matrix of one space, stored for fast scoring.

    Large blocks keep the transposed matrix (features x items): a query touches only its own
    features' postings. Small blocks keep rows and score by matching the query's features
    against every stored entry in numpy, which avoids building ``2**20``-row transposes for a
    handful of items (explanations, side index, small client lists).
    """

    def __init__(self, rows: sp.csr_matrix) -> None:
        self.n_items = rows.shape[0]
        if self.n_items >= SMALL_BLOCK:
            self.transposed: sp.csr_matrix | None = rows.T.tocsr()
            self._rows: sp.csr_matrix | None = None
        else:
            self.transposed = None
            self._rows = rows.tocsr()
            self._rows.sort_indices()
            self._owner = np.repeat(np.arange(self.n_items), np.diff(self._rows.indptr))

    @classmethod
    def from_transposed(cls, transposed: sp.csr_matrix) -> TextMatrix:
        """Wrap an already transposed (features x items) matrix."""
        matrix = cls.__new__(cls)
        matrix.n_items = transposed.shape[1]
        matrix.transposed = transposed
        matrix._rows = None
        return matrix

    def rows(self) -> sp.csr_matrix:
        """Row form (items x features), computed once when needed."""
        if self._rows is None:
            assert self.transposed is not None
            self._rows = self.transposed.T.tocsr()
        return self._rows

    def dot(self, query: sp.csr_matrix) -> np.ndarray:
        """Dense (query rows x items) dot products."""
        if self.transposed is not None:
            return sparse_dot(query, self.transposed)
        query = query.tocsr()
        result = np.zeros((query.shape[0], self.n_items), dtype=_F32)
        rows = self._rows
        for q in range(query.shape[0]):
            start, end = query.indptr[q], query.indptr[q + 1]
            if start == end or not rows.nnz:
                continue
            order = np.argsort(query.indices[start:end])
            keys = query.indices[start:end][order]
            values = query.data[start:end][order]
            pos = np.minimum(np.searchsorted(keys, rows.indices), len(keys) - 1)
            hit = keys[pos] == rows.indices
            result[q] = np.bincount(
                self._owner[hit], weights=rows.data[hit] * values[pos[hit]], minlength=self.n_items
            )
        return result


@dataclass
class Block:
    """Items of one side, with transposed matrices and constraint arrays (see module doc).

    ``title``, ``desc`` and ``text`` are :class:`TextMatrix` objects (``title`` has one row
    per title: a client may have several wishes, see ``title_owner``).
    """

    ids: list[Hashable]
    items: list
    occ_rows: sp.csr_matrix
    occ_t: sp.csr_matrix
    isco_t: sp.csr_matrix
    title: TextMatrix
    title_owner: np.ndarray
    desc: TextMatrix
    text: TextMatrix
    skills_t: sp.csr_matrix
    wished_t: sp.csr_matrix
    n_skills: np.ndarray
    n_wished: np.ndarray
    arrays: dict[str, np.ndarray]
    alive: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))

    def __len__(self) -> int:
        return len(self.ids)


class Encoder:
    """Fitted text models, taxonomy and skill vocabulary that turn items into features."""

    def __init__(self, taxonomy: Taxonomy | None, postcodes: PostcodeIndex | None) -> None:
        self.taxonomy = taxonomy
        self.postcodes = postcodes
        self.skills = SkillVocabulary()
        self.words = WordTable()
        self.spaces = {space: Space() for space in SPACES}
        self.n_occ = len(taxonomy) if taxonomy else 0
        self.n_groups = len(taxonomy.isco_groups) if taxonomy else 0

    # ------------------------------------------------------------------ fitting

    def fit_block(self, vacancies: Sequence[Vacancy]) -> Block:
        """Fit the TF-IDF weights on ``vacancies`` and return their block.

        Works space by space and frees intermediate matrices early, to keep the peak memory
        of a large fit low.
        """
        word_counts = self._word_counts(vacancies)
        matrices = {}
        for space in SPACES:
            counts = self.words.features(self._space_counts(word_counts, space), space)
            self.spaces[space].fit(counts)
            matrices[space] = TextMatrix(self.spaces[space].weight(counts, copy=False))
            del counts
        del word_counts
        occ = self._occupations_many(vacancies)
        return self._assemble(
            list(vacancies),
            occ,
            [self.groups(o, combine="sum") for o in occ],
            matrices,
            np.arange(len(vacancies), dtype=np.int64),
            [self.skills.ids(v.skills) for v in vacancies],
            [self.skills.ids(v.wished_skills) for v in vacancies],
            _columns(self.vacancy_attrs(v) for v in vacancies),
        )

    def _word_counts(self, vacancies: Sequence[Vacancy]) -> dict[str, sp.csr_matrix]:
        """Document-by-word counts per space, built in chunks (no word lists kept around)."""
        flat: dict[str, list[np.ndarray]] = {"title": [], "description": [], "skills": []}
        lengths: dict[str, list[np.ndarray]] = {"title": [], "description": [], "skills": []}
        for start in range(0, len(vacancies), 10_000):
            words = [vacancy_words(v) for v in vacancies[start : start + 10_000]]
            for k, part in enumerate(flat):
                ids, sizes = self.words.ids_flat(w[k] for w in words)
                flat[part].append(ids)
                lengths[part].append(sizes)
        width = len(self.words)
        matrices = {
            part: flat_count_matrix(
                np.concatenate(flat[part]) if flat[part] else np.zeros(0, dtype=np.int32),
                np.concatenate(lengths[part]) if lengths[part] else np.zeros(0, dtype=np.int64),
                width,
            )
            for part in flat
        }
        return matrices

    @staticmethod
    def _space_counts(word_counts: dict[str, sp.csr_matrix], space: str) -> sp.csr_matrix:
        """Word counts of one space from the per-part counts (title, description, skills)."""
        if space == "title":
            return word_counts["title"]
        desc = word_counts["title"] + word_counts["description"]
        return desc if space == "desc" else desc + word_counts["skills"]

    def _vacancy_counts(self, vacancies: Sequence[Vacancy]) -> dict[str, sp.csr_matrix]:
        """Feature counts per space: title words; title and description; all words."""
        words = [vacancy_words(v) for v in vacancies]
        return {
            space: self.words.counts([_space_words(w, space) for w in words], space)
            for space in SPACES
        }

    def _client_counts(
        self,
        clients: Sequence[ClientProfile],
    ) -> tuple[dict[str, sp.csr_matrix], np.ndarray]:
        """Feature counts per space (one title row per wish) and the owner of each title row."""
        wishes, owners = [], []
        for i, client in enumerate(clients):
            for wish in client.desired_occupations:
                wishes.append(normalize_title(wish).split())
                owners.append(i)
        per_client: list[list[str]] = [[] for _ in clients]
        for owner, words in zip(owners, wishes, strict=True):
            per_client[owner].extend(words)
        counts = {
            "title": self.words.counts(wishes, "title"),
            "desc": self.words.counts(per_client, "desc"),
            "text": self.words.counts([tokens(fold(client_text(c))) for c in clients], "text"),
        }
        return counts, np.asarray(owners, dtype=np.int64)

    def _weighted(self, counts: dict[str, sp.csr_matrix]) -> dict[str, sp.csr_matrix]:
        return {space: self.spaces[space].weight(m) for space, m in counts.items()}

    def _known_code(self, vacancy: Vacancy) -> bool:
        return bool(self.taxonomy and self.taxonomy.position(vacancy.occupation_code) is not None)

    # ------------------------------------------------------------------ occupations

    def _occupations_many(self, vacancies: Sequence[Vacancy]) -> list[dict[int, float]]:
        """:meth:`vacancy_occupations` for many vacancies (titles resolved in one batch)."""
        titles: dict[int, dict[int, float]] = {}
        if self.taxonomy and len(vacancies) > 1:
            unknown = [i for i, v in enumerate(vacancies) if not self._known_code(v)]
            weights = self.taxonomy.title_weights_many(
                (vacancies[i].title, vacancies[i].description) for i in unknown
            )
            titles = dict(zip(unknown, weights, strict=True))
        return [self.vacancy_occupations(v, titles.get(i)) for i, v in enumerate(vacancies)]

    def vacancy_occupations(
        self, vacancy: Vacancy, resolved: dict[int, float] | None = None
    ) -> dict[int, float]:
        """Distribution over the occupations the vacancy may be (sums to 1 when the title is
        recognised with at least :data:`_SURE`, else to ``top / _SURE``).

        The occupation the employer chose wins; otherwise the title is resolved (with the
        description breaking ties, :meth:`Taxonomy.title_weights`) and the near-best
        candidates share the weight: above :data:`_SURE` the resolver's confidence says
        *which* occupation a title names, not how much of one a vacancy is ("Timmerman
        renovatie" is as much a timmerman as "Timmerman"; on the real titles of
        ``benchmarks/title_bench.py`` this raised nDCG@10 from 0.877 to 0.881); below it (a
        guess from the description alone, a weak fuzzy hit) the guess keeps counting less.
        ``resolved`` passes a result computed in bulk.
        """
        if not self.taxonomy:
            return {}
        position = self.taxonomy.position(vacancy.occupation_code)
        if position is not None:
            return {position: 1.0}
        weights = (
            resolved
            if resolved is not None
            else self.taxonomy.title_weights(vacancy.title, vacancy.description)
        )
        if not weights:
            return {}
        top, total = max(weights.values()), sum(weights.values())
        sure = min(1.0, top / _SURE)
        return {o: w / total * sure for o, w in weights.items()}

    def client_occupations(self, client: ClientProfile) -> dict[int, float]:
        """Confidence per occupation the client wishes (maximum over their wishes)."""
        if not self.taxonomy:
            return {}
        wants: dict[int, float] = {}
        for code in client.desired_occupation_codes:
            position = self.taxonomy.position(code)
            if position is not None:
                wants[position] = 1.0
        for wish in client.desired_occupations:
            for occ, weight in self.taxonomy.wish_weights(wish).items():
                wants[occ] = max(wants.get(occ, 0.0), weight)
        return wants

    def groups(self, occupations: dict[int, float], *, combine: str) -> dict[int, float]:
        """ISCO group weights: summed (a distribution) or maximum (a wish list)."""
        result: dict[int, float] = {}
        if not self.taxonomy:
            return result
        for occ, weight in occupations.items():
            group = int(self.taxonomy.group_of[occ])
            if group < 0:
                continue
            if combine == "sum":
                result[group] = min(1.0, result.get(group, 0.0) + weight)
            else:
                result[group] = max(result.get(group, 0.0), weight)
        return result

    # ------------------------------------------------------------------ attributes

    def _pc4_row(self, postcode: str | None) -> int:
        return self.postcodes.position(postcode) if self.postcodes and postcode else -1

    def vacancy_attrs(self, vacancy: Vacancy) -> dict[str, float]:
        """Constraint attributes of a vacancy as numbers (NaN/-1 unknown)."""
        return {
            "hours_min": np.nan if vacancy.hours_min is None else vacancy.hours_min,
            "hours_max": np.nan if vacancy.hours_max is None else vacancy.hours_max,
            "licence": licence_bits(vacancy.driving_licence, holder=False),
            "load": level(vacancy.physical_load, LOAD_LEVELS),
            "kind": kind_bit(vacancy.kind),
            "open": vacancy.status == "open",
            "pc4": self._pc4_row(vacancy.postcode),
            "language": level(vacancy.language_level, LANGUAGE_SCALE),
            "education": level(vacancy.education_level, EDUCATION_SCALE),
            "banen": bool(vacancy.banenafspraak),
        }

    def client_attrs(self, client: ClientProfile) -> dict[str, float]:
        """Constraint attributes of a client as numbers (NaN/-1 unknown, kinds 0 = any)."""
        mode = travel_mode(client.travel_mode, bool(client.driving_licence))
        return {
            "hours_min": np.nan if client.hours_min is None else client.hours_min,
            "hours_max": np.nan if client.hours_max is None else client.hours_max,
            "licence": licence_bits(client.driving_licence, holder=True),
            "load": level(client.max_load, LOAD_LEVELS),
            "kinds": kinds_mask(client.kinds),
            "pc4": self._pc4_row(client.postcode),
            "limit_km": max_road_km(client.max_travel_km, client.max_travel_minutes, mode),
            "language": level(client.language_level, LANGUAGE_SCALE),
            "education": level(client.education_level, EDUCATION_SCALE),
            "banen": bool(client.banenafspraak),
            "has_desired": bool(client.desired_occupations),
            "has_skills": bool(client.skills),
        }

    # ------------------------------------------------------------------ queries

    def vacancy_query(self, vacancy: Vacancy) -> Query:
        """Encode one vacancy to score against a block of clients."""
        occ = self.vacancy_occupations(vacancy)
        weighted = self._weighted(self._vacancy_counts([vacancy]))
        return Query(
            item=vacancy,
            occ=_csr([occ], self.n_occ),
            isco=_csr([self.groups(occ, combine="sum")], self.n_groups),
            titles=weighted["title"],
            desc=weighted["desc"],
            text=weighted["text"],
            skills=self.skills.ids(vacancy.skills),
            wished=self.skills.ids(vacancy.wished_skills),
            attrs=self.vacancy_attrs(vacancy),
            has_desired=bool(vacancy.title.strip()),
        )

    def client_query(self, client: ClientProfile) -> Query:
        """Encode one client to score against a block of vacancies."""
        occ = self.client_occupations(client)
        counts, _ = self._client_counts([client])
        if counts["title"].shape[0] == 0:  # no wish: one empty title row
            counts["title"] = sp.csr_matrix(counts["desc"].shape, dtype=_F32)
        weighted = self._weighted(counts)
        return Query(
            item=client,
            occ=_csr([occ], self.n_occ),
            isco=_csr([self.groups(occ, combine="max")], self.n_groups),
            titles=weighted["title"],
            desc=weighted["desc"],
            text=weighted["text"],
            skills=self.skills.ids(client.skills, add=False),
            wished=[],
            attrs=self.client_attrs(client),
            has_desired=bool(client.desired_occupations),
        )

    # ------------------------------------------------------------------ rows and blocks

    def vacancy_rows(self, vacancies: Sequence[Vacancy]) -> Rows:
        """Encode vacancies with the fitted weights (no refit)."""
        return self._vacancy_rows(vacancies, self._vacancy_counts(vacancies))

    def _vacancy_rows(self, vacancies: Sequence[Vacancy], counts: dict[str, sp.csr_matrix]) -> Rows:
        weighted = self._weighted(counts)
        occ = self._occupations_many(vacancies)
        return Rows(
            items=list(vacancies),
            occ=occ,
            groups=[self.groups(o, combine="sum") for o in occ],
            titles=weighted["title"],
            title_owner=np.arange(len(vacancies), dtype=np.int64),
            desc=weighted["desc"],
            texts=weighted["text"],
            skills=[self.skills.ids(v.skills) for v in vacancies],
            wished=[self.skills.ids(v.wished_skills) for v in vacancies],
            attrs=[self.vacancy_attrs(v) for v in vacancies],
        )

    def client_rows(self, clients: Sequence[ClientProfile]) -> Rows:
        """Encode clients; a client may have several wished titles (``title_owner``)."""
        occ = [self.client_occupations(c) for c in clients]
        counts, owners = self._client_counts(clients)
        weighted = self._weighted(counts)
        attrs = [self.client_attrs(c) for c in clients]
        for attr, weights in zip(attrs, occ, strict=True):
            attr["has_occupation"] = bool(weights)
        return Rows(
            items=list(clients),
            occ=occ,
            groups=[self.groups(o, combine="max") for o in occ],
            titles=weighted["title"],
            title_owner=owners,
            desc=weighted["desc"],
            texts=weighted["text"],
            skills=[self.skills.ids(c.skills) for c in clients],
            wished=[[] for _ in clients],
            attrs=attrs,
        )

    def block(self, rows: Rows) -> Block:
        """Turn encoded rows into a scoring :class:`Block` (matrices transposed)."""
        matrices = {
            "title": TextMatrix(rows.titles),
            "desc": TextMatrix(rows.desc),
            "text": TextMatrix(rows.texts),
        }
        return self._assemble(
            rows.items,
            rows.occ,
            rows.groups,
            matrices,
            rows.title_owner,
            rows.skills,
            rows.wished,
            _columns(rows.attrs),
        )

    def _assemble(
        self,
        items: list,
        occ: list[dict[int, float]],
        groups: list[dict[int, float]],
        matrices: dict[str, TextMatrix],
        owners: np.ndarray,
        skills: list[list[int]],
        wished: list[list[int]],
        arrays: dict[str, np.ndarray],
    ) -> Block:
        n_vocab = len(self.skills)
        occ_rows = _csr(occ, self.n_occ)
        skill_m = _csr([dict.fromkeys(s, 1.0) for s in skills], n_vocab)
        wished_m = _csr([dict.fromkeys(s, 1.0) for s in wished], n_vocab)
        return Block(
            ids=[item.id for item in items],
            items=items,
            occ_rows=occ_rows,
            occ_t=occ_rows.T.tocsr(),
            isco_t=_csr(groups, self.n_groups).T.tocsr(),
            title=matrices["title"],
            title_owner=owners,
            desc=matrices["desc"],
            text=matrices["text"],
            skills_t=skill_m.T.tocsr(),
            wished_t=wished_m.T.tocsr(),
            n_skills=np.asarray([len(s) for s in skills], dtype=_F32),
            n_wished=np.asarray([len(s) for s in wished], dtype=_F32),
            arrays=arrays,
            alive=np.ones(len(items), dtype=bool),
        )


def merge_blocks(blocks: Sequence[Block]) -> Block:
    """One block with the alive items of ``blocks``, in order, from their encoded features.

    Folds the side index of changed vacancies into the main index without encoding any text
    again. The large text matrices are stacked in their transposed form, one space at a time,
    and each input block gives up its matrix of a space as soon as the merged one exists, so
    that the extra memory stays around one space's matrix (the inputs are unusable after).
    """
    keep = [np.flatnonzero(b.alive) for b in blocks]
    complete = [len(rows) == len(b) for b, rows in zip(blocks, keep, strict=True)]
    items = [b.items[i] for b, rows in zip(blocks, keep, strict=True) for i in rows]

    def stack(matrices: list[sp.csr_matrix]) -> sp.csr_matrix:
        """The alive rows of one row-form matrix per block, stacked."""
        width = max(m.shape[1] for m in matrices)
        return sp.vstack(
            [_fit_shape(m, width)[rows] for m, rows in zip(matrices, keep, strict=True)],
            format="csr",
        )

    text = {}
    for space in ("title", "desc", "text"):
        parts = []
        for b, rows, whole in zip(blocks, keep, complete, strict=True):
            matrix: TextMatrix = getattr(b, space)
            transposed = (
                matrix.transposed if matrix.transposed is not None else matrix.rows().T.tocsr()
            )
            parts.append(transposed if whole else transposed[:, rows])
            setattr(b, space, None)  # free the input as soon as possible
        merged = parts[0] if len(parts) == 1 else sp.hstack(parts, format="csr")
        del parts
        text[space] = (
            TextMatrix.from_transposed(merged)
            if len(items) >= SMALL_BLOCK
            else TextMatrix(merged.T.tocsr())
        )
    occ_rows = stack([b.occ_rows for b in blocks])
    skills = stack([b.skills_t.T.tocsr() for b in blocks])
    wished = stack([b.wished_t.T.tocsr() for b in blocks])
    keys = [k for k in blocks[0].arrays if all(k in b.arrays for b in blocks)]
    return Block(
        ids=[item.id for item in items],
        items=items,
        occ_rows=occ_rows,
        occ_t=occ_rows.T.tocsr(),
        isco_t=stack([b.isco_t.T.tocsr() for b in blocks]).T.tocsr(),
        title=text["title"],
        title_owner=np.arange(len(items), dtype=np.int64),
        desc=text["desc"],
        text=text["text"],
        skills_t=skills.T.tocsr(),
        wished_t=wished.T.tocsr(),
        n_skills=np.concatenate([b.n_skills[rows] for b, rows in zip(blocks, keep, strict=True)]),
        n_wished=np.concatenate([b.n_wished[rows] for b, rows in zip(blocks, keep, strict=True)]),
        arrays={
            k: np.concatenate([b.arrays[k][rows] for b, rows in zip(blocks, keep, strict=True)])
            for k in keys
        },
        alive=np.ones(len(items), dtype=bool),
    )


def _columns(attrs: Iterable[dict[str, float]]) -> dict[str, np.ndarray]:
    """Per-item attribute dicts as one numpy array per attribute."""
    columns: dict[str, list[float]] = {}
    for item in attrs:
        for key, value in item.items():
            columns.setdefault(key, []).append(value)
    return {key: np.asarray(values) for key, values in columns.items()}


def skill_counts(ids: list[int], matrix_t: sp.csr_matrix) -> np.ndarray:
    """For each item of a block, how many of ``ids`` are among its skills."""
    ids = [i for i in ids if i < matrix_t.shape[0]]
    if not ids:
        return np.zeros(matrix_t.shape[1], dtype=_F32)
    return np.asarray(matrix_t[ids].sum(axis=0), dtype=_F32).ravel()


def sparse_dot(query: sp.csr_matrix, matrix_t: sp.csr_matrix) -> np.ndarray:
    """Dense ``query @ matrix_t`` (rows of ``query`` against all items of a block).

    For each query row, the rows of ``matrix_t`` it names are gathered and summed with its
    weights into a dense vector (one pass over their entries), instead of scipy's sparse
    product (two passes, then a sparse result made dense): about twice as fast at 100,000
    vacancies, and bit for bit the same numbers, because every item's products are added in
    the same order (the query's entries, as stored) in the same precision.
    """
    query = _fit_shape(query, matrix_t.shape[0])
    if not (sp.issparse(query) and query.format == "csr" and matrix_t.format == "csr"):
        return np.asarray((query @ matrix_t).toarray(), dtype=_F32)
    dtype = np.result_type(query.dtype, matrix_t.dtype)  # the sparse product's precision
    result = np.zeros((query.shape[0], matrix_t.shape[1]), dtype=dtype)
    for q in range(query.shape[0]):
        start, end = query.indptr[q], query.indptr[q + 1]
        if start == end:
            continue
        named = matrix_t[query.indices[start:end]]
        result[q] = named.T @ query.data[start:end].astype(dtype, copy=False)
    return np.asarray(result, dtype=_F32)
