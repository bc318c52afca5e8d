"""A client's path in a real Chromium (issue 16): the dashboard's due items, the client page's
timeline, recording a contact and work found outside the portal, the plan, the target groups
and the monitor per half year; at 1280 and 375 pixels, with axe-core on each page."""

import re

from tests.browser.conftest import axe_violations, login


def _client_with_a_plan(page) -> str:
    """The demo client whose plan was reviewed twice (it has three versions)."""
    page.goto("/jobhunter/")
    link = page.locator("table.due-table a", has_text="Evaluatie plan van aanpak").first
    link.click()
    page.wait_for_load_state("networkidle")
    return page.url.rsplit("/plan", 1)[0]


def test_dashboard_due_items_and_the_client_timeline(page, screenshot):
    login(page, "jobhunter@demo.werkbrug.nl")
    heading = page.get_by_role("heading", name=re.compile("Te doen: evaluaties"))
    assert heading.is_visible()
    due = page.locator("table.due-table tbody tr")
    assert due.count() >= 5
    assert page.locator("table.due-table .state-overdue").count() >= 1
    screenshot("client-path-dashboard")
    assert axe_violations(page) == []
    client_url = _client_with_a_plan(page)
    assert page.get_by_role("heading", name=re.compile("Plan van aanpak van")).is_visible()
    screenshot("client-path-plan")
    assert axe_violations(page) == []
    page.goto(client_url)
    timeline = page.locator("ol.timeline li")
    assert timeline.count() >= 3
    assert page.get_by_role("heading", name="Tijdlijn").is_visible()
    assert "Versie" in page.locator("section[aria-labelledby=plan]").inner_text()
    screenshot("client-path-client")
    assert axe_violations(page) == []


def test_log_a_talk_and_register_work_outside_the_portal(page):
    login(page, "jobhunter@demo.werkbrug.nl")
    page.goto("/jobhunter/werkzoekenden")
    page.locator("tbody tr a").first.click()
    page.get_by_role("link", name="Contact", exact=True).click()
    page.get_by_label("Soort contact").select_option("service_talk")
    page.get_by_label("Korte notitie").fill("Dienstverleningsgesprek: uren uitbreiden besproken.")
    page.get_by_label(re.compile("Trede participatieladder")).select_option("4")
    page.get_by_role("button", name="Vastleggen").click()
    assert "Het contact is vastgelegd." in page.locator(".flash").inner_text()
    timeline = page.locator("ol.timeline").inner_text()
    assert "Dienstverleningsgesprek (heronderzoek)" in timeline and "uren uitbreiden" in timeline
    page.get_by_role("link", name="Werk buiten de portal").click()
    assert axe_violations(page) == []
    page.get_by_label("Of: naam van de werkgever").fill("Kwekerij De Linde")
    page.get_by_label("Eerste werkdag", exact=True).fill("2026-11-02")
    page.get_by_label("Uren per week").fill("28")
    page.get_by_role("button", name="Vastleggen").click()
    assert "nazorg na 2 en 6 weken" in page.locator(".flash").inner_text()
    assert (
        "Kwekerij De Linde (buiten de portal gevonden)" in page.locator("ol.timeline").inner_text()
    )


def test_target_groups_and_monitor_per_half_year(page, screenshot):
    login(page, "jobhunter@demo.werkbrug.nl")
    page.get_by_role("link", name="Doelgroepen").click()
    assert page.get_by_role("heading", name=re.compile("Doelgroepen en termijnen")).is_visible()
    assert page.locator("progress#sheltered-progress").count() == 1
    screenshot("client-path-target-groups")
    assert axe_violations(page) == []
    page.goto("/jobhunter/monitor?jaar=2026&half=2")
    assert page.get_by_role("heading", name=re.compile("2e halfjaar 2026")).is_visible()
    assert page.locator("svg.chart").count() == 3
    assert page.get_by_role("rowheader", name=re.compile("Heronderzoeken")).count() == 1
    screenshot("client-path-monitor")
    assert axe_violations(page) == []


def test_small_screens_do_not_scroll_sideways(page):
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, "jobhunter@demo.werkbrug.nl")
    for path in ("/jobhunter/", "/jobhunter/doelgroepen", "/jobhunter/monitor"):
        page.goto(path)
        wide = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert wide <= 0, path
    page.goto("/jobhunter/")
    first = page.locator("table.due-table tbody tr").first
    box = first.bounding_box()
    assert box["width"] <= 375  # the due items stack: date, what, whom
