"""Keyboard-only use of the vacancy form, with visible focus on every stop (WCAG 2.1.1, 2.4.7)."""

from tests.browser.conftest import login

FOCUS_JS = (
    "() => { const el = document.activeElement; const s = getComputedStyle(el);\n"
    "  return {id: el.id, tag: el.tagName, outline: s.outlineStyle, width: s.outlineWidth, "
    "shadow: s.boxShadow}; }"
)


def _tab_to(page, element_id: str, limit: int = 60) -> list[dict]:
    """Press Tab until the element has focus; returns what had focus on the way."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_JS)
        stops.append(focused)
        if focused["id"] == element_id:
            return stops
    raise AssertionError(f"#{element_id} is not reachable with Tab")


def test_vacancy_form_with_the_keyboard_only(page):
    login(page, "werkgever@demo.werkbrug.nl")
    page.goto("/werkgever/vacatures/nieuw")
    stops = _tab_to(page, "title")
    for stop in stops:
        assert stop["outline"] != "none" or stop["shadow"] != "none", f"no visible focus on {stop}"
    page.keyboard.type("Medewerker bediening")
    _tab_to(page, "hours_min")
    page.keyboard.type("veel")  # a wrong value, to hear the error
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    summary = page.get_by_role("alert")
    assert "Controleer het formulier" in summary.inner_text()
    hours = page.locator("#hours_min")
    assert hours.get_attribute("aria-invalid") == "true"
    described = hours.get_attribute("aria-describedby").split()
    assert any(
        page.locator(f"#{ref}").inner_text().strip() for ref in described if ref.endswith("error")
    )
    # Nothing typed is lost, and the link in the summary moves focus to the field.
    assert page.locator("#title").input_value() == "Medewerker bediening"
    summary.get_by_role("link").filter(has_text="Uren per week, minimaal").first.click()
    assert page.evaluate("document.activeElement.id") == "hours_min"
