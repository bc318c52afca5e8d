"""How many rows were ever deleted from the tables the matching index depends on.

The matching index and the encoded client pools ask on every match page whether anything
changed since they were built. Inserts and edits show in a table's highest id and newest
`updated_at` (index look-ups); a deletion shows in neither. Counting the rows would (100,000
vacancies: 5 ms on PostgreSQL, which counts by reading an index from end to end), so the
database counts deletions itself: a trigger on each table in `TRACKED` adds one to its row
here, in the same transaction as the delete, whoever deletes (the ORM, plain SQL, a cascade
of a foreign key). Migration 0021 creates the table and the triggers; a later migration that
rebuilds one of these tables on SQLite (batch mode) must create its trigger again.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Select, String
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db

# The tables whose deletions are counted (the matching index's vacancies, the client pools).
TRACKED = ("vacancies", "clients", "client_occupations")


class RowDeletion(db.Model):
    """Deletions from one table so far (a row appears with the table's first deletion)."""

    __tablename__ = "row_deletions"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    deleted: Mapped[int] = mapped_column(BigInteger, default=0)


def deletions(model) -> Select:
    """A select of the rows ever deleted from `model`'s table (one of `TRACKED`): 0 before the
    first."""
    name = model.__table__.name
    if name not in TRACKED:
        raise ValueError(f"deletions from {name} are not counted")
    return db.select(db.func.coalesce(db.func.max(RowDeletion.deleted), 0)).where(
        RowDeletion.table_name == name
    )
