"""The cache module: its service on the backend's cache engine."""

from __future__ import annotations

from pathlib import Path

from ..backend import Backend
from ..module import Module
from ..snapshots import SnapshotError, read_json, write_json
from .operations import operations
from .service import CacheService


class CacheModule(Module):
    name = "cache"
    operations = operations

    def __init__(self, backend: Backend) -> None:
        super().__init__(backend)
        self.service = CacheService(backend.cache, backend.config.cache)

    async def reset(self) -> None:
        await self.backend.cache.clear()

    async def export_to(self, folder: Path) -> None:
        write_json(folder / "cache.json", await self.backend.cache.snapshot())

    async def import_from(self, folder: Path) -> None:
        snapshot = read_json(folder / "cache.json")
        try:
            await self.backend.cache.restore(snapshot)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            await self.backend.cache.clear()
            raise SnapshotError(f"{folder / 'cache.json'} is not a cache export: {exc!r}") from exc
