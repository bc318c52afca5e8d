"""Procurement pages at a region's volume (issue 15): the supplier filter is a search field (no
list of thousands of suppliers), the dashboard lists the most urgent contracts behind, and the
review queue counts and pages in the database."""

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.formatting import money
from app.models import Contract, ContractSroiStatus
from app.services import sroi_status
from tests.factories import ContractFactory, EmployerFactory


@pytest.fixture
def procurement(world, auth):
    auth.login("procurement.a@example.nl")
    return world


def test_the_supplier_filter_searches_by_part_of_the_name_or_the_kvk_number(
    procurement, client, db
):
    zijlstra = EmployerFactory(name="Schoonmaak Zijlstra", kvk="87654321")
    ContractFactory(
        authority=procurement.a.municipality,
        supplier=zijlstra,
        catalogue=procurement.a.contract.catalogue,
        reference="ZIJ-1",
    )
    db.session.commit()
    html = client.get("/inkoop/contracten").get_data(as_text=True)
    # A search field with a hint, not a list of every supplier.
    assert re.search(r'<input[^>]*id="leverancier"[^>]*type="search"', html) or re.search(
        r'<input[^>]*type="search"[^>]*id="leverancier"', html
    )
    assert "Naam (of een deel) of KvK-nummer" in html
    assert "Schoonmaak Zijlstra</option>" not in html
    for term in ("zijlstra", "MAAK ZIJ", "87654321"):
        html = client.get("/inkoop/contracten", query_string={"leverancier": term}).get_data(
            as_text=True
        )
        assert "ZIJ-1" in html, term
        assert procurement.a.contract.reference not in html, term
        assert f'value="{term}"' in html, term  # the form comes back filled in
    html = client.get(
        "/inkoop/contracten/leveranciers", query_string={"leverancier": "zijlstra"}
    ).get_data(as_text=True)
    assert "Schoonmaak Zijlstra" in html and procurement.a.employer.name not in html
    # Nothing matches: an empty list, not an error; % is an ordinary character.
    for term in ("Nergens BV", "%"):
        response = client.get("/inkoop/contracten", query_string={"leverancier": term})
        assert response.status_code == 200
        assert "Geen contracten gevonden met deze filters." in response.get_data(as_text=True)
    # Another authority's supplier is not found through the search.
    html = client.get(
        "/inkoop/contracten", query_string={"leverancier": procurement.b.employer.name}
    ).get_data(as_text=True)
    assert procurement.b.contract.reference not in html


def _behind(db, authority):
    return db.session.scalars(
        db.select(Contract.reference)
        .join(ContractSroiStatus, ContractSroiStatus.contract_id == Contract.id)
        .where(Contract.authority_id == authority.id, ContractSroiStatus.state == "behind")
    ).all()


def test_the_dashboard_lists_the_ten_most_urgent_contracts_behind(procurement, client, db):
    today = sroi_status.today()
    catalogue = procurement.a.contract.catalogue

    def contract(reference, value, start_days_ago, end_in_days):
        ContractFactory(
            authority=procurement.a.municipality,
            supplier=procurement.a.employer,
            catalogue=catalogue,
            reference=reference,
            value=Decimal(value),
            start_date=today - timedelta(days=start_days_ago),
            end_date=today + timedelta(days=end_in_days),
        )

    # Twelve contracts behind (nothing realised half-way): the larger the value, the larger the
    # gap; one small contract ends within three months and comes first all the same.
    for n in range(12):
        contract(f"ACHTER-{n:02d}", 1_000_000 + 100_000 * n, 365, 365)
    contract("SNEL-AF", 200_000, 700, 30)
    db.session.commit()
    behind = _behind(db, procurement.a.municipality)
    assert {f"ACHTER-{n:02d}" for n in range(12)} | {"SNEL-AF"} <= set(behind)

    html = client.get("/inkoop/").get_data(as_text=True)
    section = html[html.index('id="attention-title"') : html.index('id="queue-title"')]
    shown = re.findall(r'<th scope="row"><a href="/inkoop/contracten/\d+">([^<]+)</a>', section)
    assert len(shown) == 10
    assert shown[0] == "SNEL-AF"
    assert shown[1:4] == ["ACHTER-11", "ACHTER-10", "ACHTER-09"]  # the largest gaps next
    assert "ACHTER-00" not in shown
    assert f"De 10 dringendste van de {len(behind)} contracten die achter lopen" in section
    assert f"alle {len(behind)} contracten" in section
    # The weekly digest lists them all.
    digest = client.get("/inkoop/weekoverzicht").get_data(as_text=True)
    assert "ACHTER-00" in digest and "SNEL-AF" in digest


def test_a_few_contracts_behind_are_all_on_the_dashboard_without_a_count(procurement, client, db):
    today = sroi_status.today()
    ContractFactory(
        authority=procurement.a.municipality,
        supplier=procurement.a.employer,
        catalogue=procurement.a.contract.catalogue,
        reference="ACHTER-1",
        start_date=today - timedelta(days=365),
        end_date=today + timedelta(days=365),
    )
    db.session.commit()
    html = client.get("/inkoop/").get_data(as_text=True)
    assert "ACHTER-1" in html
    assert "dringendste" not in html


def _this_years_contracts(procurement, reference_a: str, reference_b: str) -> dict:
    """A contract running from this year into the next for authority a and one for b."""
    year = sroi_status.today().year
    return {
        side: ContractFactory(
            authority=getattr(procurement, side).municipality,
            supplier=getattr(procurement, side).employer,
            catalogue=procurement.a.contract.catalogue,
            reference=reference,
            start_date=date(year, 1, 1),
            end_date=date(year + 1, 12, 31),
        )
        for side, reference in (("a", reference_a), ("b", reference_b))
    }


def test_the_reports_objections_are_the_engines_and_shown_on_the_page(procurement, client, db):
    """An activity the engine cannot value (a block the catalogue does not have) is listed
    with its contract in the current year's report, as the engine reports it."""
    from app.models import SroiActivity
    from app.services import sroi_reports

    today = sroi_status.today()
    # The same objection in another authority's contract stays out of this report.
    for contract in _this_years_contracts(procurement, "FOUT-1", "FOUT-ELDERS").values():
        db.session.add(
            SroiActivity(
                contract=contract,
                block_code="bestaat-niet",
                start_date=date(today.year, 2, 1),
                hours_per_week=Decimal("20"),
                state="accepted",
            )
        )
    db.session.commit()
    authority = [procurement.a.municipality]
    engine = sroi_reports.annual_report(authority, today.year, today, stored=False)
    assert any(e.startswith("FOUT-1") for e in engine.errors)
    assert not any("FOUT-ELDERS" in e for e in engine.errors)
    for with_lines in (True, False):
        stored = sroi_reports.annual_report(authority, today.year, today, with_lines=with_lines)
        assert stored.errors == engine.errors
    html = client.get("/inkoop/rapportages").get_data(as_text=True)
    first = next(e for e in engine.errors if e.startswith("FOUT-1"))
    assert first.split(":")[0] in html


def test_anonymising_a_client_unlinks_the_copy_in_the_stored_activity_value(world, db):
    """The stored value keeps a copy of the activity's client (the report's people count);
    anonymisation unlinks it with the activity, in the same transaction."""
    from app.models import SroiActivity, SroiActivityValue
    from app.services import retention

    today = sroi_status.today()
    activity = SroiActivity(
        contract=world.a.contract,
        block_code="pw",
        client=world.a.client,
        start_date=today - timedelta(days=30),
        hours_per_week=Decimal("24"),
        state="accepted",
    )
    db.session.add(activity)
    db.session.commit()
    stored = db.session.get(SroiActivityValue, activity.id)
    assert (stored.client_id, stored.start_date) == (world.a.client.id, activity.start_date)
    world.a.client.case_closed_at = datetime(today.year - 3, 1, 1, tzinfo=UTC)
    db.session.commit()
    retention.anonymise(world.a.client)
    db.session.commit()
    db.session.expire_all()
    stored = db.session.get(SroiActivityValue, activity.id)
    assert stored.client_id is None and stored.start_date == activity.start_date


def test_a_contract_the_engine_objects_to_is_listed_in_its_own_authoritys_report(procurement, db):
    """The stored status of a contract the engine objected to (state `error`) is listed with
    its reference in the current year's report of its authority, and only there."""
    from app.services import sroi_reports

    today = sroi_status.today()
    contracts = _this_years_contracts(procurement, "BEZWAAR-A", "BEZWAAR-B")
    db.session.commit()
    sroi_status.ensure_current(None, today)
    for contract in contracts.values():
        contract.sroi_status.state, contract.sroi_status.error = "error", "Kan niet rekenen."
    db.session.commit()
    report = sroi_reports.annual_report([procurement.a.municipality], today.year, today)
    assert "BEZWAAR-A: Kan niet rekenen." in report.errors
    assert not any("BEZWAAR-B" in e for e in report.errors)


def _figure(html: str, term: str) -> str:
    """The figure after the term `term` in the report's list of facts."""
    match = re.search(rf"<dt>{re.escape(term)}</dt><dd>([^<]+)", html)
    assert match, term
    return match.group(1).strip()


def test_the_report_page_keeps_its_sums_until_one_of_its_contracts_is_written(
    procurement, client, db
):
    """The page adds the year's stored values up once and keeps the sums per version of its
    contracts' stored rows: every change to a contract, an activity, or a stored row shows on
    the next request, with the engine's figures; another authority's change does not count."""
    from app.models import SroiActivity
    from app.services import sroi_reports
    from app.services.sroi_bridge import status_for
    from tests.factories import ClientFactory

    today = sroi_status.today()
    year = today.year
    contracts = _this_years_contracts(procurement, "KEPT-A", "KEPT-B")
    people = [ClientFactory(municipality=procurement.a.municipality) for _ in range(2)]
    db.session.add(
        SroiActivity(
            contract=contracts["a"],
            block_code="pw",
            client=people[0],
            start_date=date(year, 1, 15),
            hours_per_week=Decimal("24"),
            state="accepted",
        )
    )
    db.session.commit()
    authority = [procurement.a.municipality]

    def page():  # the charts' ids count up per process; the form token is signed per second
        html = client.get("/inkoop/rapportages").get_data(as_text=True)
        html = re.sub(r'name="csrf_token" value="[^"]*"', 'name="csrf_token"', html)
        return re.sub(r"chart\d+", "chart", html)

    def shown():
        html = page()
        engine = sroi_reports.annual_report(authority, year, today, stored=False)
        assert _figure(html, f"Gerealiseerd in {year}") == money(engine.realized_in_year)
        assert _figure(html, "Mensen aan het werk via SROI") == str(engine.people)
        assert _figure(html, "Ingediend, nog te beoordelen") == money(engine.totals.pending)
        for block in engine.blocks:
            assert f'<th scope="row">{block.label}</th>' in html
            assert money(block.realized_in_year) in html
        return html, engine

    html, engine = shown()
    assert engine.people == 1 and engine.realized_in_year > 0
    assert page() == html  # kept: the same

    # A second person placed, an invoice submitted: both on the next request.
    db.session.add_all(
        [
            SroiActivity(
                contract=contracts["a"],
                block_code="wep",
                client=people[1],
                start_date=date(year, 2, 1),
                hours_per_week=Decimal("36"),
                state="accepted",
            ),
            SroiActivity(
                contract=contracts["a"],
                block_code="inkoop",
                start_date=date(year, 3, 1),
                amount=Decimal("2500"),
                state="submitted",
            ),
        ]
    )
    db.session.commit()
    before = engine
    html, engine = shown()
    assert engine.people == 2
    assert engine.totals.pending == before.totals.pending + Decimal("2500.00")

    # Another authority's change leaves this report's sums as they were.
    db.session.add(
        SroiActivity(
            contract=contracts["b"],
            block_code="inkoop",
            start_date=date(year, 3, 1),
            amount=Decimal("999"),
            state="accepted",
        )
    )
    db.session.commit()
    assert page() == html

    # The contract ends earlier (its shortfall now counts in this year), and a stored figure
    # changed with an UPDATE shows as the stored rows say, as it did before sums were kept.
    contracts["a"].end_date = max(today - timedelta(days=1), date(year, 1, 1))
    db.session.commit()
    html, engine = shown()
    ended = status_for(contracts["a"], today)
    assert _figure(html, f"Tekort van contracten geëindigd in {year}") == money(ended.shortfall)
    db.session.execute(
        db.update(ContractSroiStatus)
        .where(ContractSroiStatus.contract_id == contracts["a"].id)
        .values(pending=Decimal("12.34"))
    )
    db.session.commit()
    others = engine.totals.pending - ended.pending  # the authority's other contracts
    assert _figure(page(), "Ingediend, nog te beoordelen") == money(others + Decimal("12.34"))
