"""The jobhunter's employer list (filters and sorting in the URL, done by the database, paged),
the employer's timeline and its banenafspraak quota (issue 17)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import AuditEntry, EmployerContact, Placement, PlacementHours, SroiActivity
from tests.factories import ClientFactory, ContractFactory, EmployerFactory, VacancyFactory

JOBHUNTER = "jobhunter.a@example.nl"
TODAY = date.today()


def _names(html: str) -> list[str]:
    """The employer names in the list, in order."""
    return re.findall(r'<th scope="row" class="name"><a href="[^"]+">([^<]+)</a>', html)


def _contact(employer, municipality, days_ago):
    return EmployerContact(
        employer=employer,
        municipality_id=municipality.id,
        contact_date=TODAY - timedelta(days=days_ago),
        channel="phone",
        subject="Bellen",
    )


@pytest.fixture
def region(world, db):
    """Employers of municipality A with different facts, and one of municipality B."""
    a, b = world.a.municipality, world.b.municipality
    world.a.employer.municipality = a
    world.b.employer.municipality = b
    e = {
        key: EmployerFactory(name=name, sector=sector, size=size, municipality=municipality)
        for key, name, sector, size, municipality in [
            ("bakker", "Bakkerij Hoekstra", "voeding", 8, a),
            ("bouw", "Bouwbedrijf Visser", "bouw", 120, a),
            ("groen", "Groen Terpstra", "groen", 26, a),
            ("kapper", "Kapsalon Dijkstra", "zorg", None, a),
            ("elders", "Elders BV", "bouw", 300, b),
        ]
    }
    db.session.add_all(
        [
            _contact(e["bakker"], a, 20),  # recent
            _contact(e["bouw"], a, 200),  # this year-ish
            _contact(e["groen"], a, 6 * 366),  # more than five years ago: new again
            _contact(e["kapper"], b, 10),  # another municipality's contact does not count
        ]
    )
    VacancyFactory(employer=e["bouw"], title="Timmerman")
    VacancyFactory(employer=e["bouw"], title="Metselaar")
    VacancyFactory(employer=e["groen"], title="Hovenier")
    closed = VacancyFactory(employer=e["bakker"], title="Bakker")
    closed.status = "closed"
    catalogue = world.a.contract.catalogue
    ContractFactory(
        supplier=e["bouw"],
        authority=a,
        catalogue=catalogue,
        start_date=TODAY - timedelta(days=30),
        end_date=TODAY + timedelta(days=300),
    )
    ContractFactory(
        supplier=e["groen"],
        authority=a,
        catalogue=catalogue,
        reference="OUD-1",
        start_date=TODAY - timedelta(days=900),
        end_date=TODAY - timedelta(days=100),
    )
    db.session.commit()
    return e


def _list(client, query=""):
    response = client.get(f"/jobhunter/werkgevers{query}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_list_shows_only_employers_of_the_municipality_or_region(region, client, auth):
    auth.login(JOBHUNTER)
    names = _names(_list(client))
    assert "Elders BV" not in names and "Werkgever B BV" not in names
    assert names == sorted(names)  # by name by default
    assert {"Bakkerij Hoekstra", "Bouwbedrijf Visser", "Werkgever A BV"} <= set(names)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?sector=bouw", ["Bouwbedrijf Visser"]),
        ("?size=1-10", ["Bakkerij Hoekstra"]),
        ("?size=101-250", ["Bouwbedrijf Visser"]),
        ("?size=unknown", ["Kapsalon Dijkstra"]),
        ("?quota=yes", ["Bouwbedrijf Visser", "Groen Terpstra", "Werkgever A BV"]),
        ("?quota=no", ["Bakkerij Hoekstra", "Kapsalon Dijkstra"]),
        ("?last_contact=3m", ["Bakkerij Hoekstra"]),
        ("?last_contact=12m", ["Bakkerij Hoekstra", "Bouwbedrijf Visser"]),
        ("?last_contact=older", ["Groen Terpstra"]),
        ("?last_contact=never", ["Kapsalon Dijkstra", "Werkgever A BV"]),
        ("?new=new", ["Groen Terpstra", "Kapsalon Dijkstra", "Werkgever A BV"]),
        ("?new=known", ["Bakkerij Hoekstra", "Bouwbedrijf Visser"]),
        ("?vacancies=open&quota=yes", ["Bouwbedrijf Visser", "Groen Terpstra", "Werkgever A BV"]),
        ("?vacancies=none", ["Bakkerij Hoekstra", "Kapsalon Dijkstra"]),
        ("?sroi=running", ["Bouwbedrijf Visser", "Werkgever A BV"]),
        ("?sroi=any", ["Bouwbedrijf Visser", "Groen Terpstra", "Werkgever A BV"]),
        ("?sroi=none", ["Bakkerij Hoekstra", "Kapsalon Dijkstra"]),
        ("?q=visser", ["Bouwbedrijf Visser"]),
        ("?manager=none&sector=groen", ["Groen Terpstra"]),
    ],
)
def test_each_filter(region, client, auth, query, expected):
    auth.login(JOBHUNTER)
    assert _names(_list(client, query)) == expected


def test_filter_by_kvk_number(region, client, auth):
    auth.login(JOBHUNTER)
    kvk = region["bakker"].kvk
    assert _names(_list(client, f"?q={kvk[:4]}.{kvk[4:]}")) == ["Bakkerij Hoekstra"]


def test_sorting(region, client, auth):
    auth.login(JOBHUNTER)
    by_size = _names(_list(client, "?sort=size"))
    assert (
        by_size[:2] == ["Bouwbedrijf Visser", "Werkgever A BV"]
        and by_size[-1] == "Kapsalon Dijkstra"
    )
    oldest = _names(_list(client, "?sort=contact_oldest"))
    assert oldest == [
        "Kapsalon Dijkstra",
        "Werkgever A BV",
        "Groen Terpstra",
        "Bouwbedrijf Visser",
        "Bakkerij Hoekstra",
    ]
    assert _names(_list(client, "?sort=contact_newest"))[0] == "Bakkerij Hoekstra"
    assert _names(_list(client, "?sort=vacancies"))[0] == "Bouwbedrijf Visser"


def test_the_list_marks_quota_new_employers_and_running_contracts(region, client, auth):
    auth.login(JOBHUNTER)
    html = _list(client, "?sector=groen")
    assert "quotum" in html and "nieuwe werkgever" in html and "afgelopen" in html
    html = _list(client, "?sector=bouw")
    assert "1 lopend" in html and '<td data-label="Open vacatures" class="num">2</td>' in html


def test_bad_filter_values_are_ignored_not_an_error(region, client, auth):
    auth.login(JOBHUNTER)
    everything = _names(_list(client))
    for query in (
        "?size=huge",
        "?sort=name;DROP TABLE employers",
        "?manager=99999999999999999999",
        "?quota=misschien&pagina=-4",
        "?last_contact=" + "x" * 500,
        "?pagina=99999999999999999999",
    ):
        response = client.get(f"/jobhunter/werkgevers{query}")
        assert response.status_code == 200, query
        if "pagina" not in query:
            assert _names(response.get_data(as_text=True)) == everything, query


def test_the_list_pages_and_keeps_the_filter_in_the_url(world, client, auth, db):
    for number in range(30):
        EmployerFactory(
            name=f"Bedrijf {number:02d}", sector="transport", municipality=world.a.municipality
        )
    db.session.commit()
    auth.login(JOBHUNTER)
    first = _list(client, "?sector=transport&sort=name")
    assert "30 werkgevers gevonden" in first
    assert len(_names(first)) == 25
    link = re.search(r'href="([^"]*pagina=2[^"]*)"', first).group(1).replace("&amp;", "&")
    assert "sector=transport" in link and "sort=name" in link
    second = client.get(link).get_data(as_text=True)
    assert _names(second) == [f"Bedrijf {n:02d}" for n in range(25, 30)]


# --- the employer page: timeline ------------------------------------------------------------


def test_timeline_shows_contacts_vacancies_proposals_placements_and_sroi(world, client, auth, db):
    a = world.a
    a.employer.municipality = a.municipality
    db.session.add(_contact(a.employer, a.municipality, 10))
    a.placement.end_date = TODAY - timedelta(days=5)
    a.activity.candidate_description = "Vrouw van 52, eerder in de schoonmaak"
    outsider = ClientFactory(municipality=world.b.municipality, last_name="Van-Elders")
    db.session.add(
        Placement(
            client=outsider, employer=a.employer, start_date=TODAY, hours_per_week=Decimal(20)
        )
    )
    db.session.commit()
    auth.login(JOBHUNTER)
    html = client.get(f"/jobhunter/werkgevers/{a.employer.id}").get_data(as_text=True)
    timeline = html[html.index('id="tijdlijn"') : html.index('id="contact-vastleggen"')]
    assert "Telefoon: Bellen" in timeline and ">nieuw<" in timeline
    assert "Betaalde baan geplaatst: Magazijnmedewerker (m/v)" in timeline
    assert (
        "Voorgesteld voor Magazijnmedewerker (m/v)" in timeline and "Stand: Voorgesteld" in timeline
    )
    assert "Gestart: Betaalde baan" in timeline and "Gestopt: Betaalde baan" in timeline
    assert a.client.full_name in timeline
    assert "Participatiewet voor C-" in timeline and "Stand: Ingediend" in timeline
    assert "Vrouw van 52" not in html  # the supplier's words about the person stay out
    assert "Van-Elders" not in html  # another municipality's client
    entry = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.detail.like(f"werkgever {a.employer.id}: tijdlijn%"))
    ).one()
    assert [s.client_id for s in entry.subjects] == [a.client.id]


def test_timeline_filters_by_kind_and_is_limited(world, client, auth, db):
    a = world.a
    for number in range(45):
        db.session.add(_contact(a.employer, a.municipality, 30 + number))
    db.session.commit()
    auth.login(JOBHUNTER)
    url = f"/jobhunter/werkgevers/{a.employer.id}"
    html = client.get(url).get_data(as_text=True)
    assert html.count('<span class="when">') == 40
    # 45 contacts, the vacancy, the proposal, the placement and the SROI activity
    assert "Toon de hele tijdlijn (49 regels)" in html
    assert client.get(url + "?alles=1").get_data(as_text=True).count('<span class="when">') == 49
    vacancies = client.get(url + "?tijdlijn=vacancy").get_data(as_text=True)
    assert (
        vacancies.count('<span class="when">') == 1 and 'aria-current="true">Vacatures' in vacancies
    )
    assert client.get(url + "?tijdlijn=onzin").status_code == 200


# --- the employer page: quota -------------------------------------------------------------


def _placement(client_, employer, start, hours, kind="job", end=None):
    return Placement(
        client=client_,
        employer=employer,
        kind=kind,
        start_date=start,
        end_date=end,
        hours_per_week=Decimal(hours),
    )


def test_quota_counts_banenafspraak_jobs_from_paid_placements(world, client, auth, db):
    a = world.a
    employer = EmployerFactory(name="Groothandel Bosma", size=30, municipality=a.municipality)
    bab = [ClientFactory(municipality=a.municipality, banenafspraak=True) for _ in range(3)]
    other = ClientFactory(municipality=a.municipality, banenafspraak=False)
    elsewhere = ClientFactory(municipality=world.b.municipality, banenafspraak=True)
    changed = _placement(bab[0], employer, date(TODAY.year - 1, 1, 1), "24")
    changed.hour_changes = [
        PlacementHours(from_date=TODAY - timedelta(days=10), hours_per_week=Decimal("28"))
    ]
    db.session.add_all(
        [
            changed,
            _placement(bab[1], employer, date(TODAY.year - 1, 7, 1), "20"),
            _placement(
                bab[2], employer, TODAY - timedelta(days=30), "32", kind="work_experience"
            ),  # unpaid
            _placement(other, employer, TODAY - timedelta(days=30), "36"),  # no indication
            _placement(elsewhere, employer, TODAY - timedelta(days=30), "36"),  # not ours
        ]
    )
    db.session.commit()
    auth.login(JOBHUNTER)
    html = client.get(f"/jobhunter/werkgevers/{employer.id}").get_data(as_text=True)
    assert "Het quotum geldt" in html
    assert "1,88 banen nu" in html  # (28 + 20) ÷ 25,5
    assert "2 werknemers met een indicatie banenafspraak, samen 48 uur per week." in html
    new_year = date(TODAY.year, 1, 1)
    days_24 = (new_year - date(TODAY.year - 1, 1, 1)).days
    days_20 = (new_year - date(TODAY.year - 1, 7, 1)).days
    last_year = (Decimal(24) * days_24 + Decimal(20) * days_20) / 7
    hours = f"{last_year:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    jobs = f"{(last_year.quantize(Decimal('0.01')) / 1331):.2f}".replace(".", ",")
    assert f"{TODAY.year - 1}: {hours} verloonde uren = {jobs} banen" in html
    listed = client.get("/jobhunter/werkgevers?q=Bosma").get_data(as_text=True)
    assert "1,9 banen" in listed


def test_quota_does_not_apply_to_25_employees_or_an_unknown_size(world, client, auth, db):
    small = EmployerFactory(size=25, municipality=world.a.municipality)
    unknown = EmployerFactory(size=None, municipality=world.a.municipality)
    db.session.commit()
    auth.login(JOBHUNTER)
    html = client.get(f"/jobhunter/werkgevers/{small.id}").get_data(as_text=True)
    assert "Het quotum geldt niet: 25 medewerkers of minder." in html
    assert "geen werknemers met een indicatie banenafspraak uit uw gemeente of regio" in html
    assert "Onbekend of het quotum geldt" in client.get(
        f"/jobhunter/werkgevers/{unknown.id}"
    ).get_data(as_text=True)


def test_sroi_activities_on_the_timeline_exclude_drafts(world, client, auth, db):
    a = world.a
    db.session.add(
        SroiActivity(
            contract=a.contract,
            block_code="wep",
            start_date=TODAY,
            hours_per_week=Decimal(20),
            state="draft",
        )
    )
    db.session.commit()
    auth.login(JOBHUNTER)
    html = client.get(f"/jobhunter/werkgevers/{a.employer.id}?tijdlijn=sroi").get_data(as_text=True)
    assert "Werkervaringsplek" not in html and "Participatiewet voor" in html
