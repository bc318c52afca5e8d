"""The three main journeys of issue 9, end to end in a real Chromium, as one story:

1. an employer posts a vacancy, sees the proposed pseudonymous candidate, invites them,
   registers the placement and reports an SROI activity with a PDF;
2. a jobhunter opens a client, sees ranked vacancies with reasons, proposes the client for
   that vacancy, and later sees the placement and its follow-up tasks;
3. a procurement user accepts the reported activity and sees the contract's realised amount
   and state change.
Screenshots of the key pages go to screenshots/journey-*.png.
"""

import re
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, login

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj "
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _euros(text: str) -> Decimal:
    """'€ 38.764,38' -> Decimal('38764.38')."""
    number = re.search(r"€\s*([\d.]+,\d{2})", text).group(1)
    return Decimal(number.replace(".", "").replace(",", "."))


@pytest.fixture
def contexts(browser, live_server):
    made = []

    def new(role: str):
        context = browser.new_context(
            base_url=live_server, locale="nl-NL", viewport={"width": 1280, "height": 900}
        )
        context.set_default_timeout(15_000)
        made.append(context)
        return context.new_page()

    yield new
    for context in made:
        context.close()


def test_employer_jobhunter_and_procurement_journeys(contexts, tmp_path):
    from tests.browser.conftest import SCREENSHOTS

    SCREENSHOTS.mkdir(exist_ok=True)

    def shot(page, name):
        page.screenshot(path=str(SCREENSHOTS / f"journey-{name}.png"), full_page=True)

    title = f"Heftruckchauffeur Wolvega {uuid.uuid4().hex[:6]}"

    # 1a. The employer posts a vacancy.
    employer = contexts("employer")
    login(employer, "werkgever@demo.werkbrug.nl")
    employer.goto("/werkgever/vacatures/nieuw")
    employer.get_by_label("Titel").fill(title)
    employer.get_by_label("Beroep").fill("heftruckchauffeur")
    employer.get_by_label("Wat moet de kandidaat kunnen?").fill("heftruck besturen\norderpicken")
    employer.get_by_label("Uren per week, minimaal").fill("16")
    employer.get_by_label("Uren per week, maximaal").fill("40")
    employer.get_by_role("button", name="Vacature plaatsen").click()
    assert employer.get_by_role("heading", level=1).inner_text() == title
    shot(employer, "1-employer-vacancy")

    # 2. The jobhunter finds the best client for it, opens the client, proposes from the matches.
    jobhunter = contexts("jobhunter")
    login(jobhunter, "jobhunter@demo.werkbrug.nl")
    jobhunter.goto("/jobhunter/vacatures?q=" + title.split()[-1])
    jobhunter.get_by_role("link", name=title).click()
    vacancy_url = jobhunter.url
    proposable = jobhunter.locator(
        "tbody tr", has=jobhunter.get_by_role("link", name=re.compile("^Voorstellen"))
    )
    assert proposable.count() >= 1, "no consenting client ranked for the new vacancy"
    # The best ranked client who does not already work for this employer (other tests place some).
    for index in range(proposable.count()):
        jobhunter.goto(vacancy_url)
        row = proposable.nth(index)
        client_name = row.locator("td").first.inner_text().strip()
        row.locator("td a").first.click()
        placements = jobhunter.locator("h2:has-text('Plaatsingen en nazorg') + *").inner_text()
        if "Transport Sikkema" not in placements:
            break
    assert jobhunter.get_by_role("heading", level=1).inner_text() == client_name
    pseudonym = jobhunter.locator("dt:has-text('Pseudoniem') + dd").inner_text().strip()
    jobhunter.get_by_role("link", name="Meer vacatures en filters").click()
    match = jobhunter.locator(".match", has=jobhunter.get_by_role("link", name=title))
    assert match.count() == 1, "the new vacancy is not among the client's ten best"
    assert "Gewenst beroep komt overeen" in match.locator(".reasons").inner_text()
    shot(jobhunter, "2-jobhunter-client-matches")
    assert axe_violations(jobhunter) == []
    match.get_by_role("link", name=re.compile("^Voorstellen")).click()
    jobhunter.get_by_label("Korte toelichting voor de werkgever").fill(
        "Heeft heftruckcertificaat, kan direct beginnen."
    )
    jobhunter.get_by_role("button", name="Voorstellen").click()
    assert "is voorgesteld aan" in jobhunter.locator(".flash").inner_text()

    # 1b. The employer sees the pseudonymous candidate and invites them.
    employer.goto("/werkgever/kandidaten")
    employer.get_by_role("link", name=re.compile(re.escape(pseudonym))).first.click()
    page_text = employer.locator("main").inner_text()
    assert pseudonym in page_text
    assert client_name not in page_text and client_name.split()[-1] not in page_text
    shot(employer, "3-employer-candidate")
    assert axe_violations(employer) == []
    employer.get_by_label("Uitnodigen voor een gesprek").check()
    employer.get_by_role("button", name="Antwoord versturen").click()
    assert "Uitgenodigd" in employer.locator("main").inner_text()

    # 1c. The candidate starts: the employer registers the placement.
    employer.get_by_role("link", name="Deze kandidaat begint bij mij").click()
    start = date.today() - timedelta(days=1)
    employer.get_by_label("Eerste werkdag").fill(start.isoformat())
    employer.get_by_label("Uren per week").fill("32")
    employer.get_by_label("Looptijd in maanden (bij een tijdelijk contract)").fill("12")
    employer.get_by_label("Bruto uurloon").fill("15,25")
    employer.get_by_role("button", name="Start registreren").click()
    # waits until the follow-up list is there: on a busy machine Chromium may show the first
    # part of the new page before the rest has arrived
    follow_up = (start + timedelta(days=14)).strftime("%d-%m-%Y") + ": Telefonisch contact"
    expect(employer.locator("main")).to_contain_text(follow_up)
    placement_text = employer.locator("main").inner_text()
    assert "De start is geregistreerd" in placement_text and pseudonym in placement_text
    shot(employer, "4-employer-placement")

    # 1d. The employer reports an SROI activity with a PDF on its contract.
    employer.goto("/werkgever/social-return")
    employer.get_by_role("link", name=re.compile("WSW-2025-014")).first.click()
    employer.get_by_role("link", name="Activiteit melden").click()
    employer.get_by_label("Omschrijving (als het niet om een voorgestelde kandidaat gaat)").fill(
        f"Journey {title}: inwoner met bijstand, 36 uur"
    )
    employer.get_by_label("Bouwblok").select_option("pw_lang")
    employer.get_by_label("Startdatum").fill(date(date.today().year, 1, 1).isoformat())
    employer.get_by_label("Uren per week").fill("36")
    pdf = tmp_path / "arbeidsovereenkomst.pdf"
    pdf.write_bytes(PDF)
    employer.get_by_label("Wat is het bewijsstuk?").select_option("arbeidsovereenkomst")
    employer.get_by_label("Bewijsstukken toevoegen").set_input_files(str(pdf))
    employer.get_by_role("button", name="Indienen ter beoordeling").click()
    assert "Ingediend" in employer.locator("main").inner_text()
    assert "arbeidsovereenkomst.pdf" in employer.locator("main").inner_text()
    shot(employer, "5-employer-activity")

    # 2b. The jobhunter later sees the placement and its follow-up tasks.
    jobhunter.goto("/jobhunter/plaatsingen")
    row = jobhunter.locator("tbody tr", has=jobhunter.get_by_role("link", name=client_name))
    assert row.count() >= 1
    follow_up = row.first.inner_text()
    assert "Telefonisch contact" in follow_up and "Tweede contact" in follow_up
    assert (start + timedelta(days=14)).strftime("%d-%m-%Y") in follow_up
    shot(jobhunter, "6-jobhunter-placements")

    # 3. Procurement accepts the activity; realised amount and state change.
    procurement = contexts("procurement")
    login(procurement, "inkoop@demo.werkbrug.nl")
    procurement.goto("/inkoop/contracten")
    procurement.get_by_role("link", name=re.compile("WSW-2025-014")).first.click()
    contract_url = procurement.url
    before = _euros(procurement.locator("dt:has-text('Gerealiseerd') + dd").first.inner_text())
    procurement.goto("/inkoop/beoordelen")
    shot(procurement, "7-procurement-queue")
    assert axe_violations(procurement) == []
    # Oldest first: the journey's activity is the newest of this contract, so the last row.
    procurement.locator("tbody tr", has_text="WSW-2025-014").last.get_by_role(
        "link", name=re.compile("Beoordeel")
    ).click()
    assert f"Journey {title}" in procurement.locator("main").inner_text()
    value = _euros(procurement.locator(".valuation .value").inner_text())
    assert value > 0 and "×" in procurement.locator(".valuation .formula").inner_text()
    shot(procurement, "8-procurement-review")
    procurement.get_by_role("button", name="Goedkeuren").click()
    procurement.goto(contract_url)
    after = _euros(procurement.locator("dt:has-text('Gerealiseerd') + dd").first.inner_text())
    assert after == before + value
    shot(procurement, "9-procurement-contract")

    employer.goto(contract_url.replace("/inkoop/contracten/", "/werkgever/social-return/"))
    assert "Goedgekeurd" in employer.locator("main").inner_text()
