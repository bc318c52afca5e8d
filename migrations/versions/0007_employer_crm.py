"""employer crm: contact persons, scheduled follow-ups, account managers, lead score threshold

Revision ID: 0007_employer_crm
Revises: 0005_privacy_audit
Create Date: 2026-12-02 03:47:32

Issue 17: contact persons per employer (with newsletter consent), follow-ups with a due date
that land on the jobhunter's dashboard, the account manager per employer, and the municipality's
lowest match score for SROI-kansen (default 40 of 100).
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0007_employer_crm"
down_revision = "0005_privacy_audit"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "employer_contact_persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("job_title", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("newsletter_consent_at", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employers.id"],
            name=op.f("fk_employer_contact_persons_employer_id_employers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_contact_persons")),
    )
    with op.batch_alter_table("employer_contact_persons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_employer_contact_persons_employer_id"), ["employer_id"], unique=False
        )

    op.create_table(
        "employer_follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("jobhunter_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["employer_contact_persons.id"],
            name=op.f("fk_employer_follow_ups_contact_person_id_employer_contact_persons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_employer_follow_ups_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"], ["users.id"], name=op.f("fk_employer_follow_ups_done_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employers.id"],
            name=op.f("fk_employer_follow_ups_employer_id_employers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["jobhunter_id"], ["users.id"], name=op.f("fk_employer_follow_ups_jobhunter_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["organisations.id"],
            name=op.f("fk_employer_follow_ups_municipality_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_follow_ups")),
    )
    with op.batch_alter_table("employer_follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_employer_follow_ups_due_date"), ["due_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_employer_follow_ups_employer_id"), ["employer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_employer_follow_ups_jobhunter_id"), ["jobhunter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_employer_follow_ups_municipality_id"), ["municipality_id"], unique=False
        )

    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("account_manager_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_employers_account_manager_id"), ["account_manager_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_employers_account_manager_id_users"),
            "users",
            ["account_manager_id"],
            ["id"],
        )

    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("lead_min_score", sa.Integer(), server_default="40", nullable=False)
        )


def downgrade():
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("lead_min_score")

    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_employers_account_manager_id_users"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_employers_account_manager_id"))
        batch_op.drop_column("account_manager_id")

    with op.batch_alter_table("employer_follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employer_follow_ups_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_employer_follow_ups_jobhunter_id"))
        batch_op.drop_index(batch_op.f("ix_employer_follow_ups_employer_id"))
        batch_op.drop_index(batch_op.f("ix_employer_follow_ups_due_date"))

    op.drop_table("employer_follow_ups")
    with op.batch_alter_table("employer_contact_persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employer_contact_persons_employer_id"))

    op.drop_table("employer_contact_persons")
