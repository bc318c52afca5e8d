"""Dates, times, percentages and scores look the same on every page: the template filters of
`app.formatting`, and one time zone (Europe/Amsterdam) for every time a user reads."""

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.formatting import ddmmyyyy, money, pct, percent_of, score

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def test_a_stored_time_is_shown_in_dutch_time_summer_and_winter():
    assert ddmmyyyy(datetime(2026, 7, 1, 12, 5, tzinfo=UTC)) == "01-07-2026 14:05"
    assert ddmmyyyy(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)) == "01-01-2027 00:30"
    # SQLite gives naive UTC times back.
    assert ddmmyyyy(datetime(2026, 12, 31, 23, 30)) == "01-01-2027 00:30"
    assert ddmmyyyy(date(2026, 11, 22)) == "22-11-2026"


def test_percentages_and_scores():
    assert pct(Decimal("5.00")) == "5 %" and pct(Decimal("12.50")) == "12,5 %"
    assert percent_of(Decimal("14999.99"), Decimal("60000")) == 24  # rounded down
    assert percent_of(Decimal("90000"), Decimal("60000")) == 150
    assert percent_of(Decimal("0"), Decimal("0")) == 100  # nothing owed: complete
    assert score(0.874) == 87 and score(1) == 100


@pytest.mark.parametrize("path", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: p.name)
def test_templates_leave_formatting_to_the_filters(path):
    text = path.read_text(encoding="utf-8")
    assert "strftime" not in text
    assert "* 100" not in text, "use the percent_of or score filter"


def test_the_outbox_shows_dutch_time(world, db, client, auth):
    """Once shown in UTC: a mail queued at 23:30 UTC on 31 December says 1 January, 00:30."""
    from app.models import OutboxMail

    db.session.add(
        OutboxMail(
            to="x@example.nl",
            subject="Oudejaarsavond",
            body="tekst",
            organisation_id=world.a.municipality.id,
            created_at=datetime(2026, 12, 31, 23, 30, tzinfo=UTC),
        )
    )
    db.session.commit()
    auth.login("admin.a@example.nl")
    html = client.get("/outbox").get_data(as_text=True)
    assert "01-01-2027 00:30" in html and "31-12-2026 23:30" not in html


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("1234567.891"), "€ 1.234.567,89"),
        (Decimal("-1234.5"), "-€ 1.234,50"),
        (Decimal("0.005"), "€ 0,01"),  # half up
        (Decimal("-0.005"), "-€ 0,01"),
        (Decimal("0"), "€ 0,00"),
        (Decimal("1E+3"), "€ 1.000,00"),
        (2.675, "€ 2,68"),
        ("12", "€ 12,00"),
        (None, ""),
    ],
)
def test_money_is_dutch_euros_to_the_cent(value, shown):
    assert money(value) == shown


def test_money_writes_what_babels_dutch_currency_format_writes():
    """`money` spells out Babel's `¤ #,##0.00` in nl_NL (for speed); the two agree."""
    import random
    from decimal import ROUND_HALF_UP

    from babel.numbers import format_currency

    rng = random.Random(15)
    amounts = [
        Decimal(rng.randint(-(10**12), 10**12)) / 10 ** rng.randint(0, 4) for _ in range(500)
    ]
    for amount in amounts:
        cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        expected = format_currency(
            cents, "EUR", locale="nl_NL", format="¤ #,##0.00", currency_digits=False
        )
        assert money(amount) == expected, amount


def test_number_writes_what_babel_writes_for_whole_numbers():
    """`number` spells out Babel's `#,##0` in nl_NL for an int (for speed); the two agree."""
    import random

    from babel.numbers import format_decimal

    from app.formatting import number

    rng = random.Random(15)
    values = [0, 1, -1, 999, 1000, -1000, 10**15] + [
        rng.randint(-(10**12), 10**12) // 10 ** rng.randint(0, 11) for _ in range(500)
    ]
    for value in values:
        assert number(value) == format_decimal(value, format="#,##0", locale="nl_NL"), value
    assert number(Decimal("1234.5"), 1) == "1.234,5"
