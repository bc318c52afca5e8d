"""Password rules (BIO, NCSC advice): long enough, not a common password, not the e-mail address.

Length matters more than character classes, so there are no rules about capitals or digits;
instead a password of at least 12 characters must not be (a variation of) a well-known one.
The lists and their sources are described in `app/security_data/README.md`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from flask_babel import gettext as _

MIN_LENGTH = 12
MAX_LENGTH = 200
DATA = Path(__file__).resolve().parent.parent / "security_data"
LISTS = ("common_passwords.txt", "common_passwords_nl.txt")
# Digits and punctuation people add to a word to satisfy a rule: "welkom2026!".
_DECORATION = re.compile(r"^[\W\d_]+|[\W\d_]+$")


@cache
def common_passwords() -> frozenset[str]:
    """Every password of the shipped lists, lower-cased (read once per process)."""
    words: set[str] = set()
    for name in LISTS:
        with open(DATA / name, encoding="utf-8") as handle:
            words.update(line.strip().lower() for line in handle if line.strip())
    return frozenset(words)


def is_common(password: str) -> bool:
    """Whether `password` (case-insensitively, with or without decoration) is a common one."""
    lowered = password.strip().lower()
    words = common_passwords()
    if lowered in words:
        return True
    core = _DECORATION.sub("", lowered)
    if core in words or core.replace(" ", "") in words:
        return True
    # One or two characters over and over: "aaaaaaaaaaaa", "121212121212".
    return len(set(lowered)) <= 2


def problems(password: str, email: str | None = None) -> list[str]:
    """Dutch reasons why `password` may not be used; an empty list means it is acceptable."""
    password = password or ""
    found: list[str] = []
    if len(password) < MIN_LENGTH:
        found.append(_("Kies een wachtwoord van minimaal %(n)s tekens.", n=MIN_LENGTH))
    elif len(password) > MAX_LENGTH:
        found.append(_("Een wachtwoord is maximaal %(n)s tekens.", n=MAX_LENGTH))
    elif is_common(password):
        found.append(
            _(
                "Dit wachtwoord komt voor in lijsten met veelgebruikte wachtwoorden. "
                "Kies iets dat niet te raden is, bijvoorbeeld een zin van een paar woorden."
            )
        )
    if email and len(password) >= MIN_LENGTH:
        local = email.split("@", 1)[0].lower()
        lowered = password.lower()
        if lowered == email.lower() or (len(local) >= 4 and local in lowered):
            found.append(_("Gebruik uw e-mailadres niet in uw wachtwoord."))
    return found


def check(password: str, email: str | None = None) -> None:
    """Raise `ValueError` with the first Dutch reason when `password` may not be used."""
    found = problems(password, email)
    if found:
        raise ValueError(found[0])
