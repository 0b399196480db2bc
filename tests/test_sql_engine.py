"""The embedded SQL engine: reads run beside a write in progress, writes queue up and stay
atomic, and the memory-only database lives in a temporary folder removed with the engine."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
from altogic_local.engines.sql import SqliteEngine
from sqlalchemy import Column, Integer, Table, insert, select

WAIT = 10.0  # seconds; a bound on waiting for a thread, never a measured duration


def _engine(data_dir: Path | None) -> tuple[SqliteEngine, Table]:
    engine = SqliteEngine(data_dir)
    table = Table("numbers", engine.metadata, Column("n", Integer, primary_key=True))
    engine.create_tables()
    return engine, table


@pytest.mark.parametrize("kept", [False, True], ids=["memory", "folder"])
def test_a_read_does_not_wait_for_a_write_in_progress(kept: bool, tmp_path: Path) -> None:
    engine, table = _engine(tmp_path if kept else None)
    with engine.transaction() as connection:
        connection.execute(insert(table).values(n=1))
    writing, release = threading.Event(), threading.Event()

    def write() -> None:
        with engine.transaction() as connection:
            connection.execute(insert(table).values(n=2))
            writing.set()
            release.wait(WAIT)

    writer = threading.Thread(target=write)
    writer.start()
    assert writing.wait(WAIT)
    # The write transaction is open and holds the write lock; a read still runs now, and sees
    # the last committed state.
    with engine.read() as connection:
        assert connection.execute(select(table.c.n)).scalars().all() == [1]
    release.set()
    writer.join(WAIT)
    with engine.read() as connection:
        assert connection.execute(select(table.c.n)).scalars().all() == [1, 2]
    engine.close()


def test_writes_queue_up_and_a_failed_one_changes_nothing() -> None:
    engine, table = _engine(None)
    errors: list[BaseException] = []

    def write(start: int) -> None:
        try:
            for n in range(start, start + 50):
                with engine.transaction() as connection:
                    connection.execute(insert(table).values(n=n))
        except BaseException as error:
            errors.append(error)

    writers = [threading.Thread(target=write, args=(start,)) for start in (0, 100, 200, 300)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(WAIT)
    assert errors == []
    with pytest.raises(ValueError), engine.transaction() as connection:
        connection.execute(insert(table).values(n=1000))
        raise ValueError("fail after writing")
    with engine.read() as connection:
        assert connection.execute(select(table.c.n)).scalars().all() == sorted(
            n for start in (0, 100, 200, 300) for n in range(start, start + 50)
        )


def test_the_memory_database_is_removed_with_its_engine() -> None:
    engine, _ = _engine(None)
    folder = engine.path.parent
    assert engine.path.exists()
    engine.close()
    del engine, _
    gc.collect()
    assert not folder.exists()


def test_connect_hooks_reach_every_connection() -> None:
    engine, _ = _engine(None)
    engine.on_connect(lambda connection: connection.create_function("twice", 1, lambda v: 2 * v))
    seen: list[int] = []

    def read() -> None:
        with engine.read() as connection:
            seen.append(connection.exec_driver_sql("SELECT twice(21)").scalar_one())

    readers = [threading.Thread(target=read) for _ in range(4)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join(WAIT)
    assert seen == [42] * 4
    # A hook added later is run on the connections opened from then on.
    engine.on_connect(lambda connection: connection.create_function("thrice", 1, lambda v: 3 * v))
    with engine.read() as connection:
        assert connection.exec_driver_sql("SELECT thrice(2) + twice(1)").scalar_one() == 8
