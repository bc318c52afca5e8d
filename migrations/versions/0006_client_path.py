"""client path: exits outside the portal, plan van aanpak with versions, ladder and profile
history, contacts with documents, tasks, provisions, target-group dates, monitor notes and the
settings of the rules that come with them

Revision ID: 0006_client_path
Revises: 0007_employer_crm
Create Date: 2026-12-02 04:00:00

Existing clients get one history row per ladder step and profile they hold, dated on the day the
client was created (who set it is unknown), so the yearly registration starts from there.
A downgrade deletes placements without an employer from the register (work found outside the
portal at an unregistered employer, or self-employment) with their follow-up and hour changes.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0006_client_path"
down_revision = "0007_employer_crm"
branch_labels = None
depends_on = None

# New municipality settings with the seeds' figures (see app/models/organisation.py).
SETTINGS = {
    "plan_review_months": "3",
    "ladder_registration_months": "12",
    "service_talk_months": "12",
    "service_talk_part_time_months": "6",
    "banenafspraak_offer_months": "6",
    "outreach_call_days": "14",
    "outreach_reminder_months": "4",
    "outreach_reminder_latest_months": "6",
    "sheltered_work_months": "6",
    "integration_months": "36",
}
CLIENT_DATES = (
    "banenafspraak_on",
    "sheltered_work_on",
    "integration_start",
    "integration_done_on",
    "pip_on",
    "map_done_on",
)


def _fk(table: str, column: str, target: str, **kw):
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), **kw
    )


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _drop_indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))


def _created_at():
    return sa.Column("created_at", sa.DateTime(timezone=True), nullable=False)


def upgrade():
    op.create_table(
        "monitor_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("monitor_notes", "municipality_id", "organisations"),
        _fk("monitor_notes", "updated_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_notes")),
        sa.UniqueConstraint(
            "municipality_id", "year", "topic", name=op.f("uq_monitor_notes_municipality_id")
        ),
    )
    _indexes("monitor_notes", "municipality_id")
    op.create_table(
        "sheltered_work_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("sheltered_work_targets", "municipality_id", "organisations"),
        _fk("sheltered_work_targets", "updated_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sheltered_work_targets")),
        sa.UniqueConstraint(
            "municipality_id", "year", name=op.f("uq_sheltered_work_targets_municipality_id")
        ),
    )
    _indexes("sheltered_work_targets", "municipality_id")
    op.create_table(
        "client_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("contact_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("jobhunter_id", sa.Integer(), nullable=True),
        _created_at(),
        _fk("client_contacts", "client_id", "clients"),
        _fk("client_contacts", "jobhunter_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_contacts")),
    )
    _indexes("client_contacts", "client_id", "contact_on", "kind")
    op.create_table(
        "client_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("final_goal", sa.Text(), nullable=False),
        sa.Column("support", sa.Text(), nullable=False),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        _created_at(),
        _fk("client_plans", "client_id", "clients"),
        _fk("client_plans", "created_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_plans")),
        sa.UniqueConstraint("client_id", "version", name=op.f("uq_client_plans_client_id")),
    )
    _indexes("client_plans", "client_id", "is_current", "next_review_on")
    op.create_table(
        "client_provisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        _created_at(),
        _fk("client_provisions", "client_id", "clients"),
        _fk("client_provisions", "created_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_provisions")),
    )
    _indexes("client_provisions", "client_id", "kind", "start_on")
    op.create_table(
        "client_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("old_value", sa.String(length=20), nullable=True),
        sa.Column("new_value", sa.String(length=20), nullable=True),
        sa.Column("direction", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        _created_at(),
        _fk("client_status_changes", "client_id", "clients"),
        _fk("client_status_changes", "recorded_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_status_changes")),
    )
    _indexes("client_status_changes", "changed_on", "client_id", "field")
    op.create_table(
        "client_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("jobhunter_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("remind_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        _created_at(),
        _fk("client_tasks", "client_id", "clients"),
        _fk("client_tasks", "created_by_id", "users"),
        _fk("client_tasks", "jobhunter_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_tasks")),
    )
    _indexes("client_tasks", "client_id", "due_on", "jobhunter_id")
    op.create_table(
        "client_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("stored_name", sa.String(length=64), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        _fk("client_documents", "client_id", "clients"),
        _fk("client_documents", "contact_id", "client_contacts"),
        _fk("client_documents", "uploaded_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_documents")),
    )
    _indexes("client_documents", "client_id", "contact_id")
    op.create_table(
        "plan_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("owner", sa.String(length=10), nullable=False),
        sa.Column("owner_name", sa.String(length=100), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        _fk("plan_actions", "plan_id", "client_plans", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_actions")),
    )
    _indexes("plan_actions", "due_on", "plan_id")

    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("benefit_end_reason", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("client_group", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("target_register_status", sa.String(12), nullable=True))
        batch_op.add_column(sa.Column("integration_route", sa.String(length=12), nullable=True))
        for name in CLIENT_DATES:
            batch_op.add_column(sa.Column(name, sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_clients_client_group"), ["client_group"], unique=False)
    with op.batch_alter_table("exit_premium_schemes", schema=None) as batch_op:
        for name in ("benefit_more_than", "work_more_than"):
            batch_op.add_column(
                sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
            )
        batch_op.add_column(
            sa.Column("max_gap_days", sa.Integer(), nullable=False, server_default="31")
        )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        for name, default in SETTINGS.items():
            batch_op.add_column(
                sa.Column(name, sa.Integer(), nullable=False, server_default=default)
            )
        batch_op.add_column(
            sa.Column(
                "travel_hours_per_day",
                sa.Numeric(precision=6, scale=2),
                nullable=True,
                server_default="3",
            )
        )
        batch_op.add_column(
            sa.Column("job_search_exempt_age", sa.Integer(), nullable=True, server_default="62")
        )
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("employer_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("employer_kvk", sa.String(length=8), nullable=True))
        batch_op.add_column(
            sa.Column("source", sa.String(length=10), nullable=False, server_default="portal")
        )
        batch_op.alter_column("employer_id", existing_type=sa.INTEGER(), nullable=True)
    _backfill_history()


def _backfill_history():
    """One history row per ladder step and profile the existing clients hold."""
    clients = sa.table(
        "clients",
        sa.column("id"),
        sa.column("ladder_step"),
        sa.column("profile"),
        sa.column("created_at"),
    )
    conn = op.get_bind()
    rows = []
    for client_id, step, profile, created_at in conn.execute(
        sa.select(clients.c.id, clients.c.ladder_step, clients.c.profile, clients.c.created_at)
    ):
        day = created_at.date() if hasattr(created_at, "date") else _day(created_at)
        for field, value in (("ladder_step", step), ("profile", profile)):
            if value is not None:
                rows.append(
                    {
                        "client_id": client_id,
                        "field": field,
                        "old_value": None,
                        "new_value": str(value),
                        "direction": 0,
                        "changed_on": day,
                        "created_at": created_at,
                    }
                )
    if rows:
        table = sa.table(
            "client_status_changes",
            *(sa.column(c) for c in rows[0]),
        )
        op.bulk_insert(table, rows)


def _day(value):
    """A date from SQLite's text timestamp ('2026-11-16 10:00:00.000000+00:00')."""
    from datetime import date

    return date.fromisoformat(str(value)[:10])


def downgrade():
    placements = sa.table("placements", sa.column("id"), sa.column("employer_id"))
    orphans = sa.select(placements.c.id).where(placements.c.employer_id.is_(None))
    for name in ("follow_ups", "placement_hours", "incentive_awards"):
        table = sa.table(name, sa.column("placement_id"))
        op.execute(table.delete().where(table.c.placement_id.in_(orphans)))
    premiums = sa.table("exit_premiums", sa.column("placement_id"))
    op.execute(
        premiums.update().where(premiums.c.placement_id.in_(orphans)).values(placement_id=None)
    )
    op.execute(placements.delete().where(placements.c.employer_id.is_(None)))
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.alter_column("employer_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("source")
        batch_op.drop_column("employer_kvk")
        batch_op.drop_column("employer_name")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        for name in ("job_search_exempt_age", "travel_hours_per_day", *reversed(SETTINGS)):
            batch_op.drop_column(name)
    with op.batch_alter_table("exit_premium_schemes", schema=None) as batch_op:
        for name in ("max_gap_days", "work_more_than", "benefit_more_than"):
            batch_op.drop_column(name)
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_client_group"))
        for name in (
            *reversed(CLIENT_DATES),
            "integration_route",
            "target_register_status",
            "client_group",
            "benefit_end_reason",
        ):
            batch_op.drop_column(name)
    for table, columns in (
        ("plan_actions", ("plan_id", "due_on")),
        ("client_documents", ("contact_id", "client_id")),
        ("client_tasks", ("jobhunter_id", "due_on", "client_id")),
        ("client_status_changes", ("field", "client_id", "changed_on")),
        ("client_provisions", ("start_on", "kind", "client_id")),
        ("client_plans", ("next_review_on", "is_current", "client_id")),
        ("client_contacts", ("kind", "contact_on", "client_id")),
        ("sheltered_work_targets", ("municipality_id",)),
        ("monitor_notes", ("municipality_id",)),
    ):
        _drop_indexes(table, *columns)
        op.drop_table(table)
