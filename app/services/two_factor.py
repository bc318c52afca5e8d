"""Two-factor authentication with TOTP (RFC 6238) and one-time recovery codes.

Required for staff (admin, jobhunter, procurement; SPEC §2); employers may turn it on. A code
is accepted for the current 30-second step and one step either side (clock drift), and never
twice: the last accepted step is kept on the user. Recovery codes are shown once and stored as
argon2id hashes, like passwords.
"""

from __future__ import annotations

import hmac
import secrets
import time

import pyotp
import segno

from app.extensions import db
from app.models import RecoveryCode, User
from app.models.base import utcnow
from app.security import hash_password, verify_password

ISSUER = "Werkbrug"
STEP = 30
DRIFT_STEPS = 1
RECOVERY_CODES = 10
# No 0/o, 1/l/i: codes are copied from paper.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
REQUIRED_ROLES = frozenset({"admin", "jobhunter", "procurement"})


def required_for(user: User) -> bool:
    """Whether `user` must use a second factor: staff always, others once they turned it on."""
    return user.role in REQUIRED_ROLES or is_enabled(user)


def is_enabled(user: User) -> bool:
    """Whether the user has a confirmed authenticator app."""
    return bool(user.totp_secret and user.totp_confirmed_at)


def start_enrolment(user: User) -> str:
    """Give an unconfirmed user a fresh secret (kept while enrolment is pending); returns it."""
    if is_enabled(user):
        raise ValueError("Tweestapsverificatie staat al aan.")
    if not user.totp_secret:
        user.totp_secret = pyotp.random_base32()
        user.totp_last_step = None
    return user.totp_secret


def provisioning_uri(user: User) -> str:
    """The otpauth:// URI an authenticator app reads from the QR code."""
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def qr_svg(uri: str) -> str:
    """The QR code of `uri` as an inline SVG element (no image library, no inline script)."""
    qr = segno.make(uri, error="m", micro=False)
    svg = qr.svg_inline(scale=5, dark="#000", light="#fff", border=4, svgclass="qr-code")
    label = "QR-code om Werkbrug aan uw authenticator-app toe te voegen"
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)


def grouped_secret(secret: str) -> str:
    """The secret in groups of four, easier to type into an app by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _normalise(code: str) -> str:
    return "".join(ch for ch in (code or "").lower() if ch.isalnum())


def verify_code(user: User, code: str, at: float | None = None) -> bool:
    """Check a 6-digit code; on success remember its step so it cannot be used again."""
    code = _normalise(code)
    if not user.totp_secret or len(code) != 6 or not code.isdigit():
        return False
    totp = pyotp.TOTP(user.totp_secret)
    now_step = int((time.time() if at is None else at) // STEP)
    last = user.totp_last_step if user.totp_last_step is not None else -1
    for step in range(now_step - DRIFT_STEPS, now_step + DRIFT_STEPS + 1):
        if step > last and hmac.compare_digest(totp.at(step * STEP), code):
            user.totp_last_step = step
            return True
    return False


def confirm_enrolment(user: User, code: str) -> list[str] | None:
    """Finish enrolment with a first code; returns the new recovery codes, or None if wrong."""
    if not verify_code(user, code):
        return None
    user.totp_confirmed_at = utcnow()
    return new_recovery_codes(user)


def new_recovery_codes(user: User) -> list[str]:
    """Replace the user's recovery codes; the plain codes are returned once, only hashes kept."""
    db.session.execute(db.delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = []
    for _ in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(_ALPHABET) for _ in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")
        db.session.add(RecoveryCode(user_id=user.id, code_hash=hash_password(raw)))
    return codes


def use_recovery_code(user: User, code: str) -> bool:
    """Accept an unused recovery code once (marks it used)."""
    code = _normalise(code)
    if len(code) != 10:
        return False
    for row in unused_recovery_codes(user):
        if verify_password(row.code_hash, code):
            row.used_at = utcnow()
            return True
    return False


def unused_recovery_codes(user: User) -> list[RecoveryCode]:
    """The recovery codes the user can still use."""
    return db.session.scalars(
        db.select(RecoveryCode).where(
            RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None)
        )
    ).all()


def disable(user: User) -> None:
    """Remove the authenticator and the recovery codes (employer's choice or admin reset)."""
    user.totp_secret = None
    user.totp_confirmed_at = None
    user.totp_last_step = None
    db.session.execute(db.delete(RecoveryCode).where(RecoveryCode.user_id == user.id))


def looks_like_recovery_code(code: str) -> bool:
    """A recovery code has ten letters and digits; an app code has six digits."""
    return len(_normalise(code)) == 10
