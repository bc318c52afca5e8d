"""Skill vocabulary with fuzzy matching (rapidfuzz).

Skills are free text on both sides ("heftruckcertificaat", "Heftruck certificaat",
"klantvriendelijk"). Each skill gets a canonical key (folded, stemmed, stop words removed) and
an integer id; a skill whose key is new is merged with the closest known skill when rapidfuzz
scores them at least :data:`SIMILARITY` out of 100 (on the compact key, so compounds and
spacing do not matter). Ranking then compares id sets with sparse matrices, and
:func:`skill_overlap` gives the per-pair detail used in reasons.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process

from matching.text import DUTCH_STOPWORDS, fold, stem, tokens

__all__ = ["SIMILARITY", "SkillVocabulary", "canonical_skill", "skill_overlap"]

SIMILARITY = 86.0


# Pure functions of short strings, asked again for every pair a match list explains (the same
# skills come back in every list): remembered, bounded.
@lru_cache(maxsize=65_536)
def canonical_skill(skill: str) -> str:
    """Folded, stemmed skill key without stop words (``"Rijbewijs-B"`` -> ``"rijbewijs b"``)."""
    words = (t for t in tokens(fold(skill)) if len(t) == 1 or t not in DUTCH_STOPWORDS)
    return " ".join(dict.fromkeys(stem(t) for t in words))


def _compact(key: str) -> str:
    return key.replace(" ", "")


def _similar(a: str, b: str, **_: object) -> float:
    """Similarity 0..100 of two canonical keys (spacing and word order ignored)."""
    return max(fuzz.ratio(_compact(a), _compact(b)), fuzz.token_sort_ratio(a, b))


@lru_cache(maxsize=65_536)
def _similar_keys(a: str, b: str) -> float:
    """`_similar` of two keys, remembered (see `canonical_skill`)."""
    return _similar(a, b)


class SkillVocabulary:
    """Growing set of canonical skills with typo- and compound-tolerant look-up."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.labels: list[str] = []
        self._ids: dict[str, int] = {}
        self._seen: dict[str, int | None] = {}

    def __len__(self) -> int:
        return len(self.keys)

    def lookup(self, skill: str, *, add: bool = True) -> int | None:
        """Id of ``skill`` (merged with a near-identical known skill); new id when ``add``."""
        cached = self._seen.get(skill)
        if cached is not None:
            return cached
        key = canonical_skill(skill)
        if not key:
            return None
        found = self._ids.get(key)
        if found is None and self.keys:
            best = process.extractOne(key, self.keys, scorer=_similar, score_cutoff=SIMILARITY)
            if best is not None:
                found = best[2]
        if found is None and add:
            found = len(self.keys)
            self._ids[key] = found
            self.keys.append(key)
            self.labels.append(skill.strip())
        if found is not None:
            self._seen[skill] = found
        return found

    def ids(self, skills: Iterable[str], *, add: bool = True) -> list[int]:
        """Distinct ids of ``skills`` (unknown skills skipped when not ``add``)."""
        result: dict[int, None] = {}
        for skill in skills:
            found = self.lookup(skill, add=add)
            if found is not None:
                result.setdefault(found, None)
        return list(result)


def skill_overlap(
    client_skills: Sequence[str], wanted: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Which of the ``wanted`` skills the client has (fuzzy), and which are missing."""
    have = [canonical_skill(s) for s in client_skills]
    have = [h for h in have if h]
    matched, missing = [], []
    for skill in wanted:
        key = canonical_skill(skill)
        if key and any(_similar_keys(key, h) >= SIMILARITY for h in have):
            matched.append(skill)
        else:
            missing.append(skill)
    return matched, missing
