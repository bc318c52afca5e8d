"""In a real Chromium: the beheerder's pages for users, organisations, settings, rule tables,
reference data and periodic jobs pass axe-core; a bad minimum wage shows its message next to
the field; the employer's colleagues page and "wachtwoord vergeten" too."""

import pytest

from app.seed.demo import EMPLOYER_ACCOUNT
from tests.browser.conftest import LIVE, axe_violations, login


def _ids():
    from app.extensions import db
    from app.models import (
        IncentiveScheme,
        LkvRate,
        MinimumWage,
        Organisation,
        User,
        YouthMinimumWageRate,
    )

    with LIVE["app"].app_context():
        return {
            "scheme": db.session.scalars(db.select(IncentiveScheme.id)).first(),
            "wage": db.session.scalars(db.select(MinimumWage.id)).first(),
            "youth": db.session.scalars(db.select(YouthMinimumWageRate.id)).first(),
            "lkv": db.session.scalars(db.select(LkvRate.id)).first(),
            "org": db.session.scalars(
                db.select(Organisation.id).where(Organisation.name == "Gemeente Weststellingwerf")
            ).one(),
            "user": db.session.scalars(
                db.select(User.id).where(User.email == "jobhunter@demo.werkbrug.nl")
            ).one(),
        }


PAGES = [
    ("/beheer/", "Beheer"),
    ("/beheer/gebruikers", "Gebruikers"),
    ("/beheer/gebruikers/{user}", "Sietse Hoekstra"),
    ("/beheer/gebruikers/uitnodigen", "Gebruiker uitnodigen"),
    ("/beheer/organisaties", "Organisaties"),
    ("/beheer/organisaties/{org}", "Gemeente Weststellingwerf"),
    ("/beheer/organisaties/{org}/instellingen", "Instellingen van Gemeente Weststellingwerf"),
    ("/beheer/minimumloon", "Wettelijk minimumloon per uur"),
    ("/beheer/minimumloon/{wage}", "corrigeren"),
    ("/beheer/minimumloon/jeugdloon/nieuw", "Nieuwe percentages minimumjeugdloon"),
    ("/beheer/minimumloon/jeugdloon/{youth}", "corrigeren"),
    ("/beheer/minimumloon/lkv/nieuw", "Nieuwe bedragen loonkostenvoordeel"),
    ("/beheer/minimumloon/lkv/{lkv}", "corrigeren"),
    ("/beheer/regelingen", "Regelingen per gemeente"),
    ("/beheer/regelingen/werkgevers/{scheme}/nieuwe-versie", "Nieuwe versie van Werkvoucher"),
    ("/beheer/regelingen/uitstroompremie/nieuw", "Nieuwe uitstroompremie"),
    ("/beheer/referentiedata", "Referentiedata"),
    ("/beheer/taken", "Periodieke taken"),
]


def test_admin_pages_are_accessible(page, live_server, screenshot):
    login(page, "beheer@demo.werkbrug.nl")
    ids = _ids()
    problems = {}
    for path, heading in PAGES:
        page.goto(path.format(**ids))
        assert heading in page.get_by_role("heading", level=1).inner_text(), path
        found = axe_violations(page)
        if found:
            problems[path] = found
    screenshot("admin-jobs")
    assert problems == {}


def test_bad_minimum_wage_is_shown_next_to_the_field(page, live_server):
    login(page, "beheer@demo.werkbrug.nl")
    page.goto("/beheer/minimumloon")
    page.get_by_label("Geldig vanaf").fill("2026-07-01")
    amount = page.get_by_label("Bedrag per uur (21 jaar en ouder)")
    amount.fill("veertien")
    page.get_by_role("button", name="Toevoegen").click()
    amount = page.get_by_label("Bedrag per uur (21 jaar en ouder)")
    assert amount.input_value() == "veertien"
    assert amount.get_attribute("aria-invalid") == "true"
    assert "Vul een getal in" in page.locator("#hourly_amount-error").inner_text()
    assert axe_violations(page) == []


def test_a_youth_percentage_below_the_full_minimum_is_shown_next_to_the_field(page, live_server):
    login(page, "beheer@demo.werkbrug.nl")
    page.goto("/beheer/minimumloon")
    page.get_by_role("link", name="Nieuwe percentages toevoegen").click()
    page.get_by_label("Geldig vanaf").fill("2026-07-01")
    assert page.get_by_label("19 jaar (%)").input_value() == "60"  # filled with the one in force
    oldest = page.get_by_label("21 jaar en ouder (%)")
    oldest.fill("95")
    page.get_by_role("button", name="Toevoegen").click()
    oldest = page.get_by_label("21 jaar en ouder (%)")
    assert oldest.input_value() == "95"
    assert oldest.get_attribute("aria-invalid") == "true"
    assert "vul 100 in" in page.locator("#age_21-error").inner_text()
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    ("email", "path", "heading"),
    [
        (EMPLOYER_ACCOUNT, "/werkgever/collegas", "Collega's bij"),
        (EMPLOYER_ACCOUNT, "/account/wachtwoord", "Wachtwoord wijzigen"),
    ],
)
def test_account_pages_are_accessible(page, live_server, email, path, heading):
    login(page, email)
    page.goto(path)
    assert heading in page.get_by_role("heading", level=1).inner_text()
    assert axe_violations(page) == []


def test_forgot_password_is_reachable_from_login(page, live_server):
    page.goto("/inloggen")
    page.get_by_role("link", name="Wachtwoord vergeten?").click()
    page.get_by_label("E-mailadres").fill("niemand@example.nl")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Stuur mij een link").click()
    assert "Als er een account bij dit e-mailadres hoort" in page.content()
