"""Plain-Dutch reasons for a match, and for why a pair is excluded or not scored higher.

Every sentence is short and concrete so that a jobhunter can repeat it to a client or an
employer: "Gewenst beroep komt overeen: heftruckchauffeur", "3 van 4 gevraagde
vaardigheden", "± 12 km reisafstand", "Reistijd ± 25 min", "Vraagt rijbewijs B — heeft
kandidaat niet".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from matching.constraints import (
    hours_blocker,
    kind_blocker,
    licence_blocker,
    load_blocker,
    status_blocker,
)
from matching.geo import SPEED_KMH, travel_mode
from matching.model import ClientProfile, Vacancy
from matching.skills import skill_overlap
from matching.taxonomy import Taxonomy

__all__ = ["Pair", "blockers", "distance_text", "positives", "shortfalls"]

UNKNOWN_DISTANCE = "Reisafstand onbekend (postcode onbekend)"
_MODE_WORDS = {"auto": "met de auto", "ov": "met het ov", "fiets": "met de fiets"}


@dataclass
class Pair:
    """Everything known about one client-vacancy pair after scoring."""

    client: ClientProfile
    vacancy: Vacancy
    components: dict[str, float]
    road_km: float
    limit_km: float
    weight_set: int
    language_gap: int = 0
    education_gap: int = 0
    client_occ: dict[int, float] = field(default_factory=dict)
    vacancy_occ: dict[int, float] = field(default_factory=dict)
    taxonomy: Taxonomy | None = None


def distance_text(road_km: float) -> str:
    """``"± 12 km reisafstand"`` (at least 1 km)."""
    return f"± {max(1, round(road_km))} km reisafstand"


def minutes_text(road_km: float, client: ClientProfile) -> str:
    """``"Reistijd ± 25 min"`` for the client's travel mode, rounded to 5 minutes."""
    mode = travel_mode(client.travel_mode, bool(client.driving_licence))
    minutes = road_km / SPEED_KMH[mode] * 60
    return f"Reistijd ± {max(5, 5 * round(minutes / 5))} min"


def _label(taxonomy: Taxonomy | None, occupation: int | None) -> str | None:
    if taxonomy is None or occupation is None:
        return None
    return taxonomy.occupations[occupation].preferred_label


def shared_occupation(pair: Pair) -> int | None:
    """The wished occupation that contributes most to the match, if any."""
    shared = [
        (pair.client_occ[o] * w, o) for o, w in pair.vacancy_occ.items() if o in pair.client_occ
    ]
    return max(shared)[1] if shared else None


def vacancy_occupation(pair: Pair) -> int | None:
    """The vacancy's most likely occupation, if recognised."""
    if not pair.vacancy_occ:
        return None
    return max(pair.vacancy_occ.items(), key=lambda item: (item[1], -item[0]))[0]


def _wishes(client: ClientProfile) -> str:
    return ", ".join(client.desired_occupations) or "geen beroepswens"


def occupation_reason(pair: Pair) -> str | None:
    """Why the occupation fits (taxonomy or title similarity), or ``None``."""
    comp = pair.components
    if pair.weight_set == 0:
        if comp["occupation"] >= 0.25 and (shared := shared_occupation(pair)) is not None:
            return f"Gewenst beroep komt overeen: {_label(pair.taxonomy, shared)}"
        if comp["group"] >= 0.25:
            label = _label(pair.taxonomy, vacancy_occupation(pair)) or pair.vacancy.title
            return f"Verwant beroep (zelfde beroepsgroep): {label}"
    if pair.weight_set == 1 and comp["title"] >= 0.5:
        return f"Functietitel lijkt op gewenst beroep: {_wishes(pair.client)}"
    if pair.weight_set == 1 and max(comp["title"], comp["desc"]) >= 0.3:
        return f"Vacature lijkt op gewenst beroep: {_wishes(pair.client)}"
    return None


def skill_reasons(client: ClientProfile, vacancy: Vacancy) -> tuple[list[str], list[str]]:
    """("3 van 4 gevraagde vaardigheden", …) and the missing required skills."""
    texts: list[str] = []
    missing: list[str] = []
    if vacancy.skills:
        matched, missing = skill_overlap(client.skills, vacancy.skills)
        if client.skills or matched:
            texts.append(f"{len(matched)} van {len(vacancy.skills)} gevraagde vaardigheden")
    if vacancy.wished_skills and client.skills:
        matched_wish, _ = skill_overlap(client.skills, vacancy.wished_skills)
        if matched_wish:
            texts.append(
                f"{len(matched_wish)} van {len(vacancy.wished_skills)} gewenste vaardigheden"
            )
    return texts, missing


def travel_reasons(pair: Pair) -> list[str]:
    """Distance (and travel time when the client's limit is in minutes)."""
    if math.isnan(pair.road_km):
        return [UNKNOWN_DISTANCE]
    texts = [distance_text(pair.road_km)]
    if pair.client.max_travel_minutes is not None:
        texts.append(minutes_text(pair.road_km, pair.client))
    return texts


def level_reasons(pair: Pair) -> list[str]:
    """Language and education shortfalls."""
    texts = []
    if pair.language_gap > 0:
        have = pair.client.language_level or "onbekend"
        texts.append(f"Vraagt taalniveau {pair.vacancy.language_level} — kandidaat heeft {have}")
    if pair.education_gap > 0:
        have = pair.client.education_level or "onbekend"
        texts.append(f"Vraagt opleiding {pair.vacancy.education_level} — kandidaat heeft {have}")
    return texts


def positives(pair: Pair) -> list[str]:
    """Reasons shown with a match: what fits, distance, and soft warnings."""
    texts = []
    occupation = occupation_reason(pair)
    if occupation:
        texts.append(occupation)
    if pair.client.experience and pair.components["text"] >= 0.15:
        texts.append("Ervaring sluit aan bij de vacaturetekst")
    skill_texts, _ = skill_reasons(pair.client, pair.vacancy)
    texts.extend(skill_texts)
    texts.extend(travel_reasons(pair))
    if pair.client.banenafspraak and pair.vacancy.banenafspraak:
        texts.append("Geschikt voor banenafspraak")
    texts.extend(level_reasons(pair))
    if not (pair.client.desired_occupations or pair.client.skills or pair.client.experience):
        texts.append("Profiel heeft nog geen beroepswens, vaardigheden of ervaring")
    return texts


def blockers(client: ClientProfile, vacancy: Vacancy, road_km: float, limit_km: float) -> list[str]:
    """Every hard constraint the pair violates, in Dutch."""
    found = [
        status_blocker(vacancy),
        hours_blocker(client, vacancy),
        licence_blocker(client, vacancy),
        load_blocker(client, vacancy),
        kind_blocker(client, vacancy),
    ]
    if not math.isnan(road_km) and road_km > limit_km:
        found.append(_distance_blocker(client, road_km, limit_km))
    return [b for b in found if b]


def _distance_blocker(client: ClientProfile, road_km: float, limit_km: float) -> str:
    mode = travel_mode(client.travel_mode, bool(client.driving_licence))
    if client.max_travel_km is not None and (
        client.max_travel_minutes is None
        or client.max_travel_km <= client.max_travel_minutes / 60 * SPEED_KMH[mode]
    ):
        return (
            f"Reisafstand ± {round(road_km)} km — meer dan de maximale "
            f"{client.max_travel_km:g} km van de kandidaat"
        )
    minutes = round(road_km / SPEED_KMH[mode] * 60)
    limit = round(limit_km / SPEED_KMH[mode] * 60)
    return (
        f"Reistijd ± {minutes} min {_MODE_WORDS[mode]} — meer dan de maximale "
        f"{limit} min van de kandidaat"
    )


def shortfalls(pair: Pair) -> list[str]:
    """Why the score is not higher ("waarom niet hoger?")."""
    texts = []
    comp = pair.components
    vacancy_label = _label(pair.taxonomy, vacancy_occupation(pair))
    if pair.client.desired_occupations and comp["occupation"] < 0.25:
        shown = vacancy_label or pair.vacancy.title
        if pair.weight_set == 0 and comp["group"] >= 0.25:
            texts.append(
                f"Ander beroep in dezelfde beroepsgroep: vacature is {shown}, "
                f"kandidaat zoekt {_wishes(pair.client)}"
            )
        elif max(comp["title"], comp["desc"]) < 0.3:
            texts.append(
                f"Ander beroep: vacature is {shown}, kandidaat zoekt {_wishes(pair.client)}"
            )
    if pair.taxonomy is not None and not pair.vacancy_occ:
        texts.append("Beroep van de vacature niet herkend in de beroepenlijst")
    elif pair.vacancy_occ and sum(pair.vacancy_occ.values()) < 0.85:
        texts.append(f"Functietitel niet zeker herkend als {vacancy_label}")
    if pair.client.desired_occupations and not pair.client_occ and pair.taxonomy is not None:
        texts.append(f"Beroepswens niet herkend in de beroepenlijst: {_wishes(pair.client)}")
    _, missing = skill_reasons(pair.client, pair.vacancy)
    if missing:
        texts.append("Mist gevraagde vaardigheden: " + ", ".join(missing))
    if pair.client.experience and comp["text"] < 0.1:
        texts.append("Ervaring sluit weinig aan bij de vacaturetekst")
    if not math.isnan(pair.road_km) and pair.road_km > 0.6 * pair.limit_km:
        texts.append(
            f"Relatief ver weg: ± {round(pair.road_km)} km (maximaal {round(pair.limit_km)} km)"
        )
    return texts
