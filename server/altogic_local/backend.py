"""The running backend's state: its settings, its clock and its engines, shared by every module."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from .clock import Clock
from .config import AppConfig
from .engines import Engines
from .engines.cache import CacheStore
from .engines.sql import SqlEngine
from .sessions import NoSessions, SessionResolver


@dataclass
class Backend:
    config: AppConfig
    clock: Clock
    data_dir: Path | None
    """Where the engines keep their data; None keeps nothing once the backend stops."""
    engines: Engines
    sessions: SessionResolver = field(default_factory=NoSessions)
    """Turns `Session` tokens into sessions; the auth module sets it."""
    started: bool = False
    """Whether the modules have been started (the app's lifespan has run)."""
    emulator_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    """Opens the emulator routes when client keys are declared (`X-Emulator-Token`)."""

    @property
    def sql(self) -> SqlEngine:
        """The SQL database that modules keep their tables in."""
        return self.engines.sql

    @property
    def cache(self) -> CacheStore:
        return self.engines.cache
