"""The employer portal in a real headless Chromium: main journeys, screenshots and axe-core checks.

Screenshots go to screenshots/employer-*.png for people to look at.
"""

from __future__ import annotations

import re

import pytest

from app.seed.demo import EMPLOYER_ACCOUNT
from tests.browser.conftest import axe_violations, login

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def employer(page):
    login(page, EMPLOYER_ACCOUNT)
    return page


def test_dashboard(employer, screenshot):
    page = employer
    assert page.get_by_role("heading", level=1).inner_text().startswith("Welkom")
    for name in [
        "Nieuwe kandidaten",
        "Regelingen die eraan komen",
        "Social return",
        "Uw open vacatures",
    ]:
        assert page.get_by_role("heading", name=name, exact=True).is_visible()
    screenshot("employer-home")
    assert axe_violations(page) == []


def test_vacancy_form_suggests_esco_labels_and_comes_back_filled_in(employer, screenshot):
    page = employer
    page.goto("/werkgever/vacatures/nieuw")
    occupation = page.get_by_label("Beroep")
    occupation.type("schoonma", delay=30)
    page.locator("#beroepen option").first.wait_for(state="attached")
    labels = page.eval_on_selector_all("#beroepen option", "els => els.map(e => e.value)")
    assert any("schoonma" in label.lower() for label in labels)
    page.get_by_label("Titel").fill("Medewerker schoonmaak")
    page.get_by_label("Uren per week, minimaal").fill("veel")
    page.get_by_role("button", name="Vacature plaatsen").click()
    page.wait_for_load_state("networkidle")
    alert = page.get_by_role("alert")
    assert "Controleer het formulier" in alert.inner_text()
    assert page.get_by_label("Titel").input_value() == "Medewerker schoonmaak"
    assert page.get_by_label("Uren per week, minimaal").input_value() == "veel"
    screenshot("employer-vacancy-form-errors")
    assert axe_violations(page) == []


def test_vacancy_list_and_page(employer, screenshot):
    page = employer
    page.goto("/werkgever/vacatures")
    screenshot("employer-vacancies")
    assert axe_violations(page) == []
    page.locator("table tbody a").first.click()  # the header's links sort the list
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("button", name="Sluiten").is_visible()
    screenshot("employer-vacancy")
    assert axe_violations(page) == []


def test_candidate_page_is_pseudonymous_and_can_be_answered(employer, screenshot):
    page = employer
    page.goto("/werkgever/kandidaten?toon=alle")
    screenshot("employer-candidates")
    assert axe_violations(page) == []
    page.locator("table a").first.click()
    page.wait_for_load_state("networkidle")
    heading = page.get_by_role("heading", level=1).inner_text()
    assert heading.startswith("Kandidaat")
    text = page.locator("main").inner_text()
    assert not re.search(r"\b\d{4} ?[A-Z]{2}\b", text)  # no exact postcode
    assert not re.search(r"\b9999\d{5}\b", text)  # no BSN
    screenshot("employer-candidate")
    assert axe_violations(page) == []
    if page.get_by_role("button", name="Antwoord versturen").count():
        page.get_by_label("Niet passend").check()
        page.get_by_role("button", name="Antwoord versturen").click()
        page.wait_for_load_state("networkidle")
        assert "Schrijf kort waarom" in page.locator("main").inner_text()
        screenshot("employer-candidate-error")
        assert axe_violations(page) == []


def test_subsidy_calculator(employer, screenshot):
    page = employer
    page.goto("/werkgever/subsidies")
    page.get_by_label("Uitkering van de kandidaat").select_option("participatiewet")
    page.get_by_label("Kandidaat hoort bij de banenafspraak").check()
    page.get_by_label("Uren per week").fill("32")
    page.get_by_label("Bruto uurloon").fill("15,00")
    page.get_by_label("Loonwaarde (%)").fill("60")
    page.get_by_label("Looptijd contract in maanden").fill("12")
    page.get_by_role("button", name="Uitrekenen").click()
    page.wait_for_load_state("networkidle")
    result = page.locator("#uitkomst-blok").inner_text()
    assert "Loonkostensubsidie" in result and "LKV" in result and "Werkvoucher" in result
    page.get_by_text("Zo rekenen we").first.click()
    screenshot("employer-subsidies")
    assert axe_violations(page) == []


def test_placements(employer, screenshot):
    page = employer
    page.goto("/werkgever/plaatsingen")
    screenshot("employer-placements")
    assert axe_violations(page) == []
    page.goto("/werkgever/plaatsingen/nieuw")
    page.get_by_role("button", name="Start registreren").click()
    page.wait_for_load_state("networkidle")
    assert "Controleer het formulier" in page.get_by_role("alert").inner_text()
    screenshot("employer-placement-form-errors")
    assert axe_violations(page) == []
    if page.get_by_label("Kandidaat", exact=True).locator("option").count() > 1:
        page.get_by_label("Kandidaat", exact=True).select_option(index=1)
        page.get_by_label("Eerste werkdag").fill("2026-12-01")
        page.get_by_label("Uren per week").fill("32")
        page.get_by_label("Vast", exact=True).check()
        page.get_by_label("Bruto uurloon").fill("15,10")
        page.get_by_role("button", name="Start registreren").click()
        page.wait_for_load_state("networkidle")
        main = page.locator("main").inner_text()
        assert "De start is geregistreerd" in main and "Contact met de jobhunter" in main
        screenshot("employer-placement")
        assert axe_violations(page) == []


def test_social_return_report_with_evidence(employer, screenshot, tmp_path):
    page = employer
    page.goto("/werkgever/social-return")
    assert page.locator("progress").count() >= 1
    screenshot("employer-contracts")
    assert axe_violations(page) == []
    page.locator("table a").first.click()
    page.wait_for_load_state("networkidle")
    screenshot("employer-contract")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Activiteit melden").click()
    page.wait_for_load_state("networkidle")
    fake = tmp_path / "contract.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    page.get_by_label("Omschrijving (als het niet om een voorgestelde kandidaat gaat)").fill(
        "Werkervaringsplek groen"
    )
    page.get_by_label("Bouwblok").select_option(index=1)
    page.get_by_label("Startdatum").fill("2026-03-01")
    page.get_by_label("Uren per week").fill("24")
    page.get_by_label("Wat is het bewijsstuk?").select_option("arbeidsovereenkomst")
    page.get_by_label("Bewijsstukken toevoegen").set_input_files(str(fake))
    page.get_by_role("button", name="Indienen ter beoordeling").click()
    page.wait_for_load_state("networkidle")
    assert "is geen PDF, JPG of PNG" in page.locator("main").inner_text()
    assert page.get_by_label("Uren per week").input_value() == "24"
    screenshot("employer-activity-form-errors")
    assert axe_violations(page) == []
    real = tmp_path / "arbeidsovereenkomst.pdf"
    real.write_bytes(PDF)
    page.get_by_label("Wat is het bewijsstuk?").select_option("arbeidsovereenkomst")
    page.get_by_label("Bewijsstukken toevoegen").set_input_files(str(real))
    page.get_by_role("button", name="Indienen ter beoordeling").click()
    page.wait_for_load_state("networkidle")
    main = page.locator("main").inner_text()
    assert "Ingediend" in main and "arbeidsovereenkomst.pdf" in main
    screenshot("employer-activity")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Intrekken").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", level=1).inner_text() == "Activiteit intrekken?"
    assert axe_violations(page) == []
    page.get_by_role("link", name="Nee, terug").click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("link", name=re.compile("WSW-")).first.click()
    page.wait_for_load_state("networkidle")
    assert "Ingediend" in page.locator("table").inner_text()
    screenshot("employer-contract-with-activity")
    assert axe_violations(page) == []


def test_registration_and_approval_by_a_jobhunter(page, screenshot):
    page.goto("/werkgever/aanmelden")
    page.get_by_role("button", name="Aanmelding versturen").click()
    page.wait_for_load_state("networkidle")
    assert "Controleer het formulier" in page.get_by_role("alert").inner_text()
    screenshot("employer-register-errors")
    assert axe_violations(page) == []
    page.get_by_label("Naam van uw bedrijf").fill("Kwekerij De Lende")
    page.get_by_label("KvK-nummer").fill("8765 4321")
    page.get_by_label("Postcode van uw vestiging").fill("8471 zx")
    page.get_by_label("Gemeente waar u mensen zoekt").select_option(
        label="Gemeente Weststellingwerf"
    )
    page.get_by_label("Uw naam").fill("Gerrit Veenstra")
    page.get_by_label("Uw e-mailadres").fill("gerrit@delende.example")
    page.get_by_label("De gemeente mag mijn gegevens gebruiken").check()
    page.get_by_role("button", name="Aanmelding versturen").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", level=1).inner_text() == "Bedankt voor uw aanmelding"
    login(page, "jobhunter@demo.werkbrug.nl")
    page.goto("/jobhunter/aanmeldingen")
    assert page.get_by_role("heading", level=1).inner_text() == "Aanmeldingen van werkgevers"
    assert "Kwekerij De Lende" in page.locator("main").inner_text()
    screenshot("jobhunter-approvals")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Goedkeuren Kwekerij De Lende").click()
    page.wait_for_load_state("networkidle")
    assert "is goedgekeurd" in page.locator("main").inner_text()


@pytest.mark.parametrize(
    "path", ["/werkgever/", "/werkgever/social-return", "/werkgever/subsidies"]
)
def test_employer_pages_fit_320_pixels(employer, path):
    page = employer
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
