"""The subsidy calculator (SPEC §4.4–4.5): every instrument, amounts from the SROI engine and the
admin's minimum-wage table, for an anonymous profile or a proposed candidate."""

from datetime import date
from decimal import Decimal

import pytest

import sroi
from app.formatting import money
from app.models import IncentiveScheme, IncentiveTier, LkvRate, MinimumWage
from tests.factories import statutory_tables

TODAY = date(2026, 11, 16)


@pytest.fixture
def calc_world(world, db, auth, monkeypatch):
    from app.employer import common

    monkeypatch.setattr(common, "today", lambda: TODAY)
    a = world.a
    a.employer.municipality = a.municipality
    db.session.add_all(
        [
            MinimumWage(valid_from=date(2025, 7, 1), hourly_amount=Decimal("14.40")),
            IncentiveScheme(
                municipality=a.municipality,
                name="Werkvoucher",
                min_hours_per_week=Decimal("24"),
                eligible_benefits=["participatiewet"],
                min_contract_months=6,
                tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
                source="Beleidsplan Weststellingwerf 2025-2028",
            ),
            IncentiveScheme(
                municipality=world.b.municipality,
                name="Werkgeverscheque B",
                min_hours_per_week=Decimal("32"),
                eligible_benefits=["participatiewet"],
                tiers=[IncentiveTier(months=6, amount=Decimal("2250"))],
            ),
        ]
    )
    statutory_tables()  # minimum wage 2026, minimumjeugdloon, LKV
    db.session.commit()
    auth.login("employer.a@example.nl")
    return a


ANONYMOUS = {
    "proposal": "",
    "benefit_type": "participatiewet",
    "kind": "job",
    "hours_per_week": "32",
    "hourly_wage": "15,00",
    "wage_value_pct": "60",
    "contract_months": "12",
    "start_date": "2026-12-01",
}


def test_anonymous_profile_lists_instruments_with_the_engines_numbers(client, calc_world):
    html = client.post("/werkgever/subsidies", data=ANONYMOUS).get_data(as_text=True)
    subsidy = sroi.wage_subsidy(Decimal("14.71"), Decimal("32"), Decimal("60"))
    assert "Loonkostensubsidie" in html
    assert money(subsidy.per_month) in html and money(subsidy.per_year) in html
    for line in subsidy.working:
        assert line in html
    assert "Werkvoucher" in html and "€ 2.000,00" in html and "01-06-2027" in html
    assert "Werkgeverscheque B" not in html  # another municipality's scheme
    assert "Jobcoach" in html and "Proefplaatsing" in html
    # no banenafspraak: LKV and no-risk polis are listed as not applicable, with the reason
    assert "Alleen voor iemand uit de banenafspraak (doelgroepregister)." in html
    assert "Alleen bij een indicatie banenafspraak of beschut werk." in html


def test_banenafspraak_gives_lkv_per_paid_hour_and_no_risk(client, calc_world):
    html = client.post("/werkgever/subsidies", data={**ANONYMOUS, "banenafspraak": "y"}).get_data(
        as_text=True
    )
    assert "Loonkostenvoordeel banenafspraak (LKV)" in html
    # 32 hours × 52 weeks = 1.664 paid hours × € 1,01 = € 1.680,64 a year (not the € 2.000 cap)
    assert "€ 1.680,64" in html and "€ 140,05" in html
    assert "1.664 uur × € 1,01 per uur = € 1.680,64 (regels vanaf 01-01-2026)" in html
    assert "zolang de werknemer in dienst blijft" in html
    assert "een doelgroepverklaring is niet nodig" in html
    assert "Ziektewet-uitkering" in html


def test_lkv_full_time_is_capped_at_the_yearly_maximum(client, calc_world):
    data = {**ANONYMOUS, "banenafspraak": "y", "hours_per_week": "40"}
    html = client.post("/werkgever/subsidies", data=data).get_data(as_text=True)
    assert "begrensd op € 2.000,00 per jaar" in html and "€ 166,67" in html


def test_lkv_before_2026_lasts_three_years_with_a_declaration(client, calc_world):
    data = {**ANONYMOUS, "banenafspraak": "y", "start_date": "2025-09-01"}
    html = client.post("/werkgever/subsidies", data=data).get_data(as_text=True)
    available = html.split("Niet van toepassing")[0]
    assert "Loonkostenvoordeel banenafspraak (LKV)" in available
    assert "Van 01-09-2025 tot en met 31-12-2025." in available
    assert "Vanaf 01-01-2026: zolang de werknemer in dienst blijft." in available
    assert "doelgroepverklaring binnen 3 maanden" in available


def test_lkv_amounts_come_from_the_admins_table(client, calc_world, db):
    db.session.add(
        LkvRate(
            valid_from=date(2026, 7, 1),
            per_hour=Decimal("1.10"),
            max_per_year=Decimal("2200"),
            source="test",
        )
    )
    db.session.commit()
    html = client.post("/werkgever/subsidies", data={**ANONYMOUS, "banenafspraak": "y"}).get_data(
        as_text=True
    )
    assert "€ 1,10 per betaald uur, tot € 2.200,00 per jaar." in html
    db.session.query(LkvRate).delete()
    db.session.commit()
    html = client.post("/werkgever/subsidies", data={**ANONYMOUS, "banenafspraak": "y"}).get_data(
        as_text=True
    )
    assert "De beheerder heeft de bedragen van het LKV nog niet ingevoerd." in html


def test_minimum_wage_of_the_start_date_is_used(client, calc_world):
    html = client.post(
        "/werkgever/subsidies", data={**ANONYMOUS, "start_date": "2025-09-01"}
    ).get_data(as_text=True)
    subsidy = sroi.wage_subsidy(Decimal("14.40"), Decimal("32"), Decimal("60"))
    assert money(subsidy.per_year) in html
    assert "Loonkostenvoordeel banenafspraak (LKV)" not in html.split("Niet van toepassing")[0]


def test_no_wage_value_explains_the_loonwaardemeting(client, calc_world):
    html = client.post("/werkgever/subsidies", data={**ANONYMOUS, "wage_value_pct": ""}).get_data(
        as_text=True
    )
    assert "loonwaardemeting" in html


def test_wage_value_capped_at_70_percent(client, calc_world):
    html = client.post("/werkgever/subsidies", data={**ANONYMOUS, "wage_value_pct": "10"}).get_data(
        as_text=True
    )
    subsidy = sroi.wage_subsidy(Decimal("14.71"), Decimal("32"), Decimal("10"))
    assert subsidy.subsidy_pct == 70
    assert money(subsidy.per_year) in html and "(hoogstens 70%)" in html


def test_short_contract_or_few_hours_refuse_the_werkvoucher(client, calc_world):
    html = client.post("/werkgever/subsidies", data={**ANONYMOUS, "hours_per_week": "20"}).get_data(
        as_text=True
    )
    assert "vraagt minstens 24 uur" in html
    html = client.post("/werkgever/subsidies", data={**ANONYMOUS, "contract_months": "3"}).get_data(
        as_text=True
    )
    assert "korter dan 6 maanden" in html


def test_trial_and_unpaid_work(client, calc_world):
    html = client.post("/werkgever/subsidies", data={**ANONYMOUS, "kind": "trial"}).get_data(
        as_text=True
    )
    assert "met behoud van uitkering" in html
    assert "Alleen bij betaald werk met een arbeidscontract." in html
    saved = money(Decimal("15.00") * 32 * 52 / 12)
    assert saved in html


def test_below_minimum_wage_warns(client, calc_world):
    html = client.post("/werkgever/subsidies", data={**ANONYMOUS, "hourly_wage": "10"}).get_data(
        as_text=True
    )
    assert "lager dan het wettelijk minimumloon" in html


def test_missing_minimum_wage_table_is_explained(client, calc_world, db):
    db.session.query(MinimumWage).delete()
    db.session.commit()
    html = client.post("/werkgever/subsidies", data=ANONYMOUS).get_data(as_text=True)
    assert "nog geen wettelijk minimumloon ingevoerd" in html


def test_proposed_candidate_uses_the_municipalitys_data_without_showing_it(client, calc_world, db):
    a = calc_world
    a.client.banenafspraak = True
    db.session.commit()
    page = client.get(f"/werkgever/subsidies?voorstel={a.proposal.id}").get_data(as_text=True)
    assert (
        f'value="{a.proposal.id}" selected' in page or f'selected value="{a.proposal.id}"' in page
    )
    html = client.post(
        "/werkgever/subsidies",
        data={**ANONYMOUS, "proposal": str(a.proposal.id), "benefit_type": "ww"},
    ).get_data(as_text=True)
    assert a.client.pseudonym in html
    assert "Loonkostenvoordeel banenafspraak (LKV)" in html.split("Niet van toepassing")[0]
    assert (
        "Werkvoucher" in html.split("Niet van toepassing")[0]
    )  # participatiewet from the client, not "ww"
    assert a.client.last_name not in html and a.client.bsn not in html


def test_invalid_input_comes_back_filled_in(client, calc_world):
    data = {
        **ANONYMOUS,
        "hours_per_week": "",
        "hourly_wage": "vijftien",
        "wage_value_pct": "150",
        "contract_months": "1,5",
        "start_date": "99-99-2026",
    }
    html = client.post("/werkgever/subsidies", data=data).get_data(as_text=True)
    assert "Vul het aantal uren per week in." in html
    assert "Vul een getal in, bijvoorbeeld 18,5." in html
    assert "Vul een loonwaarde tussen 0 en 100 % in." in html
    assert "Vul een heel getal in, zonder komma." in html
    assert "Vul een datum in zoals 22-11-2026." in html
    assert 'value="vijftien"' in html and 'value="150"' in html and 'value="1,5"' in html
    assert "Uitkomst" not in html


def test_calculator_service_totals(app, calc_world):
    from app.services import subsidies

    with app.test_request_context():
        calc = subsidies.calculate(
            subsidies.Profile(
                benefit_type="participatiewet",
                banenafspraak=True,
                municipality_id=calc_world.municipality.id,
            ),
            subsidies.Job(
                kind="job",
                hours_per_week=Decimal("36"),
                wage_value_pct=Decimal("50"),
                permanent=True,
                start=date(2026, 3, 1),
            ),
            TODAY,
        )
    codes = [i.code for i in calc.available]
    assert codes[:3] == ["lks", "lkv", "no_risk"] and "jobcoach" in codes and "trial" in codes
    lks = sroi.wage_subsidy(Decimal("14.71"), Decimal("36"), Decimal("50"))
    # LKV: 36 h × 52 × € 1,01 = € 1.890,72 (below the € 2.000 maximum)
    assert calc.total_per_year == lks.per_year + Decimal("1890.72")
