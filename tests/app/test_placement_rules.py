"""Rules that stop impossible placements: the statutory minimum wage for the age and the date
(refused, also with loonkostensubsidie, which then asks the loonwaarde), more than 40 hours a
week only with a confirmed reason (never above 48), and the longest unpaid places (`001_…`:
proefplaatsing met behoud van uitkering 3 months, 1 month before a forfaitaire LKS)."""

from datetime import date
from decimal import Decimal

import pytest

from app.models import Placement, PlacementHours
from tests.factories import statutory_tables

TODAY = date(2026, 11, 16)


@pytest.fixture
def setup(world, db, auth, monkeypatch):
    from app.employer import common

    monkeypatch.setattr(common, "today", lambda: TODAY)
    a = world.a
    a.placement.end_date = date(2026, 6, 1)  # the world's earlier placement is over
    statutory_tables()  # minimum wage € 14,71 from 01-01-2026, minimumjeugdloon, LKV
    db.session.commit()
    auth.login("employer.a@example.nl")
    return a


def start(client, a, **overrides):
    data = {
        "proposal": str(a.proposal.id),
        "start_date": "01-12-2026",
        "hours_per_week": "24",
        "contract_type": "temporary",
        "contract_months": "12",
        "hourly_wage": "15,25",
        **overrides,
    }
    return client.post("/werkgever/plaatsingen/nieuw", data=data)


def placements(db):
    return db.session.scalars(
        db.select(Placement).where(Placement.start_date == date(2026, 12, 1))
    ).all()


def test_five_euros_an_hour_is_refused_and_the_form_keeps_everything(client, setup, db):
    html = start(client, setup, hourly_wage="5,00", hours_per_week="32").get_data(as_text=True)
    assert (
        "Het uurloon (€\u00a05,00) is lager dan het wettelijk minimumloon dat voor deze werknemer "
        "geldt op 01-12-2026: €\u00a014,71 per uur." in html
    )
    assert "Vraag de gemeente naar loonkostensubsidie." in html
    assert 'value="5,00"' in html and 'value="32"' in html
    assert placements(db) == []


def test_the_minimum_follows_the_age_on_the_first_day(client, setup, db):
    a = setup
    a.client.birth_date = date(2007, 6, 1)  # 19 on 01-12-2026: 60 % of € 14,71 = € 8,83
    db.session.commit()
    html = start(client, a, hourly_wage="8,50").get_data(as_text=True)
    assert "€\u00a08,83 per uur" in html
    assert placements(db) == []
    assert start(client, a, hourly_wage="8,83").status_code == 302
    assert placements(db)[0].hourly_wage == Decimal("8.83")


def test_the_age_itself_is_not_shown_to_the_employer(client, setup, db):
    a = setup
    a.client.birth_date = date(2007, 6, 1)
    db.session.commit()
    html = start(client, a, hourly_wage="8,50").get_data(as_text=True)
    assert "19 jaar" not in html and "01-06-2007" not in html


def test_paid_work_needs_a_wage(client, setup, db):
    html = start(client, setup, hourly_wage="").get_data(as_text=True)
    assert "Vul het bruto uurloon in. Daarmee controleren we het wettelijk minimumloon." in html
    assert placements(db) == []


def test_wage_subsidy_asks_the_loonwaarde_and_keeps_the_minimum(client, setup, db):
    html = start(client, setup, wage_subsidy="y").get_data(as_text=True)
    assert "Vul de loonwaarde in die de gemeente heeft gemeten" in html
    html = start(client, setup, wage_subsidy="y", wage_value_pct="50", hourly_wage="7,50").get_data(
        as_text=True
    )
    assert "Ook met loonkostensubsidie krijgt de werknemer minstens het minimumloon" in html
    assert placements(db) == []
    response = start(client, setup, wage_subsidy="y", wage_value_pct="50", hourly_wage="14,71")
    assert response.status_code == 302
    placement = placements(db)[0]
    assert placement.wage_arrangement == "wage_subsidy"
    assert placement.wage_subsidy_per_month is not None and placement.wage_subsidy_per_month > 0


def test_more_than_40_hours_needs_a_confirmation_and_a_reason(client, setup, db):
    html = start(client, setup, hours_per_week="44").get_data(as_text=True)
    assert "44 uur per week is meer dan 40. Bevestig dat dit zo is afgesproken." in html
    assert "Schrijf kort waarom de werknemer meer dan 40 uur per week werkt." in html
    assert placements(db) == []
    response = start(
        client,
        setup,
        hours_per_week="44",
        long_hours_confirmed="y",
        long_hours_reason="Oogstseizoen: tijdelijk extra uren, afgesproken met de werknemer.",
    )
    assert response.status_code == 302
    assert placements(db)[0].long_hours_reason.startswith("Oogstseizoen")


def test_sixty_hours_is_refused_even_when_confirmed(client, setup, db):
    html = start(
        client, setup, hours_per_week="60", long_hours_confirmed="y", long_hours_reason="Druk"
    ).get_data(as_text=True)
    assert "Meer dan 48 uur per week kan niet: de Arbeidstijdenwet" in html
    assert placements(db) == []


def test_a_change_of_hours_follows_the_same_rule(client, setup, db):
    start(client, setup)
    placement = placements(db)[0]
    url = f"/werkgever/plaatsingen/{placement.id}/uren"
    html = client.post(url, data={"from_date": "01-02-2027", "hours_per_week": "42"}).get_data(
        as_text=True
    )
    assert "42 uur per week is meer dan 40." in html
    assert db.session.scalars(db.select(PlacementHours)).all() == []
    client.post(
        url,
        data={
            "from_date": "01-02-2027",
            "hours_per_week": "42",
            "long_hours_confirmed": "y",
            "long_hours_reason": "Vervanging van een zieke collega",
        },
    )
    change = db.session.scalars(db.select(PlacementHours)).one()
    assert change.hours_per_week == Decimal("42")
    assert change.long_hours_reason == "Vervanging van een zieke collega"


def test_a_trial_with_benefit_lasts_at_most_three_months(client, setup, db):
    a = setup
    a.vacancy.kind, a.vacancy.paid = "trial", False
    db.session.commit()
    html = start(client, a, contract_months="4", hourly_wage="").get_data(as_text=True)
    assert "Een proefplaatsing met behoud van uitkering duurt hoogstens 3 maanden." in html
    assert "Gaat er een forfaitaire loonkostensubsidie op volgen, dan hoogstens 1 maand." in html
    assert placements(db) == []
    assert start(client, a, contract_months="3", hourly_wage="").status_code == 302


def test_a_trial_before_a_flat_rate_subsidy_lasts_at_most_one_month(client, setup, db):
    a = setup
    a.vacancy.kind, a.vacancy.paid = "trial", False
    db.session.commit()
    html = start(
        client, a, contract_months="2", hourly_wage="", before_flat_rate_subsidy="y"
    ).get_data(as_text=True)
    assert "vóór een forfaitaire loonkostensubsidie duurt hoogstens 1 maand." in html
    response = start(client, a, contract_months="1", hourly_wage="", before_flat_rate_subsidy="y")
    assert response.status_code == 302
    assert placements(db)[0].before_flat_rate_subsidy


def test_werkervaringsplek_term_is_the_municipalitys_setting(client, setup, db):
    a = setup
    a.vacancy.kind, a.vacancy.paid = "work_experience", False
    db.session.commit()
    html = start(client, a, contract_months="9", hourly_wage="").get_data(as_text=True)
    assert "Een werkervaringsplek duurt hoogstens 6 maanden." in html
    a.municipality.work_experience_max_months = 12
    db.session.commit()
    assert start(client, a, contract_months="9", hourly_wage="").status_code == 302


def test_an_unpaid_place_is_never_permanent(client, setup, db):
    a = setup
    a.vacancy.kind, a.vacancy.paid = "work_experience", False
    db.session.commit()
    html = start(client, a, contract_type="permanent", hourly_wage="").get_data(as_text=True)
    assert "Een proefplaatsing of werkervaringsplek is tijdelijk" in html
    assert placements(db) == []
