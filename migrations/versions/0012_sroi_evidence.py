"""SROI evidence rules: the evidence each catalogue block needs, the kind of each evidence file,
the supplier's reason why evidence follows later and the reviewer's override reason (issue 18)

Revision ID: 0012_sroi_evidence
Revises: 0011_sroi_status
Create Date: 2026-12-02 06:10:00

Existing blocks get the evidence their unit usually needs (a contract of employment for a
year block, a work-experience agreement for a month block, an attendance list for an hour
block, the invoice for an invoice block, the payroll for a wage block; BBL blocks the BBL
agreement), as new preset copies get it from `app.services.evidence_rules.default_kinds`.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0012_sroi_evidence"
down_revision = "0011_sroi_status"
branch_labels = None
depends_on = None

_DEFAULTS = {
    "year": ["arbeidsovereenkomst"],
    "month": ["stageovereenkomst"],
    "hour": ["aanwezigheidslijst"],
    "invoice": ["factuur"],
    "wage": ["loonstrook"],
}


def upgrade():
    with op.batch_alter_table("catalogue_blocks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence_kinds", sa.JSON(), nullable=True))
    blocks = sa.table(
        "catalogue_blocks",
        sa.column("unit", sa.String),
        sa.column("code", sa.String),
        sa.column("evidence_kinds", sa.JSON),
    )
    # Lists through the JSON column type, so they are stored as JSON arrays on both databases.
    op.execute(blocks.update().values(evidence_kinds=[]))
    for unit, kinds in _DEFAULTS.items():
        op.execute(blocks.update().where(blocks.c.unit == unit).values(evidence_kinds=kinds))
    op.execute(
        blocks.update()
        .where(sa.func.lower(blocks.c.code).like("%bbl%"))
        .values(evidence_kinds=["bbl_leerovereenkomst"])
    )
    with op.batch_alter_table("catalogue_blocks", schema=None) as batch_op:
        batch_op.alter_column("evidence_kinds", existing_type=sa.JSON(), nullable=False)

    with op.batch_alter_table("sroi_activities", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("evidence_later_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("override_reason", sa.Text(), nullable=False, server_default="")
        )

    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=30), nullable=True))


def downgrade():
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("sroi_activities", schema=None) as batch_op:
        batch_op.drop_column("override_reason")
        batch_op.drop_column("evidence_later_reason")
    with op.batch_alter_table("catalogue_blocks", schema=None) as batch_op:
        batch_op.drop_column("evidence_kinds")
