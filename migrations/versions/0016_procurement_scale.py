"""procurement scale: indexes for the procurement pages at a region's volume (issue 15)

Revision ID: 0016_procurement_scale
Revises: 0015_jobhunter_indexes
Create Date: 2026-12-02 10:00:00

- `sroi_activity_values.client_id` and `.start_date`: copies of the activity's client and
  start date, written with the values (filled in here for the rows already stored), so that
  the report counts the people placed in a year without reading every activity;
- `ix_sroi_activity_values_report` (replacing the index on `contract_id` alone, which it
  starts with): the yearly report's sums per block, its people count and its objections read
  from the index alone for the contracts in scope;
- `ix_sroi_activities_queue`: the review queue's count and its pages in the queue's order
  (oldest submission first) from the index alone, per contract of the authority;
- `ix_sroi_activities_client_id`: the review's double-counting check (the same person on
  other activities of the supplier).
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0016_procurement_scale"
down_revision = "0015_jobhunter_indexes"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("sroi_activity_values", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("start_date", sa.Date(), nullable=True))
    op.execute(
        "UPDATE sroi_activity_values SET "
        "client_id = (SELECT a.client_id FROM sroi_activities a "
        "WHERE a.id = sroi_activity_values.activity_id), "
        "start_date = (SELECT a.start_date FROM sroi_activities a "
        "WHERE a.id = sroi_activity_values.activity_id)"
    )
    with op.batch_alter_table("sroi_activity_values", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sroi_activity_values_report",
            [
                "contract_id",
                "error",
                "unit",
                "start_date",
                "client_id",
                "block_label",
                "value",
                "value_year_start",
            ],
            unique=False,
        )
        batch_op.drop_index("ix_sroi_activity_values_contract_id")
    with op.batch_alter_table("sroi_activities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sroi_activities_queue",
            ["state", "contract_id", "submitted_at", "created_at"],
            unique=False,
        )
        batch_op.create_index("ix_sroi_activities_client_id", ["client_id"], unique=False)


def downgrade():
    with op.batch_alter_table("sroi_activities", schema=None) as batch_op:
        batch_op.drop_index("ix_sroi_activities_client_id")
        batch_op.drop_index("ix_sroi_activities_queue")
    with op.batch_alter_table("sroi_activity_values", schema=None) as batch_op:
        batch_op.create_index("ix_sroi_activity_values_contract_id", ["contract_id"], unique=False)
        batch_op.drop_index("ix_sroi_activity_values_report")
        batch_op.drop_column("start_date")
        batch_op.drop_column("client_id")
