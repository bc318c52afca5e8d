"""day two: mail delivery states, password reset links, employer company admins, organisation
policy text and contacts, scheme versions with a start date, periodic job locks and runs

Revision ID: 0009_day_two
Revises: 0006_client_path
Create Date: 2026-12-02 04:00:00

Existing mails: those with `sent_at` count as sent, the rest as pending (delivered by the first
`flask send-mail` once SMTP is configured). Existing schemes: each is the first version of its
own series, in force from the start. Each employer organisation's earliest user becomes the
beheerder of the company.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0009_day_two"
down_revision = "0006_client_path"
branch_labels = None
depends_on = None

SCHEME_TABLES = ("incentive_schemes", "exit_premium_schemes")


def upgrade():
    op.create_table(
        "password_resets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("link_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("password_resets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_password_resets_user_id"), ["user_id"], unique=False)

    op.create_table(
        "job_locks",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=True),
        sa.Column("held_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "job_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job", sa.String(length=60), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("host", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("job_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_job_runs_job"), ["job"], unique=False)
        batch_op.create_index(batch_op.f("ix_job_runs_started_at"), ["started_at"], unique=False)

    with op.batch_alter_table("outbox_mails", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_reset_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("status", sa.String(length=10), nullable=False, server_default="pending")
        )
        batch_op.add_column(sa.Column("tries", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("last_error", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("next_try_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_outbox_mails_status"), ["status"], unique=False)
        batch_op.create_foreign_key(
            "fk_outbox_mails_password_reset_id_password_resets",
            "password_resets",
            ["password_reset_id"],
            ["id"],
            ondelete="SET NULL",
        )
    mails = sa.table("outbox_mails", sa.column("sent_at"), sa.column("status"))
    op.execute(mails.update().where(mails.c.sent_at.is_not(None)).values(status="sent"))

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("company_admin", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    _first_user_is_company_admin()

    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("policy_text", sa.Text(), nullable=False, server_default=""))
        for name, length in (("contact_name", 200), ("contact_email", 254), ("contact_phone", 30)):
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )

    for table in SCHEME_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("series_id", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column("valid_from", sa.Date(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_series_id"), ["series_id"], unique=False)
        schemes = sa.table(table, sa.column("id"), sa.column("series_id"))
        op.execute(schemes.update().values(series_id=schemes.c.id))


def _first_user_is_company_admin():
    users = sa.table(
        "users",
        sa.column("id"),
        sa.column("organisation_id"),
        sa.column("role"),
        sa.column("company_admin"),
    )
    first = (
        sa.select(sa.func.min(users.c.id))
        .where(users.c.role == "employer")
        .group_by(users.c.organisation_id)
    )
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(first)]
    if ids:
        conn.execute(users.update().where(users.c.id.in_(ids)).values(company_admin=True))


def downgrade():
    for table in SCHEME_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_series_id"))
            batch_op.drop_column("valid_from")
            batch_op.drop_column("series_id")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        for name in ("contact_phone", "contact_email", "contact_name", "policy_text"):
            batch_op.drop_column(name)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("company_admin")
    with op.batch_alter_table("outbox_mails", schema=None) as batch_op:
        batch_op.drop_constraint(
            "fk_outbox_mails_password_reset_id_password_resets", type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_outbox_mails_status"))
        batch_op.drop_column("next_try_at")
        batch_op.drop_column("last_error")
        batch_op.drop_column("tries")
        batch_op.drop_column("status")
        batch_op.drop_column("password_reset_id")
    with op.batch_alter_table("job_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_job_runs_started_at"))
        batch_op.drop_index(batch_op.f("ix_job_runs_job"))
    op.drop_table("job_runs")
    op.drop_table("job_locks")
    with op.batch_alter_table("password_resets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_password_resets_user_id"))
    op.drop_table("password_resets")
