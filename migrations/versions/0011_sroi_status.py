"""sroi status: each contract's SROI figures and its accepted activities' values stored, for
SQL totals (issue 15)

Revision ID: 0011_sroi_status
Revises: 0014_api_tokens
Create Date: 2026-12-02 06:10:00

The table starts empty: `flask sroi-status` (the nightly job) fills it, and until then a page
computes the rows it needs on first use.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0011_sroi_status"
down_revision = "0014_api_tokens"
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

    op.create_table(
        "sroi_activity_values",
        sa.Column("activity_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("block_label", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("value_year_start", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("activity_id"),
    )
    with op.batch_alter_table("sroi_activity_values", schema=None) as batch_op:
        batch_op.create_index("ix_sroi_activity_values_contract_id", ["contract_id"], unique=False)


def downgrade():
    with op.batch_alter_table("sroi_activity_values", schema=None) as batch_op:
        batch_op.drop_index("ix_sroi_activity_values_contract_id")
    op.drop_table("sroi_activity_values")
    with op.batch_alter_table("contract_sroi_status", schema=None) as batch_op:
        batch_op.drop_index("ix_contract_sroi_status_state")
        batch_op.drop_index("ix_contract_sroi_status_as_of")
    op.drop_table("contract_sroi_status")
