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

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

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
from matching.text import analyze_words, fold, join_texts, masculine, normalize_title, tokens

__all__ = ["Block", "Encoder", "Query", "Rows", "skill_counts", "sparse_dot"]

_F32 = np.float32
_EMPTY_CORPUS = ["leeg"]


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
    return sp.csr_matrix((matrix.data, matrix.indices, matrix.indptr),
                         shape=(matrix.shape[0], width))


def _words(text: str) -> str:
    return " ".join(masculine(t) for t in tokens(fold(text)))


def vacancy_text(vacancy: Vacancy) -> str:
    """All words of a vacancy used for word similarity."""
    return join_texts([normalize_title(vacancy.title), vacancy.description,
                       " ".join(vacancy.skills), " ".join(vacancy.wished_skills)])


def vacancy_desc(vacancy: Vacancy) -> str:
    """Normalised title plus description (character 4-gram component)."""
    return f"{normalize_title(vacancy.title)} {_words(vacancy.description)}"


def client_text(client: ClientProfile) -> str:
    """All words of a client profile used for word similarity."""
    return join_texts([*client.desired_occupations, " ".join(client.skills), client.experience])


def client_desc(client: ClientProfile) -> str:
    """Wished occupations, normalised (character 4-gram component)."""
    return " ".join(normalize_title(w) for w in client.desired_occupations)


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
            title_owner=np.concatenate([p.title_owner + off for p, off in
                                        zip(parts, offsets, strict=True)]),
            desc=sp.vstack([p.desc for p in parts], format="csr"),
            texts=sp.vstack([p.texts for p in parts], format="csr"),
            skills=[s for p in parts for s in p.skills],
            wished=[w for p in parts for w in p.wished],
            attrs=[a for p in parts for a in p.attrs],
        )


@dataclass
class Block:
    """Items of one side, with transposed matrices and constraint arrays (see module doc).

    ``desc_rows`` (row form of the ``desc`` matrix) is kept for vacancy blocks only; it is
    what query expansion averages (see :func:`matching.scoring.expand_query`).
    """

    ids: list[Hashable]
    items: list
    occ_rows: sp.csr_matrix
    occ_t: sp.csr_matrix
    isco_t: sp.csr_matrix
    title_t: sp.csr_matrix
    title_owner: np.ndarray
    desc_t: sp.csr_matrix
    desc_rows: sp.csr_matrix | None
    text_t: sp.csr_matrix
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
        self.title_vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=_F32)
        self.desc_vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(4, 4), sublinear_tf=True, dtype=_F32)
        self.text_vectorizer = TfidfVectorizer(
            analyzer=analyze_words, sublinear_tf=True, dtype=_F32)
        self.n_occ = len(taxonomy) if taxonomy else 0
        self.n_groups = len(taxonomy.isco_groups) if taxonomy else 0

    # ------------------------------------------------------------------ fitting

    def fit_rows(self, vacancies: Sequence[Vacancy]) -> Rows:
        """Fit the TF-IDF vocabularies on ``vacancies`` and return them encoded (one pass)."""
        if self.taxonomy:
            self.taxonomy.warm(v.title for v in vacancies if not self._known_code(v))
        titles = self._fit(self.title_vectorizer, [normalize_title(v.title) for v in vacancies])
        desc = self._fit(self.desc_vectorizer, [vacancy_desc(v) for v in vacancies])
        texts = self._fit(self.text_vectorizer, [vacancy_text(v) for v in vacancies])
        return self._vacancy_rows(vacancies, titles, desc, texts)

    @staticmethod
    def _fit(vectorizer: TfidfVectorizer, docs: list[str]) -> sp.csr_matrix:
        """fit_transform; a corpus without any usable token fits a placeholder vocabulary."""
        try:
            return vectorizer.fit_transform(docs).tocsr()
        except ValueError:  # empty vocabulary (no vacancies, or no words at all)
            vectorizer.fit(_EMPTY_CORPUS)
            return sp.csr_matrix((len(docs), len(vectorizer.vocabulary_)), dtype=_F32)

    def _known_code(self, vacancy: Vacancy) -> bool:
        return bool(self.taxonomy and self.taxonomy.position(vacancy.occupation_code) is not None)

    @staticmethod
    def _transform(vectorizer: TfidfVectorizer, docs: list[str]) -> sp.csr_matrix:
        if docs:
            return vectorizer.transform(docs).tocsr()
        return sp.csr_matrix((0, len(vectorizer.vocabulary_)), dtype=_F32)

    # ------------------------------------------------------------------ occupations

    def vacancy_occupations(self, vacancy: Vacancy) -> dict[int, float]:
        """Distribution over the occupations the vacancy may be (sums to the top confidence)."""
        if not self.taxonomy:
            return {}
        position = self.taxonomy.position(vacancy.occupation_code)
        if position is not None:
            return {position: 1.0}
        weights = self.taxonomy.resolve_weights(vacancy.title)
        if not weights:
            return {}
        top, total = max(weights.values()), sum(weights.values())
        return {o: w / total * top for o, w in weights.items()}

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
            for occ, weight in self.taxonomy.resolve_weights(wish).items():
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
        return Query(
            item=vacancy,
            occ=_csr([occ], self.n_occ),
            isco=_csr([self.groups(occ, combine="sum")], self.n_groups),
            titles=self.title_vectorizer.transform([normalize_title(vacancy.title)]),
            desc=self.desc_vectorizer.transform([vacancy_desc(vacancy)]),
            text=self.text_vectorizer.transform([vacancy_text(vacancy)]),
            skills=self.skills.ids(vacancy.skills),
            wished=self.skills.ids(vacancy.wished_skills),
            attrs=self.vacancy_attrs(vacancy),
            has_desired=bool(vacancy.title.strip()),
        )

    def client_query(self, client: ClientProfile) -> Query:
        """Encode one client to score against a block of vacancies."""
        occ = self.client_occupations(client)
        wishes = [normalize_title(w) for w in client.desired_occupations]
        return Query(
            item=client,
            occ=_csr([occ], self.n_occ),
            isco=_csr([self.groups(occ, combine="max")], self.n_groups),
            titles=self.title_vectorizer.transform(wishes or [""]),
            desc=self.desc_vectorizer.transform([client_desc(client)]),
            text=self.text_vectorizer.transform([client_text(client)]),
            skills=self.skills.ids(client.skills, add=False),
            wished=[],
            attrs=self.client_attrs(client),
            has_desired=bool(wishes),
        )

    # ------------------------------------------------------------------ rows and blocks

    def vacancy_rows(self, vacancies: Sequence[Vacancy]) -> Rows:
        """Encode vacancies with the fitted vocabularies (no refit)."""
        return self._vacancy_rows(
            vacancies,
            self._transform(self.title_vectorizer, [normalize_title(v.title) for v in vacancies]),
            self._transform(self.desc_vectorizer, [vacancy_desc(v) for v in vacancies]),
            self._transform(self.text_vectorizer, [vacancy_text(v) for v in vacancies]),
        )

    def _vacancy_rows(self, vacancies: Sequence[Vacancy], titles: sp.csr_matrix,
                      desc: sp.csr_matrix, texts: sp.csr_matrix) -> Rows:
        occ = [self.vacancy_occupations(v) for v in vacancies]
        return Rows(
            items=list(vacancies),
            occ=occ,
            groups=[self.groups(o, combine="sum") for o in occ],
            titles=titles,
            title_owner=np.arange(len(vacancies), dtype=np.int64),
            desc=desc,
            texts=texts,
            skills=[self.skills.ids(v.skills) for v in vacancies],
            wished=[self.skills.ids(v.wished_skills) for v in vacancies],
            attrs=[self.vacancy_attrs(v) for v in vacancies],
        )

    def client_rows(self, clients: Sequence[ClientProfile]) -> Rows:
        """Encode clients; a client may have several wished titles (``title_owner``)."""
        occ = [self.client_occupations(c) for c in clients]
        wishes, owners = [], []
        for i, client in enumerate(clients):
            for wish in client.desired_occupations:
                wishes.append(normalize_title(wish))
                owners.append(i)
        attrs = [self.client_attrs(c) for c in clients]
        for attr, weights in zip(attrs, occ, strict=True):
            attr["has_occupation"] = bool(weights)
        return Rows(
            items=list(clients),
            occ=occ,
            groups=[self.groups(o, combine="max") for o in occ],
            titles=self._transform(self.title_vectorizer, wishes),
            title_owner=np.asarray(owners, dtype=np.int64),
            desc=self._transform(self.desc_vectorizer, [client_desc(c) for c in clients]),
            texts=self._transform(self.text_vectorizer, [client_text(c) for c in clients]),
            skills=[self.skills.ids(c.skills) for c in clients],
            wished=[[] for _ in clients],
            attrs=attrs,
        )

    def block(self, rows: Rows, *, keep_desc_rows: bool = True) -> Block:
        """Turn encoded rows into a scoring :class:`Block` (matrices transposed)."""
        n_vocab = len(self.skills)
        occ = _csr(rows.occ, self.n_occ)
        skill_m = _csr([dict.fromkeys(s, 1.0) for s in rows.skills], n_vocab)
        wished_m = _csr([dict.fromkeys(s, 1.0) for s in rows.wished], n_vocab)
        keys = rows.attrs[0].keys() if rows.attrs else ()
        return Block(
            ids=[item.id for item in rows.items],
            items=rows.items,
            occ_rows=occ,
            occ_t=occ.T.tocsr(),
            isco_t=_csr(rows.groups, self.n_groups).T.tocsr(),
            title_t=rows.titles.T.tocsr(),
            title_owner=rows.title_owner,
            desc_t=rows.desc.T.tocsr(),
            desc_rows=rows.desc if keep_desc_rows else None,
            text_t=rows.texts.T.tocsr(),
            skills_t=skill_m.T.tocsr(),
            wished_t=wished_m.T.tocsr(),
            n_skills=np.asarray([len(s) for s in rows.skills], dtype=_F32),
            n_wished=np.asarray([len(s) for s in rows.wished], dtype=_F32),
            arrays={k: np.asarray([a[k] for a in rows.attrs]) for k in keys},
            alive=np.ones(len(rows.items), dtype=bool),
        )


def skill_counts(ids: list[int], matrix_t: sp.csr_matrix) -> np.ndarray:
    """For each item of a block, how many of ``ids`` are among its skills."""
    ids = [i for i in ids if i < matrix_t.shape[0]]
    if not ids:
        return np.zeros(matrix_t.shape[1], dtype=_F32)
    return np.asarray(matrix_t[ids].sum(axis=0), dtype=_F32).ravel()


def sparse_dot(query: sp.csr_matrix, matrix_t: sp.csr_matrix) -> np.ndarray:
    """Dense ``query @ matrix_t`` (rows of ``query`` against all items of a block)."""
    query = _fit_shape(query, matrix_t.shape[0])
    return np.asarray((query @ matrix_t).toarray(), dtype=_F32)
