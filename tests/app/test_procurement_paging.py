"""The contract overview and the per-supplier view are filtered, totalled and paged by the
database: the state filter holds on every page, the pages together show every contract (or
supplier) once, and the totals are those of the whole filtered list on every page."""

import re
from datetime import date
from decimal import Decimal

import pytest

from app.formatting import money
from tests.factories import ContractFactory, EmployerFactory


@pytest.fixture
def many(world, auth, db):
    """30 ended contracts that were not met (obligation and penalty € 5.000 each), one per
    supplier, one supplier with two of them, and the world's running contract."""

    def ended(supplier, reference):
        return ContractFactory(
            authority=world.a.municipality,
            supplier=supplier,
            catalogue=world.a.contract.catalogue,
            reference=reference,
            value=Decimal("100000"),
            start_date=date(2020, 1, 1),
            end_date=date(2021, 12, 31),
        )

    late = [
        ended(EmployerFactory(name=f"Leverancier {number:02d}"), f"OUD-{number:02d}")
        for number in range(30)
    ]
    twice = EmployerFactory(name="Zuidwest Bouw")
    late += [ended(twice, f"ZW-{number}") for number in range(2)]
    db.session.commit()
    auth.login("procurement.a@example.nl")
    return late


def _references(html: str) -> list[str]:
    return re.findall(r'<th scope="row" class="nowrap"><a href="[^"]+">([^<]+)</a>', html)


def test_state_filter_holds_on_every_page_and_totals_count_the_whole_list(many, world, client):
    seen = []
    for number in (1, 2):
        html = client.get(
            f"/inkoop/contracten?stand=not_met&per_pagina=25&pagina={number}"
        ).get_data(as_text=True)
        seen += _references(html)
        # The totals are those of all 32 contracts that were not met, on both pages.
        assert "Totaal (32 contracten)" in html
        assert money(Decimal("160000")) in html  # 32 penalties of € 5.000
        assert "32 contracten:" in html and "32 niet voldaan" in html
        assert world.a.contract.reference not in _references(html)
    assert len(seen) == 32 and len(set(seen)) == 32
    assert set(seen) == {c.reference for c in many}
    # Ordered by end date, then reference: the first page holds the first 25 references.
    assert seen == sorted(seen)


def test_without_filter_the_running_contract_is_counted_too(many, world, client):
    html = client.get("/inkoop/contracten?per_pagina=25&pagina=2").get_data(as_text=True)
    assert "Totaal (33 contracten)" in html
    # The running contract ends last, so it is the last row of the last page.
    assert _references(html)[-1] == world.a.contract.reference
    html = client.get("/inkoop/contracten?stand=fulfilled").get_data(as_text=True)
    assert "Geen contracten gevonden met deze filters." in html


def _suppliers(html: str) -> list[str]:
    return re.findall(
        r'<th scope="row"><a href="/inkoop/contracten/leveranciers/\d+">([^<]+)</a>', html
    )


def test_suppliers_page_through_most_behind_first_with_totals_of_all(many, world, client):
    first = client.get("/inkoop/contracten/leveranciers?per_pagina=25").get_data(as_text=True)
    second = client.get("/inkoop/contracten/leveranciers?per_pagina=25&pagina=2").get_data(
        as_text=True
    )
    names = _suppliers(first) + _suppliers(second)
    # 31 suppliers of the late contracts and the world's supplier, each once.
    assert len(names) == 32 and len(set(names)) == 32
    assert len(_suppliers(first)) == 25
    # The supplier with two contracts not met comes first, whatever its name.
    assert names[0] == "Zuidwest Bouw"
    assert "ZW-0" in first and "ZW-1" in first
    # The footer totals every supplier's contracts on both pages.
    for html in (first, second):
        footer = html[html.index("<tfoot>") :]
        assert '<td class="num">33</td>' in footer
        assert money(Decimal("160000")) in footer


def test_suppliers_state_filter(many, world, client):
    html = client.get("/inkoop/contracten/leveranciers?stand=not_met&per_pagina=100").get_data(
        as_text=True
    )
    names = _suppliers(html)
    assert len(names) == 31 and world.a.employer.name not in names
    footer = html[html.index("<tfoot>") :]
    assert '<td class="num">32</td>' in footer


def _report_rows(html: str) -> list[str]:
    table = html[html.index('id="contracten"') :]
    return re.findall(r'<th scope="row" class="nowrap"><a href="[^"]+">([^<]+)</a>', table)


def test_current_year_report_pages_its_contracts_with_the_figures_of_all(world, auth, db, client):
    today = date.today()
    made = [
        ContractFactory(
            authority=world.a.municipality,
            supplier=world.a.employer,
            catalogue=world.a.contract.catalogue,
            reference=f"JR-{number:02d}",
            start_date=date(today.year, 1, 1),
            end_date=date(today.year + 1, 12, 31),
        )
        for number in range(30)
    ]
    db.session.commit()
    auth.login("procurement.a@example.nl")
    everything = {c.reference for c in made} | {world.a.contract.reference}
    seen = []
    for number in (1, 2):
        html = client.get(f"/inkoop/rapportages?per_pagina=25&pagina={number}").get_data(
            as_text=True
        )
        seen += _report_rows(html)
        # The facts count every contract of the year on both pages.
        assert f"<dt>Contracten</dt><dd>{len(everything)}</dd>" in html
        assert f"Pagina {number} van 2" in html
    assert len(seen) == len(everything) and set(seen) == everything
    assert seen == sorted(seen)  # by reference, as in the downloads
    csv = client.get("/inkoop/rapportages/export.csv").get_data(as_text=True)
    assert all(reference in csv for reference in everything)  # the download holds them all
