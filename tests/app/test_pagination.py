"""Long lists come one page at a time (issue 15): page boundaries are exact, the page size and the
sort order are in the URL and survive paging together with the filters, and whatever is typed into
the address bar (a page that does not exist, a page size nobody offers, an unknown sort key) gives
a sensible page, never an error."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.factories import ClientFactory

CLIENTS = "/jobhunter/werkzoekenden"


def _names(html: str) -> list[str]:
    """The client names of a page of the client list, in order."""
    return re.findall(r'/jobhunter/werkzoekenden/\d+">(Pager-\d+), Sjoukje<', html)


def _link(html: str, text: str) -> str:
    """The href of the pager link with `text`."""
    match = re.search(r'<a href="([^"]+)"[^>]*>[^<]*' + re.escape(text), html)
    assert match, f"no link {text!r}"
    return unescape(match.group(1))


@pytest.fixture
def sixty(world, db, auth):
    """60 clients of municipality A (plus the world's own), the jobhunter of A logged in."""
    for number in range(60):
        ClientFactory(
            municipality=world.a.municipality,
            last_name=f"Pager-{number:02d}",
            ladder_step=1 + number % 3,
            benefit_type="participatiewet",
        )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    return [f"Pager-{number:02d}" for number in range(60)]


def _get(client, **args) -> str:
    response = client.get(CLIENTS, query_string={"q": "Pager", **args})
    assert response.status_code == 200, args
    return response.get_data(as_text=True)


def test_pages_meet_exactly_at_their_boundaries(sixty, client):
    pages = [_get(client, per_pagina=25, pagina=n) for n in (1, 2, 3)]
    assert [len(_names(p)) for p in pages] == [25, 25, 10]
    assert sum((_names(p) for p in pages), []) == sixty  # nothing twice, nothing lost
    assert "Pagina 1 van 3" in pages[0] and "1–25 van 60" in pages[0]
    assert "Pagina 3 van 3" in pages[2] and "51–60 van 60" in pages[2]
    assert "Vorige" not in pages[0] and "Volgende" in pages[0]
    assert "Vorige" in pages[2] and "Volgende" not in pages[2]


def test_the_page_size_is_in_the_url_and_offered_as_a_choice(sixty, client):
    first = _get(client)
    assert len(_names(first)) == 25  # the client list's default
    assert "Per pagina:" in first
    hundred = _get(client, per_pagina=100)
    assert _names(hundred) == sixty and "Pagina" not in hundred.split("pager-count")[1][:200]
    bigger = _link(first, "50")
    assert "per_pagina=50" in bigger and "q=Pager" in bigger
    assert len(_names(client.get(bigger).get_data(as_text=True))) == 50


@pytest.mark.parametrize(
    "page", ["0", "-3", "abc", "1.5", "", "99999999999999999999", "1e3", "%00", "١"]
)
def test_a_page_number_that_is_not_a_page_gives_page_one(sixty, client, page):
    html = _get(client, per_pagina=25, pagina=page)
    assert "Pagina 1 van 3" in html
    assert _names(html) == sixty[:25]


def test_a_page_beyond_the_last_gives_the_last_page(sixty, client):
    html = _get(client, per_pagina=25, pagina=4)
    assert "Pagina 3 van 3" in html and _names(html) == sixty[50:]


@pytest.mark.parametrize("size", ["0", "-25", "7", "abc", "100000", "25.0", ""])
def test_a_page_size_not_on_offer_gives_the_default(sixty, client, size):
    html = _get(client, per_pagina=size)
    assert _names(html) == sixty[:25]
    assert "Pagina 1 van 3" in html


def test_sorting_and_filters_are_kept_from_page_to_page(sixty, client):
    first = _get(client, ladder_step=2, sorteer="-naam", per_pagina=25)
    step_two = sorted((n for i, n in enumerate(sixty) if i % 3 == 1), reverse=True)  # 20
    assert _names(first) == step_two and "Pagina" not in first.split("pager-count")[1][:200]
    assert 'aria-sort="descending"' in first
    first = _get(client, sorteer="-naam", per_pagina=50)
    assert _names(first) == sorted(sixty, reverse=True)[:50]
    following = _link(first, "Volgende")
    assert "sorteer=-naam" in following and "q=Pager" in following and "pagina=2" in following
    assert "per_pagina=50" in following
    second = client.get(following).get_data(as_text=True)
    assert _names(second) == sorted(sixty, reverse=True)[50:]
    assert "sorteer=-naam" in _link(second, "Vorige")


def test_a_column_header_sorts_and_a_second_click_turns_the_order_round(sixty, client):
    html = _get(client, per_pagina=100)
    header = re.search(r'<a href="([^"]+)" class="sort-link">Trede', html).group(1)
    by_step = client.get(unescape(header)).get_data(as_text=True)
    assert 'aria-sort="ascending"' in by_step
    steps = [int(s) for s in re.findall(r"<td>([123])</td>\s*<td>", by_step)]
    assert steps == sorted(steps) and len(steps) == 60
    again = re.search(r'<a href="([^"]+)" class="sort-link">Trede', by_step).group(1)
    assert "sorteer=-trede" in unescape(again)
    # A new sort order starts at page 1, with the same page size
    on_two = _get(client, per_pagina=50, pagina=2)
    header = unescape(re.search(r'<a href="([^"]+)" class="sort-link">Trede', on_two).group(1))
    assert not re.search(r"[?&]pagina=", header) and "per_pagina=50" in header


@pytest.mark.parametrize("key", ["bsn", "-health_notes", "naam;DROP TABLE clients", "--naam"])
def test_an_unknown_sort_key_gives_the_default_order(sixty, client, key):
    html = _get(client, sorteer=key, per_pagina=25)
    assert _names(html) == sixty[:25]
    assert key not in unescape(html)


def test_the_pager_is_a_labelled_navigation_with_the_current_page_marked(sixty, client):
    html = _get(client, per_pagina=25, pagina=2)
    nav = re.search(r'<nav class="pager" aria-label="([^"]+)">(.*?)</nav>', html, re.S)
    assert nav and nav.group(1) == "Bladeren door de lijst"
    assert '<span aria-current="page">Pagina 2 van 3</span>' in nav.group(2)
    assert 'rel="prev"' in nav.group(2) and 'rel="next"' in nav.group(2)


# --- every paged list: odd page arguments never break it --------------------------------------

LISTS = [
    ("jobhunter", "/jobhunter/werkzoekenden"),
    ("jobhunter", "/jobhunter/werkgevers"),
    ("jobhunter", "/jobhunter/vacatures"),
    ("jobhunter", "/jobhunter/plaatsingen"),
    ("jobhunter", "/jobhunter/premies"),
    ("jobhunter", "/jobhunter/kansen"),
    ("jobhunter", "/jobhunter/campagne"),
    ("jobhunter", "/jobhunter/aanmeldingen"),
    ("employer", "/werkgever/vacatures"),
    ("employer", "/werkgever/kandidaten"),
    ("employer", "/werkgever/plaatsingen"),
    ("employer", "/werkgever/social-return"),
    ("procurement", "/inkoop/contracten"),
    ("procurement", "/inkoop/contracten/leveranciers"),
    ("procurement", "/inkoop/beoordelen"),
    ("admin", "/beheer/gebruikers"),
    ("admin", "/beheer/organisaties"),
    ("admin", "/beheer/auditlog"),
    ("admin", "/beheer/taken"),
    ("admin", "/beheer/beroepscorrecties"),
    ("admin", "/outbox"),
]
HOSTILE = {
    "pagina": "-1",
    "per_pagina": "99999999999999999999",
    "sorteer": "id;DROP TABLE users",
    "goedgekeurd_pagina": "x",
    "kandidaten_per_pagina": "0",
    "uitstroom_pagina": "1e9",
    "gesprekken_pagina": "",
    "zonnetje_per_pagina": "-25",
    "activiteiten_sorteer": "--",
}


@pytest.mark.parametrize(("role", "url"), LISTS, ids=[url for _r, url in LISTS])
def test_odd_page_arguments_give_a_page_not_an_error(world, client, auth, role, url):
    auth.login(f"{role}.a@example.nl")
    plain = client.get(url)
    assert plain.status_code == 200
    odd = client.get(url, query_string=HOSTILE)
    assert odd.status_code == 200
    assert "DROP TABLE" not in odd.get_data(as_text=True)


def test_a_list_without_sort_orders_pages_through_with_its_filters(world, client, auth, db):
    """The outbox (newest first, no sort choice): pager links keep the page size."""
    from app.models import OutboxMail

    for number in range(30):
        db.session.add(
            OutboxMail(
                to=f"iemand{number}@example.nl",
                subject=f"Bericht {number:02d}",
                body="Hallo",
                organisation_id=world.a.municipality.id,
            )
        )
    db.session.commit()
    auth.login("admin.a@example.nl")
    first = client.get("/outbox?per_pagina=25").get_data(as_text=True)
    assert "Pagina 1 van 2" in first and "Bericht 29" in first and "Bericht 04" not in first
    following = _link(first, "Volgende")
    assert re.search(r"[?&]pagina=2", following)
    second = client.get(following).get_data(as_text=True)
    assert "Pagina 2 van 2" in second and "Bericht 04" in second and "Bericht 29" not in second


def test_two_lists_on_one_page_each_keep_their_own_page(world, client, auth, db):
    """Title corrections: paging the approved list leaves the list to review where it was."""
    from app.models import Occupation, TitleCorrection

    occupation = Occupation(
        uri="http://data.europa.eu/esco/occupation/pager",
        isco_group="9999",
        preferred_label="bladeraar",
        alt_labels="",
    )
    for number in range(30):
        for status in ("pending", "approved"):
            db.session.add(
                TitleCorrection(
                    title=f"{status} titel {number:02d}",
                    title_key=f"{status} titel {number:02d}",
                    occupation=occupation,
                    status=status,
                    source="employer",
                )
            )
    db.session.commit()
    auth.login("admin.a@example.nl")
    html = client.get(
        "/beheer/beroepscorrecties", query_string={"pagina": 2, "goedgekeurd_pagina": 1}
    ).get_data(as_text=True)
    approved_next = [
        unescape(h)
        for h in re.findall(r'<a href="([^"]+)" rel="next">', html)
        if "goedgekeurd_pagina" in h
    ]
    assert approved_next and "pagina=2" in approved_next[0]
    assert approved_next[0].endswith("#goedgekeurd")
    moved = client.get(approved_next[0]).get_data(as_text=True)
    assert moved.count("Pagina 2 van 2") == 2  # both lists on their second page
