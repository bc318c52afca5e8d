"""Services hold no request state (issue 13): they import no Flask, take the acting user and the
date as arguments, and a command can call them without faking a request."""

import ast
from datetime import date
from pathlib import Path

import pytest

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"
# flask_babel (Dutch messages) is allowed; these reach for the request, the app or the response.
FORBIDDEN = ("flask", "flask_login", "werkzeug")


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(SERVICES.glob("*.py")), ids=lambda p: p.name)
def test_no_service_imports_flask_flask_login_or_werkzeug(path):
    bad = sorted(name for name in _imported_modules(path) if name.split(".")[0] in FORBIDDEN)
    assert not bad, f"{path.name} imports {', '.join(bad)}: pass what it needs from the view"


def test_the_check_would_see_a_flask_import(tmp_path):
    """The test above is not blind: a nested `from flask import request` is found."""
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from flask import request\n    return request\n")
    assert "flask" in _imported_modules(module)


def test_an_entry_from_a_command_is_the_systems_or_the_named_users(app, db, world):
    """Outside a request nobody is logged in: no user, no address, unless a command names one."""
    from app.models import AuditEntry
    from app.services import audit

    user = world.a.users["jobhunter"]
    plain = audit.record("update", user, detail="zonder aanvraag")
    with audit.acting(user):
        named = audit.record("update", user, detail="namens")
    after = audit.record("update", user, detail="weer zonder")
    db.session.commit()
    rows = {e.detail: e for e in db.session.scalars(db.select(AuditEntry))}
    assert rows[plain.detail].user_id is None and rows[plain.detail].ip == ""
    assert rows[named.detail].user_id == user.id
    assert rows[after.detail].user_id is None


def test_the_origin_of_a_request_does_not_outlive_it(app, db, world, auth, client):
    """After a page view the next entry outside a request names nobody."""
    from app.services import audit

    auth.login("jobhunter.a@example.nl")
    assert client.get("/jobhunter/").status_code == 200
    assert audit.current_origin() == audit.SYSTEM


def test_the_weekly_digest_runs_as_a_plain_command(app, db, world, runner, monkeypatch):
    """No request is faked: the command runs with no request context at all."""
    import flask

    from app.services import sroi_digest

    seen = []

    def send(as_of, scope_ids=None):
        seen.append((as_of, flask.has_request_context()))
        return 0

    monkeypatch.setattr(sroi_digest, "send_digests", send)
    result = runner.invoke(args=["sroi-digest", "--today", "2027-11-01"])
    assert result.exit_code == 0, result.output
    assert seen == [(date(2027, 11, 1), False)]
