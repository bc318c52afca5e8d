"""The wage-sum method (*loonsommethode*) as a catalogue unit next to the bouwblokken.

Lansingerland (`002_…` §3.2.5): "In contracten die de gemeente afsluit met ondernemers nemen we
op dat zij voor 5% van de kosten van het contract een SROI-verplichting hebben. Een manier om
dit in te vullen is dat zij voor het bedrag waar die 5% voor staat werkzaamheden laten
uitvoeren door iemand met een bijstandsuitkering, met een indicatie voor een sociale
werkvoorziening of door jongeren van het speciaal onderwijs of middelbaar beroepsonderwijs."

So a `wage` block counts the wages paid to such a worker (the payroll figure, the activity's
`amount`) times the block's factor, euro for euro in Lansingerland's preset.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import sroi
from sroi import Activity, Contract

D = Decimal
# A shipped preset since the portal handles the unit (issue 18, item 5).
LOONSOM = sroi.load_catalogue("lansingerland-loonsom")
# Lansingerland's 5 % of a contract of € 400.000 excl. VAT: € 20.000 to fill.
CONTRACT = Contract(
    value=D("400000"),
    sroi_percentage=sroi.load_policy("lansingerland").percentage,
    start=date(2026, 1, 1),
    end=date(2026, 12, 31),
    penalty_percentage=D("100"),
)


def payroll(block, amount, start=date(2026, 3, 1), end=date(2026, 5, 31)):
    return Activity(block=block, start=start, end=end, amount=amount)


def test_the_preset_follows_the_seed():
    assert {b.unit for b in LOONSOM.blocks} == {"wage"}
    assert all(b.value == 1 for b in LOONSOM.blocks)  # euro for euro: "voor het bedrag"
    assert [b.code for b in LOONSOM.blocks] == [
        "loonsom_bijstand",
        "loonsom_sw",
        "loonsom_jongeren",
    ]
    assert "§3.2.5" in LOONSOM.source
    assert "lansingerland-loonsom" in sroi.catalogue_presets()
    # a client on bijstand is suggested the wage block of the bijstand group
    assert (
        sroi.suggest_block(LOONSOM, "participatiewet", date(2025, 1, 1), on=date(2026, 3, 1))
        == "loonsom_bijstand"
    )


def test_wages_paid_fill_the_obligation_euro_for_euro():
    assert sroi.obligation(CONTRACT) == D("20000.00")  # 5 % of 400.000
    accepted = [
        payroll("loonsom_bijstand", D("12000")),  # three months' wages, bijstand
        payroll("loonsom_jongeren", D("5500.50")),  # a BBL student from the mbo
    ]
    status = sroi.contract_status(LOONSOM, CONTRACT, accepted, [], as_of=date(2026, 9, 30))
    assert status.realized == D("17500.50")  # 12.000 + 5.500,50
    accepted.append(payroll("loonsom_sw", D("2499.50")))
    status = sroi.contract_status(LOONSOM, CONTRACT, accepted, [], as_of=date(2026, 9, 30))
    assert status.realized == D("20000.00") and status.state == "fulfilled"


def test_wage_counts_once_when_its_start_lies_in_the_contract():
    before = payroll("loonsom_bijstand", D("3000"), start=date(2025, 12, 1), end=None)
    assert sroi.value_activity(LOONSOM, CONTRACT, before, as_of=date(2026, 12, 31)) == 0
    later = payroll("loonsom_bijstand", D("3000"), start=date(2026, 10, 1), end=None)
    assert sroi.value_activity(LOONSOM, CONTRACT, later, as_of=date(2026, 9, 30)) == 0
    assert sroi.value_activity(LOONSOM, CONTRACT, later, as_of=date(2026, 10, 1)) == D("3000.00")


def test_factor_and_working():
    cat = sroi.catalogue_from_dict(
        {
            "name": "half",
            "title": "Halve loonsom",
            "source": "test",
            "blocks": [{"code": "loon", "label": "Loonsom", "unit": "wage", "value": "0.5"}],
        }
    )
    # 0,5 × 8.333,33 = 4.166,665 → 4.166,67 (half-up)
    activity = payroll("loon", D("8333.33"))
    working = sroi.explain_activity(cat, CONTRACT, activity, as_of=date(2026, 12, 31))
    assert working.value == D("4166.67")
    assert working.formula == "€ 4.166,67 = € 8.333,33 loonsom × 0,5"
    assert working.quantity == D("8333.33") and working.counted


def test_missing_wages_name_the_amount_field():
    with pytest.raises(sroi.InputError) as caught:
        sroi.value_activity(
            LOONSOM, CONTRACT, payroll("loonsom_sw", None), as_of=date(2026, 12, 31)
        )
    assert caught.value.field == "amount"
    assert str(caught.value) == "Vul de betaalde loonsom in (blok 'loonsom_sw' telt de loonsom)."


def test_bonuses_and_counting_limits_do_not_belong_to_a_wage_block():
    with_bonus = Activity(
        block="loonsom_bijstand", start=date(2026, 3, 1), amount=D("1000"), bonuses=("age50",)
    )
    with pytest.raises(sroi.InputError) as caught:
        sroi.value_activity(LOONSOM, CONTRACT, with_bonus, as_of=date(2026, 12, 31))
    assert caught.value.field == "bonuses"
    with pytest.raises(sroi.CatalogueError) as caught:
        sroi.catalogue_from_dict(
            {
                "name": "x",
                "title": "X",
                "source": "test",
                "blocks": [
                    {"code": "loon", "label": "L", "unit": "wage", "value": "1", "max_years": 2}
                ],
            }
        )
    (problem,) = caught.value.problems
    assert (problem.field, problem.table, problem.index) == ("max_years", "blocks", 0)
    assert "'max_years' kan alleen bij eenheid 'year' of 'month'" in problem.message


def test_wage_unit_in_toml_and_dict_round_trip():
    text = sroi.catalogue_to_toml(LOONSOM)
    assert 'unit = "wage"' in text
    assert sroi.parse_catalogue_toml(text, source="kopie.toml") == LOONSOM
    assert sroi.catalogue_from_dict(sroi.catalogue_to_dict(LOONSOM)) == LOONSOM
    assert "wage" in sroi.UNITS and sroi.UNIT_LABELS["wage"] == "betaalde loonsom × factor"
