"""Browser fixtures: the portal served on a free loopback port, driven by Debian's Chromium.

The server gets its own SQLite database with the demo region (and the reference data from
data/ when present), so browser tests never touch the unit tests' database.
Screenshots go to `screenshots/` (ignored by git) for people to look at.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from tests.conftest import REFERENCE_DATA, fresh_totp_code

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DEMO_TODAY = "2026-11-16"
# The live server's app, so the login helper can read a staff user's TOTP secret.
LIVE: dict = {}
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """Serve a demo-loaded portal on 127.0.0.1:<free port>; yields its base URL."""
    from flask_migrate import upgrade
    from werkzeug.serving import make_server

    from app import create_app

    instance = tmp_path_factory.mktemp("live-instance")
    app = create_app(
        {
            "WERKBRUG_ENV": "testing",
            "INSTANCE_PATH": str(instance),
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + str(instance / "live.db"),
            "SECRET_KEY": "browser-test-secret",  # noqa: S106 - test only
            "ARGON2_TIME_COST": 1,
            "ARGON2_MEMORY_COST": 1024,
            "UPLOAD_FOLDER": str(instance / "uploads"),
            "LOGIN_THROTTLE_ENABLED": False,  # every test logs in from 127.0.0.1
        }
    )
    with app.app_context():
        upgrade()
    runner = app.test_cli_runner()
    if REFERENCE_DATA.exists():
        runner.invoke(args=["import-esco", str(REFERENCE_DATA / "esco" / "occupations_nl.csv")])
        runner.invoke(args=["import-postcodes", str(REFERENCE_DATA / "geonames" / "nl_pc4.csv")])
    result = runner.invoke(args=["seed-demo", "--today", DEMO_TODAY])
    assert result.exit_code == 0, result.output
    # pytest may load this file as `conftest` while tests import `tests.browser.conftest`:
    # give both module objects the app.
    import importlib

    LIVE["app"] = importlib.import_module("tests.browser.conftest").LIVE["app"] = app
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("WERKBRUG_SKIP_BROWSER") == "1":
            pytest.skip("Chromium ontbreekt en WERKBRUG_SKIP_BROWSER=1")
        pytest.fail(f"Chromium niet gevonden op {CHROMIUM}: installeer het Debian-pakket chromium.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        base_url=live_server, locale="nl-NL", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot as screenshots/<name>.png."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(name: str):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take


def login(page, email: str, password: str = "werkbrug-demo-2026"):  # noqa: S107 - demo password
    """Log in through the form, using the keyboard like a user would; staff also type a code."""
    page.goto("/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state("networkidle")
    second_factor(page, email)


def second_factor(page, email: str) -> None:
    """Finish a staff login: enrol the demo user's app the first time, else type its code.

    The secret is read from the live server's database, as the user's phone would hold it.
    """
    from urllib.parse import urlsplit

    path = urlsplit(page.url).path
    if path == "/inloggen/tweestapsverificatie":
        page.get_by_label("Code uit de app").fill(fresh_totp_code(LIVE["app"], email))
        page.get_by_role("button", name="Bevestigen").click()
        page.get_by_role("link", name="Ik heb de codes bewaard, verder").click()
        page.wait_for_load_state("networkidle")
    elif path == "/inloggen/code":
        page.get_by_label("Code", exact=True).fill(fresh_totp_code(LIVE["app"], email))
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_load_state("networkidle")


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """Run axe-core (WCAG 2.1 A/AA rules) on the page; return the violations of `impacts`."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        },
    )
    violations = results.response.get("violations", [])
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "targets": [n["target"] for n in v["nodes"]][:5],
        }
        for v in violations
        if v.get("impact") in impacts
    ]
