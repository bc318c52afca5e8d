"""Jobhunter: register, edit, search and filter clients; audited; scoped to the municipality."""

import re

from app.models import AuditEntry, Client


def _form(world, **changes):
    data = {
        "municipality_id": str(world.a.municipality.id),
        "first_name": "Durk",
        "last_name": "Wiersma",
        "bsn": "111222333",
        "birth_date": "1984-03-02",
        "postcode": "8471ab",
        "benefit_type": "participatiewet",
        "benefit_start": "2023-05-01",
        "ladder_step": "4",
        "profile": "2",
        "banenafspraak": "y",
        "desired_occupations": "heftruckchauffeur\nmagazijnmedewerker",
        "skills": "orderpicken, heftruck besturen",
        "experience": "Vijf jaar in een distributiecentrum.",
        "education_level": "mbo2",
        "certificates": "VCA",
        "driving_licences": ["B"],
        "language_level": "B1",
        "hours_min": "24",
        "hours_max": "32",
        "max_travel_minutes": "45",
        "max_load": "middel",
        "health_notes": "Rugklachten.",
        "consent": "y",
        "consent_at": "2026-10-01",
        "jobhunter_id": str(world.a.users["jobhunter"].id),
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_register_a_client_with_all_fields(world, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    response = client.post("/jobhunter/werkzoekenden/nieuw", data=_form(world))
    assert response.status_code == 302
    created = db.session.scalars(db.select(Client).where(Client.last_name == "Wiersma")).one()
    assert created.postcode == "8471 AB"
    assert created.skills == ["orderpicken", "heftruck besturen"]
    assert [o.text for o in created.desired_occupations] == [
        "heftruckchauffeur",
        "magazijnmedewerker",
    ]
    assert created.driving_licences == ["B"]
    assert str(created.hours_min) == "24.0" or float(created.hours_min) == 24
    assert created.consent_at.isoformat() == "2026-10-01"
    assert created.banenafspraak is True and created.ladder_step == 4
    assert created.pseudonym.startswith("Kandidaat ")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Durk Wiersma" in page and "heftruckchauffeur" in page
    assert db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.action == "create")
    ).one().object_id == str(created.id)


def test_invalid_form_comes_back_filled_in_with_dutch_messages(world, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    before = db.session.scalar(db.select(db.func.count(Client.id)))
    html = client.post(
        "/jobhunter/werkzoekenden/nieuw",
        data=_form(
            world,
            bsn="111222334",
            postcode="84",
            hours_min="32",
            hours_max="24",
            first_name="",
            birth_date="31-02-1990",
        ),
    ).get_data(as_text=True)
    assert "De elfproef faalt" in html or "elfproef" in html
    assert "Vul een postcode in zoals 8471 AB" in html
    assert "Het maximum moet minstens het minimum zijn." in html
    assert "Vul de voornaam in." in html
    assert "Vul een datum in zoals 22-11-2026." in html
    # Nothing lost: the typed values are still in the form.
    assert 'value="Wiersma"' in html
    assert "Vijf jaar in een distributiecentrum." in html
    assert "heftruckchauffeur\nmagazijnmedewerker" in html
    assert db.session.scalar(db.select(db.func.count(Client.id))) == before


def test_edit_is_audited_with_the_changed_fields(world, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    target = world.a.client
    response = client.post(
        f"/jobhunter/werkzoekenden/{target.id}/bewerken",
        data=_form(world, first_name="Sjoukje", last_name=target.last_name, postcode="9201 AA"),
    )
    assert response.status_code == 302
    db.session.refresh(target)
    assert target.postcode == "9201 AA"
    entry = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert "postcode" in entry.detail and entry.object_id == str(target.id)


def test_edit_form_shows_current_values(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/werkzoekenden/{world.a.client.id}/bewerken").get_data(
        as_text=True
    )
    assert f'value="{world.a.client.last_name}"' in html
    assert "Rugklachten; niet zwaar tillen." in html


def test_other_municipality_cannot_edit(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    url = f"/jobhunter/werkzoekenden/{world.b.client.id}/bewerken"
    assert client.get(url).status_code == 404
    assert client.post(url, data=_form(world)).status_code == 404


def test_cannot_register_a_client_in_another_municipality(world, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    html = client.post(
        "/jobhunter/werkzoekenden/nieuw",
        data=_form(world, municipality_id=str(world.b.municipality.id)),
    ).get_data(as_text=True)
    assert (
        "Not a valid choice" in html
        or "geen geldige keuze" in html.lower()
        or "Ongeldige keuze" in html
    )
    assert (
        db.session.scalars(db.select(Client).where(Client.last_name == "Wiersma")).first() is None
    )


def test_without_consent_the_page_says_so(world, client, auth, db):
    world.a.client.consent_at = None
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/werkzoekenden/{world.a.client.id}").get_data(as_text=True)
    assert "Geen toestemming" in html


def test_search_and_filters(world, client, auth, db):
    from tests.factories import ClientFactory

    ClientFactory(
        municipality=world.a.municipality,
        last_name="Zijlstra",
        ladder_step=2,
        benefit_type="ww",
        banenafspraak=True,
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")

    def names(**query):
        return client.get("/jobhunter/werkzoekenden", query_string=query).get_data(as_text=True)

    assert "Zijlstra" in names(q="zijl")
    assert "Zijlstra" in names(benefit_type="ww") and world.a.client.last_name not in names(
        benefit_type="ww"
    )
    assert "Zijlstra" in names(ladder_step="2")
    assert "Zijlstra" not in names(banenafspraak="0")
    assert "Zijlstra" in names(q="Kandidaat")  # pseudonym search
    assert world.a.client.last_name in names(q="999993653")  # BSN search
    assert world.b.client.last_name not in names()
    assert "2 werkzoekenden gevonden" in names()


def test_bad_filter_values_do_not_break_the_list(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    response = client.get(
        "/jobhunter/werkzoekenden",
        query_string={"ladder_step": "x", "pagina": "-4", "q": "x" * 500},
    )
    assert response.status_code == 200


def test_long_lists_are_paged(world, client, auth, db):
    from tests.factories import ClientFactory

    for i in range(30):
        ClientFactory(municipality=world.a.municipality, last_name=f"Pagina-{i:02d}")
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    first = client.get("/jobhunter/werkzoekenden?benefit_type=participatiewet").get_data(
        as_text=True
    )
    assert "Pagina 1 van 2" in first and "Volgende" in first and "pagina=2" in first
    second = client.get("/jobhunter/werkzoekenden?benefit_type=participatiewet&pagina=2").get_data(
        as_text=True
    )
    assert (
        "Pagina 2 van 2" in second
        and "Vorige" in second
        and "benefit_type=participatiewet" in second
    )


def test_the_list_is_by_name_ignoring_case_and_pages_do_not_overlap(world, client, auth, db):
    """Lower-case prefixes ("de Vries") sort with the D, equal names by first name and then in
    one fixed order, so that every client is on exactly one page."""
    from tests.factories import ClientFactory

    names = [("de Vries", "Anna"), ("Dijkstra", "Piet"), ("Bakker", "jan"), ("bakker", "Hans")]
    names += [("Visser", "Jan")] * 3 + [(f"Postma-{i:02d}", "Klaas") for i in range(30)]
    for last, first in names:
        ClientFactory(municipality=world.a.municipality, last_name=last, first_name=first)
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    shown = []
    for number in (1, 2):
        html = client.get(f"/jobhunter/werkzoekenden?pagina={number}").get_data(as_text=True)
        shown += re.findall(r'href="/jobhunter/werkzoekenden/(\d+)"', html)
    clients = db.session.scalars(
        db.select(Client).where(Client.municipality_id == world.a.municipality.id)
    ).all()
    expected = sorted(clients, key=lambda c: (c.last_name.lower(), c.first_name.lower(), c.id))
    assert [int(i) for i in dict.fromkeys(shown)] == [c.id for c in expected]
    assert len(shown) == len(set(shown)) == len(expected)


def test_the_list_is_read_in_order_from_the_name_index(world, db):
    """On SQLite the default order comes from ix_clients_municipality_name (read in order,
    stopped after a page), not from sorting the municipality's clients; the search filter is
    checked on the same index."""
    from app.jobhunter.routes import CLIENT_SORTS
    from app.services import client_records

    if db.engine.dialect.name != "sqlite":
        return
    scope = {world.a.municipality.id}
    for filters in ({}, {"q": "hoek"}):
        query = client_records.search(scope, filters).order_by(None)
        query = query.order_by(*CLIENT_SORTS.order_by("naam"), Client.id).limit(25)
        sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(row[-1] for row in db.session.execute(db.text("EXPLAIN QUERY PLAN " + sql)))
        assert "ix_clients_municipality_name" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


def test_search_finds_a_part_of_each_name_the_pseudonym_or_the_bsn(world, client, auth, db):
    """`%term%` in the first name, the last name and the pseudonym, in any case; the BSN
    whole (spaces ignored); only the municipality's own clients."""
    from tests.factories import ClientFactory

    found = ClientFactory(
        municipality=world.a.municipality,
        first_name="Geertruida",
        last_name="van der Meulen",
        pseudonym="Kandidaat QX-7RZ",
        bsn="123456782",
    )
    ClientFactory(municipality=world.b.municipality, first_name="Geertruida", last_name="Elders")
    db.session.commit()
    auth.login("jobhunter.a@example.nl")

    def ids(term):
        html = client.get("/jobhunter/werkzoekenden", query_string={"q": term}).get_data(
            as_text=True
        )
        return {int(i) for i in re.findall(r'href="/jobhunter/werkzoekenden/(\d+)"', html)}

    for term in ("truida", "GEERT", "der meul", "Van Der", "qx-7r", "123456782", "123 456 782"):
        assert ids(term) == {found.id}, term
    assert ids("12345678") == set()  # a BSN is looked up whole
    assert ids("Elders") == set()  # another municipality


def test_search_can_use_the_trigram_index_on_postgresql(world, db):
    """The search's condition (lower(column) LIKE lower('%term%') or the BSN) is the form the
    trigram index answers: with every other way of reading the table switched off, PostgreSQL
    still finds the matches, from ix_clients_search_trgm (and the BSN's index)."""
    from app.services import client_records

    if db.engine.dialect.name != "postgresql":
        return
    query = client_records.search({world.a.municipality.id}, {"q": "hoekstra"})
    in_scope, term = query.whereclause.clauses  # the municipality, then the search
    sql = str(
        db.select(db.func.count(Client.id))
        .where(term)
        .compile(db.engine, compile_kwargs={"literal_binds": True})
    )
    for setting in ("enable_seqscan", "enable_indexscan", "enable_indexonlyscan"):
        db.session.execute(db.text(f"SET LOCAL {setting} = off"))
    plan = "\n".join(db.session.scalars(db.text("EXPLAIN " + sql)))
    db.session.rollback()
    assert "Bitmap Index Scan on ix_clients_search_trgm" in plan, plan
    assert "Seq Scan" not in plan, plan


def test_search_results_come_in_the_list_order(world, client, auth, db):
    """A search shows its matches in the list's order (by name ignoring case, then id), also
    where PostgreSQL sorts them itself rather than reading them from the name index."""
    from tests.factories import ClientFactory

    for last, first in [("de Vries", "Anna"), ("Dijkstra", "Piet"), ("bakker", "Hans")]:
        ClientFactory(municipality=world.a.municipality, last_name=last, first_name=first)
    for last in ("Bakker", "Bakker", "Zwart"):
        ClientFactory(municipality=world.a.municipality, last_name=last, first_name="jan")
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    for sort in ("", "-naam"):
        html = client.get(f"/jobhunter/werkzoekenden?q=a&sorteer={sort}").get_data(as_text=True)
        shown = [int(i) for i in re.findall(r'href="/jobhunter/werkzoekenden/(\d+)"', html)]
        matches = [
            c
            for c in db.session.scalars(
                db.select(Client).where(Client.municipality_id == world.a.municipality.id)
            )
            if "a" in f"{c.first_name} {c.last_name} {c.pseudonym}".lower()
        ]
        # Equal names stay in id order either way (the pager's tiebreak).
        expected = sorted(
            sorted(matches, key=lambda c: c.id),
            key=lambda c: (c.last_name.lower(), c.first_name.lower()),
            reverse=bool(sort),
        )
        assert list(dict.fromkeys(shown)) == [c.id for c in expected], sort
