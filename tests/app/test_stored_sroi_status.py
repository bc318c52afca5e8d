"""The stored SROI status of each contract (issue 15): written with every change through the
services, refreshed nightly, and checked by `flask sroi-consistency`."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import ContractSroiStatus, SroiActivity, SroiActivityValue
from app.services import (
    activity_reporting,
    activity_review,
    sroi_contracts,
    sroi_reports,
    sroi_status,
)
from app.services.sroi_bridge import status_for, valuation_for
from tests.factories import CatalogueFactory, ContractFactory, EmployerFactory, UserFactory

FIGURES = ("obligation", "realized", "pending", "expected", "shortfall", "penalty", "remaining")


def _stored(db, contract) -> ContractSroiStatus:
    return db.session.get(ContractSroiStatus, contract.id, populate_existing=True)


def _assert_matches_engine(db, contract) -> None:
    """The stored row holds exactly what the engine says at the row's date."""
    db.session.refresh(contract)
    row = _stored(db, contract)
    assert row is not None, f"{contract.reference} has no stored status"
    assert row.as_of == sroi_status.today()
    fresh = status_for(contract, row.as_of)
    assert row.state == fresh.state
    for name in FIGURES:
        assert getattr(row, name) == getattr(fresh, name), name
    # and each accepted activity's value, today and at the end of last year, with its client
    # and start date (the report counts people from these copies)
    stored = {
        v.activity_id: (v.value, v.value_year_start, v.client_id, v.start_date)
        for v in db.session.scalars(
            db.select(SroiActivityValue).where(SroiActivityValue.contract_id == contract.id)
        )
    }
    before = date(row.as_of.year - 1, 12, 31)
    assert stored == {
        a.id: (
            valuation_for(a, row.as_of).value,
            valuation_for(a, before).value if before >= contract.start_date else Decimal(0),
            a.client_id,
            a.start_date,
        )
        for a in contract.activities
        if a.state == "accepted"
    }


def _report_figures(report) -> tuple:
    """Every figure of a yearly report but its lines (the page reads those a page at a time)."""
    totals = report.totals
    return (
        sorted((b.label, b.activities, b.realized_in_year) for b in report.blocks),
        report.people,
        report.realized_in_year,
        report.penalty_in_year,
        report.shortfall_in_year,
        (totals.count, totals.value, totals.obligation, totals.realized, totals.pending),
        (totals.expected, totals.shortfall, totals.penalty),
        {state: n for state, n in totals.states.items() if n},
        report.errors,
    )


def _assert_report_matches_engine(authorities) -> None:
    """This year's report as the page reads it (its sums kept per version of the stored rows,
    `sroi_report_cache`) holds what valuing every activity with the engine gives now."""
    today = sroi_status.today()
    kept = sroi_reports.annual_report(authorities, today.year, today, with_lines=False)
    engine = sroi_reports.annual_report(authorities, today.year, today, stored=False)
    assert _report_figures(kept) == _report_figures(engine)


# --------------------------------------------------------------------------- property test

report_op = st.tuples(
    st.just("report"),
    st.integers(0, 2),  # which contract
    st.sampled_from(["pw", "wep", "inkoop"]),
    st.integers(-400, 400),  # start, days from today
    st.integers(4, 36),  # hours per week, or invoice amount × 100
    st.booleans(),  # submit at once
)
activity_op = st.tuples(
    st.sampled_from(["submit", "accept", "reject", "withdraw", "edit"]),
    st.integers(0, 30),  # which activity (modulo those that exist)
    st.integers(4, 36),
)
contract_op = st.tuples(
    st.sampled_from(["value", "end", "catalogue"]),
    st.integers(0, 2),
    st.integers(1, 30),
)


def _input(block: str, start: date, size: int) -> activity_reporting.ActivityInput:
    if block == "inkoop":
        return activity_reporting.ActivityInput(
            block, start, None, None, (), None, Decimal(size * 100), None, "factuur"
        )
    return activity_reporting.ActivityInput(
        block, start, None, Decimal(size), (), None, None, None, "kandidaat"
    )


def _apply(db, world, op) -> None:
    today = sroi_status.today()
    kind = op[0]
    if kind == "report":
        _, index, block, offset, size, submit = op
        contract = world["contracts"][index]
        try:
            activity_reporting.report(
                contract,
                _input(block, today + timedelta(days=offset), size),
                [],
                world["supplier"],
                submit,
            )
        except activity_reporting.ReportingError:
            db.session.rollback()
            return
    elif kind in ("value", "end", "catalogue"):
        _, index, amount = op
        contract = world["contracts"][index]
        if kind == "value":
            sroi_contracts.apply_fields(contract, {"value": Decimal(amount * 100_000)})
        elif kind == "end":
            end = contract.start_date + timedelta(days=amount * 40)
            sroi_contracts.apply_fields(contract, {"end_date": end})
        else:
            contract.catalogue = world["catalogues"][amount % 2]
    else:
        activities = list(
            db.session.scalars(
                db.select(SroiActivity)
                .where(SroiActivity.contract_id.in_([c.id for c in world["contracts"]]))
                .order_by(SroiActivity.id)
            )
        )
        if not activities:
            return
        _, index, size = op
        activity = activities[index % len(activities)]
        try:
            if kind == "submit" and activity.state == "draft":
                activity_reporting.submit(activity)
            elif kind in ("accept", "reject") and activity.state == "submitted":
                activity_review.decide(
                    activity,
                    kind,
                    "" if kind == "accept" else "Bewijs ontbreekt.",
                    world["reviewer"],
                    activity.version,
                    today,
                )
            elif kind == "withdraw" and activity.state in ("draft", "submitted"):
                activity_reporting.withdraw(activity)
            elif kind == "edit" and activity.state in ("draft", "submitted"):
                activity_reporting.update(
                    activity,
                    _input(activity.block_code, activity.start_date, size),
                    [],
                    world["supplier"],
                    False,
                )
        except (activity_reporting.ReportingError, activity_review.ReviewError):
            db.session.rollback()
            return
    db.session.commit()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.one_of(report_op, activity_op, contract_op), min_size=1, max_size=12))
def test_stored_status_equals_a_fresh_engine_computation_after_any_changes(app, db, ops):
    with app.test_request_context():
        today = sroi_status.today()
        authority_catalogue = CatalogueFactory()
        other_version = CatalogueFactory()
        supplier = EmployerFactory()
        contracts = [
            ContractFactory(
                supplier=supplier,
                catalogue=authority_catalogue,
                start_date=today - timedelta(days=300 + 200 * i),
                end_date=today + timedelta(days=400 - 350 * i),
            )
            for i in range(3)
        ]
        world = {
            "contracts": contracts,
            "catalogues": [authority_catalogue, other_version],
            "supplier": UserFactory(role="employer", organisation=supplier.organisation),
            "reviewer": UserFactory(role="procurement", organisation=contracts[0].authority),
        }
        db.session.commit()
        authorities = [c.authority for c in contracts]
        _assert_report_matches_engine(authorities)  # the report's sums kept from here on
        for op in ops:
            _apply(db, world, op)
            # after every change the report's kept sums are those of the rows now
            _assert_report_matches_engine(authorities)
        for contract in contracts:
            _assert_matches_engine(db, contract)


# --------------------------------------------------------------------------- every change


def _contract_with_activity(db, state="submitted", **contract):
    today = sroi_status.today()
    contract = ContractFactory(
        start_date=contract.get("start", today - timedelta(days=365)),
        end_date=contract.get("end", today + timedelta(days=365)),
        value=contract.get("value", Decimal("1200000")),
    )
    db.session.add(
        SroiActivity(
            contract=contract,
            block_code="wep",
            start_date=contract.start_date,
            hours_per_week=Decimal("36"),
            state=state,
        )
    )
    db.session.commit()
    return contract


def test_an_activity_added_by_its_contract_id_alone_counts_in_the_same_commit(db):
    contract = ContractFactory()
    db.session.commit()
    assert _stored(db, contract).pending == Decimal("0.00")
    db.session.add(
        SroiActivity(
            contract_id=contract.id,
            block_code="inkoop",
            start_date=contract.start_date,
            amount=Decimal("2500"),
            state="submitted",
        )
    )
    db.session.commit()
    assert _stored(db, contract).pending == Decimal("2500.00")
    _assert_matches_engine(db, contract)


def test_a_decision_moves_the_value_from_pending_to_realised(app, db):
    contract = _contract_with_activity(db)
    before = _stored(db, contract)
    assert before.realized == Decimal("0.00") and before.pending > 0
    pending = before.pending
    reviewer = UserFactory(role="procurement", organisation=contract.authority)
    activity = contract.activities[0]
    with app.test_request_context():
        activity_review.decide(activity, "accept", "", reviewer, activity.version, date.today())
        db.session.commit()
    after = _stored(db, contract)
    assert (after.realized, after.pending) == (pending, Decimal("0.00"))


def test_a_contract_deleted_takes_its_status_with_it(db):
    contract = _contract_with_activity(db)
    for activity in contract.activities:
        db.session.delete(activity)
    db.session.delete(contract)
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count()).select_from(ContractSroiStatus)) == 0


def test_a_catalogue_block_changed_revalues_its_contracts(db):
    contract = _contract_with_activity(db, state="accepted")
    realized = _stored(db, contract).realized
    block = next(b for b in contract.catalogue.blocks if b.code == "wep")
    block.value = block.value * 2
    db.session.commit()
    assert _stored(db, contract).realized == realized * 2


# --------------------------------------------------------------------------- nightly refresh


def _run(runner, *args):
    return runner.invoke(args=list(args))


def test_the_nightly_job_moves_a_contract_from_on_track_to_behind_to_not_met(db, runner):
    today = sroi_status.today()
    # A small invoice early on: on track at first, behind as time passes, not met after the end.
    contract = ContractFactory(
        start_date=today, end_date=today + timedelta(days=99), value=Decimal("100000")
    )
    db.session.add(
        SroiActivity(
            contract=contract,
            block_code="inkoop",
            start_date=today,
            amount=Decimal("1000"),
            state="accepted",
        )
    )
    db.session.commit()
    assert _stored(db, contract).state == "on_track"  # € 1.000 of € 5.000; € 50 expected

    day = today + timedelta(days=40)
    result = _run(runner, "sroi-status", "--today", day.isoformat())
    assert result.exit_code == 0, result.output
    assert "1 contract(en) bijgewerkt" in result.output
    row = _stored(db, contract)
    assert (row.as_of, row.state) == (day, "behind")
    assert row.expected == Decimal("2050.00")  # € 5.000 × 41/100 days

    after_end = today + timedelta(days=120)
    result = _run(runner, "sroi-status", "--today", after_end.isoformat())
    assert result.exit_code == 0, result.output
    row = _stored(db, contract)
    assert (row.state, row.shortfall, row.penalty) == (
        "not_met",
        Decimal("4000.00"),
        Decimal("4000.00"),
    )
    # The next night an ended contract is current already: nothing to compute.
    later = after_end + timedelta(days=1)
    result = _run(runner, "sroi-status", "--today", later.isoformat())
    assert "0 contract(en) bijgewerkt" in result.output
    assert _stored(db, contract).state == "not_met"


# --------------------------------------------------------------------------- consistency


def test_the_consistency_command_reports_drift_and_the_job_repairs_it(db, runner):
    contract = _contract_with_activity(db, state="accepted")
    other = _contract_with_activity(db, state="accepted")
    result = _run(runner, "sroi-consistency")
    assert result.exit_code == 0, result.output
    assert "klopt" in result.output

    # Someone changes a stored figure behind the engine's back, and a row goes missing.
    db.session.execute(
        db.update(ContractSroiStatus)
        .where(ContractSroiStatus.contract_id == contract.id)
        .values(realized=Decimal("1.00"), state="fulfilled")
    )
    db.session.execute(
        db.delete(ContractSroiStatus).where(ContractSroiStatus.contract_id == other.id)
    )
    db.session.commit()
    result = _run(runner, "sroi-consistency")
    assert result.exit_code == 1
    assert f"Contract {contract.reference}" in result.output
    assert "realized: opgeslagen 1.00" in result.output
    assert f"Contract {other.reference}" in result.output
    assert "2 contract(en) wijken af" in result.output

    result = _run(runner, "sroi-status", "--all", "--force")
    assert result.exit_code == 0, result.output
    assert _run(runner, "sroi-consistency").exit_code == 0


def test_the_consistency_command_reports_a_status_not_current_for_today(db, runner):
    contract = _contract_with_activity(db, state="accepted")
    tomorrow = sroi_status.today() + timedelta(days=1)
    result = _run(runner, "sroi-consistency", "--today", tomorrow.isoformat())
    assert result.exit_code == 1
    assert f"Contract {contract.reference}" in result.output
    assert "as_of" in result.output


# --------------------------------------------------------------------------- pages


def test_pages_add_up_stored_figures_and_never_show_a_stale_row(world, auth, client, db):
    """The dashboard and the overviews read the stored rows; a row left from another day (the
    nightly job did not run) is computed again first, so the page shows today's figures."""
    from app.services import sroi_pages

    contract = world.a.contract
    extra = ContractFactory(
        authority=world.a.municipality, supplier=world.a.employer, catalogue=contract.catalogue
    )
    db.session.add(
        SroiActivity(
            contract=extra,
            block_code="inkoop",
            start_date=extra.start_date,
            amount=Decimal("1234.56"),
            state="accepted",
        )
    )
    db.session.commit()
    yesterday = sroi_status.today() - timedelta(days=1)
    db.session.execute(
        db.update(ContractSroiStatus)
        .where(ContractSroiStatus.contract_id == extra.id)
        .values(as_of=yesterday, realized=Decimal("9.99"))
    )
    db.session.commit()

    auth.login("procurement.a@example.nl")
    page = client.get("/inkoop/").get_data(as_text=True)
    assert "1.234,56" in page and "9,99" not in page
    assert _stored(db, extra).as_of == sroi_status.today()  # repaired and kept

    expected = sum(
        (status_for(c, sroi_status.today()).realized for c in (contract, extra)), Decimal(0)
    )
    scope, today = {world.a.municipality.id}, sroi_status.today()
    query, totals = sroi_pages.overview_query(scope, today)
    lines = sroi_pages.lines_of(db.session.execute(query), today)
    assert totals.realized == expected
    assert totals.count == 2
    assert {line.contract.id for line in lines} == {contract.id, extra.id}
    query, conditions, totals = sroi_pages.supplier_overview_query(scope, today)
    summaries = sroi_pages.supplier_summaries(db.session.execute(query), conditions, today)
    assert [s.supplier.id for s in summaries] == [world.a.employer.id]
    assert summaries[0].totals.pending == totals.pending == _stored(db, contract).pending
    # Authority B's contract is in neither.
    assert world.b.contract.id not in {line.contract.id for line in lines}


def test_the_current_years_report_from_stored_figures_equals_the_engines(world, db):
    """The yearly report of this year adds stored values up in SQL; valuing every activity with
    the engine gives the same lines, blocks, people, totals and penalties."""
    from app.services import sroi_reports

    today = sroi_status.today()
    catalogue = world.a.contract.catalogue
    ended = ContractFactory(
        authority=world.a.municipality,
        supplier=world.a.employer,
        catalogue=catalogue,
        start_date=date(today.year - 1, 3, 1),
        end_date=date(today.year, 1, 31),
        penalty_percentage=Decimal("50"),
    )
    running = ContractFactory(
        authority=world.a.municipality, supplier=world.a.employer, catalogue=catalogue
    )
    client = world.a.client
    for contract, block, start, extra in (
        (ended, "pw", date(today.year - 1, 6, 1), {"hours_per_week": Decimal("24")}),
        (ended, "inkoop", date(today.year - 1, 4, 1), {"amount": Decimal("800")}),
        (running, "wep", date(today.year, 1, 15), {"hours_per_week": Decimal("36")}),
        (running, "pw", date(today.year, 2, 1), {"hours_per_week": Decimal("18")}),
        (running, "inkoop", date(today.year, 3, 1), {"amount": Decimal("2500")}),
    ):
        db.session.add(
            SroiActivity(
                contract=contract,
                block_code=block,
                start_date=start,
                state="accepted",
                client=client if block == "pw" else None,
                **extra,
            )
        )
    db.session.commit()

    stored = sroi_reports.annual_report([world.a.municipality], today.year, today)
    engine = sroi_reports.annual_report([world.a.municipality], today.year, today, stored=False)
    assert [
        (r.line.contract.id, r.line.state, r.realized_in_year, r.final) for r in stored.lines
    ] == [(r.line.contract.id, r.line.state, r.realized_in_year, r.final) for r in engine.lines]
    assert {(b.label, b.activities, b.realized_in_year) for b in stored.blocks} == {
        (b.label, b.activities, b.realized_in_year) for b in engine.blocks
    }
    assert stored.people == engine.people == 2  # the client, and a placement without one
    assert stored.realized_in_year == engine.realized_in_year > 0
    assert stored.penalty_in_year == engine.penalty_in_year > 0
    assert stored.shortfall_in_year == engine.shortfall_in_year
    for name in ("count", "value", "obligation", "realized", "pending", "expected", "penalty"):
        assert getattr(stored.totals, name) == getattr(engine.totals, name), name
    assert stored.totals.states == engine.totals.states
    # The report page reads its lines one page at a time; its figures are the same.
    paged = sroi_reports.annual_report([world.a.municipality], today.year, today, with_lines=False)
    assert paged.lines == [] and paged.lines_paged
    assert (paged.people, paged.realized_in_year) == (stored.people, stored.realized_in_year)
    assert (paged.penalty_in_year, paged.shortfall_in_year) == (
        stored.penalty_in_year,
        stored.shortfall_in_year,
    )
    assert paged.blocks == stored.blocks
    assert paged.totals == stored.totals


def test_the_consistency_command_reports_a_tampered_activity_value(db, runner):
    contract = _contract_with_activity(db, state="accepted")
    db.session.execute(
        db.update(SroiActivityValue)
        .where(SroiActivityValue.contract_id == contract.id)
        .values(value=Decimal("0.01"))
    )
    db.session.commit()
    result = _run(runner, "sroi-consistency")
    assert result.exit_code == 1
    assert f"Contract {contract.reference}" in result.output
    assert "activity_values" in result.output


def test_the_consistency_command_reports_a_stored_value_with_another_start_date(db, runner):
    """The copies of an activity's start date and client in its stored value (the report's
    people count) are checked too."""
    contract = _contract_with_activity(db, state="accepted")
    db.session.execute(
        db.update(SroiActivityValue)
        .where(SroiActivityValue.contract_id == contract.id)
        .values(start_date=contract.start_date - timedelta(days=400))
    )
    db.session.commit()
    result = _run(runner, "sroi-consistency")
    assert result.exit_code == 1
    assert f"Contract {contract.reference}" in result.output
    assert "activity_values" in result.output
