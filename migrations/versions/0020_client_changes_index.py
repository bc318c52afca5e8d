"""An index on the clients' newest change (issue 15): the match pages and SROI-kansen first ask
whether any client changed anywhere (number, highest id and newest change of the clients,
answered from indexes) before they check their own scope's client pool row by row

Revision ID: 0020_client_changes_index
Revises: 0016_procurement_scale
Create Date: 2026-12-02 14:00:00
"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "0020_client_changes_index"
down_revision = "0016_procurement_scale"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index("ix_clients_updated_at", ["updated_at"], unique=False)


def downgrade():
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_updated_at")
