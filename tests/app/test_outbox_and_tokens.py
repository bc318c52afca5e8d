"""Issue 12, finding 6: invitation links are never stored in clear; the outbox page is for
admins and their own organisation's mail; `wsgi.py` never silently runs as development.

What we chose: the link is built only at delivery. The stored mail holds a placeholder and the
invitation's id; `app.services.mail.delivered` (the hook a delivery job calls) fills in the link,
whose token is derived from the invitation's random key and the server's SECRET_KEY. The
database alone (a backup, a read-only insider) never holds a usable link.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import String, Text

from app.models import OutboxMail, User
from app.services import invitations
from app.services.mail import delivered, send_mail

ROOT = Path(__file__).resolve().parents[2]
TOKEN = re.compile(r"/uitnodiging/([\w-]{20,})")


def _invite_colleague(world, client, auth, email="piet@werkgever-a.nl"):
    auth.login("jobhunter.a@example.nl")
    response = client.post(
        f"/jobhunter/werkgevers/{world.a.employer.id}/uitnodigen",
        data={"name": "Piet de Boer", "email": email},
    )
    assert response.status_code == 302
    auth.logout()


def _every_text_value(db):
    """Every text value of every table: where a leaked token would sit."""
    for table in db.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
        for row in db.session.execute(db.select(*columns)) if columns else ():
            yield from (str(v) for v in row if v)


def test_the_database_never_holds_a_usable_invitation_link(world, db, client, auth):
    _invite_colleague(world, client, auth)
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "piet@werkgever-a.nl")
    ).one()
    assert not TOKEN.search(mail.body)
    token = TOKEN.search(delivered(mail).body).group(1)
    assert not any(token in value for value in _every_text_value(db))
    # The delivered link works (once).
    response = client.post(
        f"/uitnodiging/{token}",
        data={"password": "een lang wachtwoord", "confirm": "een lang wachtwoord"},
    )
    assert response.status_code == 302
    assert db.session.scalars(db.select(User).where(User.email == "piet@werkgever-a.nl")).one()


def test_a_placeholder_typed_by_a_user_never_becomes_someone_elses_link(world, db, app):
    """Only the mail's own invitation is filled in: a name or company name cannot pull another
    invitation's link into a mail to the attacker."""
    with app.test_request_context():
        invitations.invite(
            "slachtoffer@example.nl", "Slachtoffer", world.a.employer.organisation, None
        )
        attacker = send_mail(
            "aanvaller@example.nl", "Hallo", f"Naam: {invitations.LINK_PLACEHOLDER}", None
        )
    db.session.commit()
    assert not TOKEN.search(delivered(attacker).body)


def test_only_admins_open_the_outbox(world, db, client, auth):
    _invite_colleague(world, client, auth)
    for role in ("jobhunter", "procurement", "employer"):
        auth.login(f"{role}.a@example.nl")
        assert client.get("/outbox").status_code == 403, role
        auth.logout()


def test_admins_see_only_their_own_organisations_mail_and_no_link(world, db, client, auth, app):
    with app.test_request_context():
        send_mail("x@example.nl", "Voor gemeente A", "tekst A", world.a.municipality.id)
        send_mail("y@example.nl", "Voor gemeente B", "tekst B", world.b.municipality.id)
        invitations.invite(
            "nieuwe.jobhunter@example.nl", "Nieuw", world.a.municipality, None, role="jobhunter"
        )
    db.session.commit()
    auth.login("admin.a@example.nl")
    html = client.get("/outbox").get_data(as_text=True)
    assert "Voor gemeente A" in html and "Voor gemeente B" not in html
    assert "Uitnodiging voor Werkbrug" in html and not TOKEN.search(html)


def _import_wsgi(env_changes: dict) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WERKBRUG_", "FLASK_"))}
    env.update(env_changes)
    return subprocess.run(  # noqa: S603 - a fixed command
        [sys.executable, "-c", "import wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_wsgi_refuses_to_start_without_an_explicit_environment():
    result = _import_wsgi({})
    assert result.returncode != 0
    assert "WERKBRUG_ENV" in result.stderr and "ontbreekt" in result.stderr


def test_wsgi_starts_with_an_explicit_environment(tmp_path):
    result = _import_wsgi(
        {
            "WERKBRUG_ENV": "testing",
            "SECRET_KEY": "x" * 64,
            "DATABASE_URL": "sqlite:///" + str(tmp_path / "w.db"),
        }
    )
    assert result.returncode == 0, result.stderr


def test_developers_read_delivered_mails_with_the_command(world, db, client, auth, runner, app):
    _invite_colleague(world, client, auth)
    result = runner.invoke(args=["outbox-show", "--to", "piet@werkgever-a.nl"])
    assert result.exit_code == 0, result.output
    assert "Uitnodiging voor Werkbrug" in result.output
    assert TOKEN.search(result.output)
    app.config["WERKBRUG_ENV"] = "production"
    try:
        refused = runner.invoke(args=["outbox-show"])
    finally:
        app.config["WERKBRUG_ENV"] = "testing"
    assert refused.exit_code != 0 and "Niet beschikbaar in productie" in refused.output
