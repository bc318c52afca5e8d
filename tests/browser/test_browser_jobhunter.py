"""Jobhunter in a real Chromium: a client's ranked vacancies with reasons, proposing, the
campaign and the monitor; screenshots of each for people to look at; axe-core on each page."""

import re

from tests.browser.conftest import axe_violations, login


def _first_consenting_client(page) -> str:
    page.goto("/jobhunter/werkzoekenden?gemeente=&q=")
    rows = page.locator("tbody tr")
    for i in range(rows.count()):
        if rows.nth(i).locator("td").nth(5).inner_text().strip() == "ja":
            return rows.nth(i).locator("a").first.get_attribute("href")
    raise AssertionError("geen werkzoekende met toestemming in de demo")


def _first_proposable_client(page) -> str:
    """The first consenting client who is not placed or unavailable: other browser tests of
    the session may have registered work for the first one (e.g. work outside the portal)."""
    page.goto("/jobhunter/werkzoekenden?gemeente=&q=")
    rows = page.locator("tbody tr")
    hrefs = [
        rows.nth(i).locator("a").first.get_attribute("href")
        for i in range(rows.count())
        if rows.nth(i).locator("td").nth(5).inner_text().strip() == "ja"
    ]
    for href in hrefs:
        page.goto(href)
        if page.locator(".notice", has_text="wordt niet voorgesteld").count() == 0:
            return href
    raise AssertionError("geen werkzoekende in de demo die kan worden voorgesteld")


def test_jobhunter_sees_ranked_vacancies_with_reasons_and_proposes(page, screenshot):
    login(page, "jobhunter@demo.werkbrug.nl")
    page.goto(_first_proposable_client(page))
    heading = page.get_by_role("heading", name="Passende vacatures")
    assert heading.is_visible()
    first = page.locator(".match").first
    assert first.locator(".reasons li").count() >= 1
    reasons = first.locator(".reasons").inner_text()
    assert re.search(r"beroep|vaardigheden|km|Reistijd|tekst", reasons, re.I)
    screenshot("jobhunter-client-with-matches")
    assert axe_violations(page) == []

    first.get_by_role("link", name=re.compile("Waarom niet hoger")).click()
    assert page.get_by_role("heading", name="Wat past").is_visible()
    screenshot("jobhunter-why-not-higher")
    page.go_back()

    title = first.locator("h3").inner_text()
    first.get_by_role("link", name=re.compile("^Voorstellen")).click()
    page.get_by_label("Korte toelichting voor de werkgever").fill(
        "Betrouwbaar, wil graag aan de slag."
    )
    page.get_by_role("button", name="Voorstellen").click()
    assert "is voorgesteld aan" in page.locator(".flash").inner_text()
    assert title in page.get_by_role("heading", level=1).inner_text()
    assert "al voorgesteld" in page.content()


def test_filters_and_320_pixels(page):
    page.set_viewport_size({"width": 320, "height": 700})
    login(page, "jobhunter@demo.werkbrug.nl")
    page.goto(_first_consenting_client(page) + "/vacatures")
    page.get_by_label("Maximaal km reizen").fill("15")
    page.get_by_role("button", name="Filteren").click()
    for text in page.locator(".reasons").all_inner_texts():
        km = re.search(r"± (\d+) km", text)
        assert km is None or int(km.group(1)) <= 15
    assert (
        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        <= 0
    )


def test_campaign_and_monitor_pages(page, screenshot):
    login(page, "jobhunter@demo.werkbrug.nl")
    page.get_by_role("link", name="Campagne").click()
    assert page.get_by_role("heading", name=re.compile("Werkgeverscampagne")).is_visible()
    assert (
        page.get_by_role("cell", name="Gesprekken met nieuwe werkgevers").count()
        + page.get_by_role("rowheader", name="Gesprekken met nieuwe werkgevers").count()
        >= 1
    )
    screenshot("jobhunter-campaign")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Monitor").click()
    assert page.locator("svg.chart").count() == 3  # results, trend over periods, ladder
    screenshot("jobhunter-monitor")
    assert axe_violations(page) == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Download Excel").click()
    assert download.value.suggested_filename.endswith(".xlsx")


def test_other_jobhunter_pages_pass_axe(page, screenshot):
    login(page, "jobhunter@demo.werkbrug.nl")
    for name, path in [
        ("clients", "/jobhunter/werkzoekenden"),
        ("vacancies", "/jobhunter/vacatures"),
        ("employers", "/jobhunter/werkgevers"),
        ("leads", "/jobhunter/kansen"),
        ("placements", "/jobhunter/plaatsingen"),
        ("incentives", "/jobhunter/premies"),
        ("new-client", "/jobhunter/werkzoekenden/nieuw"),
    ]:
        page.goto(path)
        screenshot(f"jobhunter-{name}")
        assert axe_violations(page) == [], path
