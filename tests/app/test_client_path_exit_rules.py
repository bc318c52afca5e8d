"""The placement rules (issue 17) for work found outside the portal (issue 16): a job below the
statutory minimum wage for the age is refused the same way as a start through the portal, also
with loonkostensubsidie; more than 40 hours a week needs a confirmed reason and more than 48 is
refused; a werkervaringsplek has the municipality's longest term. Self-employment has no
employer and no employment contract: none of these rules apply to it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.models import Placement
from app.services import availability, client_exits
from tests.factories import statutory_tables

TODAY = date(2026, 11, 16)


@pytest.fixture
def setup(world, db, auth):
    world.a.placement.end_date = date(2026, 6, 1)  # the world's earlier placement is over
    statutory_tables()  # minimum wage € 14,71 from 01-01-2026, minimumjeugdloon
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    return world.a


def post(client, a, **extra):
    data = {
        "kind": "job",
        "employer_id": "0",
        "employer_name": "Bakkerij De Vries",
        "employer_kvk": "12345678",
        "start_date": "01-10-2026",
        "hours_per_week": "32",
        "hourly_wage": "14,71",
        "ladder_step": "6",
        **extra,
    }
    return client.post(f"/jobhunter/werkzoekenden/{a.client.id}/werk-buiten-portal", data=data)


def outside(db) -> list[Placement]:
    return db.session.scalars(db.select(Placement).where(Placement.source == "outside")).all()


def test_an_outside_job_below_the_minimum_wage_is_refused_like_a_portal_start(client, setup, db):
    html = post(client, setup, hourly_wage="5,00").get_data(as_text=True)
    assert (
        "Het uurloon (€\u00a05,00) is lager dan het wettelijk minimumloon dat voor deze werknemer "
        "geldt op 01-10-2026: €\u00a014,71 per uur." in html
    )
    assert 'value="5,00"' in html and 'value="Bakkerij De Vries"' in html  # nothing lost
    assert outside(db) == []
    assert post(client, setup).status_code == 302
    assert outside(db)[0].hourly_wage == Decimal("14.71")


def test_the_minimum_follows_the_clients_age_on_the_first_day(client, setup, db):
    setup.client.birth_date = date(2007, 6, 1)  # 19 on 01-10-2026: 60 % of € 14,71 = € 8,83
    db.session.commit()
    html = post(client, setup, hourly_wage="8,50").get_data(as_text=True)
    assert "€\u00a08,83 per uur" in html
    assert outside(db) == []
    assert post(client, setup, hourly_wage="8,83").status_code == 302


def test_with_wage_subsidy_the_wage_is_still_the_minimum(client, setup, db):
    html = post(client, setup, kind="job_lks", wage_value_pct="60", hourly_wage="9,00").get_data(
        as_text=True
    )
    assert "Ook met loonkostensubsidie krijgt de werknemer minstens het minimumloon" in html
    assert outside(db) == []
    response = post(client, setup, kind="job_lks", wage_value_pct="60", hourly_wage="14,71")
    assert response.status_code == 302
    placement = outside(db)[0]
    assert (placement.kind, placement.wage_arrangement) == ("job", "wage_subsidy")


def test_an_unknown_wage_does_not_stop_the_registration(client, setup, db):
    """The jobhunter may not know the wage of work the client found: the rule applies when the
    wage is given."""
    assert post(client, setup, hourly_wage="").status_code == 302
    assert outside(db)[0].hourly_wage is None


def test_more_than_40_hours_outside_the_portal_needs_a_confirmed_reason(client, setup, db):
    html = post(client, setup, hours_per_week="45").get_data(as_text=True)
    assert "45 uur per week is meer dan 40. Bevestig dat dit zo is afgesproken." in html
    assert "Schrijf kort waarom de werknemer meer dan 40 uur per week werkt." in html
    assert outside(db) == []
    html = post(
        client, setup, hours_per_week="52", long_hours_confirmed="y", long_hours_reason="Druk"
    ).get_data(as_text=True)
    assert "Meer dan 48 uur per week kan niet: de Arbeidstijdenwet" in html
    assert outside(db) == []
    response = post(
        client,
        setup,
        hours_per_week="45",
        long_hours_confirmed="y",
        long_hours_reason="Seizoenswerk in de kassen, tot eind december.",
    )
    assert response.status_code == 302
    assert outside(db)[0].long_hours_reason == "Seizoenswerk in de kassen, tot eind december."


def test_a_werkervaringsplek_outside_the_portal_has_the_municipalitys_term(client, setup, db):
    html = post(client, setup, kind="work_experience", hourly_wage="").get_data(as_text=True)
    assert "Een werkervaringsplek is tijdelijk: vul de laatste dag in" in html
    html = post(
        client, setup, kind="work_experience", hourly_wage="", contract_end="30-06-2027"
    ).get_data(as_text=True)
    assert "Een werkervaringsplek duurt hoogstens 6 maanden." in html
    assert outside(db) == []
    response = post(
        client, setup, kind="work_experience", hourly_wage="", contract_end="31-03-2027"
    )
    assert response.status_code == 302
    assert outside(db)[0].contract_months == 6


def test_self_employment_has_no_wage_hours_or_term_rule(setup, db):
    placement = client_exits.register_exit(
        setup.client,
        {
            "kind": "self_employed",
            "employer_id": 0,
            "employer_name": "",
            "start_date": date(2026, 10, 1),
            "hours_per_week": Decimal("55"),
            "hourly_wage": Decimal("5.00"),
        },
        setup.users["jobhunter"],
        TODAY,
    )
    db.session.commit()
    assert (placement.kind, placement.long_hours_reason) == ("self_employed", "")
    # Working for oneself counts as placed: not proposed to employers meanwhile.
    status = availability.status_of(setup.client, TODAY)
    assert status.blocks and status.text == "Werkt als zelfstandige sinds 01-10-2026"


def test_an_outside_job_makes_the_client_placed(setup, db):
    client_exits.register_exit(
        setup.client,
        {
            "kind": "job",
            "employer_id": 0,
            "employer_name": "Bakkerij De Vries",
            "start_date": date(2026, 10, 1),
            "hours_per_week": Decimal("32"),
            "hourly_wage": Decimal("15.00"),
        },
        setup.users["jobhunter"],
        TODAY,
    )
    db.session.commit()
    free, why = availability.can_be_proposed(setup.client, TODAY)
    assert not free and why == "Aangenomen bij Bakkerij De Vries sinds 01-10-2026"
