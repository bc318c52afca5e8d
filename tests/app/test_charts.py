"""The SVG charts name their figures for screen readers and scale with the data."""

import re
from datetime import date
from decimal import Decimal

from app.charts import bar_chart, line_chart, trend_chart


def test_line_chart_describes_the_last_values():
    svg = line_chart(
        "Gerealiseerd tegen verwacht",
        [
            (
                "Gerealiseerd",
                [(date(2026, 1, 1), Decimal(0)), (date(2026, 6, 30), Decimal("12500"))],
            ),
            (
                "Verwacht",
                [(date(2026, 1, 1), Decimal(0)), (date(2026, 6, 30), Decimal("14876.71"))],
            ),
        ],
    )
    assert 'role="img"' in svg and "<title" in svg
    assert "Gerealiseerd: € 12.500,00 op 30-06-2026" in svg
    assert "Verwacht: € 14.876,71 op 30-06-2026" in svg
    assert svg.count("<polyline") == 2


def test_bar_chart_escapes_labels_and_handles_zero():
    svg = bar_chart("Plaatsingen", [("<script>", 0), ("Betaald werk", 12)])
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "Betaald werk: 12" in svg


def test_empty_charts_render_nothing():
    assert line_chart("Leeg", []) == ""
    assert bar_chart("Leeg", []) == ""


def test_a_label_too_long_for_its_room_is_shortened_but_kept_whole_for_readers():
    """A bouwblok's full name does not fit beside its bar: it is cut with an ellipsis instead of
    running off the left edge, and stays whole in the description and the tooltip."""
    long = "Loon betaald aan een werknemer met een indicatie voor een sociale werkvoorziening"
    svg = str(bar_chart("Gerealiseerd", [(long, 28216813), ("WSW", 4473936)], as_money=True))
    shown = re.findall(r'text-anchor="end"[^>]*>(?:<title>[^<]*</title>)?([^<]*)</text>', svg)
    assert shown[1] == "WSW"
    assert shown[0].endswith("…") and long.startswith(shown[0][:-1])
    assert len(shown[0]) * 7.8 <= 400  # within the room of the widest label column
    assert f"<title>{long}</title>" in svg and f"{long}: " in svg  # tooltip and description


def test_every_chart_names_a_title_and_a_description_that_exist():
    """`aria-labelledby` names the chart's <title> and <desc>: a screen reader reads both (the
    description was once written as escaped text, so it had no element and no id)."""
    charts = [
        line_chart("Lijn", [("Gerealiseerd", [(date(2026, 1, 1), Decimal(5))])]),
        bar_chart("Staaf", [("Betaald werk & meer", 12)]),
        trend_chart("Perioden", ["2026-1", "2026-2"], [("Uitstroom", [3, 4])]),
    ]
    for svg in map(str, charts):
        ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
        assert [re.search(rf'<(\w+) id="{i}"', svg).group(1) for i in ids] == ["title", "desc"]
        assert "&lt;desc" not in svg and "&lt;/desc" not in svg
    assert "<desc" in str(charts[1]) and "Betaald werk &amp; meer: 12</desc>" in str(charts[1])
