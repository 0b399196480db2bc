"""The embedded SQL engine: SQLite through SQLAlchemy Core, shared by every module that keeps
data in tables (the database module's models, auth's users and sessions, ...).

Work happens in the database: modules compile their queries to SQLAlchemy expressions and run
them here. SQLite allows one writer at a time, so transactions are serialised with a lock; that
also makes one in-memory database safe to share between the server's threads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, create_engine, event
from sqlalchemy.pool import StaticPool

DATABASE_FILE = "altogic.sqlite3"


class SqlDatabase:
    """One SQLite database (a file in the data folder, or in memory) and the lock guarding it."""

    def __init__(self, data_dir: Path | None) -> None:
        if data_dir is None:
            self.engine: Engine = create_engine(
                "sqlite://",
                connect_args={"check_same_thread": False},
                poolclass=StaticPool,
            )
        else:
            data_dir.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(
                f"sqlite:///{data_dir / DATABASE_FILE}",
                connect_args={"check_same_thread": False},
                poolclass=StaticPool,
            )
        event.listen(self.engine, "connect", _configure_connection)
        self.metadata = MetaData()
        self.lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection inside a transaction, committed on success and rolled back on error."""
        with self.lock, self.engine.begin() as connection:
            yield connection

    def create_tables(self) -> None:
        """Create the tables registered on `metadata` that do not exist yet."""
        with self.lock:
            self.metadata.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()


def _configure_connection(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
