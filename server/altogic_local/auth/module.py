"""The auth module: its service on the backend's SQL engine, and the backend's session resolver."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool

from ..backend import Backend
from ..module import Module
from .operations import operations
from .service import AuthService
from .sessions import CachedSessions, SessionCache


class AuthModule(Module):
    name = "auth"
    operations = operations

    def __init__(self, backend: Backend) -> None:
        super().__init__(backend)
        cache = SessionCache()
        self.service = AuthService(backend.sql, backend.config.auth, backend.clock, cache)
        backend.sessions = CachedSessions(cache, self.service.find_session)

    async def start(self) -> None:
        await run_in_threadpool(self.service.create_tables)

    async def reset(self) -> None:
        await run_in_threadpool(self.service.reset)
