"""The migrations build the schema from empty and agree with the models (both databases)."""

import re

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect


def _differences(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(context, db.metadata)


def test_the_client_list_indexes_exist(db):
    """The client list's order (lower(last_name), lower(first_name), id within the
    municipality) is an index on expressions, which SQLite cannot reflect: asked directly; on
    PostgreSQL also the trigram index of the search."""
    definition = _index_definition(db, "ix_clients_municipality_name")
    assert definition is not None
    # SQLite keeps the statement as written, PostgreSQL writes lower((last_name)::text).
    assert re.search(r"lower\(\(?last_name\)?(::text)?\)", definition), definition
    if db.engine.dialect.name == "postgresql":
        assert "gin_trgm_ops" in _index_definition(db, "ix_clients_search_trgm")


def test_models_and_migrations_agree(db):
    assert _differences(db) == []


def test_upgrade_runs_from_empty_and_downgrade_removes_everything(db):
    downgrade(revision="base")
    tables = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    assert tables == set()
    upgrade()
    tables = set(inspect(db.engine).get_table_names())
    assert {"clients", "vacancies", "contracts", "sroi_activities", "audit_log"} <= tables
    assert _differences(db) == []


def test_money_columns_are_numeric(db):
    from sqlalchemy import Float, Numeric

    money = {
        "contracts": ["value"],
        "placements": ["hourly_wage", "wage_subsidy_per_month"],
        "incentive_tiers": ["amount"],
        "exit_premiums": ["amount"],
        "minimum_wages": ["hourly_amount"],
        "sroi_activities": ["amount"],
        "catalogue_bonuses": ["value"],
    }
    for table, columns in money.items():
        for column in columns:
            col_type = db.metadata.tables[table].c[column].type
            assert isinstance(col_type, Numeric) and not isinstance(col_type, Float), (
                table,
                column,
            )


def _row(table, **values):
    """A row for `table` with every NOT NULL column filled (by its type) unless given."""
    from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Numeric

    row = dict(values)
    for column in table.columns:
        if column.name in row or column.nullable or column.primary_key:
            continue
        kind = column.type
        if isinstance(kind, Boolean):
            row[column.name] = False
        elif isinstance(kind, (Integer, Numeric)):
            row[column.name] = 0
        elif isinstance(kind, DateTime):
            from datetime import UTC, datetime

            row[column.name] = datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
        elif isinstance(kind, Date):
            from datetime import date

            row[column.name] = date(2025, 3, 4)
        elif isinstance(kind, JSON):
            row[column.name] = []
        else:
            row[column.name] = "x"
    return row


def _tables(db, names):
    """The tables `names` as the database has them now (between migrations)."""
    from sqlalchemy import MetaData

    meta = MetaData()
    meta.reflect(bind=db.engine, only=names)
    return meta.tables


def _insert(conn, table, **values) -> int:
    """Insert a row with its NOT NULL columns filled (`_row`); its primary key."""
    return conn.execute(table.insert().values(**_row(table, **values))).inserted_primary_key[0]


def _index_definition(db, name: str) -> str | None:
    """An index's definition as the database keeps it (SQLite cannot reflect expressions)."""
    from sqlalchemy import text

    if db.engine.dialect.name == "sqlite":
        sql = "SELECT sql FROM sqlite_master WHERE name = :name"
    else:
        sql = "SELECT indexdef FROM pg_indexes WHERE indexname = :name"
    return db.session.scalar(text(sql), {"name": name})


def test_0006_gives_existing_clients_their_ladder_and_profile_history(db):
    """The yearly registration (000 §2.3) starts from the step and profile a client already had,
    dated on the day the client was created."""
    from datetime import date

    from sqlalchemy import select

    downgrade(revision="0005_privacy_audit")
    t = _tables(db, ["organisations", "clients"])
    organisations, clients = t["organisations"], t["clients"]
    with db.engine.begin() as conn:
        org = _insert(conn, organisations, kind="municipality", name="G")
        _insert(conn, clients, municipality_id=org, pseudonym="K1", ladder_step=3, profile=2)
        _insert(conn, clients, municipality_id=org, pseudonym="K2")
    upgrade()
    t = _tables(db, ["client_status_changes", "clients", "organisations"])
    history = t["client_status_changes"]
    with db.engine.begin() as conn:
        rows = conn.execute(
            select(history.c.field, history.c.new_value, history.c.changed_on).order_by(
                history.c.field
            )
        ).all()
        conn.execute(history.delete())
        conn.execute(t["clients"].delete())
        conn.execute(t["organisations"].delete())
    assert [(f, v, d) for f, v, d in rows] == [
        ("ladder_step", "3", date(2025, 3, 4)),
        ("profile", "2", date(2025, 3, 4)),
    ]
    assert _differences(db) == []


def test_0016_copies_each_stored_values_client_and_start_date(db):
    """The report counts people from the stored values' copies of the activity's client and
    start date; the migration fills them in for the rows stored before it."""
    from datetime import date

    from sqlalchemy import select

    downgrade(revision="0012_sroi_evidence")
    names = [
        "organisations",
        "employers",
        "catalogues",
        "contracts",
        "clients",
        "sroi_activities",
        "sroi_activity_values",
    ]
    t = _tables(db, names)
    with db.engine.begin() as conn:

        def insert(table, **values):
            return _insert(conn, t[table], **values)

        org = insert("organisations", kind="municipality", name="G")
        employer = insert("employers", organisation_id=org, name="L", kvk="12345678")
        catalogue = insert("catalogues", owner_id=org)
        contract = insert(
            "contracts",
            authority_id=org,
            supplier_id=employer,
            catalogue_id=catalogue,
            reference="C-1",
        )
        person = insert("clients", municipality_id=org, pseudonym="K1")
        for client_id, start in ((person, date(2026, 2, 1)), (None, date(2026, 3, 1))):
            activity = insert(
                "sroi_activities", contract_id=contract, client_id=client_id, start_date=start
            )
            insert("sroi_activity_values", activity_id=activity, contract_id=contract)
    upgrade()
    t = _tables(db, names)
    values = t["sroi_activity_values"]
    with db.engine.begin() as conn:
        rows = conn.execute(
            select(values.c.client_id, values.c.start_date).order_by(values.c.activity_id)
        ).all()
        for name in reversed(names):
            conn.execute(t[name].delete())
    assert [tuple(r) for r in rows] == [(person, date(2026, 2, 1)), (None, date(2026, 3, 1))]
    assert _differences(db) == []


def test_0023_stores_each_clients_newest_registration_and_talk(db):
    """The dashboard's yearly rules read the client's newest ladder registration and
    dienstverleningsgesprek from the client: the migration fills them in from the rows (other
    fields and kinds do not count; a client without any keeps none) and indexes them."""
    from datetime import date

    from sqlalchemy import select

    downgrade(revision="0022_report_sums")
    names = ["organisations", "clients", "client_status_changes", "client_contacts"]
    t = _tables(db, names)
    assert "last_ladder_on" not in t["clients"].c
    with db.engine.begin() as conn:

        def insert(table, **values):
            return _insert(conn, t[table], **values)

        org = insert("organisations", kind="municipality", name="G")
        person = insert("clients", municipality_id=org, pseudonym="K1")
        nobody = insert("clients", municipality_id=org, pseudonym="K2")
        for field, on in (
            ("ladder_step", date(2025, 1, 5)),
            ("ladder_step", date(2025, 6, 1)),
            ("profile", date(2025, 9, 1)),
        ):
            insert("client_status_changes", client_id=person, field=field, changed_on=on)
        for kind, on in (
            ("service_talk", date(2024, 3, 1)),
            ("service_talk", date(2025, 2, 1)),
            ("phone", date(2025, 10, 1)),
        ):
            insert("client_contacts", client_id=person, kind=kind, contact_on=on)
    upgrade()
    t = _tables(db, names)
    clients = t["clients"]
    with db.engine.begin() as conn:
        rows = conn.execute(
            select(clients.c.id, clients.c.last_ladder_on, clients.c.last_service_talk_on).order_by(
                clients.c.id
            )
        ).all()
        for name in reversed(names):
            conn.execute(t[name].delete())
    assert [tuple(r) for r in rows] == [
        (person, date(2025, 6, 1), date(2025, 2, 1)),
        (nobody, None, None),
    ]
    for name, column in (
        ("ix_clients_ladder_due", "last_ladder_on"),
        ("ix_clients_service_talk_due", "last_service_talk_on"),
    ):
        definition = _index_definition(db, name)
        assert definition is not None and column in definition, name
    # 0018's expression index survives (no batch rebuild of clients).
    assert _index_definition(db, "ix_clients_municipality_name")
    assert _differences(db) == []
