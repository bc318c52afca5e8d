"""Werkbrug web portal: the Flask application factory.

`create_app` only registers things; it never migrates, seeds or prompts (see README).
"""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from flask import Flask

from app.config import load_config
from app.extensions import babel, csrf, db, login_manager, migrate

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict | None = None) -> Flask:
    """Build the app; `config` overrides settings read from the environment (tests use it)."""
    app = Flask(
        __name__,
        instance_path=str((config or {}).get("INSTANCE_PATH") or PROJECT_ROOT / "instance"),
        template_folder=str(PROJECT_ROOT / "templates"),
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.update(load_config(app.instance_path, config))
    use_dutch_clock(app.config["BABEL_DEFAULT_TIMEZONE"])
    from app.security import IdConverter

    app.url_map.converters["int"] = IdConverter  # an impossible id in an address is a 404
    register_extensions(app)
    register_blueprints(app)
    register_template_helpers(app)
    register_errorhandlers(app)
    register_commands(app)
    return app


# The same zone as a POSIX rule, for a server without time-zone files (slim images), where
# "Europe/Amsterdam" would silently be read as UTC.
_POSIX_ZONES = {"Europe/Amsterdam": "CET-1CEST,M3.5.0,M10.5.0/3"}


def use_dutch_clock(zone: str) -> None:
    """Make the process's local time the municipality's (``Europe/Amsterdam``).

    Pages, services and the nightly jobs all ask for "today" (``date.today()``; the jobs'
    ``local_today()``); on a server that runs on UTC the two disagreed between midnight in the
    Netherlands and midnight UTC, so a status stored by a page at 00:30 was dated yesterday and
    the consistency check that night reported it as drift. One clock for the whole process
    (a TZ the operator set is replaced; log times are Dutch too). Not on Windows (no tzset).
    """
    if not hasattr(time, "tzset"):
        return
    wanted = datetime.now(ZoneInfo(zone)).utcoffset()
    for value in (zone, _POSIX_ZONES.get(zone)):
        if value is None:
            continue
        if os.environ.get("TZ") != value:
            os.environ["TZ"] = value
            time.tzset()
        if datetime.now().astimezone().utcoffset() == wanted:
            return


def register_extensions(app: Flask) -> None:
    from app import models  # noqa: F401 - register the models with the metadata
    from app.i18n import select_locale

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"))
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Log in om deze pagina te zien."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "strong"

    from app.auth.sessions import load_user
    from app.services import sroi_status  # noqa: F401 - the hook that stores each contract's SROI status

    login_manager.user_loader(load_user)

    from app.services import matching_index

    matching_index.configure(
        app.config["SQLALCHEMY_DATABASE_URI"],
        snapshot_dir=app.config.get("MATCHING_SNAPSHOT_DIR") or None,
        secret=app.config["SECRET_KEY"],
    )


def register_blueprints(app: Flask) -> None:
    """One package per audience; each creates `bp` in its `__init__` and imports its pages."""
    from app import admin, auth, employer, jobhunter, main, procurement

    app.register_blueprint(main.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(employer.bp, url_prefix="/werkgever")
    app.register_blueprint(jobhunter.bp, url_prefix="/jobhunter")
    app.register_blueprint(procurement.bp, url_prefix="/inkoop")
    app.register_blueprint(admin.bp, url_prefix="/beheer")

    from app import api

    api.init_app(app)  # the JSON API at /api/v1 (issue 19)


def register_template_helpers(app: Flask) -> None:
    from app import formatting, headers

    formatting.register(app)
    headers.register(app)


def register_errorhandlers(app: Flask) -> None:
    from app.main.errors import register

    register(app)


def register_commands(app: Flask) -> None:
    from app.cli import register

    register(app)
