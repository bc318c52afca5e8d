"""The embedded SQLite database (`make run`, the tests) keeps a write-ahead log, so a page that
writes its audit entry does not wait for a rollback journal to reach the disk (PostgreSQL
connections are not touched: on them the setting would be an error)."""

from sqlalchemy import create_engine, text


def test_the_embedded_database_keeps_a_write_ahead_log(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'werkbrug.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    engine.dispose()
