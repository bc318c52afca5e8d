"""Simulated jobhunter feedback, for tests, the benchmark and demo data.

Real feedback comes from the portal (proposals and their outcomes). To show that the
re-ranker switch works, :func:`simulate_feedback` lets a simulated jobhunter judge the plain
top candidates of each client with a hidden preference the plain scorer does not have:

* ``"distance"``: clients rarely keep a job far from home — the outcome depends strongly on
  travel distance (and on the plain score); the re-ranker should learn this and be enabled;
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


def _outcome(utility: float, rng: random.Random) -> str:
    chance = 1.0 / (1.0 + math.exp(-10.0 * (utility - 0.45)))
    draw = rng.random()
    if draw < chance * 0.35:
        return "stayed"
    if draw < chance * 0.6:
        return "hired"
    if draw < chance:
        return "invited"
    return "proposed" if rng.random() < 0.15 else "rejected"


def simulate_feedback(matcher: Matcher, clients: Iterable[ClientProfile], *, seed: int = 0,
                      per_client: int = 8, behaviour: str = "distance") -> list[Feedback]:
    """Outcomes for the plain top ``per_client`` vacancies of each client (see module doc)."""
    if behaviour not in ("distance", "random"):
        raise ValueError("behaviour moet 'distance' of 'random' zijn")
    rng = random.Random(seed)  # noqa: S311 - simulation, not security
    saved, matcher.reranker = matcher.reranker, None
    try:
        feedback = []
        for client in clients:
            for match in matcher.rank_vacancies(client, k=per_client):
                road = match.components.get("road_km", float("nan"))
                near = 0.5 if math.isnan(road) else math.exp(-road / 8.0)
                if behaviour == "random":
                    utility = rng.random()
                else:
                    utility = 0.35 * match.score + 0.65 * near + rng.gauss(0.0, 0.08)
                outcome = _outcome(utility, rng)
                reason = None
                if outcome == "rejected":
                    reason = _REJECT_REASONS["far" if near < 0.3 else
                                             rng.choice(("fit", "other"))]
                feedback.append(Feedback(client.id, match.vacancy_id, outcome, reason))
        return feedback
    finally:
        matcher.reranker = saved
