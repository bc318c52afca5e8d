"""In a real Chromium: the Dutch login page, every demo account's home page, and axe-core checks."""

import pytest

from app.seed.demo import ACCOUNTS, EMPLOYER_ACCOUNT
from tests.browser.conftest import axe_violations, login, second_factor

HOMES = {
    "admin": ("/beheer/", "Beheer"),
    "jobhunter": ("/jobhunter/", "Goedendag"),
    "procurement": ("/inkoop/", "Social return"),
    "employer": ("/werkgever/", "Welkom"),
}
DEMO = [(email, role) for email, _n, role, _o in ACCOUNTS] + [(EMPLOYER_ACCOUNT, "employer")]


def test_login_page_is_dutch_and_accessible(page, screenshot):
    page.goto("/inloggen")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.get_by_role("heading", name="Inloggen bij Werkbrug").is_visible()
    screenshot("login")
    assert axe_violations(page) == []


def test_login_error_is_announced_and_linked(page):
    page.goto("/inloggen")
    page.get_by_role("button", name="Inloggen").click()
    summary = page.get_by_role("alert")
    assert "Controleer het formulier" in summary.inner_text()
    email = page.get_by_label("E-mailadres")
    assert email.get_attribute("aria-invalid") == "true"
    assert (
        page.locator("#" + email.get_attribute("aria-describedby")).inner_text()
        == "Vul uw e-mailadres in."
    )
    assert axe_violations(page) == []


def test_login_form_works_with_the_keyboard_only(page):
    page.goto("/inloggen")
    page.keyboard.press("Tab")  # skip link
    assert page.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "email"
    page.keyboard.type("inkoop@demo.werkbrug.nl")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "password"
    page.keyboard.type("werkbrug-demo-2026")
    page.keyboard.press("Enter")
    page.wait_for_url("**/inloggen/**")
    second_factor(page, "inkoop@demo.werkbrug.nl")
    page.wait_for_url("**/inkoop/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Social return")


def test_focus_is_visible(page):
    page.goto("/inloggen")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


@pytest.mark.parametrize("email, role", DEMO)
def test_every_demo_account_sees_its_home(page, screenshot, email, role):
    login(page, email)
    path, heading = HOMES[role]
    assert page.url.endswith(path)
    assert heading in page.get_by_role("heading", level=1).inner_text()
    screenshot(f"home-{email.split('@')[0]}")
    assert axe_violations(page) == []


@pytest.mark.parametrize("email, role", DEMO[:2] + DEMO[-1:])
def test_home_is_usable_at_320_pixels(page, email, role):
    page.set_viewport_size({"width": 320, "height": 640})
    login(page, email)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
