"""Policies (SPEC §5.5): the Friese eis and Lansingerland's 5 %, thresholds per kind, the cap.

The Friese eis as published (socialreturninderegio.nl, "SROI beleid Friesland"): "Bij werken
vanaf €250.000 en bij diensten vanaf €100.000 geldt een Social Return eis van 2% van de totale
opdrachtsom exclusief BTW [...] Per (deel)project geldt een maximale Social Return eis van
€300.000." Lansingerland (`002_…` §3.2.5): "voor 5% van de kosten van het contract een
SROI-verplichting". Every expected amount is worked out by hand next to it.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sroi
from sroi import Policy, required

D = Decimal
FRIESE_EIS = sroi.load_policy("friese-eis")


# ------------------------------------------------------------------ the SPEC's examples


def test_spec_examples():
    policy = Policy(
        name="friese-eis",
        percentage=D("2"),
        thresholds={"werken": D("250000"), "diensten": D("100000")},
        cap=D("300000"),
    )
    assert required(policy, kind="werken", value=D("1200000")) == D("24000.00")
    assert str(required(policy, kind="werken", value=D("1200000"))) == "24000.00"
    assert str(required(policy, kind="diensten", value=D("90000"))) == "0"


def test_the_preset_is_the_published_friese_eis():
    assert FRIESE_EIS.percentage == D("2")
    assert dict(FRIESE_EIS.thresholds) == {"werken": D("250000"), "diensten": D("100000")}
    assert FRIESE_EIS.cap == D("300000")
    assert FRIESE_EIS.award_percentage_max == D("5")
    assert FRIESE_EIS.threshold("leveringen") is None
    assert FRIESE_EIS.source.startswith("https://socialreturninderegio.nl/")


# ------------------------------------------------------------------ thresholds per kind


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("werken", "249999.99", "0"),  # just below the works threshold
        ("werken", "250000", "5000.00"),  # from € 250.000 on: 2 % of 250.000
        ("diensten", "99999.99", "0"),
        ("diensten", "100000", "2000.00"),  # from € 100.000 on: 2 % of 100.000
        ("diensten", "249999.99", "5000.00"),  # 4.999,9998 → 5.000,00
        ("leveringen", "1", "0.02"),  # no threshold: always qualifies
        ("leveringen", "0", "0.00"),
        ("WERKEN ", "1200000", "24000.00"),  # kind read case-insensitively
    ],
)
def test_threshold_per_kind(kind, value, expected):
    assert str(required(FRIESE_EIS, kind=kind, value=D(value))) == expected


def test_every_kind_qualifies_without_thresholds():
    lansingerland = sroi.load_policy("lansingerland")
    # 5 % of 1.234.567,89 = 61.728,3945 → 61.728,39
    for kind in sroi.KINDS:
        assert required(lansingerland, kind=kind, value=D("1234567.89")) == D("61728.39")
    assert lansingerland.cap is None and not lansingerland.thresholds


# ------------------------------------------------------------------ cap per (sub)project


def test_cap_per_subproject():
    # 2 % of 15.000.000 = 300.000: exactly the cap
    assert required(FRIESE_EIS, kind="werken", value=D("15000000")) == D("300000.00")
    # 2 % of 15.000.050 = 300.001 → capped at 300.000
    assert required(FRIESE_EIS, kind="werken", value=D("15000050")) == D("300000.00")
    working = sroi.explain_required(FRIESE_EIS, kind="werken", value=D("20000000"))
    assert working.capped and working.uncapped == D("400000.00") and working.amount == D("300000")
    assert working.formula == (
        "2% van € 20.000.000,00 = € 400.000,00, begrensd op € 300.000,00 per (deel)project"
    )


def test_two_subprojects_each_get_their_own_cap():
    # A framework of two lots of 10 million each: 200.000 + 200.000, not min(400.000, 300.000)
    lots = [D("10000000"), D("10000000")]
    assert sum(required(FRIESE_EIS, "werken", lot) for lot in lots) == D("400000.00")


def test_rounding_half_up_to_cents():
    # 2 % of 12.345,25 = 246,905 → 246,91 (half-up; banker's rounding would give 246,90)
    assert required(FRIESE_EIS, kind="leveringen", value=D("12345.25")) == D("246.91")
    # 2 % of 0,25 = 0,005 → 0,01
    assert required(FRIESE_EIS, kind="leveringen", value=D("0.25")) == D("0.01")


def test_working_below_threshold_says_why():
    working = sroi.explain_required(FRIESE_EIS, kind="diensten", value=D("90000"))
    assert not working.qualifies and working.amount == 0 and working.threshold == D("100000")
    assert working.formula == (
        "Geen SROI-eis: € 90.000,00 ligt onder de drempel voor diensten (€ 100.000,00)."
    )


# ------------------------------------------------------------------ a property


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(sroi.KINDS),
    cents=st.integers(0, 10**12),
    percentage=st.integers(0, 1000).map(lambda tenths: D(tenths).scaleb(-1)),
    threshold=st.one_of(st.none(), st.integers(0, 10**9).map(D)),
    cap=st.one_of(st.none(), st.integers(0, 10**8).map(D)),
)
def test_required_matches_the_rule(kind, cents, percentage, threshold, cap):
    value = D(cents).scaleb(-2)
    policy = Policy(
        name="p",
        percentage=percentage,
        thresholds={} if threshold is None else {kind: threshold},
        cap=cap,
    )
    got = required(policy, kind=kind, value=value)
    if threshold is not None and value < threshold:
        assert got == 0
        return
    exact = Fraction(value) * Fraction(percentage) / 100
    if cap is not None:
        exact = min(exact, Fraction(cap))
    assert got == D(int(exact * 100 + Fraction(1, 2))).scaleb(-2)  # half-up, exact
    assert got.as_tuple().exponent == -2
    if cap is not None:
        assert got <= cap


# ------------------------------------------------------------------ presets and copies


def test_policy_presets_load_and_round_trip(tmp_path):
    assert sroi.policy_presets() == ["friese-eis", "lansingerland"]
    for name in sroi.policy_presets():
        policy = sroi.load_policy(name)
        assert policy.name == name and policy.source and policy.description
        assert sroi.policy_from_dict(sroi.policy_to_dict(policy)) == policy
    path = tmp_path / "eigen.toml"
    path.write_text(
        'name = "eigen"\npercentage = 4\ncap = "50000"\n[thresholds]\nleveringen = 75000\n',
        encoding="utf-8",
    )
    own = sroi.load_policy(path)
    assert required(own, "leveringen", D("74999")) == 0
    assert required(own, "leveringen", D("3000000")) == D("50000.00")  # 120.000 capped
    assert required(own, "werken", D("1000")) == D("40.00")


def test_policy_is_immutable_and_hashable():
    policy = sroi.load_policy("friese-eis")
    with pytest.raises(TypeError):
        policy.thresholds["werken"] = D("1")  # type: ignore[index]
    assert hash(policy) == hash(sroi.load_policy("friese-eis"))


# ------------------------------------------------------------------ bad input names its field


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (lambda: required(FRIESE_EIS, "bouw", D("1")), "kind", "Onbekende soort opdracht 'bouw'"),
        (lambda: required(FRIESE_EIS, "werken", D("-1")), "value", "mag niet negatief"),
        (lambda: required(FRIESE_EIS, "werken", "1.000,00"), "value", "gebruik een punt"),
        (lambda: required("friese-eis", "werken", D("1")), "policy", "Geef een beleid"),
        (lambda: Policy(name="p", percentage=D("101")), "percentage", "hoogstens 100"),
        (lambda: Policy(name="", percentage=D("2")), "name", "Geef het beleid een naam"),
        (
            lambda: Policy(name="p", percentage=D("2"), thresholds={"bouw": D("1")}),
            "thresholds",
            "Onbekende soort opdracht 'bouw' bij de drempels",
        ),
        (
            lambda: Policy(name="p", percentage=D("2"), thresholds={"werken": D("-5")}),
            "thresholds",
            "De drempel voor werken mag niet negatief zijn.",
        ),
        (lambda: Policy(name="p", percentage=D("2"), cap=D("-1")), "cap", "mag niet negatief"),
        (
            lambda: Policy(name="p", percentage=D("2"), award_percentage_max=D("1")),
            "award_percentage_max",
            "ligt onder het SROI-percentage",
        ),
        (
            lambda: sroi.policy_from_dict({"name": "p", "percentage": "2", "drempel": 1}),
            "drempel",
            "Onbekend veld 'drempel'",
        ),
        (lambda: sroi.policy_from_dict({"name": "p"}), "percentage", "ontbreekt"),
        (lambda: sroi.load_policy("bestaat-niet"), "policy", "niet gevonden"),
        (lambda: sroi.parse_policy_toml("percentage = ["), "policy", "ongeldige TOML-opmaak"),
    ],
)
def test_errors_name_their_field(call, field, message):
    with pytest.raises(sroi.InputError) as caught:
        call()
    assert caught.value.field == field
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_a_contracts_cap_limits_obligation_expected_and_penalty():
    """The Friese eis's cap per (sub)project carried by the contract: 2 % of € 20.000.000 is
    € 400.000, capped at € 300.000; expected and penalty follow the capped obligation."""
    from datetime import date

    policy = sroi.load_policy("friese-eis")
    catalogue = sroi.load_catalogue("oost-nederland-v05-2023")
    contract = sroi.Contract(
        value=Decimal("20000000"),
        sroi_percentage=Decimal("2"),
        start=date(2026, 1, 1),
        end=date(2026, 12, 31),
        penalty_percentage=Decimal("100"),
        cap=policy.cap,
    )
    assert sroi.obligation(contract) == Decimal("300000.00")
    assert sroi.required(policy, "werken", contract.value) == sroi.obligation(contract)
    halfway = sroi.contract_status(catalogue, contract, accepted=[], as_of=date(2026, 7, 1))
    assert halfway.expected == Decimal("149589.04")  # 300.000 × 182 / 365
    ended = sroi.contract_status(catalogue, contract, accepted=[], as_of=date(2027, 1, 1))
    assert ended.penalty == ended.shortfall == Decimal("300000.00")
    uncapped = sroi.Contract(
        value=Decimal("1000000"),
        sroi_percentage=Decimal("2"),
        start=date(2026, 1, 1),
        end=date(2026, 12, 31),
        cap=policy.cap,
    )
    assert sroi.obligation(uncapped) == Decimal("20000.00")  # under the cap: unchanged
    with pytest.raises(sroi.InputError) as error:
        sroi.Contract(
            value=Decimal("1"),
            sroi_percentage=Decimal("2"),
            start=date(2026, 1, 1),
            end=date(2026, 12, 31),
            cap=Decimal("-1"),
        )
    assert error.value.field == "cap"
