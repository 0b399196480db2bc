"""The running backend's state: its settings, its clock and its engines, shared by every module."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.types import Scope

from .clock import Clock, iso
from .config import AppConfig
from .engines import Engines
from .engines.blobs import BlobStore
from .engines.cache import CacheStore
from .engines.sql import SqlEngine
from .events import UserEvents
from .sessions import NoSessions, SessionResolver
from .snapshots import SnapshotError, read_manifest, write_manifest

if TYPE_CHECKING:
    from .module import Module


@dataclass
class Backend:
    config: AppConfig
    clock: Clock
    data_dir: Path | None
    """Where the engines keep their data; None keeps nothing once the backend stops."""
    engines: Engines
    sessions: SessionResolver = field(default_factory=NoSessions)
    """Turns `Session` tokens into sessions; the auth module sets it."""
    user_events: UserEvents = field(default_factory=UserEvents)
    """What the auth module tells of users' sessions and accounts (realtime listens)."""
    started: bool = False
    """Whether the modules have been started (the app's lifespan has run)."""
    emulator_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    modules: dict[str, Module] = field(default_factory=dict)
    """The modules by name, in start-up order (`create_app` sets them)."""
    """Opens the emulator routes when client keys are declared (`X-Emulator-Token`)."""
    asgi_app: Any = None
    """The backend's ASGI app (`create_app` sets it), which handlers' `ctx` clients call."""
    bound_url: str | None = None
    """The address the server listens on, once known (`altogic-local serve` and `LocalServer`
    set it)."""

    def public_url(self, scope: Scope) -> str:
        """The backend's URL as users reach it, which the links it hands out point at: the app's
        `publicUrl`, else the address the server bound, else (an app served by another ASGI
        server, or called in-process) the address the server reports the request reached (the
        ASGI scope's `server`: the listening socket, or an in-process client's base URL). Never
        the request's `Host` header, which the caller chooses."""
        url = self.config.public_url or self.bound_url or _served_url(scope)
        return url.rstrip("/")

    def stateful_modules(self) -> list[str]:
        """The names of the modules that hold state, in start-up order."""
        return [name for name, module in self.modules.items() if module.stateful]

    async def reset(self, names: Iterable[str] | None = None) -> list[str]:
        """Bring the named modules (all that hold state when None) back to a fresh start; answers
        the names reset, in start-up order. Raises `KeyError` for a name no stateful module has."""
        stateful = self.stateful_modules()
        wanted = set(stateful if names is None else names)
        if unknown := wanted - set(stateful):
            raise KeyError(f"no module to reset is named {sorted(unknown)}")
        done = [name for name in stateful if name in wanted]
        for name in done:
            await self.modules[name].reset()
        return done

    async def export(self, folder: Path) -> list[str]:
        """Write every stateful module's state into `folder` (created if needed) as JSON files,
        with the manifest `altogic-local.json`; answers the modules exported."""
        names = self.stateful_modules()
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            await self.modules[name].export_to(folder)
        write_manifest(folder, names, iso(self.clock.now()))
        return names

    async def import_(self, folder: Path) -> list[str]:
        """Replace the whole state with the export in `folder` (modules it does not hold start
        empty); answers the modules imported. On a folder it cannot read, raises
        `SnapshotError` and leaves the backend empty."""
        names = read_manifest(folder)
        stateful = self.stateful_modules()
        if unknown := sorted(set(names) - set(stateful)):
            raise SnapshotError(f"{folder}: modules this backend does not have: {unknown}")
        await self.reset()
        done = [name for name in stateful if name in names]
        try:
            for name in done:
                await self.modules[name].import_from(folder)
        except BaseException:
            await self.reset()
            raise
        return done

    @property
    def sql(self) -> SqlEngine:
        """The SQL database that modules keep their tables in."""
        return self.engines.sql

    @property
    def cache(self) -> CacheStore:
        return self.engines.cache

    @property
    def blobs(self) -> BlobStore:
        """Where file contents are kept, by id."""
        return self.engines.blobs


DEFAULT_PORTS = {"http": 80, "https": 443}


def _served_url(scope: Scope) -> str:
    scheme = "https" if scope.get("scheme") in ("https", "wss") else "http"
    host, port = scope.get("server") or ("localhost", None)
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    return f"{scheme}://{netloc}{scope.get('root_path', '')}"
