"""The one place where database rows meet the matching engine (SPEC §6).

Each worker process keeps one fitted :class:`matching.Matcher` over all vacancies. Before
every use it asks the database whether vacancies changed since it last looked (one cheap
query on `updated_at`) and feeds only the changed ones to the index (`add_or_update` /
`remove`), so pages stay fast and several gunicorn workers stay consistent without sharing
memory. The taxonomy and postcode index are rebuilt only when the reference data changes.
Client profiles never carry names, BSNs or health details into the engine.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
from sqlalchemy.orm import joinedload

from app.extensions import db
from app.models import Client, ClientOccupation, Occupation, PostcodeArea, Vacancy
from app.services import availability
from matching import (
    ClientIndex,
    ClientProfile,
    Comparison,
    Explanation,
    Feedback,
    Match,
    Matcher,
    PostcodeIndex,
    Reranker,
    Taxonomy,
)
from matching import Vacancy as EngineVacancy

EDUCATION = {"none": "geen startkwalificatie"}
_lock = threading.RLock()


@dataclass
class _State:
    reference: tuple[int, int]
    matcher: Matcher
    synced_at: datetime | None
    vacancy_count: int
    # Encoded client pools, by the ids in the pool: (fingerprint, index).
    clients: dict[tuple, tuple[tuple, ClientIndex]] = field(default_factory=dict)


# One state per database (tests and the browser tests' live server use different ones).
_states: dict[str, _State] = {}


def _key() -> str:
    return str(db.engine.url)


def engine_vacancy(vacancy: Vacancy) -> EngineVacancy:
    """A vacancy row as the engine's dataclass."""
    return EngineVacancy(
        id=vacancy.id,
        title=vacancy.title,
        description=vacancy.description or "",
        skills=tuple(vacancy.skills or ()),
        wished_skills=tuple(vacancy.wished_skills or ()),
        hours_min=float(vacancy.hours_min) if vacancy.hours_min is not None else None,
        hours_max=float(vacancy.hours_max) if vacancy.hours_max is not None else None,
        postcode=vacancy.postcode,
        driving_licence=bool(vacancy.driving_licence),
        physical_load=vacancy.physical_load,
        occupation_code=vacancy.occupation.uri if vacancy.occupation else None,
        kind=vacancy.kind,
        status=vacancy.status,
        language_level=vacancy.language_level,
        education_level=EDUCATION.get(vacancy.education_level, vacancy.education_level),
        banenafspraak=vacancy.banenafspraak_suitable,
    )


def client_profile(
    client: Client, wishes: list[tuple[str, str | None]] | None = None
) -> ClientProfile:
    """What the engine may know about a client: work wishes and abilities, nothing identifying.

    `wishes` are the desired occupations as (text, ESCO uri or None) when the caller loaded them
    in bulk (see `_wishes`); otherwise they are read from the client's relationship.
    """
    if wishes is None:
        wishes = [
            (o.text, o.occupation.uri if o.occupation else None) for o in client.desired_occupations
        ]
    return ClientProfile(
        id=client.id,
        desired_occupations=tuple(text for text, _uri in wishes),
        desired_occupation_codes=tuple(uri for _text, uri in wishes if uri),
        skills=tuple(client.skills or ()) + tuple(client.certificates or ()),
        experience=client.experience or "",
        hours_min=float(client.hours_min) if client.hours_min is not None else None,
        hours_max=float(client.hours_max) if client.hours_max is not None else None,
        postcode=client.postcode,
        max_travel_km=client.max_travel_km,
        max_travel_minutes=client.max_travel_minutes,
        driving_licence=tuple(client.driving_licences or ()),
        max_load=client.max_load,
        language_level=client.language_level,
        education_level=EDUCATION.get(client.education_level, client.education_level),
        banenafspraak=client.banenafspraak,
    )


def _reference_fingerprint() -> tuple[int, int]:
    return (
        db.session.scalar(db.select(db.func.count(Occupation.id))) or 0,
        db.session.scalar(db.select(db.func.count(PostcodeArea.pc4))) or 0,
    )


def _build(reference: tuple[int, int]) -> _State:
    taxonomy = None
    if reference[0]:
        taxonomy = Taxonomy.from_rows(
            db.session.execute(
                db.select(
                    Occupation.uri,
                    Occupation.isco_group,
                    Occupation.preferred_label,
                    Occupation.alt_labels,
                )
            ).all()
        )
    postcodes = None
    if reference[1]:
        postcodes = PostcodeIndex.from_rows(
            db.session.execute(
                db.select(
                    PostcodeArea.pc4,
                    PostcodeArea.latitude,
                    PostcodeArea.longitude,
                    PostcodeArea.place,
                )
            ).all()
        )
    # The occupation is read for every vacancy (its ESCO uri): one join, not one query each.
    vacancies = db.session.scalars(db.select(Vacancy).options(joinedload(Vacancy.occupation))).all()
    matcher = Matcher(taxonomy=taxonomy, postcodes=postcodes).fit(
        [engine_vacancy(v) for v in vacancies]
    )
    synced = max((v.updated_at for v in vacancies), default=None)
    return _State(reference, matcher, synced, len(vacancies))


def matcher() -> Matcher:
    """The fitted matcher, brought up to date with the database."""
    return _current().matcher


def _current() -> _State:
    with _lock:
        state = _states.get(_key())
        reference = _reference_fingerprint()
        # Two queries rather than one: `count(*)` alone is answered from the smallest index and
        # `max(updated_at)` alone from an index on updated_at once there is one; together they
        # read every row (about 70 ms at 100,000 vacancies on SQLite).
        count = db.session.scalar(db.select(db.func.count()).select_from(Vacancy))
        latest = db.session.scalar(db.select(db.func.max(Vacancy.updated_at)))
        if state is None or state.reference != reference or count < state.vacancy_count:
            state = _states[_key()] = _build(reference)
        elif count != state.vacancy_count or latest != state.synced_at:
            query = db.select(Vacancy).options(joinedload(Vacancy.occupation))
            changed = db.session.scalars(
                query.where(Vacancy.updated_at >= state.synced_at) if state.synced_at else query
            ).all()
            for vacancy in changed:
                state.matcher.add_or_update(engine_vacancy(vacancy))
            state.synced_at, state.vacancy_count = latest, count
            state.clients.clear()
        return state


def reset() -> None:
    """Forget the fitted index (tests, or after a bulk import)."""
    with _lock:
        _states.clear()


def rank_vacancies(client: Client, k: int = 10) -> list[tuple[Vacancy, Match]]:
    """The best open vacancies for a client, with the vacancy rows (re-ranked when switched on)."""
    reranker = _active_reranker(client, date.today())
    engine = matcher()
    with _lock:
        engine.attach_reranker(reranker)
        try:
            matches = engine.rank_vacancies(client_profile(client), k=k)
        finally:
            engine.attach_reranker(None)
    rows = {
        v.id: v
        for v in db.session.scalars(
            db.select(Vacancy)
            .options(joinedload(Vacancy.employer))  # pages show the employer
            .where(Vacancy.id.in_([m.vacancy_id for m in matches]))
        )
    }
    return [(rows[m.vacancy_id], m) for m in matches if m.vacancy_id in rows]


def rank_clients(
    vacancy: Vacancy, clients: list[Client], k: int = 10
) -> list[tuple[Client, Match]]:
    """The best clients among `clients` for a vacancy (clients encoded once per change)."""
    state = _current()
    engine = state.matcher
    key = tuple(sorted(c.id for c in clients))
    fingerprint = tuple(sorted((c.id, c.updated_at) for c in clients))
    with _lock:
        cached = state.clients.get(key)
        if cached is None or cached[0] != fingerprint:
            wishes = _wishes([c.id for c in clients])
            profiles = [client_profile(c, wishes.get(c.id, [])) for c in clients]
            cached = (fingerprint, engine.index_clients(profiles))
            state.clients[key] = cached
    index = cached[1]
    by_id = {c.id: c for c in clients}
    matches = engine.rank_clients(engine_vacancy(vacancy), index, k=k)
    return [(by_id[m.client_id], m) for m in matches if m.client_id in by_id]


def rank_clients_in(
    vacancy: Vacancy, municipality_ids, k: int = 10, *, available_on: date | None = None
) -> list[tuple[Client, Match]]:
    """The best clients of `municipality_ids` whose case is open, for a vacancy.

    With `available_on`, clients placed or unavailable on that date are left out of the pool
    (`availability.available_conditions`).

    The same ranking as `rank_clients(vacancy, <those clients>, k)`, for pages that would
    otherwise load every client of a municipality on each request (2,500 rows at the issue-6
    scale, 25,000 at SPEC §7): whether the encoded pool is still current is asked with two
    aggregate queries, the pool is read only when it changed, and only the `k` best clients are
    loaded as rows.
    """
    state = _current()
    engine = state.matcher
    scope = sorted(set(municipality_ids))
    in_scope = (Client.municipality_id.in_(scope), Client.case_closed_at.is_(None))
    if available_on is not None:
        in_scope += availability.available_conditions(available_on)
    fingerprint = (
        tuple(
            db.session.execute(
                db.select(
                    db.func.count(Client.id), db.func.max(Client.updated_at), db.func.sum(Client.id)
                ).where(*in_scope)
            ).one()
        ),
        # Desired occupations change without touching the client row (no new updated_at).
        tuple(
            db.session.execute(
                db.select(db.func.count(ClientOccupation.id), db.func.max(ClientOccupation.id))
                .join(Client, ClientOccupation.client_id == Client.id)
                .where(*in_scope)
            ).one()
        ),
    )
    key = ("scope", *scope) if available_on is None else ("available", available_on, *scope)
    with _lock:
        cached = state.clients.get(key)
        if cached is None or cached[0] != fingerprint:
            clients = db.session.scalars(
                db.select(Client).where(*in_scope).order_by(Client.id)
            ).all()
            wishes = _wishes([c.id for c in clients])
            profiles = [client_profile(c, wishes.get(c.id, [])) for c in clients]
            cached = (fingerprint, engine.index_clients(profiles))
            state.clients[key] = cached
    matches = engine.rank_clients(engine_vacancy(vacancy), cached[1], k=k)
    rows = {
        c.id: c
        for c in db.session.scalars(
            db.select(Client).where(Client.id.in_([m.client_id for m in matches]))
        )
    }
    return [(rows[m.client_id], m) for m in matches if m.client_id in rows]


_WISH_CHUNK = 5_000  # ids per IN list (well below the parameter limits of SQLite and psycopg)


def _wishes(client_ids: list[int]) -> dict[int, list[tuple[str, str | None]]]:
    """Desired occupations (text, ESCO uri) of many clients in a few queries, instead of two
    lazy loads per client when their profiles are built."""
    wishes: dict[int, list[tuple[str, str | None]]] = {}
    for start in range(0, len(client_ids), _WISH_CHUNK):
        chunk = client_ids[start : start + _WISH_CHUNK]
        for client_id, text, uri in db.session.execute(
            db.select(ClientOccupation.client_id, ClientOccupation.text, Occupation.uri)
            .outerjoin(Occupation, ClientOccupation.occupation_id == Occupation.id)
            .where(ClientOccupation.client_id.in_(chunk))
            .order_by(ClientOccupation.id)
        ):
            wishes.setdefault(client_id, []).append((text, uri))
    return wishes


def explain(client: Client, vacancy: Vacancy) -> Explanation:
    """All reasons for one pair, including why it is excluded or not ranked higher."""
    return matcher().explain(client_profile(client), engine_vacancy(vacancy))


def compare_with_top(client: Client, vacancy: Vacancy) -> tuple[Comparison | None, Vacancy | None]:
    """'Waarom niet hoger?' factor by factor: `vacancy` beside the client's best open match."""
    top = rank_vacancies(client, k=1)
    if not top:
        return None, None
    best = top[0][0]
    comparison = matcher().compare(
        client_profile(client), engine_vacancy(vacancy), engine_vacancy(best)
    )
    return comparison, best


def suggest_occupations(text: str, limit: int = 10) -> list[str]:
    """Dutch ESCO labels for 'as you type' suggestions (empty without a taxonomy)."""
    taxonomy = matcher().taxonomy
    if taxonomy is None or not text.strip():
        return []
    return [s.label for s in taxonomy.suggest(text, limit=limit)]


# --- learning from jobhunter feedback (SPEC §6.1) -------------------------------------------

# A placement that still runs, or ran at least this long, counts as "hired and stayed".
STAYED_DAYS = 182
_OUTCOMES = {"proposed": "proposed", "invited": "invited", "rejected": "rejected", "hired": "hired"}


def feedback_for(municipality_id: int, today) -> list[Feedback]:
    """Every decision on proposals of the municipality's clients, as engine feedback."""
    from app.models import Placement, Proposal

    rows = db.session.execute(
        db.select(Proposal.client_id, Proposal.vacancy_id, Proposal.status, Proposal.reason)
        .join(Client, Proposal.client_id == Client.id)
        .where(Client.municipality_id == municipality_id)
    ).all()
    stayed = {
        (p.client_id, p.vacancy_id)
        for p in db.session.scalars(
            db.select(Placement)
            .join(Client, Placement.client_id == Client.id)
            .where(Client.municipality_id == municipality_id, Placement.vacancy_id.is_not(None))
        )
        if ((p.end_date or today) - p.start_date).days >= STAYED_DAYS
    }
    feedback = []
    for client_id, vacancy_id, status, reason in rows:
        outcome = _OUTCOMES.get(status)
        if outcome == "hired" and (client_id, vacancy_id) in stayed:
            outcome = "stayed"
        if outcome:
            feedback.append(Feedback(client_id, vacancy_id, outcome, reason or None))
    return feedback


@dataclass
class _Trained:
    fingerprint: tuple
    reranker: Reranker


_rerankers: dict[tuple[str, int], _Trained] = {}


def reranker_for(municipality_id: int, today) -> Reranker:
    """The re-ranker trained on a municipality's feedback, with its held-out report (cached
    until the feedback changes). Training never switches anything on by itself."""
    from app.models import Proposal

    fingerprint = db.session.execute(
        db.select(db.func.count(Proposal.id), db.func.max(Proposal.updated_at))
        .join(Client, Proposal.client_id == Client.id)
        .where(Client.municipality_id == municipality_id)
    ).one()
    key = (_key(), municipality_id)
    with _lock:
        cached = _rerankers.get(key)
        if cached is not None and cached.fingerprint == tuple(fingerprint):
            return cached.reranker
        engine = matcher()
        feedback = feedback_for(municipality_id, today)
        clients = db.session.scalars(
            db.select(Client).where(Client.id.in_({f.client_id for f in feedback}))
        ).all()
        vacancies = db.session.scalars(
            db.select(Vacancy).where(Vacancy.id.in_({f.vacancy_id for f in feedback}))
        ).all()
        features, relevance, groups = (
            engine.feedback_features(
                feedback,
                [client_profile(c) for c in clients],
                [engine_vacancy(v) for v in vacancies],
            )
            if feedback
            else (None, [], [])
        )
        if feedback:
            trained = Reranker.train(features, relevance, groups)
        else:
            trained = Reranker.train(np.zeros((0, 1)), np.zeros(0), [])
        _rerankers[key] = _Trained(tuple(fingerprint), trained)
        return trained


def _active_reranker(client: Client, today) -> Reranker | None:
    """The municipality's re-ranker when an admin switched it on and it beat the plain scorer."""
    municipality = client.municipality
    if not municipality.reranker_enabled:
        return None
    reranker = reranker_for(municipality.id, today)
    return reranker if reranker.enabled else None
