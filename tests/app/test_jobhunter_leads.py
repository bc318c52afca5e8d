"""The SROI lead list: suppliers behind on their obligation, with vacancies and candidates."""

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.models import AuditEntry, Proposal
from tests.factories import ClientFactory, ContractFactory, EmployerFactory, VacancyFactory


def test_behind_supplier_is_listed_with_vacancies_and_candidates(world, client, auth, db):
    supplier = EmployerFactory(name="Aannemer Visser")
    today = date.today()
    ContractFactory(
        supplier=supplier,
        authority=world.a.municipality,
        catalogue=world.a.contract.catalogue,
        start_date=today - timedelta(days=400),
        end_date=today + timedelta(days=300),
    )
    VacancyFactory(employer=supplier, title="Magazijnmedewerker Visser", postcode="8471 AB")
    ClientFactory(
        municipality=world.a.municipality,
        last_name="Kandidaat-Vijf",
        skills=["orderpicken"],
        experience="Magazijnmedewerker",
        hours_min=Decimal(24),
        hours_max=Decimal(32),
    )
    ClientFactory(
        municipality=world.a.municipality,
        last_name="Zonder-Toestemming",
        consent_at=None,
        skills=["orderpicken"],
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/kansen").get_data(as_text=True)
    assert "Aannemer Visser" in html
    assert "Achter op schema" in html
    assert "Magazijnmedewerker Visser" in html
    assert "Kandidaat-Vijf" in html
    assert "De nieuwste" not in html  # one open vacancy: shown without a count
    assert "Zonder-Toestemming" not in html
    # The world's contracts started this year and have nothing accepted either.
    assert world.b.client.last_name not in html


def test_contract_on_track_is_not_a_lead(world, client, auth, db):
    today = date.today()
    supplier = EmployerFactory(name="Schoonmaak Bakker")
    ContractFactory(
        supplier=supplier,
        authority=world.a.municipality,
        catalogue=world.a.contract.catalogue,
        value=Decimal("0.01"),
        start_date=today - timedelta(days=10),
        end_date=today + timedelta(days=700),
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    assert "Schoonmaak Bakker" not in client.get("/jobhunter/kansen").get_data(as_text=True)


# --- issue 17: the score threshold and the proposal state per line -----------------------


def _lead(world, db, title="Magazijnmedewerker Visser"):
    """A supplier behind on a contract of municipality A, with one open vacancy."""
    today = date.today()
    supplier = EmployerFactory(name="Aannemer Visser")
    ContractFactory(
        supplier=supplier,
        authority=world.a.municipality,
        catalogue=world.a.contract.catalogue,
        start_date=today - timedelta(days=400),
        end_date=today + timedelta(days=300),
    )
    return VacancyFactory(employer=supplier, title=title, postcode="8471 AB")


def _fits(world, last_name):
    return ClientFactory(
        municipality=world.a.municipality,
        last_name=last_name,
        skills=["orderpicken"],
        experience="Magazijnmedewerker",
        hours_min=Decimal(24),
        hours_max=Decimal(32),
    )


def _kok(world):
    return ClientFactory(
        municipality=world.a.municipality,
        last_name="Kok-Zonder-Magazijn",
        skills=["koken", "HACCP"],
        experience="Kok in een restaurant",
    )


def test_candidates_below_the_threshold_are_not_offered(world, client, auth, db):
    _lead(world, db)
    _fits(world, "Past-Goed")
    _kok(world)
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/kansen").get_data(as_text=True)
    assert "Past-Goed" in html and "Kok-Zonder-Magazijn" not in html
    assert "met een score van 40 of hoger" in html
    world.a.municipality.lead_min_score = 0
    db.session.commit()
    html = client.get("/jobhunter/kansen").get_data(as_text=True)
    assert "Past-Goed" in html and "Kok-Zonder-Magazijn" in html


def test_the_threshold_is_a_setting_of_the_municipality(world, client, auth, db):
    _lead(world, db)
    _fits(world, "Past-Goed")
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    response = client.post("/jobhunter/kansen/drempel", data={"min_score": "95"})
    assert response.status_code == 302
    db.session.refresh(world.a.municipality)
    assert world.a.municipality.lead_min_score == 95
    assert world.b.municipality.lead_min_score == 40
    html = client.get("/jobhunter/kansen").get_data(as_text=True)
    assert "Past-Goed" not in html
    assert "Nog geen werkzoekenden met een score van 95 of hoger." in html
    entry = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "Organisation")
    ).one()
    assert entry.detail == "drempel SROI-kansen 40 naar 95"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("150", "Een score van 0 tot en met 100."),
        ("-1", "Een score van 0 tot en met 100."),
        ("", "Vul een score in."),
        ("veertig", "Vul een heel getal in, zonder komma."),
    ],
)
def test_a_bad_threshold_is_refused_and_kept_in_the_form(world, client, auth, db, value, message):
    auth.login("jobhunter.a@example.nl")
    response = client.post("/jobhunter/kansen/drempel", data={"min_score": value})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html and f'value="{value}"' in html
    db.session.refresh(world.a.municipality)
    assert world.a.municipality.lead_min_score == 40


def test_each_line_shows_whether_the_client_was_already_proposed(world, client, auth, db):
    vacancy = _lead(world, db)
    proposed, invited, rejected, fresh = (
        _fits(world, name) for name in ("Al-Voorgesteld", "Uitgenodigd", "Afgewezen", "Nog-Niet")
    )
    for person, status in ((proposed, "proposed"), (invited, "invited"), (rejected, "rejected")):
        db.session.add(Proposal(client=person, vacancy=vacancy, status=status))
    world.a.municipality.lead_min_score = 0
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    page = client.get("/jobhunter/kansen").get_data(as_text=True)
    html = page[page.index("Aannemer Visser") :]
    html = html[: html.index("</section>")]
    lines = {
        name: re.search(rf'<li class="candidate">(?:(?!</li>).)*?{name}.*?</li>', html, re.S).group(
            0
        )
        for name in ("Al-Voorgesteld", "Uitgenodigd", "Afgewezen")
    }
    assert "Voorgesteld" in lines["Al-Voorgesteld"] and "al voorgesteld" in lines["Al-Voorgesteld"]
    assert "Uitgenodigd voor gesprek" in lines["Uitgenodigd"]
    assert "Niet passend" in lines["Afgewezen"]
    for line in lines.values():
        assert ">Voorstellen<" not in line  # nobody is proposed twice
    # Three per vacancy: whoever of the four ranks lowest is left out; a client not yet
    # proposed who is shown gets the Voorstellen link.
    assert html.count('<li class="candidate">') == 3
    assert fresh.last_name not in html or f"voorstellen/{fresh.id}" in html


def test_leads_of_other_authorities_and_their_suppliers_are_not_shown(world, client, auth, db):
    today = date.today()
    supplier = EmployerFactory(name="Aannemer Elders", municipality=world.b.municipality)
    ContractFactory(
        supplier=supplier,
        authority=world.b.municipality,
        catalogue=world.a.contract.catalogue,
        start_date=today - timedelta(days=400),
        end_date=today + timedelta(days=300),
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    assert "Aannemer Elders" not in client.get("/jobhunter/kansen").get_data(as_text=True)
    auth.logout()
    auth.login("jobhunter.b@example.nl")
    assert "Aannemer Elders" in client.get("/jobhunter/kansen").get_data(as_text=True)


# --- issue 15: the suppliers chosen and paged by the database, candidates kept per vacancy ---


def _behind(world, name, value):
    """A supplier behind on a contract of municipality A worth `value` (nothing realised)."""
    today = date.today()
    supplier = EmployerFactory(name=name)
    ContractFactory(
        supplier=supplier,
        authority=world.a.municipality,
        catalogue=world.a.contract.catalogue,
        value=Decimal(value),
        start_date=today - timedelta(days=400),
        end_date=today + timedelta(days=300),
    )
    return supplier


def _names_in_order(html, names):
    return sorted((html.index(n), n) for n in names if n in html)


def test_suppliers_are_paged_most_still_to_realise_first(world, client, auth, db):
    names = [f"Leverancier {n:02d}" for n in range(12)]
    for n, name in enumerate(names):
        _behind(world, name, 5_000_000 + 100_000 * n)  # the last one has the most to realise
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    first = client.get("/jobhunter/kansen").get_data(as_text=True)
    shown = [n for _i, n in _names_in_order(first, names)]
    assert shown == list(reversed(names))[:10]
    # The count comes with the page (one statement): these 12 and the world's supplier behind.
    assert "1–10 van 13" in first
    second = client.get("/jobhunter/kansen?pagina=2").get_data(as_text=True)
    assert [n for _i, n in _names_in_order(second, names)] == [names[1], names[0]]
    assert "11–13 van 13" in second
    # A page beyond the last (an old link) gives the last one, counted apart.
    beyond = client.get("/jobhunter/kansen?pagina=7").get_data(as_text=True)
    assert [n for _i, n in _names_in_order(beyond, names)] == [names[1], names[0]]
    assert "11–13 van 13" in beyond
    # A page number nobody can have meant gives the first page, not an error.
    odd = client.get("/jobhunter/kansen?pagina=abc")
    assert odd.status_code == 200
    assert [n for _i, n in _names_in_order(odd.get_data(as_text=True), names)] == shown
    bigger = client.get("/jobhunter/kansen?per_pagina=25").get_data(as_text=True)
    assert len(_names_in_order(bigger, names)) == 12


def test_a_new_fitting_client_is_offered_on_the_next_visit(world, client, auth, db):
    _lead(world, db)
    _kok(world)
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    assert "Past-Later" not in client.get("/jobhunter/kansen").get_data(as_text=True)
    _fits(world, "Past-Later")
    db.session.commit()
    assert "Past-Later" in client.get("/jobhunter/kansen").get_data(as_text=True)


def test_a_client_who_withdraws_consent_is_no_longer_offered(world, client, auth, db):
    _lead(world, db)
    fits = _fits(world, "Trekt-In")
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    assert "Trekt-In" in client.get("/jobhunter/kansen").get_data(as_text=True)
    fits.consent_at = None
    db.session.commit()
    assert "Trekt-In" not in client.get("/jobhunter/kansen").get_data(as_text=True)


def test_a_supplier_with_many_vacancies_shows_its_newest_with_a_link_to_all(
    world, client, auth, db
):
    supplier = _behind(world, "Bouwbedrijf Veel Werk", 5_000_000)
    supplier.municipality = world.a.municipality
    now = datetime.now(UTC)
    for n in range(7):  # "Vacature 6" is the newest
        VacancyFactory(
            employer=supplier,
            title=f"Vacature {n}",
            postcode="8471 AB",
            created_at=now - timedelta(days=10 - n),
        )
    VacancyFactory(employer=supplier, title="Vacature gesloten", status="closed", created_at=now)
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    page = client.get("/jobhunter/kansen").get_data(as_text=True)
    card = page[page.index("Bouwbedrijf Veel Werk") :]
    card = card[: card.index("</section>")]
    shown = re.findall(r">(Vacature \w+)</a>", card)
    assert shown == [f"Vacature {n}" for n in (6, 5, 4, 3, 2)]  # newest first, five of them
    assert "De nieuwste 5 van 7 open vacatures." in card
    assert f'href="/jobhunter/werkgevers/{supplier.id}#vacatures"' in card
    assert "Alle open vacatures van Bouwbedrijf Veel Werk" in card
