"""Fast spelling correction of single words against a known vocabulary.

Two complementary look-ups, both a few dictionary probes per word:

* a Dutch *sound-alike* key (:func:`phonetic`): ``ij``/``ei``/``y``, ``ou``/``au``, ``ch``/``g``,
  ``c``/``k``, ``dt``/``d``/``t`` at the end, ``ph``/``f``, doubled letters; so
  ``"meinbouw"`` finds ``"mijnbouw"`` and ``"chemisg"`` finds ``"chemisch"``;
* a symmetric-delete index (the SymSpell idea): every vocabulary word is stored under itself
  and each variant with one character deleted. A query looks itself and its one-deletion
  variants up (two deletions for long words), which finds every word within one insertion,
  deletion, substitution or transposition. Candidates are verified with a real
  (Damerau-Levenshtein) edit distance.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

__all__ = ["SpellIndex", "phonetic"]

MIN_WORD_LENGTH = 4
_PHONETIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"ij|y", "ei"),
        (r"ou", "au"),
        (r"ph", "f"),
        (r"th", "t"),
        (r"qu", "kw"),
        (r"x", "ks"),
        (r"ch", "g"),
        (r"c", "k"),
        (r"dt\b|d\b", "t"),
        (r"([a-z])\1+", r"\1"),
    )
)


@lru_cache(maxsize=200_000)
def phonetic(word: str) -> str:
    """Dutch sound-alike key of a folded word (``"meinbouw"`` and ``"mijnbouw"`` agree)."""
    for pattern, replacement in _PHONETIC_RULES:
        word = pattern.sub(replacement, word)
    return word


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _max_distance(length: int) -> int:
    """Edit distance tolerated for a word of ``length`` characters."""
    if length < MIN_WORD_LENGTH:
        return 0
    if length < 9:
        return 1
    return 2


class SpellIndex:
    """Vocabulary with typo-tolerant look-up of single words.

    >>> idx = SpellIndex(["heftruckchauffeur", "schoonmaker"])
    >>> idx.correct("heftrukchauffeur")
    'heftruckchauffeur'
    >>> idx.correct("onbekendwoord") is None
    True
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.frequency: Counter[str] = Counter(words)
        index: dict[str, list[str]] = {}
        sounds: dict[str, list[str]] = {}
        for word in self.frequency:
            if len(word) < MIN_WORD_LENGTH:
                continue
            sounds.setdefault(phonetic(word), []).append(word)
            for key in {word} | _deletes(word):
                index.setdefault(key, []).append(word)
        # tuples are much smaller than lists; most keys hold a single word
        self._index: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in index.items()}
        self._sounds: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in sounds.items()}
        self.candidates = lru_cache(maxsize=100_000)(self._candidates)

    def __getstate__(self) -> dict:
        """Pickled without the per-instance cache (a saved matcher, see Matcher snapshots)."""
        state = self.__dict__.copy()
        state.pop("candidates", None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.candidates = lru_cache(maxsize=100_000)(self._candidates)

    def __contains__(self, word: object) -> bool:
        return word in self.frequency

    def correct(self, word: str) -> str | None:
        """Closest vocabulary word (``word`` itself if known), ``None`` when nothing is close."""
        found = self.candidates(word)
        return found[0] if found else None

    def _candidates(self, word: str) -> tuple[str, ...]:
        """Vocabulary words ``word`` may be a typo of, best first (ties kept, at most 4)."""
        if word in self.frequency:
            return (word,)
        limit = _max_distance(len(word))
        if limit == 0:
            return ()
        scored: dict[str, tuple[float, int]] = {}
        for candidate in self._sounds.get(phonetic(word), ()):
            scored[candidate] = (0.5, -self.frequency[candidate])
        keys = {word} | _deletes(word)
        self._verify(word, self._lookup(keys), limit, scored)
        if not scored and len(word) >= 9:
            self._verify(
                word, self._lookup({d2 for d1 in keys for d2 in _deletes(d1)}), limit, scored
            )
        if not scored:
            return ()
        ranked = sorted(scored, key=lambda c: (scored[c], c))
        best = scored[ranked[0]][0]
        return tuple(c for c in ranked if scored[c][0] <= best + 0.5)[:4]

    def _lookup(self, keys: set[str]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            found.update(self._index.get(key, ()))
        return found

    def _verify(
        self, word: str, candidates: set[str], limit: int, scored: dict[str, tuple[float, int]]
    ) -> None:
        """Add the candidates within ``limit`` edits to ``scored`` as (distance, -frequency)."""
        for candidate in candidates:
            if candidate in scored:
                continue
            distance = DamerauLevenshtein.distance(word, candidate, score_cutoff=limit)
            if distance <= limit:
                scored[candidate] = (float(distance), -self.frequency[candidate])
