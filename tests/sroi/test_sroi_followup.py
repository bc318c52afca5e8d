"""Follow-up after a placement (SPEC §4.1) and new-employer conversations (SPEC §4.6)."""

from __future__ import annotations

from datetime import date

import pytest

import sroi
from sroi import FollowUpRule, follow_up_schedule, is_new_employer_contact


def test_default_follow_up_is_two_and_six_weeks():
    # 000_… beleidsdoel 2: "Na ongeveer twee weken ... telefonisch contact ... Na zes weken is er
    # een tweede contactmoment."
    tasks = follow_up_schedule(date(2026, 1, 1))
    assert [(t.kind, t.due) for t in tasks] == [
        ("phone_call", date(2026, 1, 15)),
        ("second_contact", date(2026, 2, 12)),
    ]
    assert tasks[0].label.startswith("Telefonisch contact")


def test_follow_up_offsets_are_configurable():
    rules = (
        FollowUpRule("visit", "Bezoek bij de werkgever", 90),
        FollowUpRule("call", "Bellen", 7),
    )
    tasks = follow_up_schedule(date(2026, 12, 28), rules)
    assert [(t.kind, t.due) for t in tasks] == [
        ("call", date(2027, 1, 4)),
        ("visit", date(2027, 3, 28)),
    ]


def test_overdue():
    task = follow_up_schedule(date(2026, 1, 1))[0]
    assert not task.is_overdue(date(2026, 1, 15))
    assert task.is_overdue(date(2026, 1, 16))
    assert not task.is_overdue(date(2026, 2, 1), done=True)


def test_invalid_follow_up_input():
    with pytest.raises(ValueError, match="0 of meer"):
        FollowUpRule("x", "X", -1)
    with pytest.raises(ValueError, match="moet een datum zijn"):
        follow_up_schedule("2026-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="FollowUpRule"):
        follow_up_schedule(date(2026, 1, 1), [("x", 3)])  # type: ignore[list-item]


def test_new_employer_window_is_five_years_back_excluding_the_day_itself():
    on = date(2026, 6, 15)
    assert is_new_employer_contact([], on=on)
    assert not is_new_employer_contact([date(2021, 6, 15)], on=on)  # on − 5 years: inside
    assert is_new_employer_contact([date(2021, 6, 14)], on=on)  # one day older: outside
    assert is_new_employer_contact([date(2026, 6, 15)], on=on)  # same day: not earlier
    assert is_new_employer_contact([date(2026, 7, 1)], on=on)  # later contacts do not count
    assert not is_new_employer_contact([date(2026, 6, 14)], on=on)


def test_new_employer_leap_day():
    # 29-02-2028 − 5 years = 28-02-2023 (no 29 February in 2023)
    on = date(2028, 2, 29)
    assert not is_new_employer_contact([date(2023, 2, 28)], on=on)
    assert is_new_employer_contact([date(2023, 2, 27)], on=on)


def test_new_employer_years_are_configurable():
    assert is_new_employer_contact([date(2023, 1, 1)], on=date(2026, 1, 2), years=3)
    assert not is_new_employer_contact([date(2023, 1, 2)], on=date(2026, 1, 2), years=3)
    with pytest.raises(ValueError, match="1 tot en met 100"):
        is_new_employer_contact([], on=date(2026, 1, 1), years=0)
    with pytest.raises(ValueError, match="contact moet een datum"):
        is_new_employer_contact(["gisteren"], on=date(2026, 1, 1))  # type: ignore[list-item]


def test_count_new_employer_conversations_in_a_year():
    contacts = [
        ("bakkerij", date(2026, 3, 1)),  # new
        ("bakkerij", date(2026, 4, 1)),  # not new: March contact
        ("bakkerij", date(2026, 3, 1)),  # duplicate of the first
        ("garage", date(2023, 5, 1)),
        ("garage", date(2026, 5, 1)),  # not new: 2023 is within five years
        ("zorg", date(2020, 12, 31)),
        ("zorg", date(2026, 1, 1)),  # new: 31-12-2020 is more than five years back
        ("school", date(2025, 12, 31)),  # other year
        (42, date(2026, 12, 31)),  # new; ids may be numbers
    ]
    assert sroi.new_employer_contacts(contacts, 2026) == [
        ("zorg", date(2026, 1, 1)),
        ("bakkerij", date(2026, 3, 1)),
        (42, date(2026, 12, 31)),
    ]
    assert sroi.count_new_employer_contacts(contacts, 2026) == 3
    assert sroi.count_new_employer_contacts(contacts, 2025) == 1
    assert sroi.NEW_EMPLOYER_TARGET == 10


def test_count_rejects_bad_rows():
    with pytest.raises(ValueError, match="\\(werkgever, datum\\)"):
        sroi.count_new_employer_contacts([("a",)], 2026)  # type: ignore[list-item]
