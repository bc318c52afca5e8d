"""Target groups with their deadlines (issue 16): banenafspraak, beschut werk, statushouders,
Participatiewet in Balans, and client groups."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.models import Placement, ShelteredWorkTarget
from app.services import client_rules, due_items, target_groups
from tests.factories import ClientFactory

TODAY = date.today()


def _scope(client):
    return due_items.Scope((client.municipality_id,), client_id=client.id)


def _place(db, world, client, start, kind="trial"):
    db.session.add(
        Placement(
            client=client,
            employer=world.a.employer,
            kind=kind,
            start_date=start,
            hours_per_week=Decimal("24"),
        )
    )
    db.session.commit()


def test_banenafspraak_offer_within_six_months_of_the_indication(world, db, client, auth):
    """001: "De gemeente streeft er naar om uitkeringsgerechtigden met een BAB indicatie binnen
    6 maanden een leerwerkplek of een proefplaatsing te bieden bij een reguliere werkgever" —
    a deadline from the indication date (a setting), met by a place that starts after it."""
    c = ClientFactory(
        municipality=world.a.municipality,
        jobhunter=world.a.users["jobhunter"],
        banenafspraak=True,
        banenafspraak_on=TODAY - timedelta(days=170),
        target_register_status="registered",
    )
    db.session.commit()
    [item] = due_items.banenafspraak_offers(_scope(c), TODAY)
    assert item.due_on == client_rules.months_after(c.banenafspraak_on, 6)
    assert item.state == "soon"
    auth.login("jobhunter.a@example.nl")
    home = client.get("/jobhunter/").get_data(as_text=True)
    assert "Banenafspraak: leerwerkplek of proefplaatsing aanbieden" in home
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}").get_data(as_text=True)
    assert "opgenomen in het doelgroepregister" in page
    # A place before the indication does not count; a proefplaatsing after it does.
    _place(db, world, c, c.banenafspraak_on - timedelta(days=30))
    assert due_items.banenafspraak_offers(_scope(c), TODAY)
    _place(db, world, c, TODAY - timedelta(days=2))
    assert due_items.banenafspraak_offers(_scope(c), TODAY) == []
    # The offer is for residents on benefit ("uitkeringsgerechtigden"): not for a nugger.
    nug = ClientFactory(
        municipality=world.a.municipality,
        benefit_type="nug",
        banenafspraak=True,
        banenafspraak_on=TODAY - timedelta(days=170),
    )
    db.session.commit()
    assert due_items.banenafspraak_offers(_scope(nug), TODAY) == []


def test_sheltered_work_placement_within_six_months_of_the_advice(world, db):
    """000 §2.4 profiel 5: "plaatsing dienstverband. < 6 maanden na advies/indicatie Beschut
    werken"; 001: "binnen 6 maanden na de vaststelling [...] geplaatst te hebben op een
    werkplek met een arbeidsovereenkomst" — only paid work meets it."""
    c = ClientFactory(
        municipality=world.a.municipality,
        sheltered_work=True,
        sheltered_work_on=TODAY - timedelta(days=200),
    )
    db.session.commit()
    [item] = due_items.sheltered_work(_scope(c), TODAY)
    assert item.due_on == client_rules.months_after(c.sheltered_work_on, 6)
    assert item.state == "overdue"
    _place(db, world, c, TODAY - timedelta(days=10), kind="work_experience")
    assert due_items.sheltered_work(_scope(c), TODAY)  # unpaid: not a dienstverband
    _place(db, world, c, TODAY - timedelta(days=5), kind="job")
    assert due_items.sheltered_work(_scope(c), TODAY) == []
    # A municipality with a shorter term (a setting).
    world.a.municipality.sheltered_work_months = 4
    other = ClientFactory(
        municipality=world.a.municipality,
        sheltered_work=True,
        sheltered_work_on=TODAY - timedelta(days=100),
    )
    db.session.commit()
    [item] = due_items.sheltered_work(_scope(other), TODAY)
    assert item.due_on == client_rules.months_after(other.sheltered_work_on, 4)


def test_yearly_sheltered_work_taakstelling_with_progress(world, db, client, auth):
    """000 doel 3: "We voldoen aan de jaarlijkse taakstelling Beschut Werk" — the number of
    places for the year against residents with an indication who work in it."""
    auth.login("jobhunter.a@example.nl")
    year = TODAY.year
    response = client.post(f"/jobhunter/doelgroepen/taakstelling?jaar={year}", data={"places": "3"})
    assert response.status_code == 302
    target = db.session.scalars(db.select(ShelteredWorkTarget)).one()
    assert (target.year, target.places) == (year, 3)
    working = ClientFactory(municipality=world.a.municipality, sheltered_work=True)
    _place(db, world, working, date(year, 2, 1), kind="job")
    ClientFactory(municipality=world.a.municipality, sheltered_work=True)  # not placed
    db.session.commit()
    progress = target_groups.sheltered_progress(world.a.municipality, year)
    assert (progress.target, progress.filled, progress.percentage) == (3, 1, 33)
    html = client.get(f"/jobhunter/doelgroepen?jaar={year}").get_data(as_text=True)
    assert "1 van 3 plekken gerealiseerd" in html
    bad = client.post(f"/jobhunter/doelgroepen/taakstelling?jaar={year}", data={"places": "-2"})
    assert bad.status_code == 302 and db.session.get(ShelteredWorkTarget, target.id).places == 3


def test_statushouder_route_pip_map_and_three_year_term(world, db, client, auth):
    """000 §2.2: "Tijdens het inburgeringstraject biedt de vlechtwerker inburgering drie jaar
    lang begeleiding [...] Persoonlijk plan Inburgering en Participatie (PIP) [...] Module
    Arbeidsmarkt en Participatie (MAP)"; begrippen: B1-route, onderwijsroute, Z-route — the
    term from the start, met when the inburgering is done; a work internship is shown."""
    c = world.a.client
    c.newcomer = True
    c.integration_route = "b1"
    c.integration_start = TODAY - timedelta(days=3 * 365 - 40)
    db.session.commit()
    [item] = due_items.integration(_scope(c), TODAY)
    assert item.due_on == client_rules.months_after(c.integration_start, 36)
    assert item.state == "later" or item.state == "soon"
    overview = target_groups.overview(world.a.municipality, TODAY.year, TODAY)
    assert [cl.id for cl in overview.without_pip] == [c.id]
    _place(db, world, c, TODAY - timedelta(days=20), kind="internship")
    auth.login("jobhunter.a@example.nl")
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}").get_data(as_text=True)
    assert "B1-route" in page and "PIP:" in page and "Werk- en taalstages" in page
    c.pip_on, c.map_done_on = TODAY - timedelta(days=900), TODAY - timedelta(days=600)
    c.integration_done_on = TODAY - timedelta(days=1)
    db.session.commit()
    assert due_items.integration(_scope(c), TODAY) == []
    assert target_groups.overview(world.a.municipality, TODAY.year, TODAY).without_pip == []


def test_participatiewet_in_balans_settings_not_constants(world, db, client, auth):
    """004 §2.4: "WerkSaam verhoogt om deze reden de leeftijd naar 5 jaar voorafgaand aan de AOW-
    leeftijd. Deze ligt nu op 62 jaar. Cliënten die 62 jaar en ouder zijn hoeven niet meer
    verplicht te solliciteren" and "Standaard specifieke verplichtingen, zoals het bereid moeten
    zijn om 3 uur te reizen voor werk, komen te vervallen" — both municipality settings."""
    m = world.a.municipality
    assert (m.job_search_exempt_age, m.travel_hours_per_day) == (62, Decimal("3"))
    c = world.a.client
    c.birth_date = date(TODAY.year - 63, 1, 1)
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}").get_data(as_text=True)
    assert "vrijgesteld vanaf 62 jaar" in page and "tot 3 uur per dag" in page
    form = client.get("/jobhunter/werkzoekenden/nieuw").get_data(as_text=True)
    assert 'name="max_travel_minutes" type="text" value="90"' in form
    # The municipality follows the new law: exemption from 65, no fixed travel rule.
    m.job_search_exempt_age, m.travel_hours_per_day = 65, None
    db.session.commit()
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}").get_data(as_text=True)
    assert "vrijgesteld" not in page.split('id="doelgroep"')[1]
    assert "geen vaste regel (Participatiewet in balans)" in page
    form = client.get("/jobhunter/werkzoekenden/nieuw").get_data(as_text=True)
    assert 'name="max_travel_minutes" type="text" value=""' in form
    assert "De gemeente kent geen vaste reistijd" in form


def test_client_groups_as_a_filter_and_in_the_monitor(world, db, client, auth):
    """003 §3.2: "De klantgroepen die we onderscheiden zijn: Direct werk, Werken en ervaren,
    Leren en ontwikkelen, Zorg, Werkvoorzienend, Geplaatst" — a filter on the client list and a
    breakdown in the monitor."""
    from app.services.monitoring import build_report

    direct = ClientFactory(
        municipality=world.a.municipality, client_group="direct_work", last_name="Direct-Werk"
    )
    ClientFactory(municipality=world.a.municipality, client_group="care", last_name="In-Zorg")
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/werkzoekenden?client_group=direct_work").get_data(as_text=True)
    assert "Direct-Werk" in html and "In-Zorg" not in html
    _place(db, world, direct, TODAY.replace(month=1, day=2), kind="job")
    report = build_report(world.a.municipality, TODAY.year, TODAY)
    groups = {g.label: (g.clients, g.exits) for g in report.groups}
    assert groups["Direct werk"] == (1, 1)
    assert groups["Zorg"] == (1, 0)
    assert groups["Nog niet ingedeeld"][0] == 1  # the world's own client
