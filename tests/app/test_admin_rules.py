"""Rule tables kept current with history: minimum-wage amounts per date (the calculator warns
when no amount is known for the date asked), and incentive and exit-premium schemes with
versions from a start date, so a decision uses the version in force on its date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.models import (
    AuditEntry,
    ExitPremiumScheme,
    IncentiveAward,
    IncentiveScheme,
    IncentiveTier,
    LkvRate,
    MinimumWage,
    YouthMinimumWageRate,
)
from app.services import minimum_wages, placement_lifecycle, schemes


@pytest.fixture
def admin(world, client, auth):
    auth.login("admin.a@example.nl")
    return world.a.users["admin"]


def _audit(db, text):
    return db.session.scalars(db.select(AuditEntry).where(AuditEntry.detail.contains(text))).first()


# --------------------------------------------------------------------------- minimum wage


def test_add_a_minimum_wage_and_correct_it(admin, db, client):
    response = client.post(
        "/beheer/minimumloon",
        data={"valid_from": "01-07-2026", "hourly_amount": "14,92", "source": "Rijksoverheid"},
    )
    assert response.status_code == 302
    wage = db.session.scalars(db.select(MinimumWage)).one()
    assert (wage.valid_from, wage.hourly_amount) == (date(2026, 7, 1), Decimal("14.92"))
    assert _audit(db, "vanaf 2026-07-01: 14.92")
    page = client.get(f"/beheer/minimumloon/{wage.id}")
    assert page.status_code == 200
    client.post(
        f"/beheer/minimumloon/{wage.id}",
        data={"valid_from": "2026-07-01", "hourly_amount": "14.93", "source": "Rijksoverheid"},
    )
    db.session.refresh(wage)
    assert wage.hourly_amount == Decimal("14.93")
    assert _audit(db, "bedrag 14.92 -> 14.93")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"valid_from": "31-02-2026", "hourly_amount": "14,92"}, "Vul een datum in zoals"),
        ({"valid_from": "01-07-2026", "hourly_amount": "veertien"}, "Vul een getal in"),
        ({"valid_from": "01-07-2026", "hourly_amount": "140"}, "tussen € 0 en € 100"),
        ({"valid_from": "01-07-2026", "hourly_amount": "14,925"}, "hoogstens 2 decimalen"),
        ({"valid_from": "", "hourly_amount": "14,92"}, "Vul de datum in."),
        ({"valid_from": "01-01-2026", "hourly_amount": "14,92"}, "Voor 01-01-2026 is al een"),
    ],
)
def test_bad_minimum_wage_input(admin, db, client, data, message):
    db.session.add(MinimumWage(valid_from=date(2026, 1, 1), hourly_amount=Decimal("14.71")))
    db.session.commit()
    response = client.post("/beheer/minimumloon", data=data)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert message in html
    assert data["hourly_amount"] in html  # what was typed comes back
    assert db.session.scalar(db.select(db.func.count(MinimumWage.id))) == 1


def test_the_page_shows_the_youth_percentages_and_the_lkv_beside_the_form(admin, db, client):
    """The adult amount is kept here (with a form); the minimumjeugdloon percentages and the
    LKV amounts the placement rules and the calculator use are shown with their source."""
    from tests.factories import statutory_tables

    statutory_tables()
    db.session.commit()
    html = client.get("/beheer/minimumloon").get_data(as_text=True)
    assert "Nieuw bedrag toevoegen" in html and "€ 14,71" in html
    youth = html.split("Minimumjeugdloon: percentage per leeftijd")[1].split("<h2>")[0]
    assert "21 en ouder" in youth
    assert '<td class="num">19</td><td class="num">60%</td>' in youth  # since 01-07-2019
    lkv = html.split("Loonkostenvoordeel (LKV)")[1]
    assert "€ 1,01" in lkv and "zolang de werknemer in dienst blijft" in lkv
    assert "hoogstens 3 jaar; doelgroepverklaring nodig" in lkv


def test_calculator_warns_when_the_amount_may_be_stale(world, db):
    db.session.add(MinimumWage(valid_from=date(2026, 1, 1), hourly_amount=Decimal("14.71")))
    db.session.commit()
    assert minimum_wages.known_on(date(2026, 6, 30)).warning is None
    stale = minimum_wages.known_on(date(2026, 7, 1))
    assert stale.stale and "vanaf 01-01-2026" in stale.warning
    assert minimum_wages.known_on(date(2025, 12, 31)).wage is None
    db.session.add(MinimumWage(valid_from=date(2026, 7, 1), hourly_amount=Decimal("14.92")))
    db.session.commit()
    assert minimum_wages.known_on(date(2026, 7, 1)).warning is None


def test_calculator_page_shows_the_warning(world, db, client, auth):
    world.a.employer.municipality = world.a.municipality
    db.session.add(MinimumWage(valid_from=date(2026, 1, 1), hourly_amount=Decimal("14.71")))
    db.session.commit()
    auth.login("employer.a@example.nl")
    data = {
        "proposal": "",
        "benefit_type": "participatiewet",
        "kind": "job",
        "hours_per_week": "32",
        "hourly_wage": "15,00",
        "wage_value_pct": "60",
        "contract_months": "12",
    }
    html = client.post("/werkgever/subsidies", data={**data, "start_date": "2026-09-01"}).get_data(
        as_text=True
    )
    assert "nog geen nieuw bedrag ingevoerd" in html
    html = client.post("/werkgever/subsidies", data={**data, "start_date": "2026-03-01"}).get_data(
        as_text=True
    )
    assert "nog geen nieuw bedrag ingevoerd" not in html


# --------------------------------------------------------------------------- schemes

INCENTIVE = {
    "name": "Werkvoucher",
    "tier_1_months": "6",
    "tier_1_amount": "2.000",
    "min_hours_per_week": "24",
    "eligible_benefits": ["participatiewet"],
    "requires_benefit_at_start": "y",
    "active": "y",
    "source": "Beleidsplan Weststellingwerf",
}


def test_create_correct_and_version_an_incentive_scheme(admin, world, db, client):
    org = world.a.municipality
    created = client.post(
        "/beheer/regelingen/werkgevers/nieuw", data={**INCENTIVE, "municipality_id": str(org.id)}
    )
    assert created.status_code == 302
    first = db.session.scalars(db.select(IncentiveScheme)).one()
    assert first.series_id == first.id and first.valid_from is None
    assert [(t.months, t.amount) for t in first.tiers] == [(6, Decimal("2000.00"))]

    corrected = client.post(
        f"/beheer/regelingen/werkgevers/{first.id}",
        data={**INCENTIVE, "tier_1_amount": "2.100"},
    )
    assert corrected.status_code == 302
    db.session.refresh(first)
    assert first.tiers[0].amount == Decimal("2100.00")
    assert _audit(db, "gecorrigeerd: Werkvoucher: 6 mnd 2000.00")

    version = client.post(
        f"/beheer/regelingen/werkgevers/{first.id}/nieuwe-versie",
        data={
            **INCENTIVE,
            "tier_1_amount": "2.500",
            "tier_2_months": "12",
            "tier_2_amount": "4.000",
            "valid_from": "01-01-2027",
        },
    )
    assert version.status_code == 302
    versions = schemes.versions(IncentiveScheme, first.id)
    assert [v.valid_from for v in versions] == [None, date(2027, 1, 1)]
    page = client.get("/beheer/regelingen").get_data(as_text=True)
    assert "01-01-2027" in page and "geldt nu" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Vul de naam in."),
        ({"tier_1_months": "", "tier_1_amount": ""}, "Vul minstens één bedrag"),
        ({"tier_1_amount": ""}, "Vul ook het bedrag in."),
        ({"tier_1_amount": "veel"}, "Vul een getal in"),
        ({"tier_2_months": "6", "tier_2_amount": "3000"}, "Twee treden met hetzelfde aantal"),
        ({"min_hours_per_week": "100"}, "Kies 0 tot en met 80 uur."),
        ({"municipality_id": ""}, "Kies een gemeente."),
    ],
)
def test_bad_incentive_input(admin, world, db, client, changes, message):
    data = {**INCENTIVE, "municipality_id": str(world.a.municipality.id), **changes}
    response = client.post("/beheer/regelingen/werkgevers/nieuw", data=data)
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert db.session.scalars(db.select(IncentiveScheme)).first() is None


def test_a_new_version_must_start_after_the_last(admin, world, db, client):
    scheme = IncentiveScheme(
        municipality=world.a.municipality,
        name="Werkvoucher",
        min_hours_per_week=Decimal("24"),
        valid_from=date(2026, 1, 1),
        tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
    )
    db.session.add(scheme)
    db.session.flush()
    scheme.series_id = scheme.id
    db.session.commit()
    for valid_from, message in (("", "Vul de datum in"), ("01-01-2026", "ná de laatste versie")):
        response = client.post(
            f"/beheer/regelingen/werkgevers/{scheme.id}/nieuwe-versie",
            data={**INCENTIVE, "valid_from": valid_from},
        )
        assert message in response.get_data(as_text=True)
    assert len(schemes.versions(IncentiveScheme, scheme.id)) == 1


def test_a_placement_gets_the_version_in_force_on_its_start(world, db):
    """A werkvoucher raised from 1 July: a placement starting in June keeps € 2.000."""
    a = world.a
    old = IncentiveScheme(
        municipality=a.municipality,
        name="Werkvoucher",
        min_hours_per_week=Decimal("24"),
        eligible_benefits=["participatiewet"],
        tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
    )
    db.session.add(old)
    db.session.flush()
    old.series_id = old.id
    new = IncentiveScheme(
        municipality=a.municipality,
        name="Werkvoucher",
        series_id=old.id,
        valid_from=date(2026, 7, 1),
        min_hours_per_week=Decimal("24"),
        eligible_benefits=["participatiewet"],
        tiers=[IncentiveTier(months=6, amount=Decimal("2500"))],
    )
    ended = IncentiveScheme(
        municipality=a.municipality,
        name="Oude cheque",
        min_hours_per_week=Decimal("20"),
        tiers=[IncentiveTier(months=6, amount=Decimal("1000"))],
    )
    db.session.add_all([new, ended])
    db.session.flush()
    ended.series_id = ended.id
    db.session.add(
        IncentiveScheme(
            municipality=a.municipality,
            name="Oude cheque",
            series_id=ended.id,
            valid_from=date(2026, 3, 1),
            active=False,
            min_hours_per_week=Decimal("20"),
            tiers=[IncentiveTier(months=6, amount=Decimal("1000"))],
        )
    )
    db.session.commit()
    client = a.client
    assert [s.id for s in placement_lifecycle.schemes_for(client, date(2026, 6, 30))] == [old.id]
    assert [s.id for s in placement_lifecycle.schemes_for(client, date(2026, 7, 1))] == [new.id]
    assert {s.name for s in placement_lifecycle.schemes_for(client, date(2026, 2, 1))} == {
        "Oude cheque",
        "Werkvoucher",
    }

    client.benefit_type, client.benefit_start = "participatiewet", date(2024, 1, 1)
    db.session.commit()
    june = placement_lifecycle.register_start(
        a.proposal,
        start_date=date(2026, 6, 15),
        hours_per_week=Decimal("32"),
        contract_type="permanent",
        contract_months=None,
        hourly_wage=Decimal("15"),
        wage_value_pct=None,
        jobcoach=False,
        contract=None,
        user=a.users["employer"],
    )
    db.session.commit()
    award = db.session.scalars(
        db.select(IncentiveAward).where(IncentiveAward.placement_id == june.id)
    ).one()
    assert (award.scheme_id, award.amount) == (old.id, Decimal("2000.00"))


def test_exit_premium_versions_and_the_request_uses_todays(admin, world, db, client):
    org = world.a.municipality
    data = {
        "municipality_id": str(org.id),
        "name": "Uitstroompremie",
        "amount": "600",
        "max_per_resident": "2",
        "min_benefit_months": "12",
        "min_work_months": "0",
        "eligible_benefits": ["participatiewet"],
        "active": "y",
    }
    assert client.post("/beheer/regelingen/uitstroompremie/nieuw", data=data).status_code == 302
    first = db.session.scalars(db.select(ExitPremiumScheme)).one()
    bad = client.post(
        f"/beheer/regelingen/uitstroompremie/{first.id}", data={**data, "max_per_resident": "0"}
    )
    assert "Kies een aantal van 1 tot en met 10." in bad.get_data(as_text=True)
    client.post(
        f"/beheer/regelingen/uitstroompremie/{first.id}/nieuwe-versie",
        data={**data, "amount": "750", "valid_from": "01-01-2026"},
    )
    in_force = schemes.exit_premiums_in_force([org.id], date(2026, 6, 1))
    assert [s.amount for s in in_force] == [Decimal("750.00")]
    assert [s.amount for s in schemes.exit_premiums_in_force([org.id], date(2025, 6, 1))] == [
        Decimal("600.00")
    ]


# --------------------------------------------------------------------------- youth, LKV

YOUTH_2026 = {
    "valid_from": "01-07-2026",
    "age_15": "30",
    "age_16": "34,5",
    "age_17": "40",
    "age_18": "50",
    "age_19": "60",
    "age_20": "80",
    "age_21": "100",
    "source": "Besluit minimumjeugdloon, juli 2026",
}


def _value(html: str, name: str) -> str:
    return html.split(f'name="{name}"')[1].split('value="')[1].split('"')[0]


@pytest.fixture
def tables(admin, db):
    from tests.factories import statutory_tables

    statutory_tables()
    db.session.commit()


def test_add_a_youth_period_and_correct_it(tables, db, client):
    form = client.get("/beheer/minimumloon/jeugdloon/nieuw").get_data(as_text=True)
    assert "21 jaar en ouder (%)" in form
    assert _value(form, "age_19") == "60" and _value(form, "age_17") == "39,5"  # now in force
    response = client.post("/beheer/minimumloon/jeugdloon/nieuw", data=YOUTH_2026)
    assert response.status_code == 302
    assert minimum_wages.youth_percentages(date(2026, 7, 1))[17] == Decimal("40")
    assert minimum_wages.youth_percentages(date(2026, 6, 30))[17] == Decimal("39.5")
    assert _audit(db, "minimumjeugdloon vanaf 2026-07-01: 15 jaar 30%")
    page = client.get("/beheer/minimumloon").get_data(as_text=True)
    assert "01-07-2026" in page.split("Minimumjeugdloon")[1]
    row = db.session.scalars(
        db.select(YouthMinimumWageRate).where(
            YouthMinimumWageRate.valid_from == date(2026, 7, 1), YouthMinimumWageRate.age == 17
        )
    ).one()
    correction = client.get(f"/beheer/minimumloon/jeugdloon/{row.id}").get_data(as_text=True)
    assert "Minimumjeugdloon vanaf 01-07-2026 corrigeren" in correction
    response = client.post(
        f"/beheer/minimumloon/jeugdloon/{row.id}", data={**YOUTH_2026, "age_17": "39,75"}
    )
    assert response.status_code == 302
    assert minimum_wages.youth_percentages(date(2026, 7, 1))[17] == Decimal("39.75")
    assert _audit(db, "17 jaar 40.00% -> 39.75%")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"age_17": "zeventien"}, "age_17", "Vul een getal in"),
        ({"age_17": ""}, "age_17", "Vul het percentage in."),
        ({"age_17": "0"}, "age_17", "Vul een percentage in van meer dan 0 tot en met 100."),
        ({"age_17": "140"}, "age_17", "Vul een percentage in van meer dan 0 tot en met 100."),
        ({"age_17": "39,555"}, "age_17", "hoogstens 2 decimalen"),
        ({"age_21": "95"}, "age_21", "Vanaf 21 jaar geldt het volle minimumloon: vul 100 in."),
        ({"age_17": "55"}, "age_17", "kan niet hoger zijn dan dat voor 18 jaar"),
        ({"valid_from": "01-07-2019"}, "valid_from", "Voor 01-07-2019 zijn al percentages"),
        ({"valid_from": ""}, "valid_from", "Vul de datum in."),
    ],
)
def test_bad_youth_input(tables, db, client, change, field, message):
    before = db.session.scalar(db.select(db.func.count(YouthMinimumWageRate.id)))
    response = client.post("/beheer/minimumloon/jeugdloon/nieuw", data={**YOUTH_2026, **change})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    # the message sits with its field, and what was typed comes back
    assert message in html.split(f'id="{field}-error">')[1].split("</p>")[0]
    assert "Besluit minimumjeugdloon, juli 2026" in html
    assert db.session.scalar(db.select(db.func.count(YouthMinimumWageRate.id))) == before


LKV_2027 = {
    "valid_from": "01-01-2027",
    "per_hour": "1,05",
    "max_per_year": "2.080,00",
    "max_years": "",
    "source": "Wet tegemoetkomingen loondomein, 2027",
}


def test_add_lkv_amounts_and_correct_them(tables, db, client):
    from app.services import subsidies

    response = client.post("/beheer/minimumloon/lkv/nieuw", data=LKV_2027)
    assert response.status_code == 302
    rules = subsidies.lkv_rules()
    assert (rules[-1].valid_from, rules[-1].per_hour) == (date(2027, 1, 1), Decimal("1.05"))
    assert _audit(db, "LKV vanaf 2027-01-01: 1.05 per uur, hoogstens 2080.00 per jaar")
    rate = db.session.scalars(
        db.select(LkvRate).where(LkvRate.valid_from == date(2027, 1, 1))
    ).one()
    page = client.get("/beheer/minimumloon").get_data(as_text=True)
    assert "€ 2.080,00" in page and f"/beheer/minimumloon/lkv/{rate.id}" in page
    form = client.get(f"/beheer/minimumloon/lkv/{rate.id}").get_data(as_text=True)
    assert "Loonkostenvoordeel vanaf 01-01-2027 corrigeren" in form
    response = client.post(
        f"/beheer/minimumloon/lkv/{rate.id}", data={**LKV_2027, "per_hour": "1,06"}
    )
    assert response.status_code == 302
    db.session.refresh(rate)
    assert rate.per_hour == Decimal("1.06")
    assert _audit(db, "LKV: per uur 1.05 -> 1.06")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"per_hour": "een euro"}, "per_hour", "Vul een getal in"),
        ({"per_hour": "12"}, "per_hour", "Vul een bedrag per uur in tussen € 0 en € 10."),
        ({"max_per_year": "0"}, "max_per_year", "tussen € 0 en € 100.000"),
        ({"max_per_year": "0,50"}, "max_per_year", "niet lager zijn dan het bedrag per uur"),
        ({"max_years": "0"}, "max_years", "Kies een aantal van 1 tot en met 50."),
        ({"max_years": "2,5"}, "max_years", "Vul een heel getal in, zonder komma."),
        ({"valid_from": "01-01-2026"}, "valid_from", "Voor 01-01-2026 is al een bedrag"),
        ({"valid_from": "32-01-2027"}, "valid_from", "Vul een datum in zoals"),
    ],
)
def test_bad_lkv_input(tables, db, client, change, field, message):
    before = db.session.scalar(db.select(db.func.count(LkvRate.id)))
    response = client.post("/beheer/minimumloon/lkv/nieuw", data={**LKV_2027, **change})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert message in html.split(f'id="{field}-error">')[1].split("</p>")[0]
    assert "Wet tegemoetkomingen loondomein, 2027" in html
    assert db.session.scalar(db.select(db.func.count(LkvRate.id))) == before


def test_only_the_beheerder_keeps_the_tables(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    assert client.post("/beheer/minimumloon/lkv/nieuw", data=LKV_2027).status_code == 403
