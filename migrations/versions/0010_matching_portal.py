"""matching portal: ESCO hidden labels, a data version for the saved matching index, reviewed
title corrections, re-rankers trained by a command (issues 13, 15, 17, 20)

Revision ID: 0010_matching_portal
Revises: 0009_day_two
Create Date: 2026-12-02 04:30:00

`occupations.updated_at` and `postcode_areas.updated_at` make every change of the reference
data visible to the matching index's data version; existing rows get the time of the upgrade.
The hidden labels of occupations imported before stay empty until the next `flask import-esco`.
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0010_matching_portal"
down_revision = "0009_day_two"
branch_labels = None
depends_on = None


def _add_updated_at(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
    op.execute(sa.text(f"UPDATE {table} SET updated_at = CURRENT_TIMESTAMP"))  # noqa: S608
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column(
            "updated_at", existing_type=sa.DateTime(timezone=True), nullable=False
        )


def upgrade():
    with op.batch_alter_table("occupations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hidden_labels", sa.Text(), nullable=False, server_default="")
        )
    _add_updated_at("occupations")
    _add_updated_at("postcode_areas")

    with op.batch_alter_table("vacancies", schema=None) as batch_op:
        batch_op.create_index("ix_vacancies_updated_at", ["updated_at"], unique=False)

    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reranker_retrain_requested_at", sa.DateTime(timezone=True), nullable=True)
        )

    op.create_table(
        "title_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("title_key", sa.String(length=200), nullable=False),
        sa.Column("occupation_id", sa.Integer(), nullable=False),
        sa.Column("resolved_occupation_id", sa.Integer(), nullable=True),
        sa.Column("vacancy_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["occupation_id"],
            ["occupations.id"],
            name=op.f("fk_title_corrections_occupation_id_occupations"),
        ),
        sa.ForeignKeyConstraint(
            ["resolved_occupation_id"],
            ["occupations.id"],
            name=op.f("fk_title_corrections_resolved_occupation_id_occupations"),
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"],
            ["vacancies.id"],
            name=op.f("fk_title_corrections_vacancy_id_vacancies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_title_corrections_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["users.id"],
            name=op.f("fk_title_corrections_reviewed_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_title_corrections")),
    )
    with op.batch_alter_table("title_corrections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_title_corrections_title_key"), ["title_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_title_corrections_occupation_id"), ["occupation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_title_corrections_vacancy_id"), ["vacancy_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_title_corrections_status"), ["status"], unique=False)

    op.create_table(
        "reranker_models",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("trained_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("feedback_fingerprint", sa.String(length=100), nullable=False),
        sa.Column("better", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("model_kind", sa.String(length=40), nullable=False),
        sa.Column("n_feedback", sa.Integer(), nullable=False),
        sa.Column("n_train", sa.Integer(), nullable=False),
        sa.Column("n_test", sa.Integer(), nullable=False),
        sa.Column("n_test_clients", sa.Integer(), nullable=False),
        sa.Column("ndcg_plain", sa.Float(), nullable=True),
        sa.Column("ndcg_model", sa.Float(), nullable=True),
        sa.Column("auc_plain", sa.Float(), nullable=True),
        sa.Column("auc_model", sa.Float(), nullable=True),
        sa.Column("model", sa.LargeBinary(), nullable=True),
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["organisations.id"],
            name=op.f("fk_reranker_models_municipality_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reranker_models")),
    )
    with op.batch_alter_table("reranker_models", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reranker_models_municipality_id"), ["municipality_id"], unique=False
        )


def downgrade():
    with op.batch_alter_table("reranker_models", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reranker_models_municipality_id"))
    op.drop_table("reranker_models")
    with op.batch_alter_table("title_corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_title_corrections_status"))
        batch_op.drop_index(batch_op.f("ix_title_corrections_vacancy_id"))
        batch_op.drop_index(batch_op.f("ix_title_corrections_occupation_id"))
        batch_op.drop_index(batch_op.f("ix_title_corrections_title_key"))
    op.drop_table("title_corrections")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("reranker_retrain_requested_at")
    with op.batch_alter_table("vacancies", schema=None) as batch_op:
        batch_op.drop_index("ix_vacancies_updated_at")
    with op.batch_alter_table("postcode_areas", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
    with op.batch_alter_table("occupations", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("hidden_labels")
