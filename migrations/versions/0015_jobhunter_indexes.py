"""Indexes for the jobhunter's pages at a region's volume (issue 15)

Revision ID: 0015_jobhunter_indexes
Revises: 0017_match_indexes
Create Date: 2026-12-02 10:15:00

- vacancies (employer_id, status): an employer's open vacancies (SROI-kansen, the employer
  list's counts);
- vacancies (status, created_at, closing_date): the open vacancies newest first, one page read
  in index order, and counted from the index alone;
- employers (municipality_id, name): the employer list by name, one page read in index order;
- employer_contacts (employer_id, municipality_id, contact_date): the municipality's last
  contact with an employer;
- clients (jobhunter_id, municipality_id): the jobhunter's own clients (dashboard, worklists);
- clients (municipality_id, flag, date) for banenafspraak, sheltered work and newcomers: the
  target groups' deadline lists by date, one page read in index order.
"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "0015_jobhunter_indexes"
down_revision = "0017_match_indexes"
branch_labels = None
depends_on = None

INDEXES = [
    # created_at too: an employer's own open vacancies newest first (werkgever Overzicht and
    # Vacatures) are then read in order from this index; without it SQLite walks the open
    # vacancies of every employer in ix_vacancies_status_created_at to find the few of one.
    (
        "vacancies",
        "ix_vacancies_employer_status_created_at",
        ["employer_id", "status", "created_at"],
    ),
    ("vacancies", "ix_vacancies_status_created_at", ["status", "created_at", "closing_date"]),
    ("employers", "ix_employers_municipality_name", ["municipality_id", "name"]),
    (
        "employer_contacts",
        "ix_employer_contacts_employer_municipality",
        ["employer_id", "municipality_id", "contact_date"],
    ),
    ("clients", "ix_clients_jobhunter_municipality", ["jobhunter_id", "municipality_id"]),
    (
        "clients",
        "ix_clients_municipality_banenafspraak",
        ["municipality_id", "banenafspraak", "banenafspraak_on"],
    ),
    (
        "clients",
        "ix_clients_municipality_sheltered",
        ["municipality_id", "sheltered_work", "sheltered_work_on"],
    ),
    (
        "clients",
        "ix_clients_municipality_newcomer",
        ["municipality_id", "newcomer", "integration_start"],
    ),
]


def upgrade():
    for table, name, columns in INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, columns, unique=False)


def downgrade():
    for table, name, _columns in reversed(INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
