"""caseload: the client list by name within the municipality from one index (issue 15)

Revision ID: 0018_caseload_client_name_index
Revises: 0016_procurement_scale
Create Date: 2026-12-02 14:00:00

- `ix_clients_municipality_name`: the jobhunter's client list in its default order
  (`lower(last_name)`, `lower(first_name)`, id) within the municipality, read in order and
  stopped after a page rather than sorting the municipality's clients; with the names,
  pseudonym and BSN in the index the search (`%term%` on the names and pseudonym, or the BSN)
  is checked on the index alone, without reading the wide client rows.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0018_caseload_client_name_index"
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


def downgrade():
    op.drop_index("ix_clients_municipality_name", table_name="clients")
