"""The `flask` command line, one module per subject.

| module | commands |
|---|---|
| `accounts` | create-user, unlock-user, totp-code |
| `api_tokens` | api-token create |
| `reference` | import-esco, import-postcodes |
| `demo` | seed-demo (and seed-scale from `app.seed.scale`) |
| `mail` | outbox-show, send-mail (periodic) |
| `sroi` | sroi-digest (periodic) |
| `retention` | retention-run (periodic) |
| `vacancies` | close-vacancies (periodic) |
| `matching` | train-reranker, matching-snapshot (periodic) |
| `periodic` | jobs, and `periodic_job`, the decorator that makes a function a periodic job |

Each module lists its commands in `COMMANDS`; `register` adds them to the app. A new periodic
job is a function decorated with `periodic_job` in the module of its subject (see
`app/cli/periodic.py`), listed in that module's `COMMANDS`, with its module in `MODULES` below.
"""

from __future__ import annotations

from importlib import import_module

from flask import Flask

MODULES = (
    "accounts",
    "api_tokens",
    "reference",
    "demo",
    "mail",
    "sroi",
    "retention",
    "vacancies",
    "matching",
    "periodic",
)


def register(app: Flask) -> None:
    """Add every command of every module to `app.cli`."""
    for name in MODULES:
        module = import_module(f"app.cli.{name}")
        for command in module.COMMANDS:
            app.cli.add_command(command)
    from app.seed import scale

    scale.register(app)
