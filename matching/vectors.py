"""Fast, memory-lean TF-IDF for three feature spaces built from the same words.

Every text is first split into folded words. A :class:`WordTable` gives each distinct word an
id and, once per word, its hashed features in three spaces:

* ``title``: character 3-5-grams of the word (gender form unified), padded with spaces like
  scikit-learn's ``char_wb`` analyzer;
* ``desc``: character 4-grams of the word (nothing for stop words and single letters);
* ``text``: the word's Dutch stem (nothing for stop words and single letters).

A batch of documents becomes a sparse document-by-word count matrix, and one sparse product
with the word-by-feature matrix gives the feature counts of every document — the per-document
work in Python is one dictionary look-up per word. Features are hashed into ``2**20``
buckets (scikit-learn's :class:`~sklearn.feature_extraction.FeatureHasher`), so no vocabulary
has to be fitted and vacancies added later get features for new words as well.

:class:`Space` applies TF-IDF like ``TfidfVectorizer(sublinear_tf=True)``: ``1 + log(tf)``
times smoothed IDF ``log((1 + n) / (1 + df)) + 1``, rows L2-normalised.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import FeatureHasher
from sklearn.preprocessing import normalize

from matching.text import DUTCH_STOPWORDS, masculine, stem

__all__ = [
    "N_FEATURES",
    "SPACES",
    "Space",
    "WordTable",
    "count_matrix",
    "flat_count_matrix",
    "l2_rows",
    "word_ngrams",
]

N_FEATURES = 2**20
SPACES: tuple[str, ...] = ("title", "desc", "text")
_NGRAM_RANGE = {"title": (3, 5), "desc": (4, 4)}
_F32 = np.float32


def word_ngrams(word: str, low: int, high: int) -> list[str]:
    """Character n-grams of `` word `` (padded with one space on each side)."""
    padded = f" {word} "
    if len(padded) < low:
        return [padded]
    return [padded[i : i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1)]


_BULK = 64
_CHUNK = 10_000
_FLUSH = 4_096
_FEATURE_CACHE: dict[str, dict[str, list[str]]] = {}
_FEATURE_CACHE_SIZE = 20_000  # words; about 2 kB each


def _cached_features(word: str) -> dict[str, list[str]]:
    found = _FEATURE_CACHE.get(word)
    if found is None:
        if len(_FEATURE_CACHE) >= _FEATURE_CACHE_SIZE:
            _FEATURE_CACHE.clear()
        found = _FEATURE_CACHE[word] = _features(word)
    return found


def _features(word: str) -> dict[str, list[str]]:
    form = masculine(word)
    keep = len(word) > 1 and word not in DUTCH_STOPWORDS
    return {
        "title": word_ngrams(form, *_NGRAM_RANGE["title"]),
        "desc": word_ngrams(form, *_NGRAM_RANGE["desc"]) if keep else [],
        "text": [stem(word)] if keep else [],
    }


class WordTable:
    """Distinct words with their hashed features per space (grows as new words arrive).

    :meth:`counts` turns documents (lists of words) into feature counts: large batches via the
    word table and one sparse product, small batches (single queries) by hashing the words'
    features directly, which gives the same counts without registering new words.
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._hasher = FeatureHasher(
            n_features=N_FEATURES, input_type="string", alternate_sign=False, dtype=_F32
        )
        self._chunks: dict[str, list[sp.csr_matrix]] = {s: [] for s in SPACES}
        self._pending: list[str] = []
        self._matrices: dict[str, sp.csr_matrix] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def ids(self, words: Iterable[str]) -> list[int]:
        """Ids of ``words``, registering unknown ones."""
        table = self._ids
        result = []
        for word in words:
            found = table.get(word)
            if found is None:
                found = table[word] = len(table)
                self._pending.append(word)
                if len(self._pending) >= _FLUSH:
                    self._flush()
            result.append(found)
        return result

    def matrix(self, space: str) -> sp.csr_matrix:
        """Word-by-feature count matrix of ``space`` for every registered word."""
        if self._pending:
            self._flush()
        found = self._matrices.get(space)
        if found is None:
            chunks = self._chunks[space]
            found = (
                chunks[0]
                if len(chunks) == 1
                else sp.vstack(chunks, format="csr")
                if chunks
                else sp.csr_matrix((0, N_FEATURES), dtype=_F32)
            )
            self._chunks[space] = [found]
            self._matrices[space] = found
        return found

    def counts(self, docs: Sequence[Sequence[str]], space: str) -> sp.csr_matrix:
        """Feature counts in ``space`` of each document (a list of folded words)."""
        if not len(docs):
            return sp.csr_matrix((0, N_FEATURES), dtype=_F32)
        if len(docs) < _BULK:
            grams = [[g for w in doc for g in _cached_features(w)[space]] for doc in docs]
            return self._hasher.transform(grams).tocsr()
        ids = [self.ids(doc) for doc in docs]
        return self.features(count_matrix(ids, len(self)), space)

    def ids_flat(self, docs: Iterable[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Word ids of many documents as one flat array plus each document's length."""
        lengths, flat = [], []
        for doc in docs:
            ids = self.ids(doc)
            lengths.append(len(ids))
            flat.extend(ids)
        return np.asarray(flat, dtype=np.int32), np.asarray(lengths, dtype=np.int64)

    def features(self, word_counts: sp.csr_matrix, space: str) -> sp.csr_matrix:
        """Feature counts from document-by-word counts (in row chunks, to bound memory)."""
        words = self.matrix(space)
        width = words.shape[0]
        word_counts = sp.csr_matrix(
            (word_counts.data, word_counts.indices, word_counts.indptr),
            shape=(word_counts.shape[0], width),
        )
        parts = [
            (word_counts[i : i + _CHUNK] @ words).tocsr()
            for i in range(0, word_counts.shape[0], _CHUNK)
        ]
        if not parts:
            return sp.csr_matrix((0, N_FEATURES), dtype=_F32)
        return parts[0] if len(parts) == 1 else sp.vstack(parts, format="csr")

    def _flush(self) -> None:
        features = [_features(w) for w in self._pending]
        for space in SPACES:
            rows = self._hasher.transform(f[space] for f in features)
            self._chunks[space].append(rows.tocsr())
        self._pending = []
        self._matrices = {}


def count_matrix(docs: Sequence[Sequence[int]], width: int) -> sp.csr_matrix:
    """Document-by-word counts from lists of word ids."""
    lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
    indices = np.fromiter((i for d in docs for i in d), dtype=np.int32, count=int(lengths.sum()))
    return flat_count_matrix(indices, lengths, width)


def flat_count_matrix(ids: np.ndarray, lengths: np.ndarray, width: int) -> sp.csr_matrix:
    """Document-by-word counts from one flat id array and the documents' lengths."""
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    matrix = sp.csr_matrix(
        (np.ones(len(ids), dtype=_F32), ids, indptr), shape=(len(lengths), width)
    )
    matrix.sum_duplicates()
    return matrix


class Space:
    """TF-IDF weighting of hashed counts in one feature space (see module docstring)."""

    def __init__(self) -> None:
        self.idf = np.ones(N_FEATURES, dtype=_F32)
        self.n_documents = 0

    def fit(self, counts: sp.csr_matrix) -> Space:
        """Learn document frequencies from a count matrix (one row per document)."""
        df = np.bincount(counts.indices, minlength=N_FEATURES)
        self.n_documents = counts.shape[0]
        self.idf = (np.log((1 + self.n_documents) / (1 + df)) + 1).astype(_F32)
        return self

    def weight(self, counts: sp.csr_matrix, *, copy: bool = True) -> sp.csr_matrix:
        """TF-IDF rows (``counts`` itself is overwritten when ``copy`` is false)."""
        matrix = counts.tocsr(copy=copy)
        if matrix.shape[0] == 0:
            return matrix
        matrix.sum_duplicates()
        matrix.data = (np.log(matrix.data) + 1.0) * self.idf[matrix.indices]
        return l2_rows(matrix)


def l2_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Scale every row of a CSR matrix to unit length, in place (empty rows stay empty)."""
    if matrix.shape[0] > _BULK:
        return normalize(matrix, copy=False)
    lengths = np.diff(matrix.indptr)
    norms = np.sqrt(
        np.bincount(
            np.repeat(np.arange(matrix.shape[0]), lengths),
            weights=matrix.data.astype(np.float64) ** 2,
            minlength=matrix.shape[0],
        )
    )
    scale = np.repeat(np.where(norms > 0, 1.0 / np.maximum(norms, 1e-12), 0.0), lengths)
    matrix.data = (matrix.data * scale).astype(_F32)
    return matrix
