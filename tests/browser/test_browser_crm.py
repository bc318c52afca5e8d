"""The employer CRM in a real Chromium (issue 17): the employer list filtered through the URL,
the employer page with a new contact person and a follow-up that then shows on the dashboard,
and the list at 375 px without hidden columns; axe-core on each page."""

import re
from datetime import date, timedelta

from tests.browser.conftest import axe_violations, login


def test_filter_employers_add_a_contact_person_and_plan_a_follow_up(page, screenshot):
    login(page, "jobhunter@demo.werkbrug.nl")
    page.get_by_role("link", name="Werkgevers", exact=True).click()
    page.get_by_label("Quotum geldt").select_option("yes")
    page.get_by_label("Sorteren op").select_option("contact_oldest")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_load_state("networkidle")  # the filtered list, not the page before it
    assert "quota=yes" in page.url and "sort=contact_oldest" in page.url
    rows = page.locator("table.employer-list tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        assert "quotum" in rows.nth(i).inner_text()
    screenshot("jobhunter-crm-employers")
    assert axe_violations(page) == []

    rows.first.locator("th a").click()
    assert page.get_by_role("heading", name="Quotum banenafspraak").is_visible()
    assert page.get_by_role("heading", name="Tijdlijn").is_visible()
    screenshot("jobhunter-crm-employer")
    assert axe_violations(page) == []

    page.get_by_role("link", name="Contactpersoon toevoegen").click()
    page.get_by_label("Naam").fill("Baukje Wiersma")
    page.get_by_label("Functie").fill("Bedrijfsleider")
    page.get_by_label("Telefoon").fill("06 12")
    page.get_by_role("button", name="Opslaan").click()
    assert "Een Nederlands telefoonnummer heeft 10 cijfers" in page.content()
    assert page.get_by_label("Naam").input_value() == "Baukje Wiersma"
    assert axe_violations(page) == []
    page.get_by_label("Telefoon").fill("0561 123 456")
    page.get_by_role("button", name="Opslaan").click()
    assert "Contactpersoon Baukje Wiersma is toegevoegd." in page.locator(".flash").inner_text()

    page.get_by_text("Terugbelafspraak plannen").click()
    tomorrow = date.today() + timedelta(days=1)
    page.get_by_label("Wanneer").fill(tomorrow.isoformat())
    page.get_by_label("Wat", exact=True).fill("Terugbellen over een proefplaatsing in de winkel")
    page.get_by_label("Met wie").select_option(label="Baukje Wiersma (Bedrijfsleider)")
    page.get_by_role("button", name="Plannen").click()
    assert "Terugbelafspraak gepland" in page.locator(".flash").inner_text()

    page.get_by_role("link", name="Overzicht").click()
    block = page.locator("section", has=page.get_by_role("heading", name=re.compile("Terugbellen")))
    assert "Terugbellen over een proefplaatsing in de winkel" in block.inner_text()
    assert "Baukje Wiersma" in block.inner_text()
    screenshot("jobhunter-crm-dashboard")
    assert axe_violations(page) == []
    item = block.locator("li", has_text="proefplaatsing in de winkel")
    item.get_by_role("button", name=re.compile("Afgerond")).click()
    assert "afgerond" in page.locator(".flash").inner_text()
    assert "proefplaatsing in de winkel" not in page.locator("#terugbellen + *").inner_text()


def test_employer_list_at_375_pixels_hides_no_column(page, screenshot):
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, "jobhunter@demo.werkbrug.nl")
    page.goto("/jobhunter/werkgevers")
    assert (
        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        <= 0
    )
    first = page.locator("table.employer-list tbody tr").first
    for label in ("Medewerkers", "Laatste contact", "Open vacatures"):
        cell = first.locator(f'td[data-label="{label}"]')
        assert cell.is_visible() and cell.bounding_box()["x"] + cell.bounding_box()["width"] <= 375
    screenshot("jobhunter-crm-employers-375")
    page.goto(first.locator("th a").get_attribute("href"))
    assert (
        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        <= 0
    )
    screenshot("jobhunter-crm-employer-375")
    assert axe_violations(page) == []
