"""security two: revocable logins, time-based lock-out, two-factor tries on the server,
invitation links built at delivery, catalogue versions with an owner (issue 12)

Revision ID: 0004_security_two
Revises: 0003_security
Create Date: 2026-12-02 03:10:00

"""

import re
import secrets
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0004_security_two"
down_revision = "0003_security"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("lock_count", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("code_tries", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("session_token", sa.String(length=64), nullable=True))
    users = sa.table(
        "users",
        sa.column("id", sa.Integer),
        sa.column("session_token", sa.String),
        sa.column("locked_at", sa.DateTime(timezone=True)),
        sa.column("locked_until", sa.DateTime(timezone=True)),
        sa.column("lock_count", sa.Integer),
    )
    connection = op.get_bind()
    # Every account gets its own token; sessions from before carry none and log in again.
    for (user_id,) in connection.execute(sa.select(users.c.id)).all():
        connection.execute(
            users.update()
            .where(users.c.id == user_id)
            .values(session_token=secrets.token_urlsafe(24))
        )
    # Locks used to last until a beheerder lifted them; they now run out like a first lock.
    connection.execute(
        users.update()
        .where(users.c.locked_at.is_not(None))
        .values(locked_until=datetime.now(UTC) + timedelta(minutes=15), lock_count=1)
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("session_token", existing_type=sa.String(length=64), nullable=False)

    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("link_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("user_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_invitations_user_id"), ["user_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_invitations_user_id_users"),
            "users",
            ["user_id"],
            ["id"],
            ondelete="CASCADE",
        )

    with op.batch_alter_table("outbox_mails", schema=None) as batch_op:
        batch_op.add_column(sa.Column("invitation_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_outbox_mails_invitation_id_invitations"),
            "invitations",
            ["invitation_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("catalogues", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_catalogues_owner_id"), ["owner_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_catalogues_owner_id_organisations"),
            "organisations",
            ["owner_id"],
            ["id"],
        )
    _give_versions_an_owner(connection)
    _scrub_invitation_links(connection)


def _scrub_invitation_links(connection) -> None:
    """Invitation links used to be stored in the outbox in clear: take them out (the
    invitations themselves stay valid for whoever received the mail)."""
    mails = sa.table("outbox_mails", sa.column("id", sa.Integer), sa.column("body", sa.Text))
    link = re.compile(r"\S*/uitnodiging/[\w-]+")
    rows = connection.execute(
        sa.select(mails.c.id, mails.c.body).where(mails.c.body.like("%/uitnodiging/%"))
    ).all()
    for mail_id, body in rows:
        connection.execute(
            mails.update()
            .where(mails.c.id == mail_id)
            .values(body=link.sub("[link verwijderd uit de opslag]", body))
        )


def _give_versions_an_owner(connection) -> None:
    """An existing version belongs to the organisation of whoever made it (audit log), else to
    the authority of the first contract awarded under it; else only a beheerder manages it."""
    catalogues = sa.table(
        "catalogues",
        sa.column("id", sa.Integer),
        sa.column("is_preset", sa.Boolean),
        sa.column("owner_id", sa.Integer),
    )
    audit = sa.table(
        "audit_log",
        sa.column("id", sa.Integer),
        sa.column("organisation_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("object_type", sa.String),
        sa.column("object_id", sa.String),
    )
    organisations = sa.table("organisations", sa.column("id", sa.Integer), sa.column("kind"))
    contracts = sa.table(
        "contracts",
        sa.column("id", sa.Integer),
        sa.column("catalogue_id", sa.Integer),
        sa.column("authority_id", sa.Integer),
    )
    authorities = {
        org_id
        for org_id, kind in connection.execute(
            sa.select(organisations.c.id, organisations.c.kind)
        ).all()
        if kind != "employer"
    }
    versions = connection.execute(
        sa.select(catalogues.c.id).where(catalogues.c.is_preset.is_(False))
    ).all()
    for (catalogue_id,) in versions:
        maker = connection.execute(
            sa.select(audit.c.organisation_id)
            .where(
                audit.c.object_type == "Catalogue",
                audit.c.action == "create",
                audit.c.object_id == str(catalogue_id),
            )
            .order_by(audit.c.id)
            .limit(1)
        ).scalar()
        if maker not in authorities:
            maker = connection.execute(
                sa.select(contracts.c.authority_id)
                .where(contracts.c.catalogue_id == catalogue_id)
                .order_by(contracts.c.id)
                .limit(1)
            ).scalar()
        if maker in authorities:
            connection.execute(
                catalogues.update().where(catalogues.c.id == catalogue_id).values(owner_id=maker)
            )


def downgrade():
    with op.batch_alter_table("catalogues", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_catalogues_owner_id_organisations"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_catalogues_owner_id"))
        batch_op.drop_column("owner_id")

    with op.batch_alter_table("outbox_mails", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_outbox_mails_invitation_id_invitations"), type_="foreignkey"
        )
        batch_op.drop_column("invitation_id")

    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_invitations_user_id_users"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_invitations_user_id"))
        batch_op.drop_column("user_id")
        batch_op.drop_column("link_key")

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("session_token")
        batch_op.drop_column("code_tries")
        batch_op.drop_column("lock_count")
        batch_op.drop_column("locked_until")
