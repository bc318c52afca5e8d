"""The dated rules of a client's path as plain functions (no app, no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services import client_rules as rules


def test_outreach_cycle_letter_call_and_reminder_after_four_to_six_months():
    """000 doel 2: "Deze inwoners ontvangen een brief met het aanbod van de gemeente voor
    ondersteuning. Wanneer de gegevens bekend zijn, nemen wij ook telefonisch contact op. Bij
    geen reactie versturen wij na vier tot zes maanden een herinneringsbrief." """
    steps = rules.outreach_schedule(date(2026, 1, 31), 14, 4, 6)
    assert [(s.kind, s.remind_on, s.due_on) for s in steps] == [
        ("outreach_letter", date(2026, 1, 31), date(2026, 1, 31)),
        ("outreach_call", date(2026, 2, 14), date(2026, 2, 14)),
        ("outreach_reminder", date(2026, 5, 31), date(2026, 7, 31)),
    ]
    with pytest.raises(ValueError, match="herinnering"):
        rules.outreach_schedule(date(2026, 1, 1), 14, 6, 4)


def test_job_search_duty_ends_at_62_and_is_a_setting():
    """004 §2.4: "Cliënten die 62 jaar en ouder zijn hoeven niet meer verplicht te solliciteren"
    — on the 62nd birthday the duty ends; a municipality without the rule sets None."""
    born = date(1964, 3, 1)
    assert rules.job_search_duty(born, date(2026, 2, 28), 62) is True
    assert rules.job_search_duty(born, date(2026, 3, 1), 62) is False
    assert rules.job_search_duty_ends(born, 62) == date(2026, 3, 1)
    assert rules.job_search_duty(born, date(2026, 3, 1), 60) is False
    assert rules.job_search_duty(born, date(2030, 1, 1), None) is True
    assert rules.job_search_duty(None, date(2026, 1, 1), 62) is None
    assert rules.age_on(date(2000, 2, 29), date(2026, 2, 28)) == 25


def test_travel_rule_three_hours_a_day_or_none():
    """000 §2.5 "Niet wil reizen voor werk (3 uur per dag)"; 004 §2.4 under Participatiewet in
    Balans: "Standaard specifieke verplichtingen, zoals het bereid moeten zijn om 3 uur te
    reizen voor werk, komen te vervallen" — 90 minutes one way, or no default at all."""
    assert rules.travel_minutes_one_way(Decimal("3")) == 90
    assert rules.travel_minutes_one_way(Decimal("2.5")) == 75
    assert rules.travel_minutes_one_way(None) is None


def test_yearly_and_half_yearly_due_dates():
    """000 §2.3 (yearly ladder registration) and doelen 1 and 2 (the dienstverleningsgesprek
    yearly, twice a year with part-time work)."""
    assert rules.yearly_due(date(2025, 2, 28), date(2020, 1, 1), 12) == date(2026, 2, 28)
    assert rules.yearly_due(None, date(2026, 1, 31), 12) == date(2027, 1, 31)
    assert rules.service_talk_months(12, 6, works_part_time=True) == 6
    assert rules.service_talk_months(12, 6, works_part_time=False) == 12
    assert rules.deadline(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert rules.deadline(None, 6) is None


@pytest.mark.parametrize(
    ("due", "done", "expected"),
    [
        (date(2026, 5, 31), False, "overdue"),
        (date(2026, 6, 1), False, "soon"),
        (date(2026, 7, 1), False, "soon"),
        (date(2026, 7, 2), False, "later"),
        (date(2026, 5, 1), True, "done"),
        (None, False, "none"),
    ],
)
def test_state_of_a_date(due, done, expected):
    assert rules.state(due, date(2026, 6, 1), done=done) == expected


def test_a_step_up_the_ladder():
    """000 §7 "Stap op de participatieladder": a higher step is +1, a lower −1; a first
    registration, a confirmation or another field is 0."""
    assert rules.ladder_direction("ladder_step", "3", "4") == 1
    assert rules.ladder_direction("ladder_step", "4", "2") == -1
    assert rules.ladder_direction("ladder_step", None, "4") == 0
    assert rules.ladder_direction("ladder_step", "4", "4") == 0
    assert rules.ladder_direction("profile", "3", "2") == 0
