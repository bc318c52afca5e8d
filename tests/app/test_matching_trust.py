"""Matching a jobhunter can trust: 'waarom niet hoger?' beside the best match with Voorstellen,
every requirement on the vacancy page, placed and unavailable clients marked and left out,
the employer's invitation note as a note, a shortlist and proposing several clients at once."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import (
    AuditEntry,
    AuditSubject,
    ClientOccupation,
    Occupation,
    Placement,
    PostcodeArea,
    Proposal,
    ShortlistEntry,
)
from app.services import matching_index
from tests.factories import ClientFactory, EmployerFactory, VacancyFactory


@pytest.fixture
def region(world, db):
    """Two forklift jobs near Wolvega (one further away) and two forklift drivers."""
    matching_index.reset()
    db.session.add_all(
        [
            Occupation(
                uri="http://data.europa.eu/esco/occupation/heftruck",
                isco_group="8344",
                preferred_label="heftruckchauffeur",
                alt_labels="heftruckbestuurder\nvorkheftruckchauffeur",
            ),
            Occupation(
                uri="http://data.europa.eu/esco/occupation/kok",
                isco_group="5120",
                preferred_label="kok",
                alt_labels="kok restaurant",
            ),
            PostcodeArea(pc4="8471", place="Wolvega", latitude=52.8739, longitude=5.9976),
            PostcodeArea(pc4="8441", place="Heerenveen", latitude=52.9600, longitude=5.9200),
        ]
    )
    employer = EmployerFactory(name="Transport Hoekstra")
    fork = VacancyFactory(
        employer=employer,
        title="Heftruckchauffeur (m/v)",
        skills=["heftruck besturen"],
        postcode="8471 AB",
        language_level="B1",
        education_level="mbo2",
        physical_load="middel",
        driving_licence=True,
        wished_skills=["VCA"],
    )
    cook = VacancyFactory(
        employer=employer,
        title="Wij zoeken een kok!",
        skills=["koken"],
        postcode="8441 AB",
    )
    people = []
    for last_name in ("Visser", "Bakker"):
        person = ClientFactory(
            municipality=world.a.municipality,
            jobhunter=world.a.users["jobhunter"],
            last_name=last_name,
            postcode="8471 CD",
            hours_min=Decimal(20),
            hours_max=Decimal(32),
            skills=["heftruck besturen"],
            driving_licences=["B"],
        )
        person.desired_occupations = [ClientOccupation(text="heftruckbestuurder")]
        people.append(person)
    world.a.placement.end_date = date.today() - timedelta(days=30)  # the world client is free
    db.session.commit()
    return {"fork": fork, "cook": cook, "visser": people[0], "bakker": people[1]}


def _why(client, person, vacancy):
    return client.get(f"/jobhunter/werkzoekenden/{person.id}/waarom/{vacancy.id}").get_data(
        as_text=True
    )


def test_why_not_higher_compares_with_the_best_match(region, client, auth):
    auth.login("jobhunter.a@example.nl")
    html = _why(client, region["visser"], region["cook"])
    assert "Vergeleken met de beste match" in html
    assert "Beste match" in html and "Heftruckchauffeur (m/v)" in html
    assert "Het verschil zit vooral in gewenst beroep (" in html
    assert "Score per onderdeel, in punten van 100" in html
    for label in ("Gewenst beroep", "Vaardigheden", "Reisafstand"):
        assert f'<th scope="row">{label}</th>' in html
    assert "vacature is kok" in html and "komt overeen: heftruckchauffeur" in html
    # Voorstellen from there: for this vacancy and for the best match
    assert f"/jobhunter/vacatures/{region['cook'].id}/voorstellen/{region['visser'].id}" in html
    assert f"/jobhunter/vacatures/{region['fork'].id}/voorstellen/{region['visser'].id}" in html


def test_the_best_match_says_so(region, client, auth):
    auth.login("jobhunter.a@example.nl")
    html = _why(client, region["visser"], region["fork"])
    assert "Dit is de beste match voor deze kandidaat" in html
    assert "Score per onderdeel" not in html


def test_every_requirement_the_matcher_uses_is_on_the_vacancy_page(region, client, auth):
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/vacatures/{region['fork'].id}").get_data(as_text=True)
    facts = html.split("Eisen waarop gematcht wordt")[1].split("Omschrijving")[0]
    assert "Taalniveau Nederlands</dt><dd>minstens B1" in facts
    assert "Opleiding</dt><dd>minstens mbo 2" in facts
    assert "Rijbewijs</dt><dd>rijbewijs B nodig" in facts
    assert "Lichamelijke belasting</dt><dd>Middel" in facts
    assert "24–32" in facts
    assert "Gevraagde vaardigheden</dt><dd>heftruck besturen" in facts
    assert "Gewenste vaardigheden</dt><dd>VCA" in facts
    cook = client.get(f"/jobhunter/vacatures/{region['cook'].id}").get_data(as_text=True)
    assert "Taalniveau Nederlands</dt><dd>geen eis" in cook


def test_a_hired_client_is_marked_left_out_and_not_proposed(region, client, auth, db):
    visser, fork = region["visser"], region["fork"]
    other = VacancyFactory(employer=fork.employer, title="Chauffeur", postcode="8471 AB")
    db.session.add(
        Placement(
            client=visser,
            employer=fork.employer,
            vacancy=other,
            kind="job",
            start_date=date.today() - timedelta(days=10),
            hours_per_week=Decimal("32"),
        )
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    page = client.get(f"/jobhunter/vacatures/{fork.id}").get_data(as_text=True)
    passend = page.split("Passende werkzoekenden")[1].split('id="shortlist"')[0]
    assert visser.last_name not in passend and region["bakker"].last_name in passend
    shown = client.get(f"/jobhunter/vacatures/{fork.id}?ook_geplaatst=1").get_data(as_text=True)
    passend = shown.split("Passende werkzoekenden")[1].split('id="shortlist"')[0]
    assert visser.last_name in passend
    assert "Aangenomen bij Transport Hoekstra sinds" in passend
    # their own match list has no Voorstellen buttons, and proposing is refused
    matches = client.get(f"/jobhunter/werkzoekenden/{visser.id}/vacatures").get_data(as_text=True)
    assert "Voorstellen kan niet zolang dat zo is." in matches
    assert f"/voorstellen/{visser.id}" not in matches
    response = client.post(f"/jobhunter/vacatures/{fork.id}/voorstellen/{visser.id}", data={})
    assert response.status_code == 302
    assert (
        db.session.scalars(db.select(Proposal).where(Proposal.client_id == visser.id)).all() == []
    )
    follow = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "kan nu niet worden voorgesteld: Aangenomen bij Transport Hoekstra" in follow


def test_a_proposal_marked_hired_counts_before_the_start_is_registered(region, client, auth, db):
    visser, fork = region["visser"], region["fork"]
    db.session.add(Proposal(client=visser, vacancy=region["cook"], status="hired"))
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    page = client.get(f"/jobhunter/vacatures/{fork.id}?ook_geplaatst=1").get_data(as_text=True)
    assert "Aangenomen bij Transport Hoekstra (start nog niet geregistreerd)" in page
    default = client.get(f"/jobhunter/vacatures/{fork.id}").get_data(as_text=True)
    assert (
        visser.last_name
        not in default.split("Passende werkzoekenden")[1].split('id="shortlist"')[0]
    )


def test_an_unavailable_client_is_left_out_until_the_date(region, client, auth, db):
    visser, fork = region["visser"], region["fork"]
    visser.unavailable_until = date.today() + timedelta(days=20)
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    page = client.get(f"/jobhunter/vacatures/{fork.id}").get_data(as_text=True)
    assert (
        visser.last_name not in page.split("Passende werkzoekenden")[1].split('id="shortlist"')[0]
    )
    client_page = client.get(f"/jobhunter/werkzoekenden/{visser.id}").get_data(as_text=True)
    assert "Niet beschikbaar tot en met" in client_page
    visser.unavailable_until = date.today() - timedelta(days=1)
    db.session.commit()
    page = client.get(f"/jobhunter/vacatures/{fork.id}").get_data(as_text=True)
    assert visser.last_name in page.split("Passende werkzoekenden")[1].split('id="shortlist"')[0]


def test_the_employers_invitation_note_is_a_note_not_a_reason(region, client, auth, db):
    visser = region["visser"]
    db.session.add(
        Proposal(
            client=visser,
            vacancy=region["fork"],
            status="invited",
            reason="Graag dinsdagochtend om 10 uur",
        )
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/werkzoekenden/{visser.id}").get_data(as_text=True)
    # The proposals table (the timeline above it names the state too, without the note).
    proposals = html.split("Uitkomst vastleggen</th>")[1]
    row = proposals.split("Uitgenodigd voor gesprek")[1].split("</tr>")[0]
    assert "Bericht van de werkgever:</span> Graag dinsdagochtend om 10 uur" in row
    reason_cell = row.split("</td>")[1]
    assert "dinsdagochtend" not in reason_cell


def test_empty_indications_and_health_say_so(region, client, auth):
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/werkzoekenden/{region['visser'].id}").get_data(as_text=True)
    assert "Indicaties</dt><dd>geen</dd>" in html


def test_shortlist_then_propose_several_at_once(region, client, auth, db, world):
    visser, bakker, fork = region["visser"], region["bakker"], region["fork"]
    bakker.consent_at = None
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    client.post(
        f"/jobhunter/vacatures/{fork.id}/shortlist",
        data={"werkzoekende": [str(visser.id), str(bakker.id)]},
    )
    assert {e.client_id for e in db.session.scalars(db.select(ShortlistEntry))} == {
        visser.id,
        bakker.id,
    }
    page = client.get(f"/jobhunter/vacatures/{fork.id}").get_data(as_text=True)
    shortlist = page.split('id="shortlist"')[1]
    assert f'id="voorstel-{visser.id}"' in shortlist
    assert f'id="voorstel-{bakker.id}"' not in shortlist and "geen toestemming" in shortlist
    response = client.post(
        f"/jobhunter/vacatures/{fork.id}/voorstellen",
        data={"werkzoekende": [str(visser.id), str(bakker.id)], "note": "Beiden ervaren."},
    )
    assert response.status_code == 302
    made = db.session.scalars(db.select(Proposal).where(Proposal.vacancy_id == fork.id)).all()
    assert [(p.client_id, p.note) for p in made] == [(visser.id, "Beiden ervaren.")]
    assert made[0].match_score is not None
    follow = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "1 werkzoekende voorgesteld aan Transport Hoekstra." in follow
    assert f"{bakker.full_name} niet voorgesteld: Deze werkzoekende heeft geen toestemming" in (
        follow
    )
    # every proposal is audited with its client
    entry = db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "Proposal", AuditEntry.action == "create"
        )
    ).one()
    assert [s.client_id for s in entry.subjects] == [visser.id]


def test_shortlist_removal_and_other_municipality(region, client, auth, db, world):
    visser, fork = region["visser"], region["fork"]
    auth.login("jobhunter.a@example.nl")
    client.post(f"/jobhunter/vacatures/{fork.id}/shortlist", data={"werkzoekende": visser.id})
    client.post(f"/jobhunter/vacatures/{fork.id}/shortlist/{visser.id}/weg")
    assert db.session.scalars(db.select(ShortlistEntry)).all() == []
    assert db.session.scalars(
        db.select(AuditSubject)
        .join(AuditEntry)
        .where(AuditEntry.object_type == "ShortlistEntry", AuditSubject.client_id == visser.id)
    ).all()
    client.post("/uitloggen")
    auth.login("jobhunter.b@example.nl")
    response = client.post(
        f"/jobhunter/vacatures/{fork.id}/shortlist", data={"werkzoekende": visser.id}
    )
    assert response.status_code == 404
    response = client.post(
        f"/jobhunter/vacatures/{fork.id}/voorstellen", data={"werkzoekende": visser.id}
    )
    assert response.status_code == 404
    assert db.session.scalars(db.select(ShortlistEntry)).all() == []


def test_nothing_chosen_says_so(region, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    fork = region["fork"]
    client.post(
        f"/jobhunter/vacatures/{fork.id}/shortlist", data={"werkzoekende": region["visser"].id}
    )
    html = client.post(f"/jobhunter/vacatures/{fork.id}/voorstellen", data={"note": "x"}).get_data(
        as_text=True
    )
    assert "Kies eerst een of meer werkzoekenden op de shortlist." in html
    assert db.session.scalars(db.select(Proposal).where(Proposal.vacancy_id == fork.id)).all() == []


def test_placed_best_clients_are_dropped_and_the_list_still_holds_k(region, db, world):
    """Ranked from the pool of every open case; placed ones dropped afterwards, and the engine
    asked for more when the first answer had too few available clients left."""
    from app.services import matching_ranking

    fork = region["fork"]
    for n in range(8):  # each a little further from Wolvega: no ties in the ranking
        db.session.add(
            PostcodeArea(
                pc4=f"84{80 + n}", place=f"Dorp {n}", latitude=52.88 + 0.02 * n, longitude=6.0
            )
        )
        person = ClientFactory(
            municipality=world.a.municipality,
            last_name=f"Heftruck{n}",
            postcode=f"84{80 + n} CD",
            hours_min=Decimal(20),
            hours_max=Decimal(32),
            skills=["heftruck besturen"],
            driving_licences=["B"],
        )
        person.desired_occupations = [ClientOccupation(text="heftruckbestuurder")]
    db.session.commit()
    scope = {world.a.municipality.id}
    everyone = [c for c, _m in matching_ranking.rank_clients_in(fork, scope, k=50)]
    assert len(everyone) >= 9
    scores = [m.score for _c, m in matching_ranking.rank_clients_in(fork, scope, k=50)]
    assert len(set(scores[1:9])) == 8  # only Visser and Bakker (same place) are tied, on top
    today = date.today()
    placed = everyone[:5]  # more than twice k among the best: a second, larger ask is needed
    for person in placed:
        db.session.add(
            Placement(
                client=person,
                employer=fork.employer,
                vacancy=region["cook"],
                kind="job",
                start_date=today - timedelta(days=3),
                hours_per_week=Decimal("24"),
            )
        )
    db.session.commit()
    shown = [c for c, _m in matching_ranking.rank_clients_in(fork, scope, k=3, available_on=today)]
    assert shown == everyone[5:8]
    # asked for, the placed ones are there again, in their place
    asked = [c for c, _m in matching_ranking.rank_clients_in(fork, scope, k=3)]
    assert asked == everyone[:3]
    # when fewer are available than asked for, the list holds all of them
    rest = matching_ranking.rank_clients_in(fork, scope, k=50, available_on=today)
    assert [c for c, _m in rest] == everyone[5:]
