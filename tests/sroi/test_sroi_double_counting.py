"""Double counting (SPEC §5.5): one person's hours count for several contracts only up to full
time. WIZZR's promise for the Frisian monitoring system: "dubbele invoer van gegevens op
meerdere projecten ondervangen".

The rule is checked against a brute-force oracle that walks every single day.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sroi
from sroi import Activity, Overlap, double_counted

D = Decimal


def work(start, end, hours, person="k-17", block="pw"):
    return Activity(block=block, start=start, end=end, hours_per_week=hours, person=person)


# ------------------------------------------------------------------ worked examples


def test_two_contracts_beyond_full_time():
    # Contract A: 24 h a week, January to June; contract B: 20 h from April, no end.
    # 1 April – 30 June both run: 24 + 20 = 44 > 36.
    activities = [
        work(date(2026, 1, 1), date(2026, 6, 30), D("24")),
        work(date(2026, 4, 1), None, D("20")),
    ]
    assert double_counted(activities) == [
        Overlap("k-17", date(2026, 4, 1), date(2026, 6, 30), D("44"), (0, 1))
    ]
    overlap = double_counted(activities)[0]
    assert overlap.excess() == D("8")
    assert overlap.describe() == (
        "Van 01-04-2026 tot en met 30-06-2026 werkt deze persoon in deze activiteiten samen "
        "44 uur per week, 8 uur meer dan voltijd (36 uur)."
    )


def test_exactly_full_time_is_no_double_counting():
    # 18 + 18 = 36: allowed (only more than full time counts twice)
    activities = [
        work(date(2026, 1, 1), None, D("18")),
        work(date(2026, 1, 1), None, D("18")),
    ]
    assert double_counted(activities) == []


def test_dates_are_inclusive():
    # A ends on 31 March, B starts on 31 March: that one day both run (30 + 30 = 60).
    touching = [
        work(date(2026, 1, 1), date(2026, 3, 31), D("30")),
        work(date(2026, 3, 31), date(2026, 9, 30), D("30")),
    ]
    assert double_counted(touching) == [
        Overlap("k-17", date(2026, 3, 31), date(2026, 3, 31), D("60"), (0, 1))
    ]
    # B starts on 1 April: they follow each other, no overlap.
    following = [touching[0], work(date(2026, 4, 1), date(2026, 9, 30), D("30"))]
    assert double_counted(following) == []


def test_open_ended_activities_run_on():
    activities = [work(date(2026, 1, 1), None, D("30")), work(date(2026, 5, 1), None, D("10"))]
    assert double_counted(activities) == [Overlap("k-17", date(2026, 5, 1), None, D("40"), (0, 1))]
    assert (
        double_counted(activities)[0]
        .describe()
        .startswith("Vanaf 01-05-2026 (zonder einddatum) werkt deze persoon")
    )


def test_a_new_set_of_activities_starts_a_new_period():
    # A 20 h all year; B 20 h March–August; C 10 h from June, no end.
    # Mar–May {A, B} 40 h; Jun–Aug {A, B, C} 50 h; Sep–Dec {A, C} 30 h (fine); 2027 {C} only.
    activities = [
        work(date(2026, 1, 1), date(2026, 12, 31), D("20")),
        work(date(2026, 3, 1), date(2026, 8, 31), D("20")),
        work(date(2026, 6, 1), None, D("10")),
    ]
    assert double_counted(activities) == [
        Overlap("k-17", date(2026, 3, 1), date(2026, 5, 31), D("40"), (0, 1)),
        Overlap("k-17", date(2026, 6, 1), date(2026, 8, 31), D("50"), (0, 1, 2)),
    ]


def test_the_same_set_after_an_interruption_is_a_separate_period():
    # A and B overlap all year at 40 h; C (1 h) joins in June only: three periods.
    activities = [
        work(date(2026, 1, 1), date(2026, 12, 31), D("20")),
        work(date(2026, 1, 1), date(2026, 12, 31), D("20")),
        work(date(2026, 6, 1), date(2026, 6, 30), D("1")),
    ]
    assert [(o.start, o.end, o.activity_indexes) for o in double_counted(activities)] == [
        (date(2026, 1, 1), date(2026, 5, 31), (0, 1)),
        (date(2026, 6, 1), date(2026, 6, 30), (0, 1, 2)),
        (date(2026, 7, 1), date(2026, 12, 31), (0, 1)),
    ]


def test_only_one_persons_activities_add_up_and_results_are_sorted():
    activities = [
        work(date(2026, 2, 1), None, D("30"), person="b"),
        work(date(2026, 1, 1), None, D("30"), person="a"),
        work(date(2026, 1, 1), None, D("30"), person="b"),
        work(date(2026, 3, 1), None, D("30"), person="a"),
        work(date(2026, 1, 1), None, D("35"), person="c"),  # alone: no overlap
    ]
    assert double_counted(activities) == [
        Overlap("a", date(2026, 3, 1), None, D("60"), (1, 3)),
        Overlap("b", date(2026, 2, 1), None, D("60"), (0, 2)),
    ]


def test_activities_without_person_or_hours_do_not_count_but_keep_their_positions():
    activities = [
        Activity(block="pw", start=date(2026, 1, 1), hours_per_week=D("36")),  # no person
        Activity(block="uren", start=date(2026, 1, 1), hours=D("100"), person="k-17"),  # no h/w
        work(date(2026, 1, 1), None, D("20")),
        work(date(2026, 1, 1), None, D("20")),
    ]
    assert double_counted(activities) == [Overlap("k-17", date(2026, 1, 1), None, D("40"), (2, 3))]


def test_one_activity_above_full_time_is_not_double_counting():
    assert double_counted([work(date(2026, 1, 1), None, D("60"))]) == []


def test_nothing_to_check():
    assert double_counted([]) == []
    assert double_counted(iter([])) == []


def test_full_time_is_a_parameter():
    activities = [work(date(2026, 1, 1), None, D("19")), work(date(2026, 1, 1), None, D("19"))]
    assert double_counted(activities) == [Overlap("k-17", date(2026, 1, 1), None, D("38"), (0, 1))]
    assert double_counted(activities, fulltime_hours=D("38")) == []
    assert double_counted(activities, fulltime_hours=40) == []


# ------------------------------------------------------------------ the person key


def test_person_key_is_pseudonymous():
    assert Activity(block="pw", start=date(2026, 1, 1), person="  k-17 ").person == "k-17"
    with pytest.raises(sroi.InputError) as caught:
        Activity(block="pw", start=date(2026, 1, 1), person="111222333")  # passes the elfproef
    assert caught.value.field == "person" and "BSN" in str(caught.value)
    # nine digits that fail the elfproef are not a BSN, so a numeric key is fine
    assert Activity(block="pw", start=date(2026, 1, 1), person="111222334").person == "111222334"
    for bad in ("", "   ", 17, "x" * 101):
        with pytest.raises(sroi.InputError) as caught:
            Activity(block="pw", start=date(2026, 1, 1), person=bad)
        assert caught.value.field == "person"


@pytest.mark.parametrize(
    ("activities", "fulltime", "field"),
    [
        ([], D("0"), "fulltime_hours"),
        ([], D("-36"), "fulltime_hours"),
        ([], D("169"), "fulltime_hours"),
        ([], "zesendertig", "fulltime_hours"),
        (None, D("36"), "activities"),
        ("pw", D("36"), "activities"),
        (42, D("36"), "activities"),
        ([("pw", date(2026, 1, 1))], D("36"), "activities"),
    ],
)
def test_bad_input_names_its_field(activities, fulltime, field):
    with pytest.raises(sroi.InputError) as caught:
        double_counted(activities, fulltime_hours=fulltime)
    assert caught.value.field == field


# ------------------------------------------------------------------ against a brute-force oracle


def oracle(activities: list[Activity], fulltime: Decimal) -> list[Overlap]:
    """Day by day: the set of running activities per person and day; group equal runs."""
    counted = [
        (i, a) for i, a in enumerate(activities) if a.person is not None and a.hours_per_week
        is not None
    ]  # fmt: skip
    if not counted:
        return []
    first = min(a.start for _, a in counted)
    # One day past every date: from there on only activities without an end run.
    horizon = max(max(a.start, a.end or a.start) for _, a in counted) + timedelta(days=1)
    result = []
    for person in sorted({a.person for _, a in counted}):
        mine = [(i, a) for i, a in counted if a.person == person]
        runs: list[list] = []  # [start, end, set, hours]
        day = first
        while day <= horizon:
            running = frozenset(
                i for i, a in mine if a.start <= day and (a.end is None or day <= a.end)
            )
            hours = sum((activities[i].hours_per_week for i in running), D(0))
            if len(running) >= 2 and hours > fulltime:
                if runs and runs[-1][2] == running and runs[-1][1] == day - timedelta(days=1):
                    runs[-1][1] = day
                else:
                    runs.append([day, day, running, hours])
            day += timedelta(days=1)
        for start, end, running, hours in runs:
            open_end = end == horizon  # still running past every date: no end
            result.append(
                Overlap(person, start, None if open_end else end, hours, tuple(sorted(running)))
            )
    return result


BASE = date(2026, 1, 1)


@st.composite
def activity_lists(draw):
    n = draw(st.integers(0, 7))
    items = []
    for _ in range(n):
        start = BASE + timedelta(days=draw(st.integers(0, 60)))
        length = draw(st.one_of(st.none(), st.integers(0, 40)))
        items.append(
            Activity(
                block="pw",
                start=start,
                end=None if length is None else start + timedelta(days=length),
                # round numbers often add up to exactly full time, odd halves rarely do
                hours_per_week=draw(
                    st.one_of(
                        st.none(),
                        st.sampled_from([D(0), D(10), D(12), D(18), D(20), D(24), D(36)]),
                        st.integers(0, 80).map(lambda h: D(h) / 2),
                    )
                ),
                person=draw(st.one_of(st.none(), st.sampled_from(["a", "b", "c"]))),
            )
        )
    return items


@settings(max_examples=400, deadline=None)
@given(activity_lists(), st.sampled_from([D("36"), D("40"), D("20"), D("0.5")]))
def test_matches_the_day_by_day_oracle(activities, fulltime):
    assert double_counted(activities, fulltime_hours=fulltime) == oracle(activities, fulltime)


@settings(max_examples=200, deadline=None)
@given(activity_lists())
def test_invariants(activities):
    overlaps = double_counted(activities)
    assert overlaps == sorted(overlaps, key=lambda o: (o.person, o.start))
    for o in overlaps:
        assert len(o.activity_indexes) >= 2 and o.hours_per_week > 36
        assert list(o.activity_indexes) == sorted(set(o.activity_indexes))
        assert all(activities[i].person == o.person for i in o.activity_indexes)
        assert o.end is None or o.start <= o.end
    # periods of one person never overlap each other
    for a, b in zip(overlaps, overlaps[1:], strict=False):
        if a.person == b.person:
            assert a.end is not None and a.end < b.start
    # the order of the input does not change the periods found
    reordered = list(reversed(activities))
    back = {len(activities) - 1 - i: i for i in range(len(activities))}
    again = []
    for o in double_counted(reordered):
        indexes = tuple(sorted(back[i] for i in o.activity_indexes))
        again.append((o.person, o.start, o.end, o.hours_per_week, indexes))
    assert sorted(again) == sorted(
        (o.person, o.start, o.end, o.hours_per_week, o.activity_indexes) for o in overlaps
    )
