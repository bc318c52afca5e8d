""" "Waarom niet hoger?" factor by factor: one vacancy beside the client's best match.

The plain score is a weighted mean of components (:mod:`matching.scoring`); for one client the
weights are the same for every vacancy. So a factor's *points* (its share of the score × its
value × 100) add up to the plain score, and the difference in points per factor says where
the best match wins. Language and education shortfalls multiply the score and a
banenafspraak match adds a bonus; those are listed as adjustments, as is the re-ranker.

Every text is short plain Dutch a jobhunter can repeat to a client or an employer::

    Gewenst beroep   deze vacature: vacature is botanicus          0 punten
                     beste match:   komt overeen: hovenier         45 punten
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from matching.constraints import soft_penalty
from matching.model import Explanation
from matching.reasons import (
    UNKNOWN_DISTANCE,
    Pair,
    distance_text,
    shared_occupation,
    skill_reasons,
    vacancy_occupation,
)

__all__ = ["FACTOR_LABELS", "Comparison", "FactorComparison", "Side", "build_comparison"]

FACTOR_LABELS: dict[str, str] = {
    "occupation": "Gewenst beroep",
    "group": "Verwant beroep (beroepsgroep)",
    "title": "Functietitel",
    "desc": "Titel en vacaturetekst",
    "text": "Ervaring en vacaturetekst",
    "skills": "Vaardigheden",
    "distance": "Reisafstand",
}


@dataclass(frozen=True)
class Side:
    """One vacancy's value of one factor: 0..1, its points of 100, and what it means."""

    value: float
    points: float
    detail: str


@dataclass(frozen=True)
class FactorComparison:
    """One factor of the score for the vacancy asked about and for the best match."""

    factor: str
    label: str
    share: float
    this: Side
    top: Side

    @property
    def difference(self) -> float:
        """Points the best match gains on this factor (negative: this vacancy does better)."""
        return self.top.points - self.this.points


@dataclass(frozen=True)
class Comparison:
    """The vacancy asked about beside the client's best match, factor by factor."""

    client_id: object
    vacancy_id: object
    top_vacancy_id: object
    score: float
    top_score: float
    factors: tuple[FactorComparison, ...]
    adjustments: tuple[str, ...]
    top_adjustments: tuple[str, ...]
    explanation: Explanation
    top_explanation: Explanation

    @property
    def is_top(self) -> bool:
        """True when the vacancy asked about is itself the best match."""
        return self.vacancy_id == self.top_vacancy_id

    @property
    def points(self) -> float:
        """The factors' points of the vacancy asked about, before the adjustments."""
        return sum(f.this.points for f in self.factors)

    @property
    def top_points(self) -> float:
        """The factors' points of the best match, before the adjustments."""
        return sum(f.top.points for f in self.factors)

    @property
    def gaps(self) -> tuple[FactorComparison, ...]:
        """Factors where the best match gains at least one point, largest first."""
        return tuple(f for f in self.factors if f.difference >= 0.5)

    @property
    def summary(self) -> str:
        """One Dutch sentence: the two scores and where most of the difference is."""
        this, top = _points(self.score), _points(self.top_score)
        if self.is_top:
            return f"Dit is de beste match voor deze kandidaat (score {this})."
        if not self.explanation.eligible:
            return f"Deze vacature valt af voor deze kandidaat; de beste match scoort {top}."
        gaps = self.gaps[:2]
        if not gaps:
            if self.adjustments:
                return (
                    f"De beste match scoort {top}, deze vacature {this}. Per onderdeel scoren "
                    f"ze ongeveer gelijk; het verschil komt van: {self.adjustments[0]}."
                )
            return (
                f"De beste match scoort {top}, deze vacature {this}; per onderdeel scoren ze "
                "ongeveer gelijk."
            )
        where = " en ".join(f"{g.label.lower()} ({_fewer(g.difference)})" for g in gaps)
        return (
            f"De beste match scoort {top}, deze vacature {this}. Het verschil zit vooral in "
            f"{where}."
        )


def build_comparison(
    this: Explanation,
    this_pair: Pair,
    top: Explanation,
    top_pair: Pair,
    shares: dict[str, float],
    reranked: bool = False,
) -> Comparison:
    """Compare two explained pairs of the same client (``shares``: each component's weight)."""
    factors = [
        FactorComparison(
            factor=name,
            label=FACTOR_LABELS[name],
            share=share,
            this=_side(this_pair, name, share),
            top=_side(top_pair, name, share),
        )
        for name, share in shares.items()
        if share > 0
    ]
    # Real gaps first (largest first), then the rest by weight.
    factors.sort(key=lambda f: (-(f.difference if f.difference >= 0.5 else 0.0), -f.share))
    return Comparison(
        client_id=this.client_id,
        vacancy_id=this.vacancy_id,
        top_vacancy_id=top.vacancy_id,
        score=this.score,
        top_score=top.score,
        factors=tuple(factors),
        adjustments=tuple(_adjustments(this_pair, reranked)),
        top_adjustments=tuple(_adjustments(top_pair, reranked)),
        explanation=this,
        top_explanation=top,
    )


def _side(pair: Pair, name: str, share: float) -> Side:
    value = float(pair.components[name])
    return Side(value=value, points=share * value * 100, detail=_detail(pair, name, value))


def _label(pair: Pair, occupation: int | None) -> str | None:
    if pair.taxonomy is None or occupation is None:
        return None
    return pair.taxonomy.occupations[occupation].preferred_label


def _detail(pair: Pair, name: str, value: float) -> str:
    """What the value of one factor means for this vacancy, in Dutch."""
    if name == "occupation":
        shared = shared_occupation(pair)
        if value >= 0.25 and shared is not None:
            return f"komt overeen: {_label(pair, shared)}"
        label = _label(pair, vacancy_occupation(pair))
        return f"vacature is {label}" if label else "beroep van de vacature niet herkend"
    if name == "group":
        label = _label(pair, vacancy_occupation(pair)) or pair.vacancy.title
        if value >= 0.25:
            return f"zelfde beroepsgroep ({label})"
        return f"andere beroepsgroep ({label})"
    if name in ("title", "desc", "text"):
        return f"{round(value * 100)} % overeenkomst"
    if name == "skills":
        texts, missing = skill_reasons(pair.client, pair.vacancy)
        if not pair.vacancy.skills and not pair.vacancy.wished_skills:
            return "vacature vraagt geen vaardigheden"
        shown = "; ".join(texts) if texts else "geen van de gevraagde vaardigheden"
        return shown + (f" (mist: {', '.join(missing)})" if missing else "")
    if name == "distance":
        return UNKNOWN_DISTANCE if math.isnan(pair.road_km) else distance_text(pair.road_km)
    return ""


def _factor_text(gap: int) -> str:
    factor = float(soft_penalty(gap, 0))
    steps = "1 niveau" if gap == 1 else f"{gap} niveaus"
    return f"{steps} lager: score × {factor:.2f}".replace(".", ",")


def _adjustments(pair: Pair, reranked: bool) -> list[str]:
    texts = []
    if pair.language_gap > 0:
        texts.append(
            f"Taalniveau: vraagt {pair.vacancy.language_level}, kandidaat heeft "
            f"{pair.client.language_level or 'onbekend'} ({_factor_text(pair.language_gap)})"
        )
    if pair.education_gap > 0:
        texts.append(
            f"Opleiding: vraagt {pair.vacancy.education_level}, kandidaat heeft "
            f"{pair.client.education_level or 'onbekend'} ({_factor_text(pair.education_gap)})"
        )
    if pair.client.banenafspraak and pair.vacancy.banenafspraak:
        texts.append("Geschikt voor banenafspraak (3 punten erbij)")
    if reranked:
        texts.append("Volgorde mede bepaald door eerdere terugkoppeling van jobhunters")
    return texts


def _points(score: float) -> int:
    return round(score * 100)


def _fewer(points: float) -> str:
    value = round(points)
    return f"{value} {'punt' if value == 1 else 'punten'} minder"
