"""The yearly report's sums kept per data version (issue 15): `contract_sroi_status.revision`,
a random number drawn anew whenever a contract's stored status and activity values are written.
The count and the sum of the revisions of a report's contracts change with any of them, so the
report's sums per block, its people count and its totals per state are added up once per
version instead of on every request (`app.services.sroi_report_cache`). Rows from before this
migration have revision 0 until they are next written.

Revision ID: 0022_report_sums
Revises: 0021_row_deletions
Create Date: 2026-12-02 16:30:00
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0022_report_sums"
down_revision = "0021_row_deletions"
branch_labels = None
depends_on = None


def upgrade():
    # Not in batch mode: SQLite adds a column with a default in place, no table rebuild.
    op.add_column(
        "contract_sroi_status",
        sa.Column("revision", sa.BigInteger(), nullable=False, server_default="0"),
    )


def downgrade():
    with op.batch_alter_table("contract_sroi_status", schema=None) as batch_op:
        batch_op.drop_column("revision")
