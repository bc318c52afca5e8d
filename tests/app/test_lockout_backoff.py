"""Issue 12, finding 10: nobody can lock an account for good. A lock lasts 15 minutes and each
new lock in a row twice as long (capped); the user gets a mail; and an account can be unlocked
without another beheerder (`flask unlock-user`, besides the expiry)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models import AuditEntry, OutboxMail, User
from app.models.base import utcnow

LOCKED = "geblokkeerd"
WRONG = "een verkeerd wachtwoord"


@pytest.fixture
def clock(monkeypatch):
    """Move the lock-out's clock forward: `clock.forward(minutes=16)`."""
    from app.services import lockout

    class Clock:
        offset = timedelta()

        def forward(self, **delta):
            self.offset += timedelta(**delta)

    clock = Clock()
    monkeypatch.setattr(lockout, "utcnow", lambda: utcnow() + clock.offset)
    return clock


def _user(db, email="employer.a@example.nl") -> User:
    db.session.expire_all()
    return db.session.execute(db.select(User).where(User.email == email)).scalar_one()


def _lock(app, auth, email="employer.a@example.nl"):
    for _ in range(app.config["LOCKOUT_THRESHOLD"]):
        auth.password_only(email, WRONG)


def _right_password_is_refused(auth) -> bool:
    response = auth.password_only("employer.a@example.nl")
    return response.status_code == 200 and LOCKED in response.get_data(as_text=True)


def test_a_lock_ends_by_itself(app, world, db, client, auth, clock):
    _lock(app, auth)
    assert _right_password_is_refused(auth)
    clock.forward(minutes=14)
    assert _right_password_is_refused(auth)
    clock.forward(minutes=2)
    assert auth.login("employer.a@example.nl").headers["Location"] == "/werkgever/"
    user = _user(db)
    assert user.failed_logins == 0 and user.lock_count == 0


def test_each_new_lock_in_a_row_lasts_twice_as_long(app, world, db, client, auth, clock):
    _lock(app, auth)
    lengths = []
    for _ in range(4):
        user = _user(db)
        lengths.append(round((user.locked_until - user.locked_at).total_seconds() / 60))
        clock.forward(minutes=lengths[-1] + 1)
        # After a lock one wrong password is enough for the next, longer one.
        auth.password_only("employer.a@example.nl", WRONG)
    assert lengths == [15, 30, 60, 120]
    assert _right_password_is_refused(auth)


def test_the_back_off_has_a_ceiling(app, world, db, auth, clock):
    _lock(app, auth)
    for _ in range(12):
        user = _user(db)
        clock.forward(seconds=(user.locked_until - user.locked_at).total_seconds() + 60)
        auth.password_only("employer.a@example.nl", WRONG)
    user = _user(db)
    assert user.locked_until - user.locked_at == timedelta(
        minutes=app.config["LOCKOUT_MAX_MINUTES"]
    )


def test_the_user_is_told_by_mail(app, world, db, auth):
    _lock(app, auth)
    mails = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "employer.a@example.nl")
    ).all()
    assert len(mails) == 1
    assert "geblokkeerd" in mails[0].subject
    assert "15 minuten" in mails[0].body and "wachtwoord" in mails[0].body


def test_unlock_user_command_needs_no_other_beheerder(app, world, db, auth, runner):
    _lock(app, auth, "admin.a@example.nl")
    assert _user(db, "admin.a@example.nl").locked_until is not None
    result = runner.invoke(args=["unlock-user", "ADMIN.A@example.nl"])
    assert result.exit_code == 0, result.output
    assert "ontgrendeld" in result.output
    user = _user(db, "admin.a@example.nl")
    assert user.locked_until is None and user.failed_logins == 0 and user.lock_count == 0
    entry = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "unlock")).one()
    assert entry.object_id == str(user.id) and "opdrachtregel" in entry.detail
    unknown = runner.invoke(args=["unlock-user", "niemand@example.nl"])
    assert unknown.exit_code != 0 and "Geen account" in unknown.output
