"""The monitor complete (issue 16): every row of `000` §7's table, per half year and year, the
trend over periods, part-time as the seeds define it, and SQL aggregates only."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal

from openpyxl import load_workbook
from sqlalchemy import event

from app.models import (
    ClientContact,
    ClientProvision,
    ClientStatusChange,
    MonitorNote,
    Placement,
)
from app.services.monitoring import Period, build_report
from tests.factories import ClientFactory

YEAR = 2026
TODAY = date(2026, 12, 1)
# The rows of the table in 000 §7, as the plan words them.
TABLE_000 = [
    "Aantallen heronderzoeken",
    "Aantallen positie participatieladder traject",
    "Stap op de participatieladder",
    "Registratie re-integratievoorziening",
    "Aantallen deelname groepsbijeenkomsten",
    "Een actieplan gericht op werkvaardigheden en inzet van talenten",
    "Aantallen nuggers",
    "Aantallen met BAB indicatie",
    "Aantallen met loonkostensubsidie",
    "Aantallen uitstroom naar werk",
    "Aantallen parttime werk/inkomsten",
    "Aantallen voorziening jobcoach",
    "Aantal uitstroompremies",
    "Aantallen nazorg",
    "Aantallen IPS-traject",
    "Aantallen aan het werk via beschut werk",
    "Aantallen gesprekken met werkgevers en gesprekken met nieuwe werkgevers",
    "Aantallen voorziening Jobhunter",
    "Een jaarlijkse campagne richting werkgevers",
]


def test_every_row_of_the_000_table_is_in_the_monitor(world, db):
    """000 §7: all nineteen rows of the monitoring table ("Aantallen heronderzoeken" …
    "Een jaarlijkse campagne richting werkgevers") have a figure."""
    report = build_report(world.a.municipality, YEAR, TODAY)
    answered = {row.table_row for row in report.rows}
    assert [row for row in TABLE_000 if row not in answered] == []
    assert len(TABLE_000) == 19


def _client(world, db, **kw):
    client = ClientFactory(municipality=world.a.municipality, **kw)
    db.session.flush()
    return client


def _job(world, client, start, end=None, hours="32", kind="job", **kw):
    placement = Placement(
        client=client,
        employer=world.a.employer,
        kind=kind,
        start_date=start,
        end_date=end,
        hours_per_week=Decimal(hours),
        **kw,
    )
    return placement


def test_rows_per_half_year_and_year(world, db):
    """000 tijdspad: "monitor sociaal domein — Twee keer per jaar" — each half year on its own,
    the year as their sum for the rows that count events."""
    db.session.delete(world.a.placement)
    a = _client(world, db)
    b = _client(world, db)
    db.session.add_all(
        [
            ClientContact(client_id=a.id, contact_on=date(YEAR, 3, 1), kind="service_talk"),
            ClientContact(client_id=b.id, contact_on=date(YEAR, 9, 1), kind="service_talk"),
            ClientContact(client_id=b.id, contact_on=date(YEAR, 10, 1), kind="group_session"),
            ClientContact(client_id=a.id, contact_on=date(YEAR, 10, 8), kind="group_session"),
            _job(world, a, date(YEAR, 2, 1)),
            _job(world, b, date(YEAR, 8, 1)),
            _job(world, b, date(YEAR, 9, 1), kind="work_experience"),
        ]
    )
    db.session.commit()
    first = build_report(world.a.municipality, Period(YEAR, 1), TODAY)
    second = build_report(world.a.municipality, Period(YEAR, 2), TODAY)
    year = build_report(world.a.municipality, Period(YEAR), TODAY)
    for key, values in {
        "service_talks": (1, 1, 2),
        "group_sessions": (0, 2, 2),
        "exit_to_work": (1, 1, 2),
        "unpaid_places": (0, 1, 1),
    }.items():
        assert (first.value(key), second.value(key), year.value(key)) == values, key
    assert first.period.label == "1e halfjaar 2026" and (first.period.first, first.period.last) == (
        date(YEAR, 1, 1),
        date(YEAR, 6, 30),
    )
    assert "keer deelgenomen, door 2 inwoners" in second.row("group_sessions").note


def test_part_time_is_work_alongside_the_benefit_not_a_number_of_hours(world, db):
    """Part-time as the seeds count it: 001 §2 "Bijstandsgerechtigden die parttime werken
    stromen gemiddeld drie keer vaker uit naar werk"; 002 §5 "het aantal uur dat onze inwoners
    met een bijstandsuitkering parttime werken"; 003 §4 "Niet altijd volledig uit de uitkering
    (part-time)"; 000 doel 2 "inwoners met parttime werk [...] uren uitbreiden of een
    fulltimebaan kunnen vinden en uitstromen uit de uitkering"."""
    db.session.delete(world.a.placement)
    alongside = _client(world, db, benefit_start=date(2024, 1, 1))  # 36 hours, benefit runs on
    exited = _client(
        world,
        db,
        benefit_start=date(2024, 1, 1),
        benefit_end=date(YEAR, 2, 28),
        benefit_end_reason="work",
    )  # 20 hours, but the job ended the benefit: an exit
    nug = _client(world, db, benefit_type="nug", benefit_start=None)  # no benefit at all
    later = _client(world, db, benefit_start=date(YEAR, 9, 1))  # work ended before the benefit
    db.session.add_all(
        [
            _job(world, alongside, date(YEAR, 1, 10), hours="36"),
            _job(world, exited, date(YEAR, 3, 1), hours="20"),
            _job(world, nug, date(YEAR, 4, 1), hours="16"),
            _job(world, later, date(YEAR, 1, 1), end=date(YEAR, 5, 31), hours="12"),
        ]
    )
    db.session.commit()
    report = build_report(world.a.municipality, YEAR, TODAY)
    assert report.value("part_time") == 1
    # The exit's job began after the benefit's last day: in no half year was it alongside.
    assert build_report(world.a.municipality, Period(YEAR, 1), TODAY).value("part_time") == 1
    assert report.value("benefit_ended_for_work") == 1


def test_step_on_the_ladder_and_the_position_at_the_end_of_the_period(world, db):
    """000 §7 "Stap op de participatieladder" and "Aantallen positie participatieladder": a
    step up counts in the period it was registered; the position is the last registration on
    or before the period's end."""
    c = world.a.client
    c.ladder_step = 5
    db.session.add_all(
        [
            ClientStatusChange(
                client_id=c.id, field="ladder_step", new_value="3", changed_on=date(YEAR - 1, 5, 1)
            ),
            ClientStatusChange(
                client_id=c.id,
                field="ladder_step",
                old_value="3",
                new_value="4",
                direction=1,
                changed_on=date(YEAR, 3, 1),
            ),
            ClientStatusChange(
                client_id=c.id,
                field="ladder_step",
                old_value="4",
                new_value="5",
                direction=1,
                changed_on=date(YEAR, 9, 1),
            ),
        ]
    )
    db.session.commit()
    first = build_report(world.a.municipality, Period(YEAR, 1), TODAY)
    assert first.value("ladder_up") == 1
    assert dict(first.ladder)["Trede 4"] == 1 and dict(first.ladder)["Trede 5"] == 0
    year = build_report(world.a.municipality, YEAR, TODAY)
    assert year.value("ladder_up") == 1  # one resident, two steps
    assert dict(year.ladder)["Trede 5"] == 1
    before = build_report(world.a.municipality, YEAR - 1, TODAY)
    assert dict(before.ladder)["Trede 3"] == 1 and before.value("ladder_up") == 0


def test_provisions_ips_and_the_hand_kept_action_plan(world, db, client, auth):
    """000 §7 "Registratie re-integratievoorziening", "Aantallen IPS-traject" (000 doel 2:
    "minimaal 2 Individuele Plaatsing en Steun (IPS) trajecten") and "Een actieplan gericht op
    werkvaardigheden en inzet van talenten" (handmatig, kwalitatief)."""
    c = world.a.client
    other = _client(world, db)
    db.session.add_all(
        [
            ClientProvision(client_id=c.id, kind="ips", start_on=date(YEAR - 1, 11, 1)),
            ClientProvision(client_id=other.id, kind="jobcoach", start_on=date(YEAR, 4, 1)),
            ClientProvision(
                client_id=other.id,
                kind="training",
                start_on=date(YEAR - 1, 1, 1),
                end_on=date(YEAR - 1, 6, 1),
            ),
        ]
    )
    db.session.commit()
    report = build_report(world.a.municipality, YEAR, TODAY)
    assert report.value("provisions") == 2
    assert report.value("ips") == 1
    assert report.value("skills_action_plan") == 0
    auth.login("jobhunter.a@example.nl")
    response = client.post(
        f"/jobhunter/monitor/toelichting?jaar={YEAR}",
        data={"text": "Groepsprogramma werkvaardigheden gestart met twaalf deelnemers."},
    )
    assert response.status_code == 302
    assert db.session.scalars(db.select(MonitorNote)).one().year == YEAR
    report = build_report(world.a.municipality, YEAR, TODAY)
    assert report.value("skills_action_plan") == 1
    assert report.row("skills_action_plan").note.startswith("Groepsprogramma")
    html = client.get(f"/jobhunter/monitor?jaar={YEAR}").get_data(as_text=True)
    assert "Groepsprogramma werkvaardigheden" in html and "handmatig" in html


def test_trend_over_periods_as_a_chart_and_in_the_exports(world, db, client, auth):
    """SPEC §4.7: "shown with charts" and "Exportable as CSV and XLSX" — the trend over the last
    half years (or years) as an SVG chart with its table, and in both exports."""
    db.session.add(_job(world, world.a.client, date(YEAR - 1, 8, 1)))
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/monitor?jaar={YEAR}&half=2").get_data(as_text=True)
    assert "Monitor arbeidsparticipatie 2e halfjaar 2026" in html
    assert html.count("<svg") == 3 and "Verloop over de perioden" in html
    for label in ("1e halfjaar 2024", "2e halfjaar 2025", "2e halfjaar 2026"):
        assert label in html
    report = build_report(world.a.municipality, Period(YEAR, 2), TODAY)
    assert [p.short for p in report.trend_periods] == [
        "2024-1", "2024-2", "2025-1", "2025-2", "2026-1", "2026-2",
    ]  # fmt: skip
    assert report.trend["exit_to_work"] == [0, 0, 0, 1, 1, 0]
    text = client.get(f"/jobhunter/monitor.csv?jaar={YEAR}&half=2").get_data(as_text=True)
    assert "Periode: 2e halfjaar 2026" in text
    assert "Uitstroom naar werk;0;0;0;1;1;0" in text
    assert "Aantallen parttime werk/inkomsten" in text  # the table's own row names
    xlsx = client.get(f"/jobhunter/monitor.xlsx?jaar={YEAR}")
    book = load_workbook(io.BytesIO(xlsx.data))
    assert book.sheetnames == ["Monitor 2026", "Verloop"]
    trend = [[c.value for c in row] for row in book["Verloop"].iter_rows()]
    assert trend[0] == ["Verloop", "2022", "2023", "2024", "2025", "2026"]


def test_the_monitor_is_sql_aggregates_not_a_loop_over_clients(world, db, app):
    """The same number of queries with ten times the clients: every figure is a GROUP BY or a
    COUNT, so the page stays fast at 50,000 clients."""

    def queries() -> int:
        statements = []

        def count(*_args):
            statements.append(1)

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            db.session.expire_all()
            build_report(world.a.municipality, YEAR, TODAY)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(statements)

    def add(n: int) -> None:
        for _ in range(n):
            c = _client(world, db)
            db.session.add_all(
                [
                    _job(world, c, date(YEAR, 3, 1), jobcoach=True),
                    ClientContact(client_id=c.id, contact_on=date(YEAR, 4, 1), kind="service_talk"),
                    ClientStatusChange(
                        client_id=c.id,
                        field="ladder_step",
                        new_value="4",
                        changed_on=date(YEAR, 1, 5),
                    ),
                ]
            )
        db.session.commit()

    add(3)
    queries()  # the first run loads the municipality's settings and such once
    few = queries()
    add(30)
    assert queries() == few


def test_follow_ups_done_count_in_their_half_year(world, db):
    """000 §7 "Aantallen nazorg": follow-up done in the period."""
    from app.models import FollowUp

    world.a.placement.follow_ups = [
        FollowUp(
            kind="call", due_date=date(YEAR, 3, 15), done_at=datetime(YEAR, 3, 16, tzinfo=UTC)
        ),
        FollowUp(
            kind="second_contact",
            due_date=date(YEAR, 4, 12),
            done_at=datetime(YEAR, 7, 2, tzinfo=UTC),
        ),  # fmt: skip
    ]
    db.session.commit()
    assert build_report(world.a.municipality, Period(YEAR, 1), TODAY).value("follow_ups") == 1
    assert build_report(world.a.municipality, Period(YEAR, 2), TODAY).value("follow_ups") == 1
    assert build_report(world.a.municipality, YEAR, TODAY).value("follow_ups") == 2
