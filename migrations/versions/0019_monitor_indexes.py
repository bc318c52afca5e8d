"""Indexes for the jobhunter's Monitor, Campagne and Doelgroepen at a region's volume (issue 15)

Revision ID: 0019_monitor_indexes
Revises: 0018_caseload_client_list
Create Date: 2026-12-02 14:00:00

- `ix_clients_monitor_tally`: the monitor's residents per client group and step (and whether
  on file before the period's end), counted in one pass over the index in (group, step)
  order, without reading the rows or sorting them;
- `ix_clients_municipality_benefit` and `_benefit_end`: the monitor's open cases without a
  benefit (nuggers) and the benefits ended for work in a period, each a range of an index;
- the target groups' indexes (municipality, flag, date) gain whether the case is open (and,
  for banenafspraak, the benefit type): Doelgroepen counts each group's open cases from the
  index alone instead of reading every resident of the municipality;
- `ix_vacancies_employer_created_paid`: the campaign's vacancies acquired in a year, paid or
  not, counted per employer from the index alone;
- `ix_contracts_authority_period`: the monitor's SROI rows, the running contracts per
  authority read from the index alone (not the rows) before their stored status.
"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "0019_monitor_indexes"
down_revision = "0018_caseload_client_list"
branch_labels = None
depends_on = None

NEW = {
    "ix_clients_monitor_tally": [
        "municipality_id",
        "client_group",
        "ladder_step",
        "case_closed_at",
        "created_at",
    ],
    "ix_clients_municipality_benefit": ["municipality_id", "benefit_type", "case_closed_at"],
    "ix_clients_municipality_benefit_end": [
        "municipality_id",
        "benefit_end_reason",
        "benefit_end",
        "case_closed_at",
    ],
}
# name: (columns before, columns now)
TARGET_GROUPS = {
    "ix_clients_municipality_banenafspraak": (
        ["municipality_id", "banenafspraak", "banenafspraak_on"],
        [
            "municipality_id",
            "banenafspraak",
            "banenafspraak_on",
            "case_closed_at",
            "anonymised_at",
            "benefit_type",
        ],
    ),
    "ix_clients_municipality_sheltered": (
        ["municipality_id", "sheltered_work", "sheltered_work_on"],
        [
            "municipality_id",
            "sheltered_work",
            "sheltered_work_on",
            "case_closed_at",
            "anonymised_at",
        ],
    ),
    "ix_clients_municipality_newcomer": (
        ["municipality_id", "newcomer", "integration_start"],
        ["municipality_id", "newcomer", "integration_start", "case_closed_at", "anonymised_at"],
    ),
}


def upgrade():
    # Not in batch mode: on SQLite that could rebuild `clients`, and 0018's index on expressions
    # (which SQLite cannot reflect) would be lost.
    for name, (_before, now) in TARGET_GROUPS.items():
        op.drop_index(name, table_name="clients")
        op.create_index(name, "clients", now, unique=False)
    for name, columns in NEW.items():
        op.create_index(name, "clients", columns, unique=False)
    op.create_index(
        "ix_vacancies_employer_created_paid",
        "vacancies",
        ["employer_id", "created_at", "paid"],
        unique=False,
    )
    op.create_index(
        "ix_contracts_authority_period",
        "contracts",
        ["authority_id", "start_date", "end_date"],
        unique=False,
    )


def downgrade():
    op.drop_index("ix_contracts_authority_period", table_name="contracts")
    op.drop_index("ix_vacancies_employer_created_paid", table_name="vacancies")
    for name in reversed(NEW):
        op.drop_index(name, table_name="clients")
    for name, (before, _now) in TARGET_GROUPS.items():
        op.drop_index(name, table_name="clients")
        op.create_index(name, "clients", before, unique=False)
