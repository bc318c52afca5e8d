"""privacy audit: audit entries findable per client, outbox mails linked to their client,
evidence removed by retention

Revision ID: 0005_privacy_audit
Revises: 0004_security_two
Create Date: 2026-12-02 03:00:00

`audit_subjects` names the clients each audit entry is about. Existing entries get their rows
here: entries on a client, on a client's proposal, placement, premium, follow-up, incentive,
SROI activity or evidence file, and list pages whose detail ends in the shown ids.
"""

import re

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0005_privacy_audit"
down_revision = "0004_security_two"
branch_labels = None
depends_on = None


def _table(name: str, *columns: str):
    return sa.table(name, *(sa.column(c) for c in columns))


AUDIT = _table("audit_log", "id", "object_type", "object_id", "detail")
CLIENTS = _table("clients", "id")
PLACEMENTS = _table("placements", "id", "client_id")
ACTIVITIES = _table("sroi_activities", "id", "client_id")
# Object types whose rows carry the client directly.
DIRECT = {
    "Proposal": _table("proposals", "id", "client_id"),
    "Placement": PLACEMENTS,
    "ExitPremium": _table("exit_premiums", "id", "client_id"),
    "SroiActivity": ACTIVITIES,
}


def _on(table):
    return AUDIT.c.object_id == sa.cast(table.c.id, sa.String(40))


def _subject_queries():
    """(object type, select of (audit id, client id)) for entries on a client's objects."""
    yield (
        "Client",
        sa.select(AUDIT.c.id, CLIENTS.c.id).select_from(AUDIT.join(CLIENTS, _on(CLIENTS))),
    )
    for object_type, table in DIRECT.items():
        yield (
            object_type,
            sa.select(AUDIT.c.id, table.c.client_id).select_from(AUDIT.join(table, _on(table))),
        )
    for object_type, name in (("FollowUp", "follow_ups"), ("IncentiveAward", "incentive_awards")):
        table = _table(name, "id", "placement_id")
        yield (
            object_type,
            sa.select(AUDIT.c.id, PLACEMENTS.c.client_id).select_from(
                AUDIT.join(table, _on(table)).join(
                    PLACEMENTS, PLACEMENTS.c.id == table.c.placement_id
                )
            ),
        )
    files = _table("evidence_files", "id", "activity_id")
    yield (
        "EvidenceFile",
        sa.select(AUDIT.c.id, ACTIVITIES.c.client_id).select_from(
            AUDIT.join(files, _on(files)).join(ACTIVITIES, ACTIVITIES.c.id == files.c.activity_id)
        ),
    )


def upgrade():
    op.create_table(
        "audit_subjects",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["audit_id"], ["audit_log.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"]),
        sa.PrimaryKeyConstraint("audit_id", "client_id"),
    )
    with op.batch_alter_table("audit_subjects", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_subjects_client_id"), ["client_id"], unique=False
        )
    with op.batch_alter_table("outbox_mails", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_outbox_mails_client_id"), ["client_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_outbox_mails_client_id_clients", "clients", ["client_id"], ["id"]
        )
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.add_column(sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True))
    _backfill_subjects()


def _backfill_subjects():
    conn = op.get_bind()
    pairs: set[tuple[int, int]] = set()
    for object_type, query in _subject_queries():
        rows = conn.execute(query.where(AUDIT.c.object_type == object_type))
        pairs.update((int(a), int(c)) for a, c in rows if c is not None)
    # List pages: one entry with the shown ids at the end of the detail ("…: 3, 8, 12").
    known = {int(i) for (i,) in conn.execute(sa.select(CLIENTS.c.id))}
    lists = conn.execute(
        sa.select(AUDIT.c.id, AUDIT.c.detail).where(
            AUDIT.c.object_type == "Client", AUDIT.c.object_id == ""
        )
    )
    for audit_id, detail in lists:
        tail = (detail or "").rsplit(":", 1)[-1]
        if re.fullmatch(r"[\d,\s]+", tail or "x"):
            pairs.update(
                (int(audit_id), int(i)) for i in re.findall(r"\d+", tail) if int(i) in known
            )
    if pairs:
        table = _table("audit_subjects", "audit_id", "client_id")
        op.bulk_insert(table, [{"audit_id": a, "client_id": c} for a, c in sorted(pairs)])


def downgrade():
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.drop_column("removed_at")
    with op.batch_alter_table("outbox_mails", schema=None) as batch_op:
        batch_op.drop_constraint("fk_outbox_mails_client_id_clients", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_outbox_mails_client_id"))
        batch_op.drop_column("client_id")
    with op.batch_alter_table("audit_subjects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_subjects_client_id"))
    op.drop_table("audit_subjects")
