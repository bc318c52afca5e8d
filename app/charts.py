"""Small server-side SVG charts (no JavaScript, CSP-safe): lines over time and bars.

Each chart carries a <title> and <desc>; pages put the same numbers in a table beside it,
so screen-reader users get the figures, not a picture of them.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from markupsafe import Markup, escape

from app.formatting import ddmmyyyy, money, number

COLOURS = ("#00507a", "#8a4b00", "#1d6b2f", "#6b2c91", "#4a4a4a")
DASHES = ("", "6 4", "2 3", "8 3 2 3", "1 0")
_ids = itertools.count(1)


def _fmt(value, as_money: bool) -> str:
    return money(value) if as_money else number(value, 1)


def _desc(chart_id: str, text: str) -> str:
    """The chart's description element (named by its `aria-labelledby`), its text escaped."""
    return f'<desc id="{chart_id}-d">{escape(text)}</desc>'


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def line_chart(
    title: str,
    series: list[tuple[str, list[tuple[date, Decimal]]]],
    *,
    as_money: bool = True,
    width: int = 640,
    height: int = 260,
) -> Markup:
    """Lines over time, e.g. realised against expected SROI value per month."""
    chart_id = f"chart{next(_ids)}"
    points = [p for _label, pts in series for p in pts]
    if not points:
        return Markup("")
    left, right, top, bottom = 90, 16, 16, 56
    x0, x1 = min(d for d, _v in points), max(d for d, _v in points)
    span = max((x1 - x0).days, 1)
    ymax = _nice_max(float(max(v for _d, v in points)))

    def x(d: date) -> float:
        return left + (width - left - right) * (d - x0).days / span

    def y(v) -> float:
        return top + (height - top - bottom) * (1 - float(v) / ymax)

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        _desc(
            chart_id,
            "; ".join(
                f"{label}: {_fmt(pts[-1][1], as_money)} op {ddmmyyyy(pts[-1][0])}"
                for label, pts in series
                if pts
            ),
        ),
    ]
    for i in range(5):
        value = ymax * i / 4
        yy = y(value)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#c4ccd2"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{yy + 4:.1f}" text-anchor="end" font-size="12" '
            'fill="#1a1a1a">'
            f"{escape(_fmt(Decimal(str(value)), as_money).replace(',00', ''))}</text>"
        )
    for d in (x0, x1):
        parts.append(
            f'<text x="{x(d):.1f}" y="{height - bottom + 18}" text-anchor="middle" font-size="12" '
            f'fill="#1a1a1a">{ddmmyyyy(d)}</text>'
        )
    legend_step = min(200, (width - left) // max(len(series), 1))
    for index, (label, pts) in enumerate(series):
        colour, dash = COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)]
        path = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in pts)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="3"{dash_attr}/>'
        )
        lx = left + index * legend_step
        parts.append(
            f'<line x1="{lx}" x2="{lx + 28}" y1="{height - 12}" y2="{height - 12}" '
            f'stroke="{colour}" stroke-width="3"{dash_attr}/>'
        )
        parts.append(
            f'<text x="{lx + 34}" y="{height - 8}" font-size="12" '
            f'fill="#1a1a1a">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(
    title: str,
    bars: list[tuple[str, Decimal | int]],
    *,
    as_money: bool = False,
    width: int = 640,
    bar_height: int = 26,
) -> Markup:
    """Horizontal bars with their value written beside them."""
    chart_id = f"chart{next(_ids)}"
    if not bars:
        return Markup("")
    # Room for the longest label (about 7 px per character at 13 px), so none is cut off.
    label_width = min(400, max(120, int(7.8 * max(len(label) for label, _v in bars)) + 12))
    value_width = 110
    width = max(width, label_width + value_width + 200)
    height = 8 + len(bars) * (bar_height + 8)
    vmax = max(float(v) for _l, v in bars) or 1.0
    usable = width - label_width - value_width
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        _desc(chart_id, "; ".join(f"{label}: {_fmt(v, as_money)}" for label, v in bars)),
    ]
    # A label longer than the room (a bouwblok's full name) is shortened with an ellipsis; the
    # whole label stays in the chart's description and in a tooltip (and in the table beside).
    room = int((label_width - 12) / 7.8)
    for i, (label, value) in enumerate(bars):
        top = 8 + i * (bar_height + 8)
        w = usable * float(value) / vmax
        shown = label if len(label) <= room else label[: room - 1].rstrip() + "…"
        tooltip = f"<title>{escape(label)}</title>" if shown != label else ""
        parts.append(
            f'<text x="{label_width - 8}" y="{top + bar_height * 0.7:.1f}" text-anchor="end" '
            f'font-size="13" fill="#1a1a1a">{tooltip}{escape(shown)}</text>'
        )
        parts.append(
            f'<rect x="{label_width}" y="{top}" width="{w:.1f}" height="{bar_height}" '
            f'fill="{COLOURS[0]}"/>'
        )
        parts.append(
            f'<text x="{label_width + w + 6:.1f}" y="{top + bar_height * 0.7:.1f}" font-size="13" '
            f'fill="#1a1a1a">{escape(_fmt(value, as_money))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def trend_chart(
    title: str,
    periods: list[str],
    series: list[tuple[str, list[int | Decimal]]],
    *,
    width: int = 640,
    height: int = 300,
) -> Markup:
    """Lines over named periods (half years, years), e.g. the monitor's figures over time.

    Every period is labelled on the x-axis; each line has its own colour and dash pattern and a
    legend entry, so the lines can be told apart without colour.
    """
    chart_id = f"chart{next(_ids)}"
    if not periods or not series:
        return Markup("")
    legend_rows = -(-len(series) // 2)
    left, right, top = 48, 16, 16
    bottom = 40 + 20 * legend_rows
    ymax = _nice_max(float(max((v for _l, values in series for v in values), default=0)))
    step = (width - left - right) / max(len(periods) - 1, 1)

    def x(i: int) -> float:
        return left + step * i if len(periods) > 1 else left + (width - left - right) / 2

    def y(v) -> float:
        return top + (height - top - bottom) * (1 - float(v) / ymax)

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        _desc(
            chart_id,
            "; ".join(
                f"{label}: "
                + ", ".join(f"{p} {number(v)}" for p, v in zip(periods, values, strict=True))
                for label, values in series
            ),
        ),
    ]
    for i in range(5):
        value = ymax * i / 4
        yy = y(value)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#c4ccd2"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{yy + 4:.1f}" text-anchor="end" font-size="12" '
            f'fill="#1a1a1a">{escape(number(Decimal(str(value)), 1))}</text>'
        )
    axis_y = height - bottom + 18
    for i, label in enumerate(periods):
        parts.append(
            f'<text x="{x(i):.1f}" y="{axis_y}" text-anchor="middle" font-size="12" '
            f'fill="#1a1a1a">{escape(label)}</text>'
        )
    for index, (label, values) in enumerate(series):
        colour, dash = COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        parts.append(
            f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="3"'
            f"{dash_attr}/>"
        )
        for i, v in enumerate(values):
            parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="{colour}"/>')
        lx = left + (index % 2) * ((width - left) // 2)
        ly = axis_y + 22 + 20 * (index // 2)
        parts.append(
            f'<line x1="{lx}" x2="{lx + 28}" y1="{ly - 4}" y2="{ly - 4}" '
            f'stroke="{colour}" stroke-width="3"{dash_attr}/>'
        )
        parts.append(
            f'<text x="{lx + 34}" y="{ly}" font-size="12" fill="#1a1a1a">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
