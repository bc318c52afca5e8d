"""The SVG charts name their figures for screen readers and scale with the data."""

from datetime import date
from decimal import Decimal

from app.charts import bar_chart, line_chart


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
