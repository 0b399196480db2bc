"""The running backend's state: its settings, its clock and its engines, shared by every module."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from starlette.requests import HTTPConnection

from .clock import Clock
from .config import AppConfig
from .engines.cache import CacheStore
from .engines.sql import SqlDatabase


@dataclass
class Backend:
    config: AppConfig
    clock: Clock
    data_dir: Path | None
    """Where the engines keep their data; None keeps everything in memory."""
    cache: CacheStore
    sql: SqlDatabase
    """The SQL database that modules keep their tables in."""


def backend_of(connection: HTTPConnection) -> Backend:
    backend: Backend = connection.app.state.backend
    return backend
