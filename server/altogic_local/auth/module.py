"""The auth module: its service on the backend's SQL engine, and the backend's session resolver."""

from __future__ import annotations

from pathlib import Path

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
        service = AuthService(
            backend.sql,
            backend.config.auth,
            backend.clock,
            cache,
            data_dir=backend.data_dir,
            events=backend.user_events,
        )
        self.service = service
        backend.sessions = CachedSessions(
            cache,
            service.find_session,
            service.renew_session,
            backend.clock,
            service.session_lifetime,
        )

    async def start(self) -> None:
        await run_in_threadpool(self.service.start)

    async def reset(self) -> None:
        await run_in_threadpool(self.service.reset)

    async def export_to(self, folder: Path) -> None:
        await run_in_threadpool(self.service.export_to, folder)

    async def import_from(self, folder: Path) -> None:
        await run_in_threadpool(self.service.import_from, folder)
