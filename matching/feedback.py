"""Simulated jobhunter feedback, for tests, the benchmark and demo data.

Real feedback comes from the portal (proposals and their outcomes). To show that the
re-ranker switch works, :func:`simulate_feedback` lets a simulated jobhunter judge the plain
top candidates of each client with a hidden preference the plain scorer does not have:

* ``"distance"``: clients rarely keep a job far from home, and they want the hours they asked
  for — the outcome depends on travel distance (above all beyond 10 km), on how well the
  vacancy's minimum hours meet the client's maximum, and only partly on the plain score; the
  plain scorer does not weigh hours at all, so the re-ranker should learn this and be enabled;
* ``"random"``: outcomes are coin flips unrelated to anything; the re-ranker must stay off.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable

from matching.matcher import Matcher
from matching.model import ClientProfile, Feedback

__all__ = ["simulate_feedback"]

_REJECT_REASONS = {
    "far": "Te ver weg voor de kandidaat",
    "fit": "Past niet bij wens of ervaring van de kandidaat",
    "other": "Werkgever koos een andere kandidaat",
}


_TIERS = ((0.78, "stayed"), (0.70, "hired"), (0.62, "invited"), (0.56, "proposed"))


def _outcome(utility: float) -> str:
    """Outcome of a judged pair: the better it fits, the further the proposal gets."""
    for threshold, outcome in _TIERS:
        if utility >= threshold:
            return outcome
    return "rejected"


def _hours_fit(client_max: float | None, vacancy_min: float | None) -> float:
    """1 when the vacancy's minimum hours use what the client can work, lower the more remains."""
    if client_max is None or vacancy_min is None:
        return 0.5
    return max(0.0, 1.0 - abs(client_max - vacancy_min) / 24.0)


def simulate_feedback(
    matcher: Matcher,
    clients: Iterable[ClientProfile],
    *,
    seed: int = 0,
    per_client: int = 8,
    behaviour: str = "distance",
) -> list[Feedback]:
    """Outcomes for the plain top ``per_client`` vacancies of each client (see module doc)."""
    if behaviour not in ("distance", "random"):
        raise ValueError("behaviour moet 'distance' of 'random' zijn")
    rng = random.Random(seed)  # noqa: S311 - simulation, not security
    hours = {v.id: v.hours_min for v in matcher.vacancies}
    saved, matcher.reranker = matcher.reranker, None
    try:
        feedback = []
        for client in clients:
            for match in matcher.rank_vacancies(client, k=per_client):
                road = match.components.get("road_km", float("nan"))
                near = 0.5 if math.isnan(road) else 1.0 / (1.0 + math.exp((road - 10.0) / 2.0))
                fit = _hours_fit(client.hours_max, hours.get(match.vacancy_id))
                if behaviour == "random":
                    utility = rng.uniform(0.4, 0.9)
                else:
                    utility = 0.3 * match.score + 0.4 * near + 0.3 * fit + rng.gauss(0.0, 0.05)
                outcome = _outcome(utility)
                reason = None
                if outcome == "rejected":
                    reason = _REJECT_REASONS["far" if near < 0.3 else rng.choice(("fit", "other"))]
                feedback.append(Feedback(client.id, match.vacancy_id, outcome, reason))
        return feedback
    finally:
        matcher.reranker = saved
