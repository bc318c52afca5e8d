"""Indexes for the match pages at a region's volume (issue 15): the open cases of a
municipality with their newest change (the vacancy page's client pool check) and the open
vacancies by closing date (the client pages' count of vacancies past their closing date);
the newest change of the occupations and postcode areas (the matching data version, asked on
every match page)

Revision ID: 0017_match_indexes
Revises: 0012_sroi_evidence
Create Date: 2026-12-02 10:00:00
"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "0017_match_indexes"
down_revision = "0012_sroi_evidence"
branch_labels = None
depends_on = None


def upgrade():
    for table in ("occupations", "postcode_areas"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(f"ix_{table}_updated_at", ["updated_at"], unique=False)
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(
            "ix_clients_match_pool",
            ["municipality_id", "case_closed_at", "updated_at"],
            unique=False,
        )
    with op.batch_alter_table("vacancies", schema=None) as batch_op:
        batch_op.create_index(
            "ix_vacancies_status_closing_date", ["status", "closing_date"], unique=False
        )


def downgrade():
    with op.batch_alter_table("vacancies", schema=None) as batch_op:
        batch_op.drop_index("ix_vacancies_status_closing_date")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_match_pool")
    for table in ("postcode_areas", "occupations"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_updated_at")
