"""In Chromium: enrolment with the QR code, the code step, Mijn account, the admin's audit log and
users page, and the client export page — each checked with axe-core."""

from __future__ import annotations

import re

import pyotp

from tests.browser.conftest import LIVE, axe_violations, login


def _new_staff_user(email: str) -> None:
    """A jobhunter who has never logged in (no authenticator app yet)."""
    from app.extensions import db
    from app.models import Organisation, User
    from app.security import hash_password

    with LIVE["app"].app_context():
        if db.session.execute(db.select(User).where(User.email == email)).first():
            return
        org = db.session.scalars(
            db.select(Organisation).where(Organisation.name == "Gemeente Weststellingwerf")
        ).one()
        db.session.add(
            User(
                email=email,
                name="Nieuwe Collega",
                role="jobhunter",
                organisation=org,
                password_hash=hash_password("werkbrug-demo-2026"),
            )
        )
        db.session.commit()


def _secret(email: str) -> str:
    from app.extensions import db
    from app.models import User

    with LIVE["app"].app_context():
        return db.session.scalars(db.select(User.totp_secret).where(User.email == email)).one()


def test_enrolment_code_step_and_recovery_codes(page, screenshot):
    email = "nieuwe.collega@demo.werkbrug.nl"
    _new_staff_user(email)
    page.goto("/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill("werkbrug-demo-2026")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/inloggen/tweestapsverificatie")
    qr = page.get_by_role("img", name=re.compile("QR-code"))
    assert qr.is_visible()
    shown = page.locator("#totp-secret").inner_text().replace(" ", "")
    assert shown == _secret(email)
    screenshot("security-enrol")
    assert axe_violations(page) == []
    page.get_by_label("Code uit de app").fill("000000")
    page.get_by_role("button", name="Bevestigen").click()
    assert "Deze code klopt niet" in page.get_by_role("alert").inner_text()
    assert axe_violations(page) == []
    page.get_by_label("Code uit de app").fill(pyotp.TOTP(shown).now())
    page.get_by_role("button", name="Bevestigen").click()
    codes = page.locator(".recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    screenshot("security-recovery-codes")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Ik heb de codes bewaard, verder").click()
    page.wait_for_url("**/jobhunter/")

    # Log out and in again with a recovery code on the code page.
    page.get_by_role("button", name="Uitloggen").click()
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill("werkbrug-demo-2026")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/inloggen/code")
    screenshot("security-code")
    assert axe_violations(page) == []
    page.get_by_label("Code", exact=True).fill(codes[0])
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/jobhunter/")
    assert "nog 9 herstelcodes" not in page.content()  # only warned when 3 or fewer are left


def test_account_page_for_staff_and_employer(page, screenshot):
    login(page, "werkgever@demo.werkbrug.nl")
    page.get_by_role("link", name="Mijn account").click()
    assert page.get_by_role("heading", name="Mijn account").is_visible()
    assert "Tweestapsverificatie staat uit" in page.locator("main").inner_text()
    screenshot("security-account-employer")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Tweestapsverificatie aanzetten").click()
    assert page.get_by_role("img", name=re.compile("QR-code")).is_visible()
    assert axe_violations(page) == []


def test_admin_audit_log_and_users(page, screenshot):
    login(page, "beheer@demo.werkbrug.nl")
    page.goto("/beheer/auditlog")
    assert page.get_by_role("heading", name="Auditlog").is_visible()
    page.get_by_label("Handeling").select_option("login")
    page.get_by_role("button", name="Zoeken").click()
    assert "gevonden" in page.get_by_role("status").inner_text()
    screenshot("security-audit-log")
    assert axe_violations(page) == []
    page.get_by_label("Vanaf datum").fill("2026-02-01")
    page.get_by_label("Tot en met datum").fill("2026-01-01")
    page.get_by_role("button", name="Zoeken").click()
    assert "De einddatum ligt vóór de begindatum." in page.get_by_role("alert").inner_text()
    assert axe_violations(page) == []
    page.goto("/beheer/gebruikers")
    assert page.get_by_role("columnheader", name="Stand").is_visible()
    assert page.get_by_text("tweestapsverificatie aan").first.is_visible()
    screenshot("security-users")
    assert axe_violations(page) == []


def test_client_export_page(page, screenshot):
    login(page, "jobhunter@demo.werkbrug.nl")
    page.goto("/jobhunter/werkzoekenden")
    page.locator("tbody tr td a").first.click()
    page.get_by_role("link", name="Inzage").click()
    assert page.get_by_role("heading", name="Inzage in persoonsgegevens").is_visible()
    screenshot("security-export")
    assert axe_violations(page) == []
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download als PDF")).click()
    assert download.value.suggested_filename.endswith(".pdf")
