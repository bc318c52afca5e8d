"""CSV import of contracts: a per-row error report, nothing saved until the user confirms the
good rows, and a preview that cannot be forged or reused by someone else."""

import io
import re
from decimal import Decimal

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from app.models import AuditEntry, Contract

HEADER = (
    "kenmerk;titel;leverancier;waarde;sroi_percentage;bouwblokken;start;einde;korting;boete;"
    "opdrachtgever;verantwoordelijke"
)


@pytest.fixture
def procurement(world, auth):
    auth.login("procurement.a@example.nl")
    return world


def _csv(world, *rows, header=HEADER) -> bytes:
    cat = world.a.contract.catalogue.name
    kvk = world.a.employer.kvk
    lines = [header] + [r.format(cat=cat, kvk=kvk, name=world.a.employer.name) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _upload(client, content: bytes, name="contracten.csv"):
    # Encoded in memory: the test client would spool a big upload to a temporary file that
    # werkzeug does not close (a ResourceWarning, which the suite treats as an error).
    boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(content), filename=name)})
    return client.post(
        "/inkoop/contracten/importeren",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
    )


def _payload(html: str) -> str:
    return re.search(r'name="payload" type="hidden" value="([^"]+)"', html).group(1)


def _count(db) -> int:
    return db.session.scalar(db.select(db.func.count(Contract.id)))


GOOD_AND_BAD = [
    "IMP-1;Onderhoud riolering;{kvk};850.000;5;{cat};1-3-2026;28-2-2029;;;;",
    "IMP-2;Schoonmaak;{name};1.200.000,50;5,5;{cat};2026-01-01;2027-12-31;10;100;;procurement.a@example.nl",
    "IMP-3;Einde voor start;{kvk};100000;5;{cat};1-1-2027;1-1-2026;;;;",
    "IMP-4;Geen getal;{kvk};veel;5;{cat};1-1-2026;1-1-2027;;;;",
    "IMP-5;Onbekende leverancier;99999999;100000;5;{cat};1-1-2026;1-1-2027;;;;",
    "IMP-6;Onbekend model;{kvk};100000;5;bestaat-niet;1-1-2026;1-1-2027;;;;",
    "IMP-1;Dubbel kenmerk;{kvk};100000;5;{cat};1-1-2026;1-1-2027;;;;",
    ";Zonder kenmerk;{kvk};-5;150;{cat};31-02-2026;;;;;",
    "IMP-9;Andere opdrachtgever;{kvk};100000;5;{cat};1-1-2026;1-1-2027;;;Gemeente B;",
]


def test_csv_with_bad_rows_reports_each_row_and_saves_nothing(procurement, client, db):
    before = _count(db)
    response = _upload(client, _csv(procurement, *GOOD_AND_BAD))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert _count(db) == before  # nothing saved yet
    assert "2 goede regels, 7 regels met fouten" in html
    for message in (
        "De einddatum ligt vóór de startdatum.",
        "De waarde moet een getal zijn",
        "Er is geen werkgever met KvK-nummer 99999999.",
        "Bouwblokkenmodel &#39;bestaat-niet&#39; bestaat niet",
        "Kenmerk IMP-1 staat al eerder in dit bestand.",
        "Het kenmerk ontbreekt.",
        "De einddatum ontbreekt.",
        "Opdrachtgever &#39;Gemeente B&#39; is onbekend",
    ):
        assert message in html, message
    assert "€ 42.500,00" in html  # obligation of IMP-1: 850.000 × 5 %
    assert "2 goede regels opslaan" in html


@pytest.mark.parametrize(
    "value, start, end",
    [
        ("480.000,00", "1-1-2026", "31-12-2027"),
        ("480000", "01/01/2026", "31/12/2027"),
        ("480000.00", "2026-01-01", "2027-12-31"),
        ('"€ 480.000,00"', "1.1.2026", "31.12.2027"),
    ],
)
def test_csv_reads_the_notations_the_forms_read(procurement, client, db, value, start, end):
    """The import parses with the same functions as the contract form (`app/fields.py`)."""
    row = f"IMP-7;Groenonderhoud;{{kvk}};{value};5;{{cat}};{start};{end};;;;"
    html = _upload(client, _csv(procurement, row)).get_data(as_text=True)
    assert "1 goede regel" in html, html
    client.post("/inkoop/contracten/importeren/bevestigen", data={"payload": _payload(html)})
    saved = db.session.scalars(db.select(Contract).where(Contract.reference == "IMP-7")).one()
    assert saved.value == Decimal("480000.00")
    assert (saved.start_date.isoformat(), saved.end_date.isoformat()) == (
        "2026-01-01",
        "2027-12-31",
    )


@pytest.mark.parametrize(
    "value, start, message",
    [
        ("veel", "1-1-2026", "De waarde moet een getal zijn"),
        ("1e400", "1-1-2026", "De waarde moet een getal zijn"),
        ("1.2.3", "1-1-2026", "De waarde moet een getal zijn"),
        ("480000", "31-02-2026", "De startdatum moet een datum zijn"),
        ("480000", "1-1-26", "De startdatum moet een datum zijn"),
        ("480000", "1-1/2026", "De startdatum moet een datum zijn"),
    ],
)
def test_csv_refuses_what_the_forms_refuse(procurement, client, value, start, message):
    row = f"IMP-8;Groenonderhoud;{{kvk}};{value};5;{{cat}};{start};31-12-2027;;;;"
    html = _upload(client, _csv(procurement, row)).get_data(as_text=True)
    assert message in html


def test_confirm_saves_only_the_good_rows(procurement, client, db):
    before = _count(db)
    html = _upload(client, _csv(procurement, *GOOD_AND_BAD)).get_data(as_text=True)
    response = client.post(
        "/inkoop/contracten/importeren/bevestigen", data={"payload": _payload(html)}
    )
    assert response.status_code == 302
    assert _count(db) == before + 2
    two = db.session.scalars(db.select(Contract).where(Contract.reference == "IMP-2")).one()
    assert two.value == Decimal("1200000.50")
    assert two.sroi_percentage == Decimal("5.5")
    assert two.reduction_percentage == Decimal("10")
    assert two.responsible_user_id == procurement.a.users["procurement"].id
    one = db.session.scalars(db.select(Contract).where(Contract.reference == "IMP-1")).one()
    assert one.penalty_percentage == Decimal("100") and one.reduction_percentage == Decimal("0")
    assert one.authority_id == procurement.a.municipality.id
    audits = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "Contract")
    ).all()
    assert len(audits) == 2 and all("CSV-import" in a.detail for a in audits)
    # Confirming the same preview twice does not duplicate: the rows are re-checked.
    client.post("/inkoop/contracten/importeren/bevestigen", data={"payload": _payload(html)})
    assert _count(db) == before + 2
    html = client.get("/inkoop/contracten").get_data(as_text=True)
    assert "al een contract met kenmerk IMP-1" in html


def test_a_forged_or_foreign_preview_is_refused(procurement, client, db, auth):
    html = _upload(client, _csv(procurement, GOOD_AND_BAD[0])).get_data(as_text=True)
    payload = _payload(html)
    before = _count(db)
    response = client.post(
        "/inkoop/contracten/importeren/bevestigen", data={"payload": payload[:-3] + "abc"}
    )
    assert response.status_code == 302
    assert _count(db) == before
    assert "ongeldig" in client.get("/inkoop/contracten/importeren").get_data(as_text=True)
    auth.logout()
    from tests.factories import UserFactory

    UserFactory(
        email="inkoper2.a@example.nl", role="procurement", organisation=procurement.a.municipality
    )
    db.session.commit()
    auth.login("inkoper2.a@example.nl")
    client.post("/inkoop/contracten/importeren/bevestigen", data={"payload": payload})
    assert _count(db) == before
    assert client.post("/inkoop/contracten/importeren/bevestigen", data={}).status_code == 302


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "Het bestand is leeg."),
        (b"\x00\x01\x02binary", "Dit is geen tekstbestand"),
        (b"naam;waarde\nA;1\n", "Deze kolommen ontbreken: kenmerk, leverancier, sroi_percentage"),
        (b"\n\n\n", "Het bestand is leeg."),
        (b"x" * (2 * 1024 * 1024 + 1), "groter dan 2 MB"),
    ],
)
def test_bad_files_get_a_dutch_message(procurement, client, db, content, message):
    response = _upload(client, content)
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)


def test_hostile_cells_and_comma_separated_excel_files(procurement, client, db):
    long_title = "x" * 10_000
    rows = [
        f"IMP-L;{long_title};{{kvk}};100000;5;{{cat}};1-1-2026;1-1-2027;;;;",
        "IMP-N;Nan;{kvk};NaN;5;{cat};1-1-2026;1-1-2027;;;;",
        "IMP-E;Exp;{kvk};1e400;5;{cat};1-1-2026;1-1-2027;;;;",
        "IMP-H;Huge;{kvk};99999999999999999999;5;{cat};1-1-2026;1-1-2027;;;;",
        "=HYPERLINK(1);Formule;{kvk};100000;5;{cat};1-1-2026;1-1-2027;;;;",
    ]
    html = _upload(client, _csv(procurement, *rows)).get_data(as_text=True)
    assert "Te lange waarde in: titel" in html
    assert html.count("moet een getal zijn") == 2
    assert "De waarde moet groter zijn dan € 0 en kleiner dan" in html
    assert long_title not in html
    # Comma-separated with Windows-1252 accents, as an older Excel writes it.
    content = (
        "kenmerk,titel,leverancier,waarde,sroi_percentage,bouwblokken,start,einde\n"
        f"IMP-C,Café-onderhoud,{procurement.a.employer.kvk},250000,5,{procurement.a.contract.catalogue.name},"
        "1-1-2026,31-12-2026\n"
    ).encode("cp1252")
    html = _upload(client, content).get_data(as_text=True)
    assert "1 goede regels, 0 regels met fouten" in html
    assert "Café-onderhoud" in html
