"""sroi status: each contract's SROI figures stored, for SQL totals (issue 15)

Revision ID: 0011_sroi_status
Revises: 0010_matching_portal
Create Date: 2026-12-02 06:10:00

The table starts empty: `flask sroi-status` (the nightly job) fills it, and until then a page
computes the rows it needs on first use.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0011_sroi_status"
down_revision = "0010_matching_portal"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "contract_sroi_status",
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("obligation", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("realized", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("pending", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("expected", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("shortfall", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("penalty", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("remaining", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("days_elapsed", sa.Integer(), nullable=False),
        sa.Column("days_total", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("contract_id"),
    )
    with op.batch_alter_table("contract_sroi_status", schema=None) as batch_op:
        batch_op.create_index("ix_contract_sroi_status_as_of", ["as_of"], unique=False)
        batch_op.create_index("ix_contract_sroi_status_state", ["state"], unique=False)


def downgrade():
    with op.batch_alter_table("contract_sroi_status", schema=None) as batch_op:
        batch_op.drop_index("ix_contract_sroi_status_state")
        batch_op.drop_index("ix_contract_sroi_status_as_of")
    op.drop_table("contract_sroi_status")
