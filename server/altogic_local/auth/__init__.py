"""The auth module: users, sessions, verification, OAuth and the local outbox
(`/_api/rest/v1/auth/*`, `/_auth/*`, `/_emulator/outbox`)."""

from fastapi import FastAPI

from ..backend import Backend
from .routes import routes
from .service import AuthService, SignedIn
from .sessions import (
    EnforceSessionMiddleware,
    OptionalSession,
    RequiredSession,
    optional_session,
    require_session,
)


def setup(app: FastAPI, backend: Backend) -> None:
    """Create the module's tables and service for `app`."""
    app.state.auth_service = AuthService(backend.sql, backend.config.auth, backend.clock)


__all__ = [
    "AuthService",
    "EnforceSessionMiddleware",
    "OptionalSession",
    "RequiredSession",
    "SignedIn",
    "optional_session",
    "require_session",
    "routes",
    "setup",
]
