"""Storage engines behind small interfaces, so that modules never depend on one implementation.

The backend builds one of each from its configuration and hands them to the modules. The embedded
engines (SQLite in a folder, an in-process cache, files in a folder) are the defaults; PostgreSQL,
Redis or S3 engines implement the same protocols.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..clock import Clock
from .blobs import BlobStore, FolderBlobStore
from .cache import CacheStore, MemoryCacheStore
from .jobs import JobQueue, SqlJobQueue
from .sql import SqlEngine, SqliteEngine


@dataclass(frozen=True)
class Engines:
    sql: SqlEngine
    cache: CacheStore
    blobs: BlobStore
    jobs: JobQueue

    async def open(self) -> None:
        """Run when the backend starts, before the modules."""
        await self.cache.open()
        self.blobs.open()

    async def close(self) -> None:
        """Run when the backend stops, after the modules."""
        await self.cache.close()
        self.blobs.close()
        self.sql.close()


CACHE_FILE = "cache.json"
FILES_FOLDER = "files"


def build_engines(
    data_dir: Path | None, clock: Clock, cache_snapshot_interval: float | None = None
) -> Engines:
    """The engines for a backend keeping its data in `data_dir` (None: nothing is kept); the
    cache is saved there every `cache_snapshot_interval` seconds when it changed (None: only
    when it stops)."""
    cache_path = data_dir / CACHE_FILE if data_dir is not None else None
    cache = MemoryCacheStore(clock, cache_path, cache_snapshot_interval)
    blobs = FolderBlobStore(data_dir / FILES_FOLDER if data_dir is not None else None)
    sql = SqliteEngine(data_dir)
    return Engines(sql=sql, cache=cache, blobs=blobs, jobs=SqlJobQueue(sql))
