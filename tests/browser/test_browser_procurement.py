"""Procurement in a real Chromium: the contract page and the review queue (screenshots for
people to look at), a decision taken with the keyboard and mouse, axe-core on every page.

The demo's activities carry no evidence files, so this module serves its own copy of the demo
with a few more activities of the demo supplier: a rejected one and two submitted earlier than
the demo's, with evidence (a PNG and a PDF) stored as the employer portal would store them.
"""

from __future__ import annotations

import hashlib
import importlib
import secrets
import struct
import threading
import zlib
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.browser.conftest import DEMO_TODAY, axe_violations, login

INKOOP = "inkoop@demo.werkbrug.nl"


def _png(width: int = 420, height: int = 300) -> bytes:
    """A small picture of a signed document: grey text lines on white, a blue signature."""
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            colour = (255, 255, 255)
            if 30 <= x <= width - 30 and y % 22 in (0, 1, 2, 3) and 30 <= y <= 200:
                colour = (150, 150, 150)
            if 240 <= y <= 250 and 40 <= x <= 200 and (x + y) % 7 < 4:
                colour = (20, 60, 160)
            row += bytes(colour)
        rows.append(b"\x00" + bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Arbeidsovereenkomst", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(
        0,
        6,
        "Werknemer: Kandidaat (pseudoniem)\nFunctie: medewerker groenonderhoud\n"
        "Uren per week: 24\nIngangsdatum: 15-10-2026\n",
    )
    return bytes(pdf.output())


def _add_activities(app) -> None:
    from app.extensions import db
    from app.models import Client, Contract, EvidenceFile, SroiActivity, User

    contract = db.session.scalars(
        db.select(Contract).where(Contract.reference == "WSW-2025-014")
    ).one()
    supplier_user = db.session.scalars(
        db.select(User).where(User.email == "werkgever@demo.werkbrug.nl")
    ).one()
    reviewer = db.session.scalars(db.select(User).where(User.email == INKOOP)).one()
    clients = db.session.scalars(
        db.select(Client)
        .where(Client.municipality_id == contract.authority_id)
        .order_by(Client.id)
        .limit(4)
    ).all()

    def activity(**kw):
        item = SroiActivity(contract=contract, created_by_id=supplier_user.id, bonuses=[], **kw)
        db.session.add(item)
        return item

    activity(
        block_code="ww_kort",
        start_date=date(2026, 2, 1),
        hours_per_week=Decimal("20"),
        candidate_description="Seizoenskracht",
        state="rejected",
        rejection_reason="Geen loonstrook of arbeidsovereenkomst bijgevoegd.",
        submitted_at=datetime(2026, 3, 1, tzinfo=UTC),
        reviewer_id=reviewer.id,
        reviewed_at=datetime(2026, 3, 4, tzinfo=UTC),
    )
    older = activity(
        block_code="pw_kort",
        client=clients[2],
        start_date=date(2026, 9, 1),
        hours_per_week=Decimal("24"),
        candidate_description="Hovenier in opleiding",
        state="submitted",
        submitted_at=datetime(2026, 10, 2, tzinfo=UTC),
    )
    newer = activity(
        block_code="nug",
        client=clients[3],
        start_date=date(2026, 10, 15),
        hours_per_week=Decimal("24"),
        candidate_description="Medewerker groenonderhoud",
        state="submitted",
        submitted_at=datetime(2026, 11, 10, tzinfo=UTC),
    )
    folder = Path(app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    for item, data, kind, name in (
        (older, _png(), "image/png", "arbeidscontract-getekend.png"),
        (newer, _pdf(), "application/pdf", "arbeidsovereenkomst.pdf"),
    ):
        # Both are what the year blocks ask for (issue 18: evidence per block).
        stored = secrets.token_hex(16)
        (folder / stored).write_bytes(data)
        db.session.add(
            EvidenceFile(
                activity=item,
                filename=name,
                stored_name=stored,
                content_type=kind,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                uploaded_at=datetime(2026, 10, 1, tzinfo=UTC),
                uploaded_by_id=supplier_user.id,
                kind="arbeidsovereenkomst",
            )
        )
    db.session.commit()


@pytest.fixture(scope="module")
def sroi_server(tmp_path_factory):
    """The demo region plus SROI activities, served on a free loopback port."""
    from flask_migrate import upgrade
    from werkzeug.serving import make_server

    from app import create_app
    from app.seed.demo import seed_demo

    instance = tmp_path_factory.mktemp("procurement-live")
    app = create_app(
        {
            "WERKBRUG_ENV": "testing",
            "INSTANCE_PATH": str(instance),
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + str(instance / "live.db"),
            "SECRET_KEY": "browser-test-secret",  # noqa: S106 - test only
            "ARGON2_TIME_COST": 1,
            "ARGON2_MEMORY_COST": 1024,
            "UPLOAD_FOLDER": str(instance / "uploads"),
        }
    )
    with app.app_context():
        upgrade()
        seed_demo(date.fromisoformat(DEMO_TODAY))
        _add_activities(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield SimpleNamespace(url=f"http://127.0.0.1:{server.server_port}", app=app)
    server.shutdown()
    thread.join(timeout=5)
    with app.app_context():
        from app.extensions import db

        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def sroi_page(browser, sroi_server):
    # The login helper reads a staff user's TOTP secret from the app in LIVE["app"]; point it
    # at this module's server for the duration of the test.
    live = getattr(importlib.import_module("tests.browser.conftest"), "LIVE", None)
    previous = dict(live) if live is not None else {}
    if live is not None:
        live["app"] = sroi_server.app
    context = browser.new_context(
        base_url=sroi_server.url, locale="nl-NL", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()
    if live is not None:
        live.clear()
        live.update(previous)


def _shot(page, name: str) -> None:
    from tests.browser.conftest import SCREENSHOTS

    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _open_contract(page, reference="WSW-2025-014"):
    page.goto("/inkoop/contracten")
    page.get_by_role("link", name=reference, exact=True).first.click()
    page.wait_for_load_state("networkidle")


def test_contract_page_shows_status_chart_and_activities(sroi_page):
    page = sroi_page
    login(page, INKOOP)
    _open_contract(page)
    assert "WSW-2025-014" in page.get_by_role("heading", level=1).inner_text()
    status = page.locator("#sroi-status-title").inner_text()
    assert any(word in status for word in ("Op schema", "Achter op schema", "Voldaan"))
    assert page.locator("svg.chart").count() == 1
    assert (
        page.get_by_role("table", name="Gemelde activiteiten").is_visible()
        or page.locator("table.activities").is_visible()
    )
    assert (
        "€ 40.000 × 18/36" in page.locator("table.activities").inner_text()
    )  # demo: pw_lang, 18 h
    _shot(page, "procurement-contract")
    assert axe_violations(page) == []


def test_review_queue_shows_oldest_with_evidence_and_decides(sroi_page):
    page = sroi_page
    login(page, INKOOP)
    page.get_by_role("link", name="Beoordelen", exact=True).first.click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", level=1).inner_text() == "Beoordelen"
    panel = page.locator("section.panel")
    assert "Hovenier in opleiding" in panel.inner_text()  # the oldest submission is opened
    image = panel.locator("img.evidence-image")
    assert image.evaluate("img => img.complete && img.naturalWidth") == 420
    _shot(page, "procurement-review-queue")
    assert axe_violations(page) == []

    # Reject without a reason: the error is announced next to the field.
    panel.get_by_role("button", name="Afkeuren").click()
    page.wait_for_load_state("networkidle")
    reason = page.get_by_label("Reden of toelichting")
    assert reason.get_attribute("aria-invalid") == "true"
    assert axe_violations(page) == []
    reason.fill("Het bouwblok klopt niet: de kandidaat heeft langer dan 2 jaar een uitkering.")
    page.get_by_role("button", name="Afkeuren").click()
    page.wait_for_load_state("networkidle")
    assert "afgekeurd" in page.locator(".flashes").inner_text()
    # On to the next one (the PDF), shown beside the decision as a picture of its pages:
    # browsers show no PDF in the sandbox evidence is served in, so the page frames nothing.
    assert page.locator("iframe").count() == 0
    preview = page.locator("img.evidence-pdf")
    assert preview.evaluate("img => img.complete && img.naturalWidth") > 600
    assert "Arbeidsovereenkomst" in page.locator(".evidence-rules").inner_text()
    _shot(page, "procurement-review-activity")
    page.get_by_role("button", name="Goedkeuren").click()
    page.wait_for_load_state("networkidle")
    assert "goedgekeurd" in page.locator(".flashes").inner_text()
    # The queue moves on to the demo's own submissions (without evidence).
    assert "De leverancier heeft geen bewijsstukken toegevoegd." in page.content()


@pytest.mark.parametrize(
    "path",
    [
        "/inkoop/",
        "/inkoop/contracten",
        "/inkoop/contracten/leveranciers",
        "/inkoop/contracten/nieuw",
        "/inkoop/contracten/importeren",
        "/inkoop/bouwblokken",
        "/inkoop/rapportages",
        "/inkoop/weekoverzicht",
        "/inkoop/instellingen",
    ],
)
def test_every_procurement_page_passes_axe(sroi_page, path):
    login(sroi_page, INKOOP)
    sroi_page.goto(path)
    assert sroi_page.locator("h1").count() == 1
    assert axe_violations(sroi_page) == []


def test_reports_and_catalogue_screens(sroi_page):
    page = sroi_page
    login(page, INKOOP)
    page.goto("/inkoop/rapportages?jaar=2025")
    assert page.locator("svg.chart").count() == 2
    _shot(page, "procurement-reports")
    page.goto("/inkoop/bouwblokken")
    page.get_by_role(
        "link", name="Bouwblokken social return Oost-Nederland (V05, april 2023)", exact=True
    ).click()
    assert "Alleen lezen." in page.locator(".notice").inner_text()
    assert axe_violations(page) == []


def test_new_contract_form_errors_are_linked_and_the_form_is_kept(sroi_page):
    page = sroi_page
    login(page, INKOOP)
    page.goto("/inkoop/contracten/nieuw")
    page.get_by_label("Kenmerk").fill("WSW-2026-900")
    page.get_by_label("Titel").fill("Onderhoud fietspaden")
    # Weststellingwerf follows the Friese eis: works from € 250.000.
    page.get_by_label("Soort opdracht").select_option("werken")
    page.get_by_label("Opdrachtwaarde excl. btw (€)").fill("40.000")
    page.get_by_label("Startdatum").fill("2027-01-01")
    page.get_by_label("Einddatum").fill("2026-12-31")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state("networkidle")
    assert "Controleer het formulier" in page.get_by_role("alert").first.inner_text()
    value = page.get_by_label("Opdrachtwaarde excl. btw (€)")
    assert value.input_value() == "40.000"
    assert value.get_attribute("aria-invalid") == "true"
    assert (
        "onder de drempel"
        in page.locator("#" + value.get_attribute("aria-describedby").split()[-1]).inner_text()
    )
    assert "De einddatum ligt vóór de startdatum." in page.locator("#end_date-error").inner_text()
    assert page.get_by_label("Titel").input_value() == "Onderhoud fietspaden"
    _shot(page, "procurement-contract-form-errors")
    assert axe_violations(page) == []


def test_contract_value_typed_as_the_hint_shows_is_saved(sroi_page):
    """The hint says 480.000,00; the value field is a text input, so the browser sends exactly
    that and the contract is saved with that value."""
    page = sroi_page
    login(page, INKOOP)
    page.goto("/inkoop/contracten/nieuw")
    value = page.get_by_label("Opdrachtwaarde excl. btw (€)")
    assert value.get_attribute("type") == "text"
    assert value.get_attribute("inputmode") == "decimal"
    page.get_by_label("Kenmerk").fill("WSW-2026-901")
    page.get_by_label("Titel").fill("Onderhoud speeltuinen")
    page.get_by_label("Soort opdracht").select_option("diensten")
    value.fill("480.000,00")
    page.get_by_label("Startdatum").fill("2027-01-01")
    page.get_by_label("Einddatum").fill("2028-12-31")
    supplier = page.locator("#supplier-options option").first.get_attribute("value")
    page.get_by_label("Leverancier (naam of KvK-nummer)").fill(supplier)
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state("networkidle")
    assert "/inkoop/contracten/" in page.url and "nieuw" not in page.url
    assert "€ 480.000,00" in page.locator("main").inner_text()


@pytest.mark.parametrize("path", ["/inkoop/beoordelen", "/inkoop/contracten"])
def test_usable_at_320_pixels(sroi_page, path):
    sroi_page.set_viewport_size({"width": 320, "height": 640})
    login(sroi_page, INKOOP)
    sroi_page.goto(path)
    overflow = sroi_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
