"""One definition of each label list (`app.models.choices`), and the portal's lists agree with
the SROI engine's wherever both name the same codes."""

import sroi
from app.models import choices
from app.services import sroi_bridge


def test_benefit_types_are_the_engines_in_the_same_order():
    assert tuple(choices.BENEFIT_TYPES) == sroi.BENEFIT_TYPES


def test_block_units_are_the_engines_including_the_wage_sum():
    """Every unit of the engine has a Dutch label in the portal, the wage sum too (issue 18)."""
    assert set(choices.BLOCK_UNITS) == set(sroi.UNITS)
    assert choices.BLOCK_UNITS["wage"] == "loonsom"


def test_follow_up_kinds_are_the_moments_the_adapter_schedules():
    assert set(choices.FOLLOW_UP_KINDS) == set(sroi_bridge.FOLLOW_UP_DAYS)


def test_open_award_states_are_award_states():
    from app.services.placement_lifecycle import OPEN_AWARD_STATES

    assert set(OPEN_AWARD_STATES) <= set(choices.AWARD_STATES)


def test_the_placement_end_form_offers_exactly_the_end_reasons(app):
    from app.employer.forms import PlacementEndForm

    with app.test_request_context():
        offered = [c.value for c in PlacementEndForm().reason.choices if c.value]
    assert offered == list(choices.END_REASONS)


def test_the_engines_labels_cover_every_benefit_the_portal_stores():
    """The engine words its reasons with `BENEFIT_LABELS`; every stored code has one."""
    assert set(choices.BENEFIT_TYPES) <= set(sroi.BENEFIT_LABELS)
