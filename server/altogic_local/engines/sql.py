"""The SQL engine interface, and the embedded implementation: SQLite through SQLAlchemy Core.

Modules keep their tables in one SQL database, reached only through `SqlEngine`: they compile
their queries to SQLAlchemy expressions and run them in `read()` or `transaction()`. Reads run
concurrently, each on its own connection with a consistent snapshot; writes are serialised.

SQLite specifics stay here: every connection is in WAL mode (readers never wait for the writer,
the writer never waits for readers), write transactions start with `BEGIN IMMEDIATE` (so two
writers queue up instead of failing on a lock upgrade) behind a lock that keeps the writers of
this process in line, and a busy timeout covers writers of other processes. The memory-only mode
uses the same code on a database file in a temporary folder, removed with the engine.
"""

from __future__ import annotations

import math
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, event
from sqlalchemy.exc import OperationalError

from .. import cancellation

DATABASE_FILE = "altogic.sqlite3"
BUSY_TIMEOUT_MS = 10_000
"""How long a write waits for another process's write transaction before failing."""
POOL_SIZE = 8
MAX_OVERFLOW = 56
"""Connections beyond `POOL_SIZE` opened when many threads query at once (the server's worker
thread pool has 40 threads)."""

ConnectHook = Callable[[Any], None]
PROGRESS_STEPS = 1000
"""SQLite virtual-machine steps between two checks of the time budget and the cancellation."""


class QueryInterrupted(Exception):
    """A statement was stopped: its time budget was spent (`timed_out`), or its request's client
    disconnected."""

    def __init__(self, *, timed_out: bool, budget: float | None) -> None:
        reason = f"took longer than {budget:g} s" if timed_out else "was cancelled"
        super().__init__(f"the statement {reason}")
        self.timed_out = timed_out
        self.budget = budget


class SqlEngine(Protocol):
    """What modules need from an SQL database."""

    metadata: MetaData
    """Where modules declare their tables (created by `create_tables`)."""

    def transaction(self, budget: float | None = None) -> AbstractContextManager[Connection]:
        """A connection in a write transaction: committed on success, rolled back on error.
        Write transactions run one at a time. With a `budget` (seconds), a statement still
        running when it is spent is interrupted (`QueryInterrupted`, and the transaction rolls
        back); so is one whose request's client has gone (`altogic_local.cancellation`)."""
        ...

    def read(self, budget: float | None = None) -> AbstractContextManager[Connection]:
        """A connection in a read-only transaction: a consistent snapshot, run concurrently with
        other reads and with the writer. `budget` as for `transaction`."""
        ...

    def on_connect(self, hook: ConnectHook) -> None:
        """Run `hook(dbapi_connection)` on every connection (e.g. to register SQL functions)."""
        ...

    def create_tables(self, tables: list[Table] | None = None) -> None:
        """Create `tables` (default: every table on `metadata`) that do not exist yet."""
        ...

    def close(self) -> None: ...


class SqliteEngine:
    """One SQLite database: a file in the data folder, or (`data_dir=None`) a file in a temporary
    folder that is removed with the engine."""

    def __init__(self, data_dir: Path | None) -> None:
        if data_dir is None:
            temporary = tempfile.mkdtemp(prefix="altogic-local-")
            weakref.finalize(self, shutil.rmtree, temporary, True)
            folder = Path(temporary)
            # Nothing is kept, so nothing needs to reach the disk.
            self._synchronous = "OFF"
        else:
            folder = data_dir
            folder.mkdir(parents=True, exist_ok=True)
            self._synchronous = "NORMAL"
        self.path = folder / DATABASE_FILE
        self.engine: Engine = create_engine(
            f"sqlite:///{self.path}",
            connect_args={"check_same_thread": False, "isolation_level": None},
            pool_size=POOL_SIZE,
            max_overflow=MAX_OVERFLOW,
        )
        self.metadata = MetaData()
        self._hooks: list[ConnectHook] = []
        self._write_lock = threading.Lock()
        event.listen(self.engine, "connect", self._configure)
        event.listen(self.engine, "begin", _begin)

    def _configure(self, dbapi_connection: Any, connection_record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA synchronous = {self._synchronous}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()
        for hook in self._hooks:
            hook(dbapi_connection)

    def on_connect(self, hook: ConnectHook) -> None:
        self._hooks.append(hook)
        self.engine.dispose()  # connections opened before the hook are not reused

    @contextmanager
    def transaction(self, budget: float | None = None) -> Iterator[Connection]:
        with (
            self._write_lock,
            self.engine.connect().execution_options(begin="BEGIN IMMEDIATE") as connection,
            _bounded(connection, budget),
            connection.begin(),
        ):
            yield connection

    @contextmanager
    def read(self, budget: float | None = None) -> Iterator[Connection]:
        with self.engine.connect() as connection, _bounded(connection, budget), connection.begin():
            yield connection

    def create_tables(self, tables: list[Table] | None = None) -> None:
        with self.transaction() as connection:
            self.metadata.create_all(connection, tables=tables)

    def close(self) -> None:
        """Close the connections (the engine opens new ones if used again). A temporary database
        is removed when the engine is garbage-collected, or at exit."""
        self.engine.dispose()


def _begin(connection: Connection) -> None:
    """Start transactions ourselves (the driver is in autocommit mode): `BEGIN IMMEDIATE` for
    writes takes the write lock at once, plain `BEGIN` for reads takes a snapshot on first read."""
    connection.exec_driver_sql(connection.get_execution_options().get("begin", "BEGIN"))


@contextmanager
def _bounded(connection: Connection, budget: float | None) -> Iterator[None]:
    """Interrupt the connection's statements once `budget` seconds have passed or the current
    request is cancelled (SQLite's progress handler); turn the interruption into
    `QueryInterrupted`."""
    cancelled = cancellation.current()
    if budget is None and cancelled is None:
        yield
        return
    deadline = time.monotonic() + budget if budget is not None else math.inf
    timed_out = False

    def check() -> int:
        nonlocal timed_out
        if cancelled is not None and cancelled.is_set():
            return 1
        if time.monotonic() > deadline:
            timed_out = True
            return 1
        return 0

    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.set_progress_handler(check, PROGRESS_STEPS)
    try:
        yield
    except OperationalError as error:
        if "interrupted" not in str(error.orig):
            raise
        raise QueryInterrupted(timed_out=timed_out, budget=budget) from error
    finally:
        raw.set_progress_handler(None, 0)
