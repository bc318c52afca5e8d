"""The migrations build the schema from empty and agree with the models (both databases)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect


def _differences(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(context, db.metadata)


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
