"""The database module: its store of models on the backend's SQL engine, and its service."""

from __future__ import annotations

from pathlib import Path

from starlette.concurrency import run_in_threadpool

from ..backend import Backend
from ..module import Module
from .operations import operations
from .service import DatabaseService
from .store import Store


class DatabaseModule(Module):
    name = "database"
    operations = operations

    def __init__(self, backend: Backend) -> None:
        super().__init__(backend)
        settings = backend.config.database
        self.store = Store(backend.sql, settings)
        self.service = DatabaseService(self.store, settings, backend.clock)

    async def start(self) -> None:
        await run_in_threadpool(self.store.open)

    async def reset(self) -> None:
        await run_in_threadpool(self.store.reset)

    async def export_to(self, folder: Path) -> None:
        await run_in_threadpool(self.service.export_to, folder)

    async def import_from(self, folder: Path) -> None:
        await run_in_threadpool(self.service.import_from, folder)
