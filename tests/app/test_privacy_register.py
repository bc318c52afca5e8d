"""docs/privacy.md, the privacy register, names every table and every column of the database.

A new column (or table) that the document does not mention fails this test: whoever adds it says
whether it is personal data, who sees it and how long it is kept.
"""

from __future__ import annotations

import re
from pathlib import Path

import app.models  # noqa: F401 - registers every model on the metadata
from app.extensions import db

REGISTER = Path(__file__).resolve().parents[2] / "docs" / "privacy.md"


def _sections() -> dict[str, str]:
    """The text under each `### \\`table\\`` heading, by table name."""
    text = REGISTER.read_text(encoding="utf-8")
    sections = {}
    for block in re.split(r"^### ", text, flags=re.MULTILINE)[1:]:
        name = re.match(r"`([a-z_0-9]+)`", block)
        assert name, f"a table heading is written as ### `name`: {block[:40]!r}"
        sections[name.group(1)] = block
    return sections


def test_every_table_and_column_is_in_the_register():
    sections = _sections()
    missing = []
    for table in db.metadata.sorted_tables:
        section = sections.get(table.name)
        if section is None:
            missing.append(f"table {table.name}")
            continue
        missing += [
            f"{table.name}.{column.name}"
            for column in table.columns
            if f"`{column.name}`" not in section
        ]
    assert missing == [], "docs/privacy.md does not mention: " + ", ".join(missing)


def test_the_register_names_no_table_that_is_gone():
    tables = {table.name for table in db.metadata.sorted_tables}
    assert sorted(set(_sections()) - tables) == []
