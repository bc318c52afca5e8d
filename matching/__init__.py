"""Werkbrug matching engine: rank open vacancies for clients and clients for vacancies.

Pure Python (numpy, scipy, scikit-learn, rapidfuzz, snowballstemmer); no web framework and no
database. The portal maps its rows to :class:`Vacancy` and :class:`ClientProfile`, builds a
:class:`Taxonomy` (ESCO) and a :class:`PostcodeIndex`, fits a :class:`Matcher`, and shows the
resulting :class:`Match` objects with their Dutch reasons. See ``matching/README.md``.
"""

from matching.compare import Comparison, FactorComparison
from matching.geo import DETOUR_FACTOR, SPEED_KMH, PostcodeIndex
from matching.matcher import ClientIndex, Matcher
from matching.model import ClientProfile, Explanation, Feedback, Match, Vacancy
from matching.rerank import Reranker, RerankerReport
from matching.taxonomy import Occupation, Resolution, Suggestion, Taxonomy

__all__ = [
    "DETOUR_FACTOR",
    "SPEED_KMH",
    "ClientIndex",
    "ClientProfile",
    "Comparison",
    "Explanation",
    "FactorComparison",
    "Feedback",
    "Match",
    "Matcher",
    "Occupation",
    "PostcodeIndex",
    "Reranker",
    "RerankerReport",
    "Resolution",
    "Suggestion",
    "Taxonomy",
    "Vacancy",
    "explain",
]


def explain(matcher: Matcher, client: ClientProfile, vacancy: Vacancy) -> Explanation:
    """All reasons for one pair, including why it is excluded or not ranked higher.

    Same as :meth:`Matcher.explain`.
    """
    return matcher.explain(client, vacancy)
