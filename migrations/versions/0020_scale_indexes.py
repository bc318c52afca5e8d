"""Two indexes for pages at a region's volume (issue 15): the clients' newest change (the match
pages and SROI-kansen first ask whether any client changed anywhere, from indexes, before they
check their own scope's client pool row by row) and the SROI activity values the engine objected
to (a partial index, normally empty: the yearly report lists them without reading every value)

Revision ID: 0020_scale_indexes
Revises: 0019_monitor_indexes
Create Date: 2026-12-02 14:00:00
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0020_scale_indexes"
down_revision = "0019_monitor_indexes"
branch_labels = None
depends_on = None

OBJECTED = sa.text("error != ''")


def upgrade():
    # Not in batch mode: SQLite must not rebuild `clients` (0018's expression index would go).
    op.create_index("ix_clients_updated_at", "clients", ["updated_at"], unique=False)
    op.create_index(
        "ix_sroi_activity_values_errors",
        "sroi_activity_values",
        ["contract_id"],
        unique=False,
        sqlite_where=OBJECTED,
        postgresql_where=OBJECTED,
    )


def downgrade():
    op.drop_index("ix_sroi_activity_values_errors", table_name="sroi_activity_values")
    op.drop_index("ix_clients_updated_at", table_name="clients")
