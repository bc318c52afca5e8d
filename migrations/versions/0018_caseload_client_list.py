"""caseload: the client list and its search from indexes (issue 15)

Revision ID: 0018_caseload_client_list
Revises: 0016_procurement_scale
Create Date: 2026-12-02 14:00:00

- `ix_clients_municipality_name`: the jobhunter's client list in its default order
  (`lower(last_name)`, `lower(first_name)`, id) within the municipality, read in order and
  stopped after a page rather than sorting the municipality's clients; with the names,
  pseudonym and BSN in the index the search (`%term%` on the names and pseudonym, or the BSN)
  is checked on the index alone, without reading the wide client rows;
- `ix_clients_search_trgm` (PostgreSQL only): a trigram index (extension pg_trgm, shipped with
  PostgreSQL's contrib and "trusted" since PostgreSQL 13, so the database's owner may create
  it) on the lower-cased first name, last name and pseudonym, which finds `%term%` without
  reading every client of the municipality. SQLite has no such index.

SQLite cannot reflect an index on expressions: a later migration that rebuilds `clients` with
`batch_alter_table` on SQLite must create ix_clients_municipality_name again.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0018_caseload_client_list"
down_revision = "0016_procurement_scale"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(
        "ix_clients_municipality_name",
        "clients",
        [
            "municipality_id",
            sa.text("lower(last_name)"),
            sa.text("lower(first_name)"),
            "id",
            "first_name",
            "last_name",
            "pseudonym",
            "bsn",
        ],
        unique=False,
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.create_index(
            "ix_clients_search_trgm",
            "clients",
            [
                sa.text("lower(first_name) gin_trgm_ops"),
                sa.text("lower(last_name) gin_trgm_ops"),
                sa.text("lower(pseudonym) gin_trgm_ops"),
            ],
            unique=False,
            postgresql_using="gin",
        )


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_clients_search_trgm", table_name="clients")
    op.drop_index("ix_clients_municipality_name", table_name="clients")
