"""Storage engines behind small interfaces, so that modules never depend on one implementation.

The backend builds one of each from its configuration and hands them to the modules. The embedded
engines (SQLite in a folder, an in-process cache) are the defaults; PostgreSQL, Redis or S3
engines implement the same protocols.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..clock import Clock
from .cache import CacheStore, MemoryCacheStore
from .sql import SqlEngine, SqliteEngine


@dataclass(frozen=True)
class Engines:
    sql: SqlEngine
    cache: CacheStore

    def close(self) -> None:
        self.sql.close()


def build_engines(data_dir: Path | None, clock: Clock) -> Engines:
    """The engines for a backend keeping its data in `data_dir` (None: nothing is kept)."""
    return Engines(sql=SqliteEngine(data_dir), cache=MemoryCacheStore(clock))
