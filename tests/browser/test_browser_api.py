"""In Chromium: making an API token under Mijn account, and the API's documentation page,
both accessible (axe-core) and without scripts."""

from tests.browser.conftest import axe_violations, login


def test_make_and_revoke_an_api_token(page, screenshot):
    login(page, "werkgever@demo.werkbrug.nl")
    page.goto("/account")
    page.get_by_role("link", name="API-sleutels beheren").click()
    assert page.get_by_role("heading", name="API-sleutels", exact=True).is_visible()
    page.get_by_role("button", name="Sleutel maken").click()
    assert "Geef de sleutel een naam" in page.get_by_role("alert").inner_text()
    page.get_by_label("Naam van de sleutel").fill("Wervingssysteem")
    page.get_by_label("Vacatures: lezen en wijzigen").check()
    page.get_by_role("button", name="Sleutel maken").click()
    token = page.get_by_label("Sleutel", exact=True).input_value()
    assert token.startswith("wb_")
    screenshot("api-token-made")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Intrekken Wervingssysteem").click()
    assert "is ingetrokken" in page.locator("main").inner_text()
    assert token not in page.content()


def test_api_documentation_page(page, screenshot):
    page.goto("/api/v1/docs")
    assert page.get_by_role("heading", name="Documentatie van de API").is_visible()
    assert page.locator("script").count() == 0
    assert "/api/v1/employer/vacancies" in page.locator("main").inner_text()
    screenshot("api-docs")
    assert axe_violations(page) == []
