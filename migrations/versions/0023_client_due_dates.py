"""The dashboard's yearly rules from an index (issue 15): each client's newest ladder
registration and dienstverleningsgesprek, stored on the client and filled in from the rows

- `clients.last_ladder_on`, `clients.last_service_talk_on`: the newest `ladder_step`
  registration (client_status_changes) and `service_talk` contact (client_contacts); from now
  on kept by every flush that writes those rows (app.models.client_dates);
- `ix_clients_ladder_due`, `ix_clients_service_talk_due`: a jobhunter's clients within the
  municipality in the order the next one falls due (that date, else the date the client was
  created, in UTC), so the dashboard reads the earliest rows in order and stops.

Columns and indexes are added outside batch mode: SQLite adds a column in place, and a batch
rebuild of `clients` would lose 0018's expression index. SQLite cannot reflect the new
expression indexes either (a later batch rebuild must create them again).

Revision ID: 0023_client_due_dates
Revises: 0022_report_sums
Create Date: 2026-12-02 16:30:00
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0023_client_due_dates"
down_revision = "0022_report_sums"
branch_labels = None
depends_on = None

FILL = """
UPDATE clients SET
  last_ladder_on = (
    SELECT max(changed_on) FROM client_status_changes
    WHERE client_status_changes.client_id = clients.id
      AND client_status_changes.field = 'ladder_step'),
  last_service_talk_on = (
    SELECT max(contact_on) FROM client_contacts
    WHERE client_contacts.client_id = clients.id AND client_contacts.kind = 'service_talk')
"""
INDEXES = {
    "ix_clients_ladder_due": "last_ladder_on",
    "ix_clients_service_talk_due": "last_service_talk_on",
}


def _start(dialect: str) -> str:
    if dialect == "postgresql":
        return "CAST(timezone('UTC', created_at) AS DATE)"
    return "date(created_at)"


def upgrade():
    op.add_column("clients", sa.Column("last_ladder_on", sa.Date(), nullable=True))
    op.add_column("clients", sa.Column("last_service_talk_on", sa.Date(), nullable=True))
    op.execute(FILL)
    start = _start(op.get_bind().dialect.name)
    for name, column in INDEXES.items():
        op.create_index(
            name,
            "clients",
            ["jobhunter_id", "municipality_id", sa.text(f"coalesce({column}, {start})"), "id"],
            unique=False,
        )


def downgrade():
    for name in INDEXES:
        op.drop_index(name, table_name="clients")
    # SQLite (3.35+) drops a column in place: no batch rebuild of `clients`.
    op.drop_column("clients", "last_service_talk_on")
    op.drop_column("clients", "last_ladder_on")
