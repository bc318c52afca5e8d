"""Shared fixtures: an app on a fresh database built by the migrations, a client, and users.

The database is SQLite in a temporary folder, or the PostgreSQL database in
`TEST_DATABASE_URL` (which is emptied). The schema is created once per run by
`flask db upgrade`, so every test run also exercises the migrations.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.factories import PASSWORD

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


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
            "WTF_CSRF_ENABLED": False,
            "ARGON2_TIME_COST": 1,
            "ARGON2_MEMORY_COST": 1024,
            "UPLOAD_FOLDER": str(instance / "uploads"),
        }
    )
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
    """Empty every table after each test that used the app."""
    yield
    if "app" not in request.fixturenames:
        return
    application = request.getfixturevalue("app")
    with application.app_context():
        from sqlalchemy import text

        from app.extensions import db

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


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()




class AuthActions:
    """Log in and out through the real login form."""

    def __init__(self, client):
        self.client = client

    def login(self, email: str, password: str = PASSWORD, **kwargs):
        return self.client.post(
            "/inloggen", data={"email": email, "password": password}, **kwargs
        )

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
