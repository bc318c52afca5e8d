"""What an employer may see of a proposed candidate: only while the client consents.

A client who withdraws consent (or is anonymised) disappears from every employer page and every
count at once: the dashboard, the candidate lists, the vacancy pages, the subsidy calculator,
the start-registration and SROI forms; the profile itself is a 404.
"""

from __future__ import annotations

import re

import pytest

from app.models import Proposal
from app.models.base import utcnow
from tests.factories import ClientFactory, VacancyFactory


@pytest.fixture
def second(world, db):
    """A second consenting candidate proposed to employer A, for a vacancy of its own."""
    a = world.a
    vacancy = VacancyFactory(employer=a.employer, title="Heftruckchauffeur")
    client = ClientFactory(municipality=a.municipality, pseudonym="Kandidaat Zilverreiger")
    proposal = Proposal(client=client, vacancy=vacancy, jobhunter=a.users["jobhunter"])
    db.session.add(proposal)
    db.session.commit()
    return world, client, proposal, vacancy


def _pages(world, proposal, vacancy):
    contract = world.a.contract
    return [
        "/werkgever/",
        "/werkgever/kandidaten",
        "/werkgever/kandidaten?toon=alle",
        "/werkgever/vacatures",
        f"/werkgever/vacatures/{vacancy.id}",
        "/werkgever/subsidies",
        "/werkgever/plaatsingen",
        "/werkgever/plaatsingen/nieuw",
        f"/werkgever/social-return/{contract.id}/activiteiten/nieuw",
    ]


def _new_candidates(html: str) -> int:
    tile = re.search(r'tile-number">(\d+)</span>\s*nieuwe kandida(?:at|ten)\b', html)
    assert tile, "the dashboard shows the number of new candidates"
    return int(tile.group(1))


def _count_for(html: str, vacancy) -> int:
    """The 'new candidates' cell in the vacancy's row of the vacancies table."""
    row = html.split(f"/werkgever/vacatures/{vacancy.id}", 1)[1].split("</tr>", 1)[0]
    return int(re.findall(r"<td>(\d+)</td>", row)[-1])


@pytest.mark.parametrize("how", ["consent withdrawn", "anonymised"])
def test_candidate_disappears_from_every_employer_page(second, db, client, auth, how):
    world, candidate, proposal, vacancy = second
    proposal.status = "invited"  # also offered on the SROI form once invited
    db.session.commit()
    auth.login("employer.a@example.nl")
    before = client.get("/werkgever/kandidaten?toon=alle").get_data(as_text=True)
    assert candidate.pseudonym in before
    assert client.get(f"/werkgever/kandidaten/{proposal.id}").status_code == 200

    candidate.consent_at = None
    if how == "anonymised":
        candidate.anonymised_at = utcnow()
    db.session.commit()

    for path in _pages(world, proposal, vacancy):
        response = client.get(path)
        assert response.status_code == 200, path
        assert candidate.pseudonym not in response.get_data(as_text=True), path
    for path in (
        f"/werkgever/kandidaten/{proposal.id}",
        f"/werkgever/subsidies?voorstel={proposal.id}",
        f"/werkgever/plaatsingen/nieuw?voorstel={proposal.id}",
    ):
        assert client.get(path).status_code == 404, path
    # Posting the hidden proposal's id is refused like any id that is not the employer's.
    response = client.post(
        "/werkgever/subsidies",
        data={"proposal": str(proposal.id), "kind": "job", "hours_per_week": "24"},
    )
    assert response.status_code in (200, 404)
    assert candidate.pseudonym not in response.get_data(as_text=True)


def test_new_candidate_counts_leave_out_a_withdrawn_consent(second, db, client, auth):
    world, candidate, proposal, vacancy = second
    auth.login("employer.a@example.nl")
    assert _new_candidates(client.get("/werkgever/").get_data(as_text=True)) == 2
    assert _count_for(client.get("/werkgever/vacatures").get_data(as_text=True), vacancy) == 1

    candidate.consent_at = None
    db.session.commit()
    assert _new_candidates(client.get("/werkgever/").get_data(as_text=True)) == 1
    assert _count_for(client.get("/werkgever/vacatures").get_data(as_text=True), vacancy) == 0
    from app.security import employer_proposals

    shown = db.session.scalars(employer_proposals(world.a.employer)).all()
    assert [p.id for p in shown] == [world.a.proposal.id]
