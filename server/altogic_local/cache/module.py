"""The cache module: its service on the backend's cache engine."""

from __future__ import annotations

from ..backend import Backend
from ..module import Module
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
