"""Matching in a real browser: the occupation the title means is proposed while an employer
types, a jobhunter corrects a vacancy's occupation, a beheerder reviews the correction and
sees the re-ranker's figures (issues 13, 17, 20). Screenshots at 1280 and 375 px."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LIVE, REFERENCE_DATA, axe_violations, login

pytestmark = pytest.mark.skipif(
    not REFERENCE_DATA.exists(), reason="de beroepenlijst (data/) ontbreekt"
)


def _both_widths(page, screenshot, name: str) -> None:
    screenshot(f"{name}-1280")
    page.set_viewport_size({"width": 375, "height": 800})
    screenshot(f"{name}-375")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_the_vacancy_form_proposes_the_occupation_the_title_means(page, screenshot):
    login(page, "werkgever@demo.werkbrug.nl")
    page.goto("/werkgever/vacatures/nieuw")
    page.get_by_label("Titel").fill("Tuinman regio Drachten")
    page.get_by_label("Titel").press("Tab")
    proposal = page.locator("#beroep-voorstel")
    proposal.get_by_role("button", name="Overnemen").wait_for()
    assert "Beroep volgens de titel: hovenier" in " ".join(proposal.text_content().split())
    _both_widths(page, screenshot, "employer-occupation-proposal")
    assert axe_violations(page) == []
    proposal.get_by_role("button", name="Overnemen").click()
    assert page.get_by_label("Beroep", exact=True).input_value() == "hovenier"
    # Typing in the occupation field: the exact label first (issue 17).
    field = page.get_by_label("Beroep", exact=True)
    field.fill("magazijnmedewerker")
    expect(page.locator("#beroepen option").first).to_have_attribute("value", "magazijnmedewerker")


def test_a_jobhunter_corrects_an_occupation_and_a_beheerder_approves_it(page, screenshot):
    from app.extensions import db
    from app.models import Organisation, User, Vacancy

    app = LIVE["app"]
    with app.app_context():
        jobhunter = db.session.scalar(
            db.select(User).where(User.email == "jobhunter@demo.werkbrug.nl")
        )
        vacancy = db.session.scalar(
            db.select(Vacancy)
            .join(Vacancy.employer)
            .where(
                Vacancy.title.ilike("%tuinman%"),
                Vacancy.employer.has(municipality_id=jobhunter.organisation_id),
            )
            .order_by(Vacancy.id)
        ) or db.session.scalar(
            db.select(Vacancy)
            .where(Vacancy.employer.has(municipality_id=jobhunter.organisation_id))
            .order_by(Vacancy.id)
        )
        vacancy_id, title = vacancy.id, vacancy.title
        municipality = db.session.get(Organisation, jobhunter.organisation_id).name
    login(page, "jobhunter@demo.werkbrug.nl")
    page.goto(f"/jobhunter/vacatures/{vacancy_id}")
    page.get_by_text("Beroep van deze vacature aanpassen").click()
    page.get_by_label("Beroep", exact=True).fill("kok")
    _both_widths(page, screenshot, "jobhunter-occupation-correction")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Beroep opslaan").click()
    page.get_by_text("Het beroep van deze vacature is nu kok").wait_for()

    page.context.clear_cookies()
    with app.app_context():
        app.test_cli_runner().invoke(args=["train-reranker", "--gemeente", municipality])
    login(page, "beheer@demo.werkbrug.nl")
    page.goto("/beheer/beroepscorrecties")
    assert title in page.inner_text("main")
    _both_widths(page, screenshot, "admin-title-corrections")
    assert axe_violations(page) == []
    page.get_by_role("button", name=f"Goedkeuren „{title}”").click()
    page.get_by_text("Goedgekeurd: titels als").wait_for()
    page.goto("/beheer/herschikking")
    assert "Laatst getraind" in page.inner_text("main")
    _both_widths(page, screenshot, "admin-reranker")
    assert axe_violations(page) == []
    page.get_by_role("button", name=f"Opnieuw trainen {municipality}").click()
    page.get_by_text("aangevraagd op").first.wait_for()
