"""factory_boy factories for the models, and a small two-municipality world for access tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import factory
import pyotp
from factory.alchemy import SQLAlchemyModelFactory

from app.extensions import db
from app.models import (
    Catalogue,
    CatalogueBlock,
    CatalogueBonus,
    Client,
    Contract,
    Employer,
    LkvRate,
    MinimumWage,
    Organisation,
    Placement,
    Proposal,
    SroiActivity,
    User,
    Vacancy,
    YouthMinimumWageRate,
)
from app.models.base import utcnow
from app.models.choices import STAFF_ROLES
from app.security import hash_password

PASSWORD = "correct horse battery staple"  # noqa: S105 - test only


class Base(SQLAlchemyModelFactory):
    class Meta:
        abstract = True
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731
        sqlalchemy_session_persistence = "flush"


class OrganisationFactory(Base):
    class Meta:
        model = Organisation

    kind = "municipality"
    name = factory.Sequence(lambda n: f"Gemeente {n}")


class UserFactory(Base):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"user{n}@example.nl")
    name = factory.Sequence(lambda n: f"Gebruiker {n}")
    role = "jobhunter"
    organisation = factory.SubFactory(OrganisationFactory)
    password_hash = factory.LazyFunction(lambda: hash_password(PASSWORD))
    # Staff must log in with a second factor: give them a connected app, as after enrolment,
    # so `auth.login` in tests can compute the code (tests/conftest.py).
    totp_secret = factory.LazyAttribute(
        lambda o: pyotp.random_base32() if o.role in STAFF_ROLES else None
    )
    totp_confirmed_at = factory.LazyAttribute(lambda o: utcnow() if o.role in STAFF_ROLES else None)


class EmployerFactory(Base):
    class Meta:
        model = Employer

    name = factory.Sequence(lambda n: f"Bedrijf {n} BV")
    organisation = factory.LazyAttribute(lambda o: Organisation(kind="employer", name=o.name))
    kvk = factory.Sequence(lambda n: f"{10000000 + n}")
    sector = "logistiek"
    postcode = "8471 AB"
    size = 30


class VacancyFactory(Base):
    class Meta:
        model = Vacancy

    employer = factory.SubFactory(EmployerFactory)
    title = "Magazijnmedewerker (m/v)"
    description = "Orderpicken en inpakken."
    skills = factory.LazyFunction(lambda: ["orderpicken"])
    hours_min = Decimal("24")
    hours_max = Decimal("32")
    postcode = "8471 AB"


class ClientFactory(Base):
    class Meta:
        model = Client

    municipality = factory.SubFactory(OrganisationFactory)
    pseudonym = factory.Sequence(lambda n: f"Kandidaat {n:04d}")
    first_name = "Sjoukje"
    last_name = factory.Sequence(lambda n: f"Hoekstra-{n}")
    bsn = "999993653"
    birth_date = date(1980, 5, 17)
    postcode = "8471 CD"
    benefit_type = "participatiewet"
    benefit_start = date(2023, 1, 1)
    health_notes = "Rugklachten; niet zwaar tillen."
    consent_at = date(2026, 1, 15)


class CatalogueFactory(Base):
    class Meta:
        model = Catalogue

    name = factory.Sequence(lambda n: f"test-catalogus-{n}")
    title = "Testcatalogus"
    source = "https://example.nl/bouwblokken"
    fulltime_hours = Decimal("36")
    blocks = factory.LazyFunction(
        lambda: [
            CatalogueBlock(
                position=0,
                code="pw",
                label="Participatiewet",
                unit="year",
                value=Decimal("30000"),
                max_years=2,
                benefit="participatiewet",
            ),
            CatalogueBlock(
                position=1,
                code="wep",
                label="Werkervaringsplek",
                unit="month",
                value=Decimal("750"),
            ),
            CatalogueBlock(
                position=2,
                code="inkoop",
                label="Inkoop bij sociale onderneming",
                unit="invoice",
                value=Decimal("1"),
            ),
        ]
    )
    bonuses = factory.LazyFunction(
        lambda: [
            CatalogueBonus(position=0, code="age50", label="Ouder dan 50", value=Decimal("10000")),
        ]
    )


class ContractFactory(Base):
    class Meta:
        model = Contract

    authority = factory.SubFactory(OrganisationFactory)
    supplier = factory.SubFactory(EmployerFactory)
    reference = factory.Sequence(lambda n: f"C-{n:04d}")
    title = "Onderhoud groen"
    value = Decimal("1200000")
    sroi_percentage = Decimal("5")
    catalogue = factory.SubFactory(CatalogueFactory)
    start_date = date(2026, 1, 1)
    end_date = date(2027, 12, 31)


def build_world() -> SimpleNamespace:
    """Two municipalities (A, B), each with users of every role and one object of each kind."""
    world = SimpleNamespace()
    for key in ("a", "b"):
        municipality = OrganisationFactory(name=f"Gemeente {key.upper()}")
        catalogue = CatalogueFactory(owner=municipality)
        employer = EmployerFactory(name=f"Werkgever {key.upper()} BV", municipality=municipality)
        users = {
            role: UserFactory(
                email=f"{role}.{key}@example.nl", role=role, organisation=municipality
            )
            for role in ("admin", "jobhunter", "procurement")
        }
        users["employer"] = UserFactory(
            email=f"employer.{key}@example.nl", role="employer", organisation=employer.organisation
        )
        vacancy = VacancyFactory(employer=employer)
        client = ClientFactory(municipality=municipality, jobhunter=users["jobhunter"])
        contract = ContractFactory(authority=municipality, supplier=employer, catalogue=catalogue)
        activity = SroiActivity(
            contract=contract,
            block_code="pw",
            start_date=date(2026, 2, 1),
            hours_per_week=Decimal("18"),
            state="submitted",
        )
        proposal = Proposal(client=client, vacancy=vacancy, jobhunter=users["jobhunter"])
        placement = Placement(
            client=client,
            employer=employer,
            vacancy=vacancy,
            start_date=date(2026, 3, 1),
            hours_per_week=Decimal("24"),
        )
        db.session.add_all([activity, proposal, placement])
        setattr(
            world,
            key,
            SimpleNamespace(
                municipality=municipality,
                employer=employer,
                users=users,
                vacancy=vacancy,
                client=client,
                contract=contract,
                activity=activity,
                proposal=proposal,
                placement=placement,
            ),
        )
    db.session.commit()
    return world


# The statutory tables as migration 0008 fills them (tests empty every table after each test).
YOUTH_PERCENTAGES_2019 = {
    21: "100",
    20: "80",
    19: "60",
    18: "50",
    17: "39.5",
    16: "34.5",
    15: "30",
}


def statutory_tables(adult_hourly: str = "14.71") -> None:
    """Minimum wage 2026, the minimumjeugdloon percentages and the LKV banenafspraak rules.

    The first test of a run still sees the rows the migration inserted: start from empty.
    """
    db.session.execute(db.delete(YouthMinimumWageRate))
    db.session.execute(db.delete(LkvRate))
    db.session.add(MinimumWage(valid_from=date(2026, 1, 1), hourly_amount=Decimal(adult_hourly)))
    db.session.add_all(
        YouthMinimumWageRate(valid_from=date(2019, 7, 1), age=age, percentage=Decimal(pct))
        for age, pct in YOUTH_PERCENTAGES_2019.items()
    )
    db.session.add_all(
        [
            LkvRate(
                valid_from=date(2018, 1, 1),
                per_hour=Decimal("1.01"),
                max_per_year=Decimal("2000"),
                max_years=3,
                declaration_needed=True,
                source="Wet tegemoetkomingen loondomein",
            ),
            LkvRate(
                valid_from=date(2026, 1, 1),
                per_hour=Decimal("1.01"),
                max_per_year=Decimal("2000"),
                max_years=None,
                declaration_needed=False,
                source="Wet vereenvoudiging banenafspraak; WerkSaam Westfriesland, bijlage 3",
            ),
        ]
    )
    db.session.flush()
