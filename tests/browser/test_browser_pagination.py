"""In a real Chromium: long lists page through with the pager (issue 15), keep their sort order
and filters, offer a page size, pass axe-core, and fit a 375 px wide phone screen."""

import re

from tests.browser.conftest import axe_violations, login

PAGER = "nav.pager"


def _fits(page) -> bool:
    """Nothing wider than the screen: no sideways scrolling for the pager."""
    pager = page.locator(PAGER).bounding_box()
    return pager is not None and pager["x"] >= 0 and pager["x"] + pager["width"] <= 375 + 1


def test_the_client_list_pages_with_its_sort_order_and_page_size(page, screenshot):
    login(page, "jobhunter@demo.werkbrug.nl")
    page.goto("/jobhunter/werkzoekenden?per_pagina=25")
    pager = page.get_by_role("navigation", name="Bladeren door de lijst")
    status = pager.locator("[aria-current=page]").inner_text()
    total_pages = int(re.search(r"Pagina 1 van (\d+)", status).group(1))
    assert total_pages >= 2
    # The list is sorted by name; clicking the column header turns the order round.
    assert page.locator("th[aria-sort=ascending]").inner_text().startswith("Naam")
    page.get_by_role("link", name=re.compile("^Naam")).click()
    assert page.locator("th[aria-sort=descending]").inner_text().startswith("Naam")
    first_names = page.locator("tbody tr td:first-child").all_inner_texts()
    assert first_names == sorted(first_names, key=str.lower, reverse=True)
    page.get_by_role("link", name="Volgende").first.click()
    assert "sorteer=-naam" in page.url and "pagina=2" in page.url
    assert "Pagina 2 van" in pager.locator("[aria-current=page]").inner_text()
    second_names = page.locator("tbody tr td:first-child").all_inner_texts()
    assert second_names[0].lower() <= first_names[-1].lower()  # carries on where page 1 ended
    screenshot("pagination-clients-1280")
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()
    assert _fits(page)
    screenshot("pagination-clients-375")
    # A bigger page size from the pager; the sort order stays.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("link", name="100 per pagina").click()
    assert "per_pagina=100" in page.url and "sorteer=-naam" in page.url
    assert "pagina=2" not in page.url.replace("per_pagina", "")


def test_the_audit_log_pages_and_offers_its_download(page, screenshot):
    login(page, "beheer@demo.werkbrug.nl")
    page.goto("/beheer/auditlog?per_pagina=25")
    assert page.get_by_role("link", name="Download CSV").is_visible()
    pager = page.get_by_role("navigation", name="Bladeren door de lijst")
    if pager.get_by_role("link", name="Volgende").count():
        pager.get_by_role("link", name="Volgende").click()
        assert "Pagina 2 van" in pager.locator("[aria-current=page]").inner_text()
    screenshot("pagination-auditlog-1280")
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()
    assert _fits(page)
    screenshot("pagination-auditlog-375")


def test_the_employers_list_pages_on_a_phone(page, screenshot):
    login(page, "jobhunter@demo.werkbrug.nl")
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/jobhunter/werkgevers?per_pagina=25")
    assert page.locator(PAGER).is_visible()
    assert _fits(page)
    screenshot("pagination-employers-375")
    assert axe_violations(page) == []
