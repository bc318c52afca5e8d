"""Match lists and explanations for the pages (SPEC §6), part of the matching adapter.

Vacancies for a client (`rank_vacancies`, with the client's municipality's re-ranker when it is
switched on), clients for a vacancy (`rank_clients_in`: an encoded pool per municipality or
region; placed and unavailable clients dropped after ranking), and the reasons for
one pair (`explain`, `compare_with_top`: "waarom niet hoger?" beside the best match). The index
they ask is `app.services.matching_index`'s, brought up to date on every call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import joinedload

from app.extensions import db
from app.models import Client, ClientOccupation, Organisation, User, Vacancy
from app.models.changes import deletions
from app.services import availability, matching_index, matching_rerankers, matching_rows
from matching import ClientIndex, Comparison, Explanation, Match
from matching import Vacancy as EngineVacancy

log = logging.getLogger(__name__)


def rank_vacancies(
    client: Client,
    k: int = 10,
    *,
    pool: int | None = None,
    where: Callable[[EngineVacancy, float], bool] | None = None,
) -> list[tuple[Vacancy, Match]]:
    """The best open vacancies for a client, with the vacancy rows (re-ranked when switched on).

    With `where(vacancy, road_km)` (the engine's vacancy and the road distance, NaN when
    unknown): the first `k` of the `pool` best open vacancies that pass it, e.g. a page's
    filters; only those `k` are explained by the engine and loaded as rows.
    """
    today = date.today()
    reranker = matching_rerankers.active_reranker(client.municipality)
    # Vacancies past their closing date are closed even before `flask close-vacancies` has
    # run; the engine still has them as open, so ask for that many more and leave them out
    # (their ids: one range of ix_vacancies_status_closing_date).
    expired = set(
        db.session.scalars(
            db.select(Vacancy.id).where(Vacancy.status == "open", Vacancy.closing_date < today)
        )
    )
    ranked = max(pool or k, k)
    seen = kept = 0

    def keep(vacancy: EngineVacancy, road_km: float) -> bool:
        """In rank order: the open ones among the `ranked` best that pass `where`, `k` at most."""
        nonlocal seen, kept
        if vacancy.id in expired or seen >= ranked or kept >= k:
            return False
        seen += 1
        if where is not None and not where(vacancy, road_km):
            return False
        kept += 1
        return True

    matches = matching_index.matcher().rank_vacancies(
        matching_rows.client_profile(client),
        k=ranked + len(expired),
        reranker=reranker,
        keep=keep,
    )
    rows = {
        v.id: v
        for v in db.session.scalars(
            db.select(Vacancy)
            .options(joinedload(Vacancy.employer))  # pages show the employer
            .where(Vacancy.id.in_([m.vacancy_id for m in matches]), Vacancy.open_on(today))
        )
    }
    return [(rows[m.vacancy_id], m) for m in matches if m.vacancy_id in rows][:k]


def rank_clients_in(
    vacancy: Vacancy, municipality_ids, k: int = 10, *, available_on: date | None = None
) -> list[tuple[Client, Match]]:
    """The best clients of `municipality_ids` whose case is open, for a vacancy.

    With `available_on`, clients placed or unavailable on that date are left out
    (`availability.available_conditions`): the ranking is asked of the same pool of every open
    case that `warm()` prepares (no second pool to encode on a worker's first vacancy page), and
    the unavailable ones are dropped afterwards, as `rank_vacancies` drops vacancies past their
    closing date. When many of the best are dropped, the engine is asked again for more (twice
    as many each time) until `k` remain or the pool has no more.

    The same ranking as encoding those clients and asking the engine, for pages that would
    otherwise load every client of a municipality on each request (2,500 rows at the issue-6
    scale, 25,000 at SPEC §7): whether the encoded pool is still current is asked from indexes
    (and of the scope's rows only after a client changed anywhere, `client_pool`), the pool is
    read only when it changed, and only the `k` best clients are loaded as rows.
    """
    if k <= 0:
        return []
    state = matching_index.current()
    pool = client_pool(state, municipality_ids)
    query = matching_rows.engine_vacancy(vacancy)
    conditions = () if available_on is None else availability.available_conditions(available_on)
    asked = k if available_on is None else 2 * k
    while True:
        matches = state.matcher.rank_clients(query, pool, k=asked, reranker=None)
        rows = {
            c.id: c
            for c in db.session.scalars(
                db.select(Client).where(Client.id.in_([m.client_id for m in matches]), *conditions)
            )
        }
        kept = [(rows[m.client_id], m) for m in matches if m.client_id in rows]
        if len(kept) >= k or len(matches) < asked:
            return kept[:k]
        asked *= 2


def _clients_anywhere() -> tuple:
    """Clients and desired occupations of the whole database: rows ever deleted (counted by the
    database), highest id and newest change, in one round trip answered from indexes and a
    small table (any insert, delete or ORM change moves one of them)."""

    def scalar(statement):
        return statement.scalar_subquery()

    return tuple(
        db.session.execute(
            db.select(
                scalar(deletions(Client)),
                scalar(db.select(db.func.max(Client.id))),
                scalar(db.select(db.func.max(Client.updated_at))),
                scalar(deletions(ClientOccupation)),
                scalar(db.select(db.func.max(ClientOccupation.id))),
            )
        ).one()
    )


def client_pool(state: matching_index.State, municipality_ids) -> ClientIndex:
    """The encoded pool of open cases of `municipality_ids`, encoded again only when one of
    them changed. When no client anywhere changed since the pool was checked (one query on
    indexes) it is used as it is; otherwise the scope's own rows are asked (two aggregate
    queries over the scope) and the pool is encoded again only if they differ."""
    scope = sorted(set(municipality_ids))
    key = ("scope", *scope)
    anywhere = _clients_anywhere()
    with matching_index.lock:
        cached = state.clients.get(key)
    if cached is not None and cached[0] == anywhere:
        return cached[2]
    in_scope = (Client.municipality_id.in_(scope), Client.case_closed_at.is_(None))
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
    with matching_index.lock:
        cached = state.clients.get(key)
        if cached is None or cached[1] != fingerprint:
            pool = state.matcher.index_clients(matching_rows.pool_profiles(in_scope))
        else:
            pool = cached[2]  # changes elsewhere only: the scope's pool still holds
        # `anywhere` was read before the scope's rows: a change in between is seen next time.
        state.clients[key] = (anywhere, fingerprint, pool)
    return pool


def jobhunter_scopes() -> list[set[int]]:
    """The municipality ids whose clients each jobhunter's vacancy page ranks: the own
    municipality, or a region with its members (as `app.security.staff_scope`)."""
    scopes: list[set[int]] = []
    organisations = db.session.scalars(
        db.select(Organisation).where(
            Organisation.id.in_(db.select(User.organisation_id).where(User.role == "jobhunter"))
        )
    ).all()
    for organisation in organisations:
        if organisation.kind == "region":
            scope = organisation.served_organisation_ids()
        elif organisation.region is not None:
            scope = organisation.region.served_organisation_ids()
        else:
            scope = {organisation.id}
        if scope not in scopes:
            scopes.append(scope)
    return scopes


def warm() -> dict:
    """Load (or fit) the index and encode every jobhunter scope's client pool now, e.g. in
    gunicorn's master process before it forks its workers (gunicorn.conf.py): the workers then
    start with both in memory, shared copy-on-write."""
    started = time.perf_counter()
    state = matching_index.current()
    scopes = jobhunter_scopes()
    for scope in scopes:
        client_pool(state, scope)
    log.info(
        "matching: index (%s) and %d client pools ready in %.1f s",
        state.loaded_from,
        len(scopes),
        matching_index.since(started),
    )
    return {
        "loaded_from": state.loaded_from,
        "pools": len(scopes),
        "seconds": matching_index.since(started),
    }


def explain(client: Client, vacancy: Vacancy) -> Explanation:
    """All reasons for one pair, including why it is excluded or not ranked higher (with the
    re-ranker the client's match list uses, so the score is the one the list showed)."""
    return matching_index.matcher().explain(
        matching_rows.client_profile(client),
        matching_rows.engine_vacancy(vacancy),
        reranker=matching_rerankers.active_reranker(client.municipality),
    )


def compare_with_top(client: Client, vacancy: Vacancy) -> tuple[Comparison | None, Vacancy | None]:
    """'Waarom niet hoger?' factor by factor: `vacancy` beside the client's best open match
    (with the re-ranker the client's match list uses)."""
    top = rank_vacancies(client, k=1)
    if not top:
        return None, None
    best = top[0][0]
    comparison = matching_index.matcher().compare(
        matching_rows.client_profile(client),
        matching_rows.engine_vacancy(vacancy),
        matching_rows.engine_vacancy(best),
        reranker=matching_rerankers.active_reranker(client.municipality),
    )
    return comparison, best
