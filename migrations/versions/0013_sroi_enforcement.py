"""SROI process (issue 18): the authority's policy (percentage, thresholds per kind of
contract, cap per (sub)project, award criterion, default penalty), a contract's kind, cap and
award percentage, the supplier's plan van aanpak and the enforcement steps of under-use

Revision ID: 0013_sroi_enforcement
Revises: 0008_placement_rules
Create Date: 2026-12-02 06:10:00

Existing authorities keep their general threshold and get no policy (their contracts are valued
as before); existing contracts get no kind, no cap and no award percentage.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0013_sroi_enforcement"
down_revision = "0008_placement_rules"
branch_labels = None
depends_on = None

MONEY = sa.Numeric(precision=14, scale=2)
PERCENTAGE = sa.Numeric(precision=5, scale=2)
ORGANISATION_COLUMNS = (
    ("sroi_policy", sa.String(length=40)),
    ("sroi_percentage", PERCENTAGE),
    ("sroi_threshold_works", MONEY),
    ("sroi_threshold_services", MONEY),
    ("sroi_threshold_supplies", MONEY),
    ("sroi_cap", MONEY),
    ("sroi_award_percentage_max", PERCENTAGE),
    ("sroi_penalty_percentage", PERCENTAGE),
)
CONTRACT_COLUMNS = (
    ("contract_kind", sa.String(length=12)),
    ("sroi_cap", MONEY),
    ("award_percentage", PERCENTAGE),
)


def upgrade():
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        for name, type_ in ORGANISATION_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        for name, type_ in CONTRACT_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))

    op.create_table(
        "sroi_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_sroi_plans_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["users.id"], name=op.f("fk_sroi_plans_decided_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sroi_plans")),
        sa.UniqueConstraint("contract_id", name=op.f("uq_sroi_plans_contract_id")),
    )
    op.create_table(
        "sroi_plan_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("block_code", sa.String(length=40), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("hours_per_week", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("hours", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("amount", MONEY, nullable=True),
        sa.Column("profile", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["sroi_plans.id"],
            name=op.f("fk_sroi_plan_lines_plan_id_sroi_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sroi_plan_lines")),
    )
    with op.batch_alter_table("sroi_plan_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sroi_plan_lines_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "sroi_enforcement_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("decision", sa.String(length=10), nullable=True),
        sa.Column("amount", MONEY, nullable=True),
        sa.Column("shortfall", MONEY, nullable=True),
        sa.Column("new_end_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_sroi_enforcement_steps_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_sroi_enforcement_steps_created_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sroi_enforcement_steps")),
    )
    with op.batch_alter_table("sroi_enforcement_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sroi_enforcement_steps_contract_id"), ["contract_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sroi_enforcement_steps_deadline"), ["deadline"], unique=False
        )


def downgrade():
    with op.batch_alter_table("sroi_enforcement_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sroi_enforcement_steps_deadline"))
        batch_op.drop_index(batch_op.f("ix_sroi_enforcement_steps_contract_id"))
    op.drop_table("sroi_enforcement_steps")
    with op.batch_alter_table("sroi_plan_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sroi_plan_lines_plan_id"))
    op.drop_table("sroi_plan_lines")
    op.drop_table("sroi_plans")
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        for name, _type in reversed(CONTRACT_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        for name, _type in reversed(ORGANISATION_COLUMNS):
            batch_op.drop_column(name)
