"""An id no row can have (beyond the database's 32-bit integer) is a 404 wherever it is typed:
in an address or in a posted form. The database would refuse to compare it (SQLite: too large to
convert; PostgreSQL: integer out of range), which was a server error on every page with an id."""

from __future__ import annotations

import pytest

from tests.factories import statutory_tables

BIG = "99999999999999999999"
JUST_TOO_BIG = "2147483648"  # one past PostgreSQL's integer


@pytest.mark.parametrize("number", [BIG, JUST_TOO_BIG])
def test_an_impossible_id_in_an_address_is_a_404(world, db, client, auth, number):
    a = world.a
    statutory_tables()
    db.session.commit()
    pages = {
        "jobhunter": [
            f"/jobhunter/werkzoekenden/{number}",
            f"/jobhunter/vacatures/{number}",
            f"/jobhunter/werkzoekenden/{a.client.id}/waarom/{number}",
        ],
        "procurement": [f"/inkoop/contracten/{a.contract.id}/handhaving/{number}/brief"],
        "admin": [f"/beheer/minimumloon/lkv/{number}", f"/beheer/minimumloon/jeugdloon/{number}"],
    }
    for role, urls in pages.items():
        auth.login(f"{role}.a@example.nl")
        for url in urls:
            assert client.get(url).status_code == 404, url
        auth.logout()
    auth.login("employer.a@example.nl")
    for url in (
        f"/werkgever/social-return/{a.contract.id}/plan/regels/{number}/verwijderen",
        f"/account/api-sleutels/{number}/intrekken",
    ):
        assert client.post(url).status_code == 404, url


def test_an_impossible_client_ticked_on_the_vacancy_page_is_a_404(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    for action in ("shortlist", "voorstellen"):
        response = client.post(
            f"/jobhunter/vacatures/{world.a.vacancy.id}/{action}", data={"werkzoekende": BIG}
        )
        assert response.status_code == 404, action
