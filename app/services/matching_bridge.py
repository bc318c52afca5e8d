"""The one place where database rows meet the matching engine (SPEC §6).

**One index, brought up to date per call.** Each worker process keeps one fitted
:class:`matching.Matcher` per database. Before every use it reads the *data version* in one
round trip (:func:`data_version`: the number and newest change of the occupations, postcode
areas, approved title corrections and vacancies) and

* rebuilds the index when occupations or postcodes changed (a new taxonomy);
* switches to a taxonomy with the newly approved title corrections and re-resolves the
  vacancies they concern when only the corrections changed;
* feeds only the changed vacancies to the index (`add_or_update` / `remove`) when vacancies
  changed, so several gunicorn workers stay consistent without sharing memory.

Every jobhunter may propose every open vacancy (`app.security`: vacancies are shared regional
data), so the vacancy index of a municipality or region is the installation's index: one per
process, shared by every scope. What differs per scope is the pool of clients
(`rank_clients_in` keeps one encoded pool per municipality or region) and the re-ranker.

**Saved index.** A freshly started worker does not fit 100,000 vacancies (30-40 s): it loads
the index saved in `MATCHING_SNAPSHOT_DIR` (a pickle signed with the secret key), chosen by
the reference part of the data version and the database, and then applies the vacancies that
changed after the index was saved, exactly as above; an index from other reference data, or
one that is ahead of the database (a restored backup), is never used. A worker that had to
fit writes the saved index; `flask matching-snapshot` refreshes it (deploy, nightly).

**Re-rankers** are trained only by `flask train-reranker` (app.services.reranker_training)
and stored per municipality; each call picks the client's municipality's stored re-ranker when
a beheerder switched it on and it beat the plain scorer. The shared matcher is never changed.

Client profiles never carry names, BSNs or health details into the engine, and a saved index
holds vacancies only.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import os
import pickle  # noqa: S403 - only our own signed files and rows are loaded (see _unsigned)
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import joinedload

from app.extensions import db
from app.models import (
    Client,
    ClientOccupation,
    Occupation,
    Organisation,
    PostcodeArea,
    RerankerModel,
    TitleCorrection,
    User,
    Vacancy,
)
from app.services import availability
from matching import (
    ClientIndex,
    ClientProfile,
    Comparison,
    Explanation,
    Match,
    Matcher,
    PostcodeIndex,
    Reranker,
    RerankerReport,
    Taxonomy,
)
from matching import Vacancy as EngineVacancy

log = logging.getLogger(__name__)

EDUCATION = {"none": "geen startkwalificatie"}
SNAPSHOT_FORMAT = 1
# Vacancies changed this long before the newest change the index saw are read again when it
# syncs: a transaction that committed late with an older `updated_at` is not missed.
SYNC_OVERLAP = timedelta(minutes=5)
_lock = threading.RLock()


# --------------------------------------------------------------------------- configuration


@dataclass
class _Settings:
    snapshot_dir: Path | None = None
    secret: bytes = b""


_settings: dict[str, _Settings] = {}


def _url_key(url) -> str:
    return make_url(str(url)).render_as_string(hide_password=True)


def configure(database_url: str, *, snapshot_dir: str | None, secret: str) -> None:
    """Where the saved index of this database lives (None: never saved) and the key that signs
    it. Called by `create_app`."""
    _settings[_url_key(database_url)] = _Settings(
        Path(snapshot_dir) if snapshot_dir else None, secret.encode()
    )


def _key() -> str:
    return _url_key(db.engine.url)


def _config() -> _Settings:
    return _settings.get(_key()) or _Settings()


# --------------------------------------------------------------------------- rows -> engine


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


# --------------------------------------------------------------------------- data version


def _stamp(value) -> str | None:
    """A timestamp as comparable text (SQLite returns text for max(), PostgreSQL datetimes)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:  # SQLite drops the offset; the application writes UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


@dataclass(frozen=True)
class DataVersion:
    """What the matching index depends on, read in one round trip.

    `reference` (occupations and postcode areas: number and newest change) decides which
    taxonomy and saved index fit; `corrections` (approved title corrections: number, newest
    review, id sum) which corrections the taxonomy holds; `vacancies` (number, highest id,
    newest change) whether vacancies must be synced. Any change to a vacancy, occupation or
    postcode area changes it (their `updated_at`, set on every ORM change).
    """

    reference: tuple
    corrections: tuple
    vacancies: tuple

    @property
    def vacancy_count(self) -> int:
        return self.vacancies[0]

    @property
    def newest_vacancy_change(self) -> str | None:
        return self.vacancies[2]


def data_version() -> DataVersion:
    """The current data version (one query of aggregates, each answered from an index or a
    small table)."""

    def scalar(statement):
        return statement.scalar_subquery()

    approved = TitleCorrection.status == "approved"
    row = db.session.execute(
        db.select(
            scalar(db.select(db.func.count(Occupation.id))),
            scalar(db.select(db.func.max(Occupation.updated_at))),
            scalar(db.select(db.func.count(PostcodeArea.pc4))),
            scalar(db.select(db.func.max(PostcodeArea.updated_at))),
            scalar(db.select(db.func.count(TitleCorrection.id)).where(approved)),
            scalar(db.select(db.func.max(TitleCorrection.reviewed_at)).where(approved)),
            scalar(db.select(db.func.sum(TitleCorrection.id)).where(approved)),
            scalar(db.select(db.func.count(Vacancy.id))),
            scalar(db.select(db.func.max(Vacancy.id))),
            scalar(db.select(db.func.max(Vacancy.updated_at))),
        )
    ).one()
    return DataVersion(
        (row[0] or 0, _stamp(row[1]), row[2] or 0, _stamp(row[3])),
        (row[4] or 0, _stamp(row[5]), int(row[6] or 0)),
        (row[7] or 0, row[8] or 0, _stamp(row[9])),
    )


# --------------------------------------------------------------------------- state


@dataclass
class _State:
    version: DataVersion
    matcher: Matcher
    base_taxonomy: Taxonomy | None  # with the postcode table's places, without corrections
    loaded_from: str = "fit"  # "fit" or "snapshot" (shown in logs and the benchmark)
    saved_version: DataVersion | None = None  # of the saved index this state was read or written
    # Encoded client pools, by the ids in the pool: (fingerprint, index).
    clients: dict[tuple, tuple[tuple, ClientIndex]] = field(default_factory=dict)
    # Correction key of each vacancy without an occupation code (filled on first need).
    uncoded_keys: dict[int, str | None] | None = None
    corrections: dict[str, tuple[str, ...]] = field(default_factory=dict)


# One state per database (tests and the browser tests' live server use different ones).
_states: dict[str, _State] = {}
# Stored re-rankers loaded from `reranker_models`, by row id.
_rerankers: dict[int, Reranker] = {}


def reset() -> None:
    """Forget everything this process holds: fitted indexes, client pools, loaded re-rankers
    (as a freshly started worker). Saved indexes on disk stay; see `remove_snapshots`."""
    with _lock:
        _states.clear()
        _rerankers.clear()


def remove_snapshots() -> int:
    """Delete this database's saved indexes; returns how many files were removed."""
    folder = _config().snapshot_dir
    if folder is None or not folder.is_dir():
        return 0
    removed = 0
    for path in folder.glob(f"{_file_prefix()}*"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def matcher() -> Matcher:
    """The fitted matcher, brought up to date with the database."""
    return _current().matcher


def state_info() -> dict:
    """How the current index came about (for the command line and the benchmark)."""
    state = _current()
    return {
        "vacancies": len(state.matcher),
        "loaded_from": state.loaded_from,
        "version": state.version,
    }


def _current() -> _State:
    with _lock:
        version = data_version()
        state = _states.get(_key())
        if state is None or state.version.reference != version.reference:
            state = _load_snapshot(version) or _build(version)
            _states[_key()] = state
        if state.version.corrections != version.corrections:
            _apply_corrections(state, version)
        if state.version.vacancies != version.vacancies:
            _sync_vacancies(state, version)
        return state


def _reference_data() -> tuple[Taxonomy | None, PostcodeIndex | None]:
    postcodes = None
    rows = db.session.execute(
        db.select(
            PostcodeArea.pc4, PostcodeArea.latitude, PostcodeArea.longitude, PostcodeArea.place
        )
    ).all()
    if rows:
        postcodes = PostcodeIndex.from_rows(rows)
    taxonomy = None
    occupations = db.session.execute(
        db.select(
            Occupation.uri,
            Occupation.isco_group,
            Occupation.preferred_label,
            Occupation.alt_labels,
            Occupation.description,
            Occupation.hidden_labels,
        )
    ).all()
    if occupations:
        taxonomy = Taxonomy.from_rows(occupations)
        if postcodes is not None:
            # Titles lose the place names of the postcode table ("Chauffeur Afvalinzameling Oss").
            taxonomy = taxonomy.with_places(postcodes.places)
    return taxonomy, postcodes


def approved_corrections() -> dict[str, tuple[str, ...]]:
    """Approved title corrections as `{title: (occupation uri,)}`, the latest review last
    (it wins when two corrections reduce to the same job phrase)."""
    rows = db.session.execute(
        db.select(TitleCorrection.title, Occupation.uri)
        .join(Occupation, TitleCorrection.occupation_id == Occupation.id)
        .where(TitleCorrection.status == "approved")
        .order_by(TitleCorrection.reviewed_at, TitleCorrection.id)
    ).all()
    corrections: dict[str, tuple[str, ...]] = {}
    for title, uri in rows:
        corrections.pop(title, None)
        corrections[title] = (uri,)
    return corrections


def _vacancy_rows(query):
    # The occupation is read for every vacancy (its ESCO uri): one join, not one query each.
    return db.session.scalars(query.options(joinedload(Vacancy.occupation))).all()


_VACANCY_COLUMNS = (
    Vacancy.id,
    Vacancy.title,
    Vacancy.description,
    Vacancy.skills,
    Vacancy.wished_skills,
    Vacancy.hours_min,
    Vacancy.hours_max,
    Vacancy.postcode,
    Vacancy.driving_licence,
    Vacancy.physical_load,
    Occupation.uri,
    Vacancy.kind,
    Vacancy.status,
    Vacancy.language_level,
    Vacancy.education_level,
    Vacancy.banenafspraak_suitable,
)


def _all_engine_vacancies() -> list[EngineVacancy]:
    """Every vacancy as the engine's dataclass, read as plain columns in chunks of 5,000 (no
    100,000 ORM objects in memory at once)."""
    vacancies: list[EngineVacancy] = []
    last = 0
    while True:
        rows = db.session.execute(
            db.select(*_VACANCY_COLUMNS)
            .outerjoin(Occupation, Vacancy.occupation_id == Occupation.id)
            .where(Vacancy.id > last)
            .order_by(Vacancy.id)
            .limit(5000)
        ).all()
        if not rows:
            return vacancies
        for row in rows:
            id_, title, description, skills, wished, hmin, hmax, postcode, licence, load = row[:10]
            uri, kind, status, language, education, banenafspraak = row[10:]
            vacancies.append(
                EngineVacancy(
                    id=id_,
                    title=title,
                    description=description or "",
                    skills=tuple(skills or ()),
                    wished_skills=tuple(wished or ()),
                    hours_min=float(hmin) if hmin is not None else None,
                    hours_max=float(hmax) if hmax is not None else None,
                    postcode=postcode,
                    driving_licence=bool(licence),
                    physical_load=load,
                    occupation_code=uri,
                    kind=kind,
                    status=status,
                    language_level=language,
                    education_level=EDUCATION.get(education, education),
                    banenafspraak=banenafspraak,
                )
            )
        last = rows[-1][0]


def _build(version: DataVersion) -> _State:
    """Fit a new index over every vacancy (and save it for the next worker)."""
    started = time.perf_counter()
    taxonomy, postcodes = _reference_data()
    corrections = approved_corrections() if taxonomy is not None else {}
    full = taxonomy.with_corrections(corrections) if corrections else taxonomy
    engine = Matcher(taxonomy=full, postcodes=postcodes)
    vacancies = _all_engine_vacancies()
    engine.fit(vacancies)
    if full is not None:
        full.prepare()  # saved with the index: a started worker does not build it again
    # The version was read before the rows: rows changed meanwhile are newer than it and are
    # read again at the next sync.
    state = _State(version, engine, taxonomy, corrections=corrections)
    log.info("matching: index of %d vacancies fitted in %.1f s", len(vacancies), _since(started))
    _save_snapshot(state)
    return state


def _since(started: float) -> float:
    return time.perf_counter() - started


def _sync_vacancies(state: _State, version: DataVersion) -> None:
    """Bring the index up to `version`: changed vacancies again, deleted ones out."""
    engine = state.matcher
    since = state.version.newest_vacancy_change
    query = db.select(Vacancy)
    if since is not None:
        query = query.where(Vacancy.updated_at >= datetime.fromisoformat(since) - SYNC_OVERLAP)
    for vacancy in _vacancy_rows(query):
        engine.add_or_update(engine_vacancy(vacancy))
        if state.uncoded_keys is not None:  # its key again when the corrections change next
            state.uncoded_keys = None
    if len(engine) != version.vacancy_count:
        # Deleted rows (or a row that slipped through): compare the sets of ids.
        ids = set(db.session.scalars(db.select(Vacancy.id)))
        indexed = {v.id for v in engine.vacancies}
        for gone in indexed - ids:
            engine.remove(gone)
        missing = ids - indexed
        if missing:
            for vacancy in _vacancy_rows(db.select(Vacancy).where(Vacancy.id.in_(missing))):
                engine.add_or_update(engine_vacancy(vacancy))
    state.version = DataVersion(
        state.version.reference, state.version.corrections, version.vacancies
    )


def _apply_corrections(state: _State, version: DataVersion) -> None:
    """Use the approved corrections from now on, for suggestions and for the vacancies without
    an occupation code whose title they concern (no refit)."""
    base = state.base_taxonomy
    corrections = approved_corrections() if base is not None else {}
    if base is not None and corrections != state.corrections:
        engine = state.matcher
        updated = base.with_corrections(corrections)
        resolver = updated.title_resolver()
        titles = set(corrections) | set(state.corrections)
        changed = {
            resolver.correction_key(t)
            for t in titles
            if corrections.get(t) != state.corrections.get(t)
        }
        engine.use_taxonomy(updated)
        if state.uncoded_keys is None:
            state.uncoded_keys = {
                v.id: resolver.correction_key(v.title)
                for v in engine.vacancies
                if updated.position(v.occupation_code) is None
            }
        affected = {i for i, key in state.uncoded_keys.items() if key in changed}
        for vacancy in engine.vacancies if affected else ():
            if vacancy.id in affected:
                engine.add_or_update(vacancy)
        state.corrections = corrections
        state.clients.clear()
    state.version = DataVersion(
        state.version.reference, version.corrections, state.version.vacancies
    )


# --------------------------------------------------------------------------- saved index


def _file_prefix() -> str:
    return "matching-" + hashlib.sha256(_key().encode()).hexdigest()[:12] + "-"


def _snapshot_path(version: DataVersion) -> Path | None:
    folder = _config().snapshot_dir
    if folder is None:
        return None
    reference = hashlib.sha256(repr(version.reference).encode()).hexdigest()[:16]
    return folder / f"{_file_prefix()}{reference}.pickle"


def _sign(payload: bytes) -> str:
    return hmac.new(_config().secret, payload, hashlib.sha256).hexdigest()


def _unsigned(blob: bytes) -> bytes | None:
    """The payload of a signed blob, or None when the signature does not match."""
    signature, _, payload = blob.partition(b"\n")
    expected = _sign(payload)
    if not _config().secret or not hmac.compare_digest(
        signature.decode(errors="replace"), expected
    ):
        return None
    return payload


def _save_snapshot(state: _State) -> Path | None:
    """Write the index (atomically) for workers that start later; other versions are removed."""
    path = _snapshot_path(state.version)
    if path is None or not _config().secret:
        return None
    started = time.perf_counter()
    payload = pickle.dumps(
        {
            "format": SNAPSHOT_FORMAT,
            "version": state.version,
            "corrections": state.corrections,
            "base_taxonomy": state.base_taxonomy,
            "matcher": state.matcher,
        },
        protocol=5,
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(_sign(payload).encode() + b"\n")
            handle.write(payload)
            temporary = Path(handle.name)
        os.replace(temporary, path)
    except OSError as error:  # a full disk must not break the page: the next worker fits
        log.warning("matching: index not saved to %s: %s", path, error)
        return None
    for other in path.parent.glob(f"{_file_prefix()}*.pickle"):
        if other != path:
            other.unlink(missing_ok=True)
    state.saved_version = state.version
    log.info("matching: index saved to %s in %.1f s", path, _since(started))
    return path


def _load_snapshot(version: DataVersion) -> _State | None:
    """The saved index for this reference data, when there is one that is not ahead of the
    database; it is then synced like any older index."""
    path = _snapshot_path(version)
    if path is None or not path.is_file():
        return None
    started = time.perf_counter()
    try:
        payload = _unsigned(path.read_bytes())
        if payload is None:
            log.warning("matching: %s is not signed with this secret key; not used", path)
            return None
        saved = pickle.loads(payload)  # noqa: S301 - signed by this installation (above)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as error:
        log.warning("matching: saved index %s not readable (%s); fitting again", path, error)
        return None
    if saved.get("format") != SNAPSHOT_FORMAT or saved["version"].reference != version.reference:
        return None
    count, highest, newest = saved["version"].vacancies
    if highest > version.vacancies[1] or (
        newest is not None and (version.newest_vacancy_change or "") < newest
    ):
        log.warning("matching: saved index is newer than the database; fitting again")
        return None
    state = _State(
        saved["version"],
        saved["matcher"],
        saved["base_taxonomy"],
        loaded_from="snapshot",
        saved_version=saved["version"],
        corrections=saved["corrections"],
    )
    log.info("matching: index of %d vacancies loaded in %.1f s", count, _since(started))
    return state


def save_snapshot() -> tuple[Path | None, bool]:
    """Bring the index up to date and save it unless the saved one is as new; for
    `flask matching-snapshot`. Returns (path, written)."""
    with _lock:
        before = _states.get(_key())
        state = _current()
        path = _snapshot_path(state.version)
        if path is None:
            return None, False
        if state.saved_version == state.version and path.is_file():
            # Saved just now when the index had to be fitted (a new state), else before.
            return path, state is not before and state.loaded_from == "fit"
        return _save_snapshot(state), True


# --------------------------------------------------------------------------- ranking


def rank_vacancies(client: Client, k: int = 10) -> list[tuple[Vacancy, Match]]:
    """The best open vacancies for a client, with the vacancy rows (re-ranked when switched on)."""
    today = date.today()
    reranker = active_reranker(client.municipality)
    # Vacancies past their closing date are closed even before `flask close-vacancies` has
    # run; the engine still has them as open, so ask for that many more and leave them out.
    expired = db.session.scalar(
        db.select(db.func.count(Vacancy.id)).where(
            Vacancy.status == "open", Vacancy.closing_date < today
        )
    )
    matches = matcher().rank_vacancies(
        client_profile(client), k=k + (expired or 0), reranker=reranker
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
    matches = engine.rank_clients(engine_vacancy(vacancy), index, k=k, reranker=None)
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
    pool = _client_pool(state, municipality_ids, available_on)
    matches = state.matcher.rank_clients(engine_vacancy(vacancy), pool, k=k, reranker=None)
    rows = {
        c.id: c
        for c in db.session.scalars(
            db.select(Client).where(Client.id.in_([m.client_id for m in matches]))
        )
    }
    return [(rows[m.client_id], m) for m in matches if m.client_id in rows]


def _client_pool(state: _State, municipality_ids, available_on: date | None = None) -> ClientIndex:
    """The encoded pool of open cases of `municipality_ids` (only those available on
    `available_on` when given), encoded again only when one of them changed (asked with two
    aggregate queries)."""
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
            cached = (fingerprint, state.matcher.index_clients(_pool_profiles(in_scope)))
            state.clients[key] = cached
    return cached[1]


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
    state = _current()
    scopes = jobhunter_scopes()
    for scope in scopes:
        _client_pool(state, scope)
    log.info(
        "matching: index (%s) and %d client pools ready in %.1f s",
        state.loaded_from,
        len(scopes),
        _since(started),
    )
    return {"loaded_from": state.loaded_from, "pools": len(scopes), "seconds": _since(started)}


_PROFILE_COLUMNS = (
    Client.id,
    Client.skills,
    Client.certificates,
    Client.experience,
    Client.hours_min,
    Client.hours_max,
    Client.postcode,
    Client.max_travel_km,
    Client.max_travel_minutes,
    Client.driving_licences,
    Client.max_load,
    Client.language_level,
    Client.education_level,
    Client.banenafspraak,
)


def _pool_profiles(where) -> list[ClientProfile]:
    """The engine profiles of the clients matching `where`, read as plain columns (what
    `client_profile` reads, without loading 25,000 client records as objects)."""
    rows = db.session.execute(db.select(*_PROFILE_COLUMNS).where(*where).order_by(Client.id)).all()
    wishes = _wishes([row[0] for row in rows])
    profiles = []
    for row in rows:
        id_, skills, certificates, experience, hmin, hmax, postcode, km, minutes = row[:9]
        licences, load, language, education, banenafspraak = row[9:]
        own = wishes.get(id_, [])
        profiles.append(
            ClientProfile(
                id=id_,
                desired_occupations=tuple(text for text, _uri in own),
                desired_occupation_codes=tuple(uri for _text, uri in own if uri),
                skills=tuple(skills or ()) + tuple(certificates or ()),
                experience=experience or "",
                hours_min=float(hmin) if hmin is not None else None,
                hours_max=float(hmax) if hmax is not None else None,
                postcode=postcode,
                max_travel_km=km,
                max_travel_minutes=minutes,
                driving_licence=tuple(licences or ()),
                max_load=load,
                language_level=language,
                education_level=EDUCATION.get(education, education),
                banenafspraak=banenafspraak,
            )
        )
    return profiles


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
    """All reasons for one pair, including why it is excluded or not ranked higher (with the
    re-ranker the client's match list uses, so the score is the one the list showed)."""
    return matcher().explain(
        client_profile(client),
        engine_vacancy(vacancy),
        reranker=active_reranker(client.municipality),
    )


def compare_with_top(client: Client, vacancy: Vacancy) -> tuple[Comparison | None, Vacancy | None]:
    """'Waarom niet hoger?' factor by factor: `vacancy` beside the client's best open match
    (with the re-ranker the client's match list uses)."""
    top = rank_vacancies(client, k=1)
    if not top:
        return None, None
    best = top[0][0]
    comparison = matcher().compare(
        client_profile(client),
        engine_vacancy(vacancy),
        engine_vacancy(best),
        reranker=active_reranker(client.municipality),
    )
    return comparison, best


# --------------------------------------------------------------------------- occupations


def taxonomy() -> Taxonomy | None:
    """The taxonomy the index resolves with (places and approved corrections included)."""
    return matcher().taxonomy


def suggest_occupations(text: str, limit: int = 10) -> list[str]:
    """Dutch ESCO labels for 'as you type' suggestions, best first (empty without a taxonomy):
    the occupation a whole title resolves to first, then a label equal to the text, then
    labels starting with it (see `Taxonomy.suggest`); a label several occupations share is
    shown with its occupation: "tuinman (hovenier)"."""
    tax = taxonomy()
    if tax is None or not text.strip():
        return []
    shared = shared_labels(tax)
    return [
        s.display if s.label.lower() in shared else s.label for s in tax.suggest(text, limit=limit)
    ]


_shared_labels: dict[int, tuple[tuple, frozenset[str]]] = {}


def shared_labels(tax: Taxonomy) -> frozenset[str]:
    """Lower-case labels that more than one occupation carries ("tuinman": hovenier, medewerker
    groenvoorziening, botanicus): a suggestion with such a label names its occupation too."""
    occupations = tax.occupations  # shared by the copies with places or corrections
    cached = _shared_labels.get(id(occupations))
    if cached is None or cached[0] is not occupations:
        owners: dict[str, int] = {}
        for occupation in occupations:
            for label, kind in occupation.labels():
                if kind != "hidden":
                    owners[label.lower()] = owners.get(label.lower(), 0) + 1
        if len(_shared_labels) > 4:
            _shared_labels.clear()
        cached = _shared_labels[id(occupations)] = (
            occupations,
            frozenset(label for label, count in owners.items() if count > 1),
        )
    return cached[1]


def resolve_title(title: str, description: str = "", k: int = 3) -> list[tuple[str, float]]:
    """The occupations (ESCO uri, score) a vacancy title names, best first."""
    tax = taxonomy()
    if tax is None or not (title or "").strip():
        return []
    return tax.resolve_title(title, description, k=k)


def correction_key(title: str) -> str | None:
    """The job phrase a title reduces to (the key a correction of it is stored under)."""
    tax = taxonomy()
    if tax is None:
        return None
    return tax.title_resolver().correction_key(title or "")


# --------------------------------------------------------------------------- re-rankers


def sign(payload: bytes) -> str:
    """Signature of a stored model (HMAC-SHA256 with the secret key)."""
    return _sign(payload)


def stored_reranker(row: RerankerModel) -> Reranker | None:
    """The re-ranker of a stored row, when it beat the plain scorer and its signature is ours."""
    if not row.better or not row.model:
        return None
    with _lock:
        cached = _rerankers.get(row.id)
        if cached is not None:
            return cached
        if not hmac.compare_digest(row.signature or "", _sign(row.model)):
            log.warning("matching: re-ranker %s is not signed with this key; ignored", row.id)
            return None
        model = pickle.load(io.BytesIO(row.model))  # noqa: S301 - signed by us (above)
        reranker = Reranker(model, report_of(row))
        if len(_rerankers) > 256:
            _rerankers.clear()
        _rerankers[row.id] = reranker
        return reranker


def report_of(row: RerankerModel) -> RerankerReport:
    """The held-out report of a stored re-ranker (NaN where a figure is missing)."""
    nan = float("nan")

    def figure(value):
        return nan if value is None else float(value)

    return RerankerReport(
        bool(row.better),
        row.reason,
        row.n_feedback,
        row.n_train,
        row.n_test,
        row.n_test_clients,
        figure(row.ndcg_plain),
        figure(row.ndcg_model),
        figure(row.auc_plain),
        figure(row.auc_model),
        row.model_kind,
    )


def latest_model(municipality_id: int) -> RerankerModel | None:
    """The newest stored re-ranker of a municipality (the one in use)."""
    return db.session.scalars(
        db.select(RerankerModel)
        .where(RerankerModel.municipality_id == municipality_id)
        .order_by(RerankerModel.id.desc())
        .limit(1)
    ).first()


def active_reranker(municipality) -> Reranker | None:
    """The municipality's stored re-ranker when a beheerder switched it on and it beat the plain
    scorer on held-out feedback; otherwise None (the plain scorer)."""
    if municipality is None or not municipality.reranker_enabled:
        return None
    row = latest_model(municipality.id)
    return stored_reranker(row) if row is not None else None
