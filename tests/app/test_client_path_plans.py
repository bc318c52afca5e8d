"""The plan van aanpak (`000` §2.1), persoonlijk actieplan (`001`) or ondersteuningsplan
(`002`): versions, actions, quarterly reviews, and what is overdue on the dashboard."""

from __future__ import annotations

from datetime import date, timedelta

from app.models import AuditEntry, Client, ClientPlan, PlanAction
from app.services import client_plans, due_items

TODAY = date.today()


def _plan_form(**extra):
    data = {
        "agreed_on": TODAY.strftime("%d-%m-%Y"),
        "goals": "Werkritme opbouwen: drie ochtenden vrijwilligerswerk",
        "final_goal": "Betaald werk in de groenvoorziening",
        "support": "Jobcoach; budgetcoach via het gebiedsteam",
        "actions-0-description": "Cv bijwerken",
        "actions-0-owner": "jobhunter",
        "actions-0-due_on": (TODAY + timedelta(days=14)).strftime("%d-%m-%Y"),
        "actions-1-description": "VCA-cursus volgen",
        "actions-1-owner": "other",
        "actions-1-owner_name": "Leerbedrijf Friesland",
        "actions-1-due_on": (TODAY + timedelta(days=60)).strftime("%d-%m-%Y"),
    }
    data.update(extra)
    return data


def test_plan_has_the_parts_000_names_and_a_review_every_quarter(world, db, client, auth):
    """000 §2.1: "In het plan van aanpak wordt de vraag van de inwoner verhelderd en beschreven:
    welke stappen zijn er nodig, doelen voor de korte termijn, einddoel, specifieke
    ondersteuning"; 001: "minstens één keer per kwartaal een tussentijds evaluatiegesprek" —
    the next review defaults to the municipality's `plan_review_months` (3)."""
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    response = client.post(f"/jobhunter/werkzoekenden/{c.id}/plan", data=_plan_form())
    assert response.status_code == 302
    plan = client_plans.current(c)
    assert (plan.version, plan.is_current) == (1, True)
    assert plan.next_review_on == client_plans.next_review(c, TODAY)
    assert world.a.municipality.plan_review_months == 3
    assert [(a.description, a.owner, a.owner_name) for a in plan.actions] == [
        ("Cv bijwerken", "jobhunter", ""),
        ("VCA-cursus volgen", "other", "Leerbedrijf Friesland"),
    ]
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}").get_data(as_text=True)
    for text in ("Werkritme opbouwen", "Betaald werk in de groenvoorziening", "budgetcoach"):
        assert text in page
    # A municipality that reviews every two months gets that default.
    world.a.municipality.plan_review_months = 2
    db.session.commit()
    assert client_plans.next_review(c, date(2026, 1, 31)) == date(2026, 3, 31)


def test_a_review_makes_a_new_version_and_keeps_the_old_one(world, db, client, auth):
    """001: "Daarbij beoordelen wij of de doelstellingen uit het plan eventueel bijstelling
    behoeven" — the evaluation is a new version; the history of versions stays readable."""
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    client.post(f"/jobhunter/werkzoekenden/{c.id}/plan", data=_plan_form())
    review = _plan_form(
        goals="Solliciteren in de groenvoorziening",
        review_note="Werkritme lukt; cv is klaar",
        **{"actions-0-done": "y"},
    )
    client.post(f"/jobhunter/werkzoekenden/{c.id}/plan", data=review)
    versions = client_plans.versions(c)
    assert [(v.version, v.is_current) for v in versions] == [(2, True), (1, False)]
    assert versions[1].goals.startswith("Werkritme opbouwen")  # the old text is kept
    assert versions[0].review_note == "Werkritme lukt; cv is klaar"
    assert versions[0].actions[0].done_on == TODAY
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}/plan").get_data(as_text=True)
    assert "Versie 1 van" in page and "Versie 2 van" in page
    assert (
        db.session.scalar(
            db.select(db.func.count()).select_from(ClientPlan).where(ClientPlan.is_current)
        )
        == 1
    )


def test_overdue_review_and_action_are_on_the_jobhunters_dashboard(world, db, client, auth):
    """001: the quarterly evaluation, and the plan's agreed actions, show on the dashboard when
    they are late — for the jobhunter's own clients only."""
    c = world.a.client
    plan = client_plans.save(
        c,
        {
            "agreed_on": TODAY - timedelta(days=120),
            "goals": "Taal naar B1",
            "actions": [
                {
                    "description": "Taalles volgen",
                    "owner": "client",
                    "due_on": TODAY - timedelta(days=3),
                },
                {"description": "Later", "owner": "client", "due_on": TODAY + timedelta(days=90)},
            ],
        },
        world.a.users["jobhunter"],
        TODAY,
    )
    db.session.commit()
    assert plan.next_review_on < TODAY
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/").get_data(as_text=True)
    assert "Evaluatie plan van aanpak (versie 1)" in html
    assert "Actie uit het plan: Taalles volgen" in html
    assert "Actie uit het plan: Later" not in html
    assert "te laat" in html
    # Another municipality's jobhunter sees none of it.
    auth.logout()
    auth.login("jobhunter.b@example.nl")
    assert "Taalles volgen" not in client.get("/jobhunter/").get_data(as_text=True)


def test_an_action_is_marked_done_from_the_client_page(world, db, client, auth):
    c = world.a.client
    client_plans.save(
        c,
        {
            "agreed_on": TODAY,
            "goals": "Werk",
            "actions": [{"description": "Cv", "owner": "client", "due_on": TODAY}],
        },
        None,
        TODAY,
    )
    db.session.commit()
    action = db.session.scalars(db.select(PlanAction)).one()
    auth.login("jobhunter.a@example.nl")
    assert client.post(f"/jobhunter/plan-acties/{action.id}/afronden").status_code == 302
    db.session.expire_all()
    assert db.session.get(PlanAction, action.id).done_on == TODAY
    scope = due_items.Scope((c.municipality_id,), client_id=c.id)
    assert due_items.plan_actions(scope, TODAY) == []
    # Another organisation's jobhunter cannot.
    auth.logout()
    auth.login("jobhunter.b@example.nl")
    assert client.post(f"/jobhunter/plan-acties/{action.id}/afronden").status_code == 404


def test_plan_form_errors_keep_what_was_typed(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    bad = _plan_form(goals="", **{"actions-0-description": "", "support": "Mijn tekst"})
    response = client.post(f"/jobhunter/werkzoekenden/{c.id}/plan", data=bad)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Schrijf de doelen voor de korte termijn op." in html
    assert "Geef elke actie met een datum of naam een omschrijving." in html
    assert "Mijn tekst" in html and "Leerbedrijf Friesland" in html
    future = _plan_form(agreed_on=(TODAY + timedelta(days=3)).strftime("%d-%m-%Y"))
    html = client.post(f"/jobhunter/werkzoekenden/{c.id}/plan", data=future).get_data(as_text=True)
    assert "Deze datum ligt in de toekomst." in html
    assert client_plans.current(c) is None


def test_the_plan_page_is_audited(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    client.get(f"/jobhunter/werkzoekenden/{c.id}/plan")
    client.post(f"/jobhunter/werkzoekenden/{c.id}/plan", data=_plan_form())
    entries = db.session.scalars(db.select(AuditEntry)).all()
    assert any(e.action == "read" and e.detail == "plan van aanpak" for e in entries)
    created = [e for e in entries if e.object_type == "ClientPlan" and e.action == "create"]
    assert created and [s.client_id for s in created[0].subjects] == [c.id]
    assert "Werkritme" not in created[0].detail


def test_a_long_to_do_list_on_the_dashboard_comes_a_page_at_a_time_most_urgent_first(
    world, db, client, auth
):
    """A large caseload has hundreds of points due: the dashboard shows the 25 most urgent (the
    longest overdue first) and pages through the rest; an odd page number gives the first."""
    c = world.a.client
    client_plans.save(
        c,
        {
            "agreed_on": TODAY,
            "goals": "Werkritme",
            "actions": [
                {
                    "description": f"Stap {n:02d}",
                    "owner": "client",
                    "due_on": TODAY - timedelta(days=40 - n),
                }
                for n in range(30)
            ],
        },
        world.a.users["jobhunter"],
        TODAY,
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    first = client.get("/jobhunter/").get_data(as_text=True)
    assert "30 punten bij uw werkzoekenden zijn te laat of binnenkort aan de beurt." in first
    assert "Actie uit het plan: Stap 00" in first  # the longest overdue
    assert "Actie uit het plan: Stap 24" in first
    assert "Actie uit het plan: Stap 25" not in first
    assert "1–25 van 30" in first
    second = client.get("/jobhunter/?te_doen_pagina=2").get_data(as_text=True)
    assert "Actie uit het plan: Stap 25" in second and "Actie uit het plan: Stap 29" in second
    assert "Actie uit het plan: Stap 24" not in second
    for odd in ("0", "-1", "abc", "99999999999"):
        page = client.get(f"/jobhunter/?te_doen_pagina={odd}")
        assert page.status_code == 200
        assert "Actie uit het plan: Stap 00" in page.get_data(as_text=True), odd


def test_the_dashboard_pages_through_the_due_list_in_its_order(world, db, client, auth):
    """Page 2 of the dashboard's to-do list is items 26–50 of the whole list in its order (by
    date, then the client's name), across several clients and the yearly registrations; each
    item names its client and links to the client's form or page."""
    import re

    from tests.factories import ClientFactory

    jobhunter = world.a.users["jobhunter"]
    clients = [world.a.client] + [
        ClientFactory(
            municipality=world.a.municipality,
            jobhunter_id=jobhunter.id,
            first_name=f"Voornaam{n}",
            last_name=f"Achternaam{n:02d}",
        )
        for n in range(3)
    ]
    db.session.flush()
    for n, c in enumerate(clients):
        client_plans.save(
            c,
            {
                "agreed_on": TODAY,
                "goals": "Werkritme",
                "actions": [
                    {
                        "description": f"Stap {n}-{k:02d}",
                        "owner": "client",
                        "due_on": TODAY - timedelta(days=(k * 7 + n) % 45),
                    }
                    for k in range(16)
                ],
            },
            jobhunter,
            TODAY,
        )
    db.session.commit()
    whole = due_items.for_jobhunter(jobhunter, {world.a.municipality.id}, TODAY)
    assert len(whole) > 50
    assert [(i.due_on, i.client.last_name) for i in whole] == sorted(
        (i.due_on, i.client.last_name) for i in whole
    )
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/?te_doen_pagina=2").get_data(as_text=True)
    table = html[html.index('class="due-table"') : html.index("</table>", html.index("due-table"))]
    rows = re.findall(r"<tr[ >].*?</tr>", table, re.S)[1:]  # without the header
    assert len(rows) == 25
    for item, row in zip(whole[25:50], rows, strict=True):
        assert item.label in row and item.client.full_name in row, (item, row)
        assert f"/jobhunter/werkzoekenden/{item.client.id}" in row
    assert f"26–50 van {len(whole)}" in html
    mine = db.session.scalars(
        db.select(Client.id).where(
            Client.jobhunter_id == jobhunter.id,
            Client.municipality_id == world.a.municipality.id,
        )
    ).all()
    assert len(mine) >= 3 and f"U begeleidt {len(mine)} werkzoekenden." in html
