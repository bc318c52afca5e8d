"""Property tests: for any vacancies and clients, results never break a hard constraint."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching import (
    DETOUR_FACTOR,
    SPEED_KMH,
    ClientProfile,
    Matcher,
    PostcodeIndex,
    Taxonomy,
    Vacancy,
)
from matching.model import LOAD_LEVELS, VACANCY_KINDS

PLACES = {
    "9201": (53.10, 6.10),
    "8431": (52.99, 6.29),
    "8911": (53.20, 5.80),
    "1011": (52.37, 4.90),
    "9711": (53.22, 6.57),
}
POSTCODES = PostcodeIndex.from_rows([(code, lat, lon) for code, (lat, lon) in PLACES.items()])
TAXONOMY = Taxonomy.from_rows(
    [("k", "5120", "kok", ["kokkin"]), ("s", "9112", "schoonmaker", ["schoonmaakster"])]
)
TITLES = ["Kok", "Schoonmaker (m/v)", "Kokkin 24 uur", "Glazenwasser", ""]

hours = st.one_of(st.none(), st.integers(0, 40))
postcode = st.one_of(st.none(), st.sampled_from([*PLACES, "1000"]))
vacancies = st.lists(
    st.builds(
        lambda i, title, lo, span, pc, licence, load, status, kind: Vacancy(
            f"v{i}",
            title,
            hours_min=lo,
            hours_max=None if lo is None or span is None else lo + span,
            postcode=pc,
            driving_licence=licence,
            physical_load=load,
            status=status,
            kind=kind,
        ),
        st.integers(0, 10_000),
        st.sampled_from(TITLES),
        hours,
        st.one_of(st.none(), st.integers(0, 20)),
        postcode,
        st.sampled_from([False, True, "C"]),
        st.sampled_from([None, *LOAD_LEVELS]),
        st.sampled_from(["open", "open", "closed", "filled"]),
        st.sampled_from(VACANCY_KINDS),
    ),
    max_size=12,
    unique_by=lambda v: v.id,
)
clients = st.builds(
    lambda lo, span, pc, km, minutes, licence, load, kinds, wish: ClientProfile(
        "c",
        desired_occupations=wish,
        hours_min=lo,
        hours_max=None if lo is None or span is None else lo + span,
        postcode=pc,
        max_travel_km=km,
        max_travel_minutes=minutes,
        driving_licence=licence,
        max_load=load,
        kinds=kinds,
    ),
    hours,
    st.one_of(st.none(), st.integers(0, 20)),
    postcode,
    st.one_of(st.none(), st.integers(0, 200)),
    st.one_of(st.none(), st.integers(0, 120)),
    st.sampled_from([False, True, ("C",), ("CE",)]),
    st.sampled_from([None, *LOAD_LEVELS]),
    st.lists(st.sampled_from(VACANCY_KINDS), max_size=2, unique=True),
    st.lists(st.sampled_from(["kok", "schoonmaker", "tuinman"]), max_size=2),
)


def _road_km(a: str | None, b: str | None) -> float | None:
    pa, pb = PLACES.get((a or "")[:4]), PLACES.get((b or "")[:4])
    if not pa or not pb:
        return None
    p1, p2 = math.radians(pa[0]), math.radians(pb[0])
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(pb[1] - pa[1]) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h)) * DETOUR_FACTOR


def possible(client: ClientProfile, vacancy: Vacancy) -> bool:
    """Independent statement of the hard constraints (SPEC §6.1)."""
    if vacancy.status != "open":
        return False
    if None not in (client.hours_max, vacancy.hours_min) and client.hours_max < vacancy.hours_min:
        return False
    if None not in (client.hours_min, vacancy.hours_max) and client.hours_min > vacancy.hours_max:
        return False
    held = client.driving_licence
    held = {"B"} if held is True else set(held or ())
    held |= {"B", "C1", "C"} if "CE" in held else {"B", "C1"} if "C" in held else set()
    need = {True: "B", False: None}.get(vacancy.driving_licence, vacancy.driving_licence)
    if need and need not in held:
        return False
    if (
        vacancy.physical_load
        and client.max_load
        and (LOAD_LEVELS.index(vacancy.physical_load) > LOAD_LEVELS.index(client.max_load))
    ):
        return False
    if client.kinds and vacancy.kind not in client.kinds:
        return False
    road = _road_km(client.postcode, vacancy.postcode)
    mode = "auto" if client.driving_licence else "ov"
    limits = [client.max_travel_km] if client.max_travel_km is not None else []
    if client.max_travel_minutes is not None:
        limits.append(client.max_travel_minutes / 60 * SPEED_KMH[mode])
    limit = min(limits) if limits else 1.5 * SPEED_KMH[mode]
    return road is None or road <= limit + 1e-6


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vacancies, clients)
def test_rankings_never_break_a_hard_constraint(items, person):
    matcher = Matcher(taxonomy=TAXONOMY, postcodes=POSTCODES).fit(items)
    by_id = {v.id: v for v in items}
    ranked = matcher.rank_vacancies(person, k=len(items) + 1)
    assert {m.vacancy_id for m in ranked} == {v.id for v in items if possible(person, v)}
    scores = [m.score for m in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    for vacancy in items:
        back = matcher.rank_clients(vacancy, [person])
        assert bool(back) == possible(person, vacancy)
        assert matcher.explain(person, vacancy).eligible == possible(person, vacancy)
    for match in ranked:
        assert all(isinstance(r, str) and r for r in match.reasons)
        assert by_id[match.vacancy_id].status == "open"
