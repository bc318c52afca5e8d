"""Occupation taxonomy (ESCO): loading, resolution of free text, and as-you-type suggestions.

A :class:`Taxonomy` holds occupations with a preferred label, alternative (and hidden) labels
and an ISCO-08 unit group. It is loaded from the standard ESCO CSV download
(:meth:`Taxonomy.from_esco_csv`, any language) or from database rows
(:meth:`Taxonomy.from_rows`).

:meth:`Taxonomy.resolve` turns a job title or wish as people write it into an occupation with a
confidence. It tries, in order, and stops at the first step that finds something:

1. exact label look-up after removing employer decorations (``"(m/v/x)"``, ``"24-32 uur"``,
   ``"regio Drachten"``, ``"Wij zoeken een …!"``), folding accents and unifying compounds and
   word order (``"medewerker schoonmaak"`` = ``"schoonmaakmedewerker"``) and gender forms;
2. the same after dropping seniority words (``"ervaren"``, ``"junior"``);
3. the same after correcting misspelt words against the label vocabulary (edit distance);
4. the longest run of words inside the title that is a label (``"kok voor de avonddienst"``);
5. character n-gram TF-IDF retrieval of candidate labels re-scored with rapidfuzz.

Vacancy titles as employers write them go through :meth:`Taxonomy.resolve_title` (segments,
places, agency and shift tags, the Dutch variant list, job nouns, the description; see
:mod:`matching.titles`), which the matcher uses when it indexes vacancies.
:meth:`Taxonomy.with_corrections` and :meth:`Taxonomy.with_places` return copies that also use
reviewed corrections and a place list.
"""

from __future__ import annotations

import copy
import csv
import os
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz
from sklearn.feature_extraction.text import TfidfVectorizer

from matching.spelling import SpellIndex
from matching.text import clean_title, fold, label_keys, masculine, strip_adjectives, tokens
from matching.titles import KNOWN_METHODS, TitleResolver, load_variants
from matching.titles import _Model as _TitleModel

__all__ = ["Occupation", "Resolution", "Suggestion", "Taxonomy"]

# Confidence of an exact label hit by label kind; lower steps scale these down.
_KIND_CONFIDENCE = {"preferred": 1.0, "alt": 0.98, "hidden": 0.95}
_STEP_FACTOR = {"exact": 1.0, "adjectives": 0.97, "spelling": 0.93, "part": 0.88}
_FUZZY_CANDIDATES = 30
_FUZZY_MIN_SCORE = 72.0
_TIE_MARGIN = 0.025


@dataclass(frozen=True)
class Occupation:
    """One occupation of the taxonomy.

    ``code`` is the stable identifier (the ESCO concept URI, or the portal's code);
    ``isco_group`` the four-digit ISCO-08 unit group ("" when unknown).
    """

    code: str
    isco_group: str
    preferred_label: str
    alt_labels: tuple[str, ...] = ()
    hidden_labels: tuple[str, ...] = ()
    description: str = ""
    esco_code: str = ""

    def labels(self) -> Iterator[tuple[str, str]]:
        """Yield ``(label, kind)`` for the preferred, alternative and hidden labels."""
        yield self.preferred_label, "preferred"
        for label in self.alt_labels:
            yield label, "alt"
        for label in self.hidden_labels:
            yield label, "hidden"


@dataclass(frozen=True)
class Resolution:
    """An occupation found for a piece of text, with a confidence in 0..1."""

    occupation: Occupation
    confidence: float
    matched_label: str
    method: str

    @property
    def code(self) -> str:
        """Code of the resolved occupation."""
        return self.occupation.code

    @property
    def known(self) -> bool:
        """Whether the text is a known title as it stands (a reviewed correction, the Dutch
        variant list, an ESCO label with decorations around it), not an inference."""
        return self.method in KNOWN_METHODS

    @property
    def preferred_label(self) -> str:
        """Preferred label of the resolved occupation."""
        return self.occupation.preferred_label

    @property
    def isco_group(self) -> str:
        """ISCO-08 unit group of the resolved occupation."""
        return self.occupation.isco_group


@dataclass(frozen=True)
class Suggestion:
    """An as-you-type suggestion: the label that matched and its occupation.

    Several occupations can share a label ("chef"); :attr:`display` then tells them apart.
    """

    code: str
    label: str
    preferred_label: str
    isco_group: str
    score: float

    @property
    def display(self) -> str:
        """The label, with the preferred label added when it differs: ``"chef (kok)"``."""
        if fold(self.label) == fold(self.preferred_label):
            return self.label
        return f"{self.label} ({self.preferred_label})"


@dataclass(slots=True)
class _Hit:
    """Internal resolution hit: occupation position, confidence, matched label, step."""

    occ: int
    confidence: float
    label: str
    method: str


def _split_labels(value: Any) -> tuple[str, ...]:
    """Labels from a newline-separated string or an iterable, stripped and de-duplicated."""
    if value is None:
        return ()
    items = value.split("\n") if isinstance(value, str) else list(value)
    seen: dict[str, None] = {}
    for item in items:
        text = str(item).strip().rstrip(";").strip()
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


@dataclass
class _LabelIndex:
    """Exact-key, spelling and prefix indexes over all labels (fuzzy index built lazily)."""

    keys: dict[str, tuple[int, ...]] = field(default_factory=dict)  # key -> label ids
    spell: SpellIndex | None = None
    prefix: list[tuple[str, int, int]] = field(default_factory=list)  # (key, label_id, start)
    labels: list[tuple[str, int, str]] = field(default_factory=list)  # (label, occ, kind)
    fuzzy_docs: list[str] = field(default_factory=list)
    fuzzy_doc_labels: list[tuple[int, ...]] = field(default_factory=list)
    fuzzy_vectorizer: TfidfVectorizer | None = None
    fuzzy_matrix_t: Any = None


class Taxonomy:
    """A searchable set of occupations (ESCO or similar).

    >>> tax = Taxonomy.from_rows([("c1", "9112", "schoonmaker", ["schoonmaakmedewerker"])])
    >>> tax.resolve("Medewerker schoonmaak (m/v/x) 24-32 uur").preferred_label
    'schoonmaker'
    """

    def __init__(self, occupations: Iterable[Occupation]) -> None:
        self.occupations: tuple[Occupation, ...] = tuple(occupations)
        self._by_code: dict[str, int] = {}
        for i, occ in enumerate(self.occupations):
            for key in self._code_keys(occ):
                self._by_code.setdefault(key, i)
        groups = sorted({o.isco_group for o in self.occupations if o.isco_group})
        self.isco_groups: tuple[str, ...] = tuple(groups)
        group_pos = {g: i for i, g in enumerate(groups)}
        self.group_of = np.array(
            [group_pos.get(o.isco_group, -1) for o in self.occupations], dtype=np.int64
        )
        self._index = self._build_index()
        self._cache: dict[str, tuple[_Hit, ...]] = {}
        self._shared: dict[str, Any] = {}  # title model, shared with copies
        self._places: tuple[str, ...] = ()
        self._corrections: dict[str, tuple[str, ...]] = {}
        self._resolver: TitleResolver | None = None

    def __getstate__(self) -> dict:
        """Pickled (a saved matcher) without the look-up caches: they hold whatever text was
        resolved, clients' wishes included, and fill again on use."""
        state = self.__dict__.copy()
        state["_cache"] = {}
        state["_resolver"] = None
        return state

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_esco_csv(cls, path: str | os.PathLike[str], *, hidden_labels: bool = True) -> Taxonomy:
        """Load the ESCO occupations CSV (any language) as downloaded from the ESCO portal.

        Uses the columns ``conceptUri``, ``iscoGroup``, ``preferredLabel``, ``altLabels``,
        ``hiddenLabels`` (newline-separated), ``description`` and ``code``.
        """
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            occupations = [
                Occupation(
                    code=(row.get("conceptUri") or row.get("code") or "").strip(),
                    isco_group=(row.get("iscoGroup") or "").strip(),
                    preferred_label=(row.get("preferredLabel") or "").strip(),
                    alt_labels=_split_labels(row.get("altLabels")),
                    hidden_labels=_split_labels(row.get("hiddenLabels")) if hidden_labels else (),
                    description=(row.get("description") or "").strip(),
                    esco_code=(row.get("code") or "").strip(),
                )
                for row in reader
                if (row.get("preferredLabel") or "").strip()
            ]
        return cls(occupations)

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> Taxonomy:
        """Build from rows ``(code, isco_group, preferred_label, alt_labels[, description[,
        hidden_labels]])``.

        ``alt_labels`` and ``hidden_labels`` are lists or newline-separated strings. Mappings
        with the keys ``code``, ``isco_group``, ``preferred_label``, ``alt_labels``,
        ``description``, ``hidden_labels`` work too. Hidden labels (ESCO's misspellings and
        old names) are used to resolve titles, never shown as suggestions.
        """
        keys = ("code", "isco_group", "preferred_label", "alt_labels", "description")
        occupations = []
        for row in rows:
            if isinstance(row, Mapping):
                values = [row.get(k) for k in (*keys, "hidden_labels")]
            else:
                values = list(row) + [None] * (6 - len(row))
            code, group, preferred, alts, description, hidden = values[:6]
            if not preferred:
                continue
            occupations.append(
                Occupation(
                    code=str(code),
                    isco_group=str(group or "").strip(),
                    preferred_label=str(preferred).strip(),
                    alt_labels=_split_labels(alts),
                    hidden_labels=_split_labels(hidden),
                    description=str(description or ""),
                )
            )
        return cls(occupations)

    @staticmethod
    def _code_keys(occ: Occupation) -> list[str]:
        keys = [occ.code, occ.code.rstrip("/").rsplit("/", 1)[-1]]
        if occ.esco_code:
            keys.append(occ.esco_code)
        return [k for k in keys if k]

    @staticmethod
    def _gender_pair_keys(label: str, kind: str) -> set[str]:
        """A preferred label naming both gender forms ("medewerker groenvoorziening/medewerkster
        groenvoorziening") is also found by the common form alone; a pair of two jobs
        ("chauffeur/verhuizer") is not."""
        if kind != "preferred" or label.count("/") != 1:
            return set()
        forms = [tokens(fold(form)) for form in label.split("/")]
        if not all(forms) or [masculine(w) for w in forms[0]] != [masculine(w) for w in forms[1]]:
            return set()
        return label_keys(forms[0])

    def _build_index(self) -> _LabelIndex:
        index = _LabelIndex()
        vocabulary: list[str] = []
        keys: dict[str, list[int]] = {}
        fuzzy: dict[str, list[int]] = {}
        for occ_id, occ in enumerate(self.occupations):
            for label, kind in occ.labels():
                words = tokens(fold(label))
                if not words:
                    continue
                label_id = len(index.labels)
                index.labels.append((label, occ_id, kind))
                vocabulary.extend(words)
                for key in label_keys(words) | self._gender_pair_keys(label, kind):
                    keys.setdefault(key, []).append(label_id)
                for start in range(len(words)):
                    index.prefix.append((" ".join(words[start:]), label_id, start))
                index.prefix.append(("".join(words), label_id, 0))
                fuzzy.setdefault(" ".join(words), []).append(label_id)
                if len(words) == 2:
                    fuzzy.setdefault(words[1] + words[0], []).append(label_id)
        index.keys = {key: tuple(ids) for key, ids in keys.items()}
        index.prefix.sort()
        index.spell = SpellIndex(vocabulary)
        index.fuzzy_docs = list(fuzzy)
        index.fuzzy_doc_labels = [tuple(ids) for ids in fuzzy.values()]
        return index

    def _fuzzy_index(self) -> tuple[TfidfVectorizer, Any] | None:
        """Character n-gram TF-IDF over all labels, built on first use."""
        index = self._index
        if index.fuzzy_vectorizer is None and index.fuzzy_docs:
            vectorizer = TfidfVectorizer(
                analyzer="char_wb", ngram_range=(3, 4), sublinear_tf=True, dtype=np.float32
            )
            index.fuzzy_matrix_t = vectorizer.fit_transform(index.fuzzy_docs).T.tocsr()
            index.fuzzy_vectorizer = vectorizer
        if index.fuzzy_vectorizer is None:
            return None
        return index.fuzzy_vectorizer, index.fuzzy_matrix_t

    def prepare(self) -> Taxonomy:
        """Build the parts that are otherwise built on first use (the character n-gram index
        for misspelt wishes, the title model), e.g. before a fitted matcher is saved or a
        server process forks its workers. Returns ``self``."""
        self._fuzzy_index()
        self.title_resolver()
        return self

    # ------------------------------------------------------------------ basic access

    def __len__(self) -> int:
        return len(self.occupations)

    def __iter__(self) -> Iterator[Occupation]:
        return iter(self.occupations)

    def get(self, code: str | None) -> Occupation | None:
        """Occupation by concept URI, its UUID, or ESCO code; ``None`` when unknown."""
        position = self.position(code)
        return None if position is None else self.occupations[position]

    def position(self, code: str | None) -> int | None:
        """Index of the occupation with ``code`` in :attr:`occupations`, or ``None``."""
        if not code:
            return None
        code = str(code).strip()
        found = self._by_code.get(code)
        if found is None:
            found = self._by_code.get(code.rstrip("/").rsplit("/", 1)[-1])
        return found

    # ------------------------------------------------------------------ resolution

    def resolve(self, text: str | None) -> Resolution | None:
        """Best occupation for a free-text title or wish, with confidence; ``None`` if none fits."""
        candidates = self.resolve_candidates(text, limit=1)
        return candidates[0] if candidates else None

    def resolve_candidates(self, text: str | None, limit: int = 5) -> list[Resolution]:
        """Occupations that ``text`` may mean, best first (ties are genuinely ambiguous labels)."""
        hits = self._resolve(text or "")
        return [
            Resolution(self.occupations[h.occ], round(h.confidence, 4), h.label, h.method)
            for h in hits[:limit]
        ]

    def resolve_weights(self, text: str | None) -> dict[int, float]:
        """``{occupation position: confidence}`` for the candidates of ``text`` (engine use)."""
        return {h.occ: h.confidence for h in self._resolve(text or "")}

    def wish_weights(self, text: str | None) -> dict[int, float]:
        """``{occupation position: weight}`` for a client's wish (engine use).

        Like :meth:`resolve_weights`, but a wish that is exactly one occupation's preferred
        label means that occupation: others that merely list the same words among their
        alternative labels keep only :data:`_SHARED_LABEL` of their weight ("betonafwerker" is
        the betonafwerker, not the voorman-betonafwerker that also carries that label).
        """
        hits = self._resolve(text or "")
        if not hits:
            return {}
        owner = {
            h.occ
            for h in hits
            if h.method == "exact" and self.occupations[h.occ].preferred_label == h.label
        }
        if not owner:
            return {h.occ: h.confidence for h in hits}
        return {h.occ: h.confidence * (1.0 if h.occ in owner else _SHARED_LABEL) for h in hits}

    def _resolve(self, text: str) -> tuple[_Hit, ...]:
        cleaned = clean_title(text)
        cached = self._cache.get(cleaned)
        if cached is None:
            cached = self._resolve_cleaned(cleaned)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[cleaned] = cached
        return cached

    def _resolve_cleaned(self, cleaned: str) -> tuple[_Hit, ...]:
        hits, queries = self._resolve_without_fuzzy(cleaned)
        if hits or not queries:
            return hits
        return self._best_fuzzy([self._fuzzy_many(queries)])[0]

    def _resolve_without_fuzzy(self, cleaned: str) -> tuple[tuple[_Hit, ...], list[str]]:
        """Steps 1-4 of the resolution; when they fail, the query strings for step 5."""
        words = cleaned.split()
        if not words:
            return (), []
        plain = strip_adjectives(cleaned).split()
        hits = self._exact(words, "exact")
        if not hits and plain != words:
            hits = self._exact(plain, "adjectives")
        if hits:
            return hits, []
        options = self._spelling_options(plain)
        known = [o[0] for o in options if o]
        for variant in self._variants(options):
            if variant == plain:
                continue  # nothing corrected or dropped: already looked up
            hits = self._exact(variant, "spelling")
            if hits:
                return hits, []
        hits = self._parts(known)
        if hits:
            return hits, []
        corrected = " ".join(o[0] if o else w for o, w in zip(options, plain, strict=True))
        queries = [corrected]
        if known and len(known) < len(plain):
            queries.append(" ".join(known))
        return (), queries

    def _spelling_options(self, words: list[str]) -> list[tuple[str, ...]]:
        """Per word, the vocabulary words it may stand for (empty tuple: unknown word)."""
        spell = self._index.spell
        if spell is None:
            return [(w,) for w in words]
        return [spell.candidates(w) if len(w) > 2 else ((w,) if w in spell else ()) for w in words]

    @staticmethod
    def _variants(options: list[tuple[str, ...]]) -> Iterator[list[str]]:
        """The best correction, then one alternative at a time (unknown words dropped)."""
        best = [o[0] for o in options if o]
        if not best:
            return
        yield best
        position = 0
        for option in options:
            if not option:
                continue
            for alternative in option[1:3]:
                variant = list(best)
                variant[position] = alternative
                yield variant
            position += 1

    def _lookup(self, words: Sequence[str]) -> dict[int, tuple[float, str]]:
        """``{occupation: (confidence, label)}`` of the labels that ``words`` spell exactly."""
        found: dict[int, tuple[float, str]] = {}
        labels = self._index.labels
        for key in label_keys(words):
            for label_id in self._index.keys.get(key, ()):
                label, occ, kind = labels[label_id]
                confidence = _KIND_CONFIDENCE[kind]
                if confidence > found.get(occ, (0.0, ""))[0]:
                    found[occ] = (confidence, label)
        return found

    def _exact(self, words: Sequence[str], method: str) -> tuple[_Hit, ...]:
        found = self._lookup(words)
        factor = _STEP_FACTOR[method]
        return self._ranked(_Hit(o, c * factor, lab, method) for o, (c, lab) in found.items())

    @staticmethod
    def _ranked(hits: Iterable[_Hit]) -> tuple[_Hit, ...]:
        ordered = sorted(hits, key=lambda h: (-h.confidence, h.occ))
        return tuple(ordered)

    def _parts(self, words: list[str]) -> tuple[_Hit, ...]:
        """Longest non-overlapping word runs that are labels (``"kok voor de avonddienst"``)."""
        if len(words) < 2:
            return ()
        words = words[:12]
        total = sum(len(w) for w in words)
        spans = sorted(
            (
                (i, j)
                for i in range(len(words))
                for j in range(i + 1, len(words) + 1)
                if j - i < len(words)
            ),
            key=lambda s: -sum(len(w) for w in words[s[0] : s[1]]),
        )
        taken: list[tuple[int, int]] = []
        hits: dict[int, _Hit] = {}
        for i, j in spans:
            if any(i < b and a < j for a, b in taken):
                continue
            span_chars = sum(len(w) for w in words[i:j])
            if span_chars < 3:
                continue
            found = self._lookup(words[i:j])
            if not found:
                continue
            taken.append((i, j))
            coverage = span_chars / total
            factor = _STEP_FACTOR["part"] * (0.85 + 0.15 * coverage)
            for occ, (conf, label) in found.items():
                if occ not in hits or hits[occ].confidence < conf * factor:
                    hits[occ] = _Hit(occ, conf * factor, label, "part")
        return self._ranked(hits.values())

    @staticmethod
    def _best_fuzzy(per_query: list[list[tuple[_Hit, ...]]]) -> list[tuple[_Hit, ...]]:
        """Merge the fuzzy hits of alternative query strings (best confidence per occupation)."""
        merged = []
        for alternatives in per_query:
            best: dict[int, _Hit] = {}
            for hits in alternatives:
                for hit in hits:
                    if hit.occ not in best or best[hit.occ].confidence < hit.confidence:
                        best[hit.occ] = hit
            ranked = sorted(best.values(), key=lambda h: (-h.confidence, h.occ))
            top = ranked[0].confidence if ranked else 0.0
            merged.append(tuple(h for h in ranked if h.confidence >= top - 0.1)[:10])
        return merged

    def _fuzzy_many(self, queries: Sequence[str]) -> list[tuple[_Hit, ...]]:
        """Character n-gram candidate retrieval and rapidfuzz re-scoring for several queries."""
        fuzzy = self._fuzzy_index()
        if fuzzy is None or not queries:
            return [() for _ in queries]
        vectorizer, matrix_t = fuzzy
        sims = (vectorizer.transform(queries) @ matrix_t).tocsr()
        results = []
        for row, query in enumerate(queries):
            start, end = sims.indptr[row], sims.indptr[row + 1]
            cols, vals = sims.indices[start:end], sims.data[start:end]
            if len(cols) > _FUZZY_CANDIDATES:
                keep = np.argpartition(-vals, _FUZZY_CANDIDATES)[:_FUZZY_CANDIDATES]
                cols = cols[keep]
            results.append(self._rescore(query, cols))
        return results

    def _rescore(self, query: str, doc_ids: Iterable[int]) -> tuple[_Hit, ...]:
        index = self._index
        q_compact = query.replace(" ", "")
        best: dict[int, _Hit] = {}
        for doc_id in doc_ids:
            doc = index.fuzzy_docs[doc_id]
            d_compact = doc.replace(" ", "")
            score = max(fuzz.ratio(q_compact, d_compact), fuzz.token_sort_ratio(query, doc))
            if len(d_compact) >= 8 and len(q_compact) > len(d_compact):
                partial = fuzz.partial_ratio(d_compact, q_compact)
                score = max(score, partial * (0.8 + 0.15 * len(d_compact) / len(q_compact)))
            if score < _FUZZY_MIN_SCORE:
                continue
            for label_id in index.fuzzy_doc_labels[doc_id]:
                label, occ, kind = index.labels[label_id]
                confidence = score / 100.0 * 0.9 * _KIND_CONFIDENCE[kind]
                if occ not in best or best[occ].confidence < confidence:
                    best[occ] = _Hit(occ, confidence, label, "fuzzy")
        ranked = self._ranked(best.values())
        if not ranked:
            return ()
        top = ranked[0].confidence
        return tuple(h for h in ranked if h.confidence >= top - 0.1)[:10]

    # ------------------------------------------------------------------ vacancy titles

    def title_resolver(self) -> TitleResolver:
        """The :class:`~matching.titles.TitleResolver` of this taxonomy (built on first use)."""
        if self._resolver is None:
            model = self._shared.get("model")
            if model is None:
                model = self._shared["model"] = _TitleModel(self, load_variants())
            corrections: dict[str, tuple[int, ...]] = {}
            resolver = TitleResolver(model, self._places)
            for title, codes in self._corrections.items():
                key = resolver.correction_key(title)
                positions = tuple(
                    p for p in (self.position(code) for code in codes) if p is not None
                )
                if key and positions:
                    corrections[key] = positions
            self._resolver = TitleResolver(model, self._places, corrections)
        return self._resolver

    def resolve_title(
        self, title: str | None, description: str | None = "", k: int = 3
    ) -> list[tuple[str, float]]:
        """The occupations a vacancy title names, best first: ``[(code, score), …]``.

        Handles titles as Dutch employers write them (places, hours, agency and shift tags,
        gender forms, compounds, English words, Dutch jargon; see :mod:`matching.titles`);
        ``description`` breaks ties when the title alone is ambiguous. At most ``k`` results;
        when the title is no known label, a shorter list is completed with the job noun's next
        readings, scored at least 0.06 below (nothing is added when nothing is plausible);
        scores in 0..1.
        """
        return [
            (self.occupations[h.occ].code, round(min(h.score, 1.0), 4))
            for h in self.title_resolver().resolve(title or "", description or "", k, fill=True)
        ]

    def title_candidates(
        self, title: str | None, description: str | None = "", k: int = 3
    ) -> list[Resolution]:
        """:meth:`resolve_title` as :class:`Resolution` objects (label and method included)."""
        return [
            Resolution(self.occupations[h.occ], round(min(h.score, 1.0), 4), h.label, h.method)
            for h in self.title_resolver().resolve(title or "", description or "", k, fill=True)
        ]

    def title_weights(self, title: str | None, description: str | None = "") -> dict[int, float]:
        """``{occupation position: weight}`` of a vacancy title (engine use): the candidates
        within a small margin of the best one."""
        return _near_top(self.title_resolver().resolve(title or "", description or "", 10))

    def title_weights_many(
        self, items: Iterable[tuple[str | None, str | None]]
    ) -> list[dict[int, float]]:
        """:meth:`title_weights` for many ``(title, description)`` pairs (batched)."""
        pairs = [(t or "", d or "") for t, d in items]
        return [_near_top(hits) for hits in self.title_resolver().resolve_many(pairs)]

    def with_places(self, places: Iterable[str]) -> Taxonomy:
        """A copy that also removes these place names from titles (e.g. the postcode table's
        places: ``tax.with_places(postcodes.places)``). Shares everything else."""
        clone = self._copy()
        clone._places = tuple(dict.fromkeys(p for p in (*self._places, *places) if p))
        return clone

    def with_corrections(self, corrections: Mapping[str, str | Iterable[str]]) -> Taxonomy:
        """A copy in which reviewed corrections ``{title: occupation code(s)}`` come first.

        A correction counts for every title that reduces to the same job phrase (``"Datamonteur
        Utrecht (m/v)"`` and ``"datamonteur"``). Unknown codes are ignored (an occupation may
        have left the taxonomy). Later corrections of the same title replace earlier ones.
        """
        clone = self._copy()
        merged = dict(self._corrections)
        for title, codes in corrections.items():
            values = (codes,) if isinstance(codes, str) else tuple(codes)
            merged[str(title)] = tuple(str(c) for c in values if c)
        clone._corrections = merged
        return clone

    def _copy(self) -> Taxonomy:
        clone = copy.copy(self)
        clone._resolver = None
        return clone

    def warm(self, texts: Iterable[str]) -> None:
        """Resolve many texts at once (batched fuzzy step) so later look-ups hit the cache."""
        pending: dict[str, list[str]] = {}
        for text in texts:
            cleaned = clean_title(text or "")
            if cleaned in self._cache or cleaned in pending:
                continue
            hits, queries = self._resolve_without_fuzzy(cleaned)
            if hits or not queries:
                self._cache[cleaned] = hits
            else:
                pending[cleaned] = queries
        keys = list(pending)
        for start in range(0, len(keys), 256):
            chunk = keys[start : start + 256]
            flat = [q for k in chunk for q in pending[k]]
            found = iter(self._fuzzy_many(flat))
            grouped = [[next(found) for _ in pending[k]] for k in chunk]
            self._cache.update(zip(chunk, self._best_fuzzy(grouped), strict=True))

    # ------------------------------------------------------------------ suggestions

    def suggest(self, text: str | None, limit: int = 10) -> list[Suggestion]:
        """Occupations for a partly typed title, best first, one per occupation.

        When the text is already a whole job title, the occupation :meth:`resolve_title`
        finds for it comes first ("logistiek medewerker" -> magazijnmedewerker, "schoonmaker"
        -> schoonmaker gebouwen, also "Orderpicker (m/v) Tilburg"). Then a label equal to
        the text, then labels that start with it (then labels with a word that starts with
        it), preferred labels and shorter labels before others; typos are tolerated by
        falling back to :meth:`resolve_candidates` when no label starts with the text.
        Hidden ESCO labels (often misspellings) match but are shown as the preferred label.
        """
        words = tokens(fold(text or ""))
        if not words or limit <= 0:
            return []
        query = " ".join(words)
        ranked: dict[int, tuple[tuple[float, ...], Suggestion]] = {}
        for rank, (occ_id, score) in enumerate(self._whole_title(text or "")):
            label = self._typed_label(occ_id, query)
            ranked[occ_id] = ((-1.0, float(rank), 0.0, 0.0), self._suggestion(occ_id, label, score))
        for rank_key, label_id in self._prefix_hits(query, limit * 20):
            label, occ_id, kind = self._index.labels[label_id]
            if kind == "hidden":
                label = self.occupations[occ_id].preferred_label
            if occ_id not in ranked or rank_key < ranked[occ_id][0]:
                ranked[occ_id] = (rank_key, self._suggestion(occ_id, label, 1.0 - rank_key[0] / 4))
        if not ranked:
            for res in self.resolve_candidates(query, limit=limit):
                occ_id = self.position(res.code)
                if occ_id is not None and occ_id not in ranked:
                    key = (3.0, 1 - res.confidence, 0.0, 0.0)
                    ranked[occ_id] = (
                        key,
                        self._suggestion(occ_id, res.matched_label, res.confidence * 0.5),
                    )
        ordered = sorted(ranked.values(), key=lambda item: item[0])
        return [s for _, s in ordered[:limit]]

    def _whole_title(self, text: str) -> list[tuple[int, float]]:
        """The occupations ``text`` names when it is a whole job title (a reviewed
        correction, a variant, a label, or a label with decorations around it)."""
        hits = self.title_resolver().resolve(text, "", 3)
        if not hits or hits[0].method not in ("correction", "variant", "exact", "run"):
            return []
        if hits[0].method == "run" and hits[0].score < 0.8:
            return []
        top = hits[0].score
        return [(h.occ, round(min(h.score, 1.0), 4)) for h in hits if h.score >= top - 0.05]

    def _typed_label(self, occ_id: int, query: str) -> str:
        """The occupation's label that equals the typed text, else its preferred label."""
        occupation = self.occupations[occ_id]
        for label, kind in occupation.labels():
            if kind != "hidden" and " ".join(tokens(fold(label))) == query:
                return label
        return occupation.preferred_label

    def _prefix_hits(self, query: str, cap: int) -> Iterator[tuple[tuple[float, ...], int]]:
        prefix = self._index.prefix
        seen = 0
        for probe in dict.fromkeys((query, query.replace(" ", ""))):
            pos = bisect_left(prefix, (probe, -1, -1))
            while pos < len(prefix) and prefix[pos][0].startswith(probe) and seen < cap:
                key, label_id, start = prefix[pos]
                label, _, kind = self._index.labels[label_id]
                exact = 0.0 if key == probe else 1.0
                kind_rank = {"preferred": 0.0, "alt": 1.0, "hidden": 2.0}[kind]
                yield (float(start > 0) + exact * 0.5, kind_rank, float(len(label)), 0.0), label_id
                seen += 1
                pos += 1

    def _suggestion(self, occ_id: int, label: str, score: float) -> Suggestion:
        occ = self.occupations[occ_id]
        return Suggestion(occ.code, label, occ.preferred_label, occ.isco_group, round(score, 4))


_WEIGHT_MARGIN = 0.05
_SHARED_LABEL = 0.6


def _near_top(hits: Sequence[Any]) -> dict[int, float]:
    """Candidates within :data:`_WEIGHT_MARGIN` of the best score, as ``{position: score}``."""
    if not hits:
        return {}
    top = hits[0].score
    return {h.occ: min(h.score, 1.0) for h in hits if h.score >= top - _WEIGHT_MARGIN}
