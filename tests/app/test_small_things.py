"""Small things users saw: counts in the singular, hours the Dutch way in the inzage PDF, the
working of a month block next to its amount, amounts that do not break over two lines."""

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.models import PlacementHours, SroiActivity

CSS = Path(__file__).resolve().parents[2] / "app" / "static" / "css" / "werkbrug.css"


def test_one_candidate_and_one_contract_are_singular(world, client, auth, db):
    auth.login("employer.a@example.nl")
    html = client.get("/werkgever/").get_data(as_text=True)
    # the world has one proposal for employer A and one SROI contract with employer A
    assert "1</span> nieuwe kandidaat<" in html
    assert "1</span> opdracht met social return" in html
    assert "nieuwe kandidaten<" not in html and "1</span> opdrachten" not in html


def test_inzage_pdf_shows_hours_the_dutch_way(world, client, auth, db):
    from pypdf import PdfReader

    c = world.a.client
    c.hours_min, c.hours_max = Decimal("12.00"), Decimal("18.50")
    world.a.placement.hours_per_week = Decimal("12.00")
    db.session.add(
        PlacementHours(
            placement=world.a.placement, from_date=date(2026, 6, 1), hours_per_week=Decimal("16")
        )
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    pdf = client.get(f"/jobhunter/werkzoekenden/{c.id}/inzage.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "12.00" not in text and "18.50" not in text
    assert "12 uur per week" in text and "18,5" in text


def test_a_month_block_shows_its_day_based_working(world, client, auth, db):
    a = world.a
    db.session.add(
        SroiActivity(
            contract=a.contract,
            block_code="wep",
            start_date=date(2026, 1, 1),
            end_date=date(2026, 6, 30),
            state="submitted",
        )
    )
    db.session.commit()
    auth.login("employer.a@example.nl")
    html = client.get(f"/werkgever/social-return/{a.contract.id}").get_data(as_text=True)
    assert "€ 4.463,01" in html
    assert (
        '€ 750</span> per maand × 12 / 365 × 181 dagen = <span class="nowrap">€ 4.463,01</span>'
        in html
    )
    assert "zes kalendermaanden zijn 181 tot 184 dagen" in html


def test_amounts_and_numbers_do_not_wrap():
    css = CSS.read_text(encoding="utf-8")
    rule = css.split(".num {", 1)[1].split("}", 1)[0]
    assert "white-space: nowrap" in rule


def test_amounts_in_running_text_stay_on_one_line():
    from app.formatting import keep_amounts

    assert str(keep_amounts("Op 07-09-2026: € 2.000,00 <b>")) == (
        'Op <span class="nowrap">07-09-2026</span>: <span class="nowrap">€ 2.000,00</span> '
        "&lt;b&gt;"
    )
