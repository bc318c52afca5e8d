"""placement rules: minimum wage by age, LKV rates, four-eyes on payouts, unpaid-place
durations, long hours, availability and shortlists

Revision ID: 0008_placement_rules
Revises: 0010_matching_portal
Create Date: 2026-12-02 09:00:00

The statutory tables are filled here so every installation has them from the start. They sit
beside day two's admin-kept adult minimum wage (`minimum_wages`, 0009): the minimum for an age
is that amount times the percentage here; the beheerder sees both on one page, and a change in
the law comes with a new migration:

* `youth_minimum_wage_rates`: the percentages of the adult minimum wage by age of the Besluit
  minimumjeugdloon, from 1 July 2017 (22 and older 100 %) and from 1 July 2019 (21 and older
  100 %); source rijksoverheid.nl, "Percentages minimumjeugdloon".
* `lkv_rates`: LKV doelgroep banenafspraak € 1,01 per paid hour, at most € 2.000 a calendar
  year, at most 3 years and with a doelgroepverklaring from 1 January 2018 (Wet
  tegemoetkomingen loondomein; UWV "Hoe hoog is het LKV per werknemer"); from 1 January 2026
  for as long as the employee stays, without a doelgroepverklaring (Wet vereenvoudiging
  banenafspraak; WerkSaam Westfriesland 2026-2030, bijlage 3).
"""

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0008_placement_rules"
down_revision = "0010_matching_portal"
branch_labels = None
depends_on = None

MONEY = sa.Numeric(precision=14, scale=2)
PERCENTAGE = sa.Numeric(precision=5, scale=2)

YOUTH_SOURCE = (
    "Besluit minimumjeugdloon; rijksoverheid.nl, Percentages minimumjeugdloon "
    "(https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon/"
    "percentages-minimumjeugdloon)"
)
YOUTH = {
    date(2017, 7, 1): {
        22: "100",
        21: "85",
        20: "70",
        19: "55",
        18: "47.5",
        17: "39.5",
        16: "34.5",
        15: "30",
    },
    date(2019, 7, 1): {
        21: "100",
        20: "80",
        19: "60",
        18: "50",
        17: "39.5",
        16: "34.5",
        15: "30",
    },
}
LKV = [
    (
        date(2018, 1, 1),
        "1.01",
        "2000",
        3,
        True,
        "Wet tegemoetkomingen loondomein; UWV, Hoe hoog is het LKV per werknemer "
        "(https://www.uwv.nl/werkgevers/overige-onderwerpen/wet-tegemoetkomingen-loondomein/"
        "loonkostenvoordeel-lkv/detail/hoe-hoog-is-lkv-per-werknemer)",
    ),
    (
        date(2026, 1, 1),
        "1.01",
        "2000",
        None,
        False,
        "Wet vereenvoudiging banenafspraak, per 1 januari 2026: zolang de werknemer in dienst "
        "blijft, geen doelgroepverklaring meer; WerkSaam Westfriesland 2026-2030, bijlage 3",
    ),
]


def upgrade():
    youth = op.create_table(
        "youth_minimum_wage_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("age", sa.Integer(), nullable=False),
        sa.Column("percentage", PERCENTAGE, nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("valid_from", "age"),
    )
    lkv = op.create_table(
        "lkv_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_group", sa.String(length=30), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("per_hour", MONEY, nullable=False),
        sa.Column("max_per_year", MONEY, nullable=False),
        sa.Column("max_years", sa.Integer(), nullable=True),
        sa.Column("declaration_needed", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("target_group", "valid_from"),
    )
    op.create_table(
        "shortlist_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["added_by_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["vacancy_id"], ["vacancies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("vacancy_id", "client_id"),
    )
    with op.batch_alter_table("shortlist_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shortlist_entries_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_shortlist_entries_vacancy_id"), ["vacancy_id"], unique=False
        )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("four_eyes_threshold", MONEY, nullable=True))
        batch_op.add_column(
            sa.Column("trial_max_months", sa.Integer(), nullable=False, server_default="3")
        )
        batch_op.add_column(
            sa.Column(
                "trial_flat_rate_max_months", sa.Integer(), nullable=False, server_default="1"
            )
        )
        batch_op.add_column(
            sa.Column(
                "work_experience_max_months", sa.Integer(), nullable=False, server_default="6"
            )
        )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unavailable_until", sa.Date(), nullable=True))
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("wage_arrangement", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("long_hours_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column(
                "before_flat_rate_subsidy",
                sa.Boolean(),
                nullable=False,
                server_default=sa.false(),
            )
        )
    with op.batch_alter_table("placement_hours", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("long_hours_reason", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("incentive_awards", schema=None) as batch_op:
        batch_op.add_column(sa.Column("granted_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("paid_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_incentive_awards_granted_by_id_users", "users", ["granted_by_id"], ["id"]
        )
        batch_op.create_foreign_key(
            "fk_incentive_awards_paid_by_id_users", "users", ["paid_by_id"], ["id"]
        )
    with op.batch_alter_table("exit_premiums", schema=None) as batch_op:
        batch_op.add_column(sa.Column("requested_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("paid_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_exit_premiums_requested_by_id_users", "users", ["requested_by_id"], ["id"]
        )
        batch_op.create_foreign_key(
            "fk_exit_premiums_paid_by_id_users", "users", ["paid_by_id"], ["id"]
        )
    op.bulk_insert(
        youth,
        [
            {
                "valid_from": valid_from,
                "age": age,
                "percentage": Decimal(pct),
                "source": YOUTH_SOURCE,
            }
            for valid_from, table in YOUTH.items()
            for age, pct in table.items()
        ],
    )
    op.bulk_insert(
        lkv,
        [
            {
                "target_group": "banenafspraak",
                "valid_from": valid_from,
                "per_hour": Decimal(per_hour),
                "max_per_year": Decimal(maximum),
                "max_years": years,
                "declaration_needed": declaration,
                "source": source,
            }
            for valid_from, per_hour, maximum, years, declaration, source in LKV
        ],
    )


def downgrade():
    with op.batch_alter_table("exit_premiums", schema=None) as batch_op:
        batch_op.drop_constraint("fk_exit_premiums_paid_by_id_users", type_="foreignkey")
        batch_op.drop_constraint("fk_exit_premiums_requested_by_id_users", type_="foreignkey")
        batch_op.drop_column("paid_by_id")
        batch_op.drop_column("requested_by_id")
    with op.batch_alter_table("incentive_awards", schema=None) as batch_op:
        batch_op.drop_constraint("fk_incentive_awards_paid_by_id_users", type_="foreignkey")
        batch_op.drop_constraint("fk_incentive_awards_granted_by_id_users", type_="foreignkey")
        batch_op.drop_column("paid_by_id")
        batch_op.drop_column("granted_by_id")
    with op.batch_alter_table("placement_hours", schema=None) as batch_op:
        batch_op.drop_column("long_hours_reason")
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_column("before_flat_rate_subsidy")
        batch_op.drop_column("long_hours_reason")
        batch_op.drop_column("wage_arrangement")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("unavailable_until")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("work_experience_max_months")
        batch_op.drop_column("trial_flat_rate_max_months")
        batch_op.drop_column("trial_max_months")
        batch_op.drop_column("four_eyes_threshold")
    with op.batch_alter_table("shortlist_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shortlist_entries_vacancy_id"))
        batch_op.drop_index(batch_op.f("ix_shortlist_entries_client_id"))
    op.drop_table("shortlist_entries")
    op.drop_table("lkv_rates")
    op.drop_table("youth_minimum_wage_rates")
