"""The matching index of this process and its saved copy (SPEC §6), part of the matching adapter.

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
process, shared by every scope. What differs per scope is the pool of clients (kept in the
state, see `app.services.matching_ranking`) and the re-ranker (`app.services.matching_rerankers`).

**Saved index.** A freshly started worker does not fit 100,000 vacancies (30-40 s): it loads
the index saved in `MATCHING_SNAPSHOT_DIR` (a pickle signed with the secret key), chosen by
the reference part of the data version and the database, and then applies the vacancies that
changed after the index was saved, exactly as above; an index from other reference data, from
another release of the engine (its code or variant list: titles were resolved by other rules),
or one that is ahead of the database (a restored backup), is never used. A worker that had to
fit writes the saved index; `flask matching-snapshot` refreshes it (deploy, nightly).

The matching adapter is five modules: `matching_rows` (rows -> engine objects), this one,
`matching_ranking` (match lists and explanations for the pages), `matching_taxonomy`
(occupation suggestions and title resolution) and `matching_rerankers` (stored re-rankers).
A saved index holds vacancies only.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import pickle  # noqa: S403 - only our own signed files and rows are loaded (see _unsigned)
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import joinedload

import matching
from app.extensions import db
from app.models import Occupation, PostcodeArea, TitleCorrection, Vacancy
from app.models.changes import deletions
from app.services import matching_rows
from matching import ClientIndex, Matcher, PostcodeIndex, Reranker, Taxonomy

log = logging.getLogger(__name__)

SNAPSHOT_FORMAT = 2  # 2: a version holds deleted vacancies, not all
# Vacancies changed this long before the newest change the index saw are read again when it
# syncs: a transaction that committed late with an older `updated_at` is not missed.
SYNC_OVERLAP = timedelta(minutes=5)
lock = threading.RLock()


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
    review, id sum) which corrections the taxonomy holds; `vacancies` (rows ever deleted,
    highest id, newest change) whether vacancies must be synced. Any change to a vacancy,
    occupation or postcode area changes it (their `updated_at`, set on every ORM change; a
    deleted vacancy through the count the database keeps, `app.models.changes`).
    """

    reference: tuple
    corrections: tuple
    vacancies: tuple

    @property
    def vacancies_deleted(self) -> int:
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
            # count(*), not count(column): SQLite then counts the smallest index's entries
            # instead of reading a column of every row (100,000 vacancies: 1 ms instead of 5);
            # the newest changes come from the indexes on updated_at.
            scalar(db.select(db.func.count()).select_from(Occupation)),
            scalar(db.select(db.func.max(Occupation.updated_at))),
            scalar(db.select(db.func.count()).select_from(PostcodeArea)),
            scalar(db.select(db.func.max(PostcodeArea.updated_at))),
            scalar(db.select(db.func.count(TitleCorrection.id)).where(approved)),
            scalar(db.select(db.func.max(TitleCorrection.reviewed_at)).where(approved)),
            scalar(db.select(db.func.sum(TitleCorrection.id)).where(approved)),
            scalar(deletions(Vacancy)),
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
class State:
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
_states: dict[str, State] = {}
# Stored re-rankers loaded from `reranker_models`, by row id (app.services.matching_rerankers).
loaded_rerankers: dict[int, Reranker] = {}


def reset() -> None:
    """Forget everything this process holds: fitted indexes, client pools, loaded re-rankers
    (as a freshly started worker). Saved indexes on disk stay; see `remove_snapshots`."""
    with lock:
        _states.clear()
        loaded_rerankers.clear()


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
    return current().matcher


def state_info() -> dict:
    """How the current index came about (for the command line and the benchmark)."""
    state = current()
    return {
        "vacancies": len(state.matcher),
        "loaded_from": state.loaded_from,
        "version": state.version,
    }


def current() -> State:
    with lock:
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


def _build(version: DataVersion) -> State:
    """Fit a new index over every vacancy (and save it for the next worker)."""
    started = time.perf_counter()
    taxonomy, postcodes = _reference_data()
    corrections = approved_corrections() if taxonomy is not None else {}
    full = taxonomy.with_corrections(corrections) if corrections else taxonomy
    engine = Matcher(taxonomy=full, postcodes=postcodes)
    vacancies = matching_rows.all_engine_vacancies()
    engine.fit(vacancies)
    if full is not None:
        full.prepare()  # saved with the index: a started worker does not build it again
    # The version was read before the rows: rows changed meanwhile are newer than it and are
    # read again at the next sync.
    state = State(version, engine, taxonomy, corrections=corrections)
    log.info("matching: index of %d vacancies fitted in %.1f s", len(vacancies), since(started))
    _save_snapshot(state)
    return state


def since(started: float) -> float:
    return time.perf_counter() - started


def _sync_vacancies(state: State, version: DataVersion) -> None:
    """Bring the index up to `version`: changed vacancies again, deleted ones out."""
    engine = state.matcher
    since = state.version.newest_vacancy_change
    query = db.select(Vacancy)
    if since is not None:
        query = query.where(Vacancy.updated_at >= datetime.fromisoformat(since) - SYNC_OVERLAP)
    for vacancy in _vacancy_rows(query):
        engine.add_or_update(matching_rows.engine_vacancy(vacancy))
        if state.uncoded_keys is not None:  # its key again when the corrections change next
            state.uncoded_keys = None
    deleted = version.vacancies_deleted != state.version.vacancies_deleted
    if deleted or len(engine) != db.session.scalar(db.select(db.func.count(Vacancy.id))):
        # Deleted rows (or a row that slipped through): compare the sets of ids.
        ids = set(db.session.scalars(db.select(Vacancy.id)))
        indexed = {v.id for v in engine.vacancies}
        for gone in indexed - ids:
            engine.remove(gone)
        missing = ids - indexed
        if missing:
            for vacancy in _vacancy_rows(db.select(Vacancy).where(Vacancy.id.in_(missing))):
                engine.add_or_update(matching_rows.engine_vacancy(vacancy))
    state.version = DataVersion(
        state.version.reference, state.version.corrections, version.vacancies
    )


def _apply_corrections(state: State, version: DataVersion) -> None:
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


@lru_cache(maxsize=1)
def _engine() -> str:
    """A fingerprint of the matching engine's code and variant list: an index saved by another
    release resolved titles by other rules, so it is not loaded (a deploy fits again)."""
    digest = hashlib.sha256()
    package = Path(matching.__file__).parent
    for path in sorted([*package.glob("*.py"), *package.glob("*.txt")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _snapshot_path(version: DataVersion) -> Path | None:
    folder = _config().snapshot_dir
    if folder is None:
        return None
    reference = hashlib.sha256(repr((version.reference, _engine())).encode()).hexdigest()[:16]
    return folder / f"{_file_prefix()}{reference}.pickle"


def sign(payload: bytes) -> str:
    """Signature of a saved index or stored model (HMAC-SHA256 with the secret key)."""
    return hmac.new(_config().secret, payload, hashlib.sha256).hexdigest()


def _unsigned(blob: bytes) -> bytes | None:
    """The payload of a signed blob, or None when the signature does not match."""
    signature, _, payload = blob.partition(b"\n")
    expected = sign(payload)
    if not _config().secret or not hmac.compare_digest(
        signature.decode(errors="replace"), expected
    ):
        return None
    return payload


def _save_snapshot(state: State) -> Path | None:
    """Write the index (atomically) for workers that start later; other versions are removed."""
    path = _snapshot_path(state.version)
    if path is None or not _config().secret:
        return None
    started = time.perf_counter()
    payload = pickle.dumps(
        {
            "format": SNAPSHOT_FORMAT,
            "engine": _engine(),
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
            handle.write(sign(payload).encode() + b"\n")
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
    log.info("matching: index saved to %s in %.1f s", path, since(started))
    return path


def _load_snapshot(version: DataVersion) -> State | None:
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
    if (
        saved.get("format") != SNAPSHOT_FORMAT
        or saved.get("engine") != _engine()
        or saved["version"].reference != version.reference
    ):
        return None
    _deleted, highest, newest = saved["version"].vacancies
    if highest > version.vacancies[1] or (
        newest is not None and (version.newest_vacancy_change or "") < newest
    ):
        log.warning("matching: saved index is newer than the database; fitting again")
        return None
    state = State(
        saved["version"],
        saved["matcher"],
        saved["base_taxonomy"],
        loaded_from="snapshot",
        saved_version=saved["version"],
        corrections=saved["corrections"],
    )
    count = len(saved["matcher"])
    log.info("matching: index of %d vacancies loaded in %.1f s", count, since(started))
    return state


def save_snapshot() -> tuple[Path | None, bool]:
    """Bring the index up to date and save it unless the saved one is as new; for
    `flask matching-snapshot`. Returns (path, written)."""
    with lock:
        before = _states.get(_key())
        state = current()
        path = _snapshot_path(state.version)
        if path is None:
            return None, False
        if state.saved_version == state.version and path.is_file():
            # Saved just now when the index had to be fitted (a new state), else before.
            return path, state is not before and state.loaded_from == "fit"
        return _save_snapshot(state), True
