"""Typed access to the running application's settings, for services, commands and views.

Services (`app/services/`) never import Flask: they read the configuration only through these
functions, which need an application context (a page, a `flask` command or a job) and never a
request. Every value is read at the time of the call, so a test that changes `app.config`
sees the change. The settings themselves, with their environment variables, are in
`app/config.py` and `.env.example`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import current_app


@dataclass(frozen=True)
class LockoutPolicy:
    """Failed logins in a row before a lock, and how long the first and the longest lock last."""

    threshold: int
    minutes: int
    max_minutes: int


def secret_key() -> str:
    """The key that signs sessions, invitation links and import previews."""
    return current_app.config["SECRET_KEY"]


def upload_folder() -> Path:
    """Where evidence files are stored (outside the web root); made when missing."""
    folder = Path(current_app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def lockout_policy() -> LockoutPolicy:
    """`LOCKOUT_THRESHOLD`, `LOCKOUT_MINUTES` and `LOCKOUT_MAX_MINUTES`."""
    config = current_app.config
    return LockoutPolicy(
        threshold=config["LOCKOUT_THRESHOLD"],
        minutes=config["LOCKOUT_MINUTES"],
        max_minutes=config["LOCKOUT_MAX_MINUTES"],
    )


def outbox_keep_days() -> int:
    """Days a sent mail stays in the outbox (`OUTBOX_KEEP_DAYS`)."""
    return current_app.config["OUTBOX_KEEP_DAYS"]
