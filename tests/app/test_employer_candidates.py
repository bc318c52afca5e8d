"""Proposed candidates: pseudonymous pages (no identifying/health data), the employer's answer."""

from datetime import date
from decimal import Decimal

import pytest

from app.models import (
    AuditEntry,
    ClientOccupation,
    IncentiveScheme,
    IncentiveTier,
    OutboxMail,
    PostcodeArea,
)


@pytest.fixture
def candidate(world, db, auth):
    """Employer A's proposal with a client full of identifying and health details."""
    client = world.a.client
    client.first_name, client.last_name = "Sjoukje", "Hoekstra-Zwart"
    client.bsn = "999993653"
    client.birth_date = date(1980, 5, 17)
    client.postcode = "8471 CD"
    client.health_notes = "Rugklachten; niet zwaar tillen. Gebruikt medicatie."
    client.exemptions = "Ontheffing arbeidsplicht tot 1-3-2027 wegens mantelzorg"
    client.experience = "Werkte bij Bakkerij De Vries in Noordwolde"
    client.skills = ["orderpicken", "heftruck"]
    client.certificates = ["VCA"]
    client.driving_licences = ["B"]
    client.language_level = "B1"
    client.education_level = "mbo2"
    client.hours_min, client.hours_max = Decimal("24"), Decimal("32")
    client.banenafspraak = True
    client.desired_occupations = [ClientOccupation(text="magazijnmedewerker")]
    world.a.vacancy.postcode = "8442 AB"
    world.a.proposal.note = "Gemotiveerd en goed bereikbaar."
    db.session.add_all(
        [
            PostcodeArea(pc4="8471", place="Wolvega", latitude=52.875, longitude=5.99),
            PostcodeArea(pc4="8442", place="Heerenveen", latitude=52.96, longitude=5.92),
        ]
    )
    db.session.commit()
    auth.login("employer.a@example.nl")
    return world.a


def test_candidate_page_shows_the_profile_and_nothing_identifying(client, candidate):
    html = client.get(f"/werkgever/kandidaten/{candidate.proposal.id}").get_data(as_text=True)
    c = candidate.client
    assert c.pseudonym in html
    for shown in [
        "magazijnmedewerker",
        "orderpicken",
        "heftruck",
        "VCA",
        "B1",
        "mbo 2",
        "24–32",
        "10–25 km",
        "Banenafspraak",
        "no-riskpolis",
        "Gemotiveerd en goed bereikbaar.",
    ]:
        assert shown in html, shown
    for hidden in [
        "Sjoukje",
        "Hoekstra-Zwart",
        "999993653",
        "9999.93.653",
        "17-05-1980",
        "1980",
        "8471 CD",
        "8471",
        "Rugklachten",
        "medicatie",
        "Ontheffing",
        "mantelzorg",
        "Bakkerij De Vries",
        "Noordwolde",
    ]:
        assert hidden not in html, hidden


def test_every_employer_page_mentioning_the_candidate_hides_identity(client, candidate, db):
    from app.models import Placement

    candidate.proposal.status = "invited"
    db.session.commit()
    c = candidate.client
    urls = [
        "/werkgever/",
        "/werkgever/kandidaten?toon=alle",
        f"/werkgever/vacatures/{candidate.vacancy.id}",
        "/werkgever/plaatsingen",
        f"/werkgever/plaatsingen/{candidate.placement.id}",
        "/werkgever/plaatsingen/nieuw",
        "/werkgever/subsidies",
        f"/werkgever/subsidies?voorstel={candidate.proposal.id}",
        f"/werkgever/social-return/{candidate.contract.id}/activiteiten/nieuw",
    ]
    assert db.session.get(Placement, candidate.placement.id) is not None
    for url in urls:
        html = client.get(url).get_data(as_text=True)
        for hidden in [c.first_name, c.last_name, c.bsn, "Rugklachten", "8471 CD", "mantelzorg"]:
            assert hidden not in html, (url, hidden)


def test_distance_band_unknown_without_postcode_areas(client, candidate, db):
    db.session.query(PostcodeArea).delete()
    db.session.commit()
    html = client.get(f"/werkgever/kandidaten/{candidate.proposal.id}").get_data(as_text=True)
    assert "onbekend" in html


def test_invite_for_interview_tells_the_jobhunter(client, candidate, db):
    response = client.post(
        f"/werkgever/kandidaten/{candidate.proposal.id}",
        data={"decision": "invited", "reason": "Graag dinsdagochtend."},
    )
    assert response.status_code == 302
    db.session.refresh(candidate.proposal)
    assert candidate.proposal.status == "invited"
    assert candidate.proposal.reason == "Graag dinsdagochtend."
    assert candidate.proposal.answered_at is not None
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "jobhunter.a@example.nl")
    ).one()
    assert "uitnodigen voor een gesprek" in mail.body and candidate.client.pseudonym in mail.body
    assert candidate.client.last_name not in mail.body
    entry = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "Proposal")
    ).one()
    assert entry.action == "update" and "invited" in entry.detail


def test_not_suitable_needs_a_reason_and_keeps_input(client, candidate, db):
    html = client.post(
        f"/werkgever/kandidaten/{candidate.proposal.id}",
        data={"decision": "rejected", "reason": "  "},
    ).get_data(as_text=True)
    assert "Schrijf kort waarom de kandidaat niet past." in html
    assert (
        'value="rejected" checked' in html
        or 'checked value="rejected"' in html
        or ('id="decision-1"' in html and "checked" in html)
    )
    db.session.refresh(candidate.proposal)
    assert candidate.proposal.status == "proposed"


def test_no_choice_is_a_dutch_error(client, candidate):
    html = client.post(
        f"/werkgever/kandidaten/{candidate.proposal.id}", data={"reason": "x"}
    ).get_data(as_text=True)
    assert "Kies: uitnodigen voor een gesprek, of niet passend." in html


def test_not_suitable_with_reason(client, candidate, db):
    client.post(
        f"/werkgever/kandidaten/{candidate.proposal.id}",
        data={"decision": "rejected", "reason": "Te weinig ervaring met heftrucks."},
    )
    db.session.refresh(candidate.proposal)
    assert candidate.proposal.status == "rejected"
    assert candidate.proposal.reason == "Te weinig ervaring met heftrucks."
    html = client.get(f"/werkgever/kandidaten/{candidate.proposal.id}").get_data(as_text=True)
    assert "Te weinig ervaring met heftrucks." in html and "Antwoord versturen" not in html


def test_a_decided_proposal_cannot_be_answered_again(client, candidate, db):
    candidate.proposal.status = "hired"
    db.session.commit()
    html = client.post(
        f"/werkgever/kandidaten/{candidate.proposal.id}",
        follow_redirects=True,
        data={"decision": "rejected", "reason": "toch niet"},
    ).get_data(as_text=True)
    assert "al een besluit genomen" in html
    db.session.refresh(candidate.proposal)
    assert candidate.proposal.status == "hired"


def test_jobhunter_outcome_service(app, candidate, db):
    from app.services import proposals

    with app.test_request_context():
        proposals.record_outcome(
            candidate.proposal,
            "withdrawn",
            "Kandidaat heeft elders werk.",
            candidate.users["jobhunter"],
        )
        db.session.commit()
        assert candidate.proposal.status == "withdrawn"
        with pytest.raises(proposals.ProposalError, match="afgesloten"):
            proposals.record_outcome(candidate.proposal, "hired", "", candidate.users["jobhunter"])
        with pytest.raises(proposals.ProposalError):
            proposals.answer(candidate.proposal, "invited", "", candidate.users["employer"])


def test_werkvoucher_is_named_as_support(client, candidate, db):
    candidate.client.banenafspraak = False
    db.session.add(
        IncentiveScheme(
            municipality=candidate.municipality,
            name="Werkvoucher",
            min_hours_per_week=Decimal("24"),
            eligible_benefits=["participatiewet"],
            tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
        )
    )
    db.session.commit()
    html = client.get(f"/werkgever/kandidaten/{candidate.proposal.id}").get_data(as_text=True)
    assert "Werkvoucher" in html and "€ 2.000,00" in html
    assert "no-riskpolis" not in html
