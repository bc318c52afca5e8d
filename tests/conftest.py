"""Shared fixtures: an app on a fresh database built by the migrations, a client, and users.

The database is SQLite in a temporary folder, or the PostgreSQL database in
`TEST_DATABASE_URL` (which is emptied). The schema is created once per run by
`flask db upgrade`, so every test run also exercises the migrations.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from app import use_dutch_clock
from app.formatting import LOCAL
from tests.factories import PASSWORD

# The app runs on the Dutch clock (`create_app`), and so do the tests: a date a test module
# computes when it is imported must be the pages' date, also between midnight in the
# Netherlands and midnight UTC.
use_dutch_clock(str(LOCAL))

# Reference data shipped in the repository (ESCO occupations, PC4 centroids; see data/README.md).
REFERENCE_DATA = Path(__file__).resolve().parents[1] / "data"


def _database_url(tmp_path_factory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.db")


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    from flask_migrate import upgrade

    from app import create_app

    instance = tmp_path_factory.mktemp("instance")
    application = create_app(
        {
            "WERKBRUG_ENV": "testing",
            "TESTING": True,
            "INSTANCE_PATH": str(instance),
            "SQLALCHEMY_DATABASE_URI": _database_url(tmp_path_factory),
            "SECRET_KEY": "test-secret-key",  # noqa: S106 - test only
            "PUBLIC_BASE_URL": "https://werkbrug.example.nl",
            "WTF_CSRF_ENABLED": False,
            "ARGON2_TIME_COST": 1,
            "ARGON2_MEMORY_COST": 1024,
            "UPLOAD_FOLDER": str(instance / "uploads"),
            # Throttling is tested on its own (tests/app/test_login_throttling.py); hundreds of
            # logins from 127.0.0.1 in the rest of the suite would trip it.
            "LOGIN_THROTTLE_ENABLED": False,
            # The API's limit per token is tested on its own (tests/app/test_api.py).
            "API_RATE_LIMIT": "100000 per minute",
        }
    )
    application.test_client_class = FreshRequestClient
    with application.app_context():
        from app.extensions import db

        _drop_everything(db)
        upgrade()
    yield application
    with application.app_context():
        from app.extensions import db

        db.session.remove()
        db.engine.dispose()


def _drop_everything(db) -> None:
    """Start from an empty database (a PostgreSQL test database may hold an earlier run)."""
    from sqlalchemy import MetaData, text

    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    else:
        meta = MetaData()
        meta.reflect(bind=db.engine)
        meta.drop_all(bind=db.engine)


@pytest.fixture(autouse=True)
def _clean_tables(request):
    """Empty every table after each test that used the app, and forget the matching engine's
    state that described them (fitted index, client pools, loaded re-rankers, the yearly
    report's kept sums)."""
    yield
    if "app" not in request.fixturenames:
        return
    application = request.getfixturevalue("app")
    with application.app_context():
        from sqlalchemy import text

        from app.extensions import db
        from app.services import matching_index, sroi_report_cache

        matching_index.reset()
        sroi_report_cache.clear()
        db.session.remove()
        tables = [t.name for t in reversed(db.metadata.sorted_tables)]
        with db.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
            else:
                for table in tables:
                    conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - names from metadata


@pytest.fixture
def db(app):
    from app.extensions import db as database

    with app.app_context():
        yield database
        database.session.remove()


class FreshRequestClient(FlaskClient):
    """A test client whose every request starts with an empty `flask.g`, as in production.

    The `db` fixture keeps an application context open for the whole test, and Flask reuses an
    open application context for a request instead of pushing a new one: without this, `g` (and
    Flask-Login's `g._login_user`) would carry over from one request to the next, so a request
    could act as the user of an earlier request whatever its cookies say.
    """

    def open(self, *args, **kwargs):
        from flask import g, has_app_context

        if has_app_context():
            for name in list(g):
                g.pop(name, None)
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def fresh_totp_code(app, email: str) -> str:
    """The code the user's authenticator app shows now, for tests logging in as staff.

    The login refuses a code whose time step was used before (replay guard), and tests log the
    same user in many times within 30 seconds; so the helper forgets the last used step first.
    The guard itself is tested in tests/app/test_two_factor.py.
    """
    import contextlib

    import pyotp
    from flask import has_app_context

    from app.extensions import db
    from app.models import User

    context = contextlib.nullcontext() if has_app_context() else app.app_context()
    with context:
        user = db.session.execute(
            db.select(User).where(db.func.lower(User.email) == email.strip().lower())
        ).scalar_one()
        user.totp_last_step = None
        db.session.commit()
        return pyotp.TOTP(user.totp_secret).now()


def complete_second_factor(client, response, email: str, query_string=None):
    """After a right password, do step 2 like a user with the app would; else return as is.

    Enrolment (a staff user without an app yet) is completed too: the page creates the secret,
    the helper reads it from the database and confirms it with a code. The recovery-code page
    then offers "verder"; the helper returns where that leads (the login page redirects a
    logged-in user to `next` or the home page), so every login ends in the same 302.
    """
    if response.status_code != 302:
        return response
    location = response.headers.get("Location", "")
    if location.endswith("/inloggen/code"):
        return client.post(
            "/inloggen/code", data={"code": fresh_totp_code(client.application, email)}
        )
    if location.endswith("/inloggen/tweestapsverificatie"):
        client.get(location)
        done = client.post(location, data={"code": fresh_totp_code(client.application, email)})
        assert done.status_code == 200, "enrolment did not complete"
        return client.get("/inloggen", query_string=query_string)
    return response


class AuthActions:
    """Log in (both steps for staff) and out through the real forms."""

    def __init__(self, client):
        self.client = client

    def login(self, email: str, password: str = PASSWORD, **kwargs):
        """Log in; for staff the two-factor step is completed with a code from their secret."""
        response = self.client.post(
            "/inloggen", data={"email": email, "password": password}, **kwargs
        )
        if kwargs.get("follow_redirects"):
            return response
        return complete_second_factor(self.client, response, email, kwargs.get("query_string"))

    def password_only(self, email: str, password: str = PASSWORD, **kwargs):
        """Only step 1: the password form (tests of the two-factor step itself)."""
        return self.client.post("/inloggen", data={"email": email, "password": password}, **kwargs)

    def logout(self):
        return self.client.post("/uitloggen")


@pytest.fixture
def auth(client):
    return AuthActions(client)


@pytest.fixture
def world(db):
    """Two municipalities, each with a jobhunter, procurement user, an employer and data."""
    from tests.factories import build_world

    return build_world()
