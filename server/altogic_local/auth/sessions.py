"""Session checks for every module: FastAPI dependencies and the enforce-session middleware.

A module whose operation needs a signed-in user declares a parameter

    signed_in: RequiredSession          # 401 missing_session_token / invalid_session_token

or `OptionalSession` (None without a `Session` header; a bad token is still refused). The
middleware makes every call with a client key declared `enforceSession: true` carry a valid
session, except the calls that start one (`SESSION_FREE_PATHS`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection, Request
from starlette.types import ASGIApp, Receive, Scope, Send

from ..config import ClientKey
from ..errors import ApiError
from .service import AuthService, SignedIn

SESSION_HEADER = "session"
AUTH_PREFIX = "/_api/rest/v1/auth"
# Operations that need no session even under a client key that enforces sessions: those that
# start a session, and those a signed-out user needs to get one (links, codes, resets).
SESSION_FREE_PATHS = frozenset(
    f"{AUTH_PREFIX}/{name}"
    for name in (
        "signup-email",
        "signup-phone",
        "signin-email",
        "signin-phone",
        "signin-code",
        "grant",
        "resend",
        "resend-code",
        "send-magic",
        "send-reset",
        "send-reset-code",
        "send-code",
        "reset-pwd",
        "reset-pwd-code",
        "verify-phone",
    )
)
_STATE_KEY = "signed_in"


def auth_service(connection: HTTPConnection) -> AuthService:
    service: AuthService = connection.app.state.auth_service
    return service


def missing_session() -> ApiError:
    return ApiError(
        401, "missing_session_token", "This operation needs a session: send its token in `Session`."
    )


def invalid_session() -> ApiError:
    return ApiError(
        401, "invalid_session_token", "The session token is not valid (unknown or signed out)."
    )


async def _resolve(connection: HTTPConnection) -> SignedIn | None:
    """The request's session, None without a `Session` header; raises for a bad token."""
    state = connection.scope.setdefault("state", {})
    if _STATE_KEY in state:
        cached: SignedIn | None = state[_STATE_KEY]
        return cached
    token = connection.headers.get(SESSION_HEADER, "").strip()
    signed_in = None
    if token:
        signed_in = await run_in_threadpool(auth_service(connection).resolve_session, token)
        if signed_in is None:
            raise invalid_session()
    state[_STATE_KEY] = signed_in
    return signed_in


async def optional_session(request: Request) -> SignedIn | None:
    return await _resolve(request)


async def require_session(request: Request) -> SignedIn:
    signed_in = await _resolve(request)
    if signed_in is None:
        raise missing_session()
    return signed_in


RequiredSession = Annotated[SignedIn, Depends(require_session)]
OptionalSession = Annotated[SignedIn | None, Depends(optional_session)]


class EnforceSessionMiddleware:
    """Refuses calls without a valid session when the client key enforces sessions. Runs after
    `ClientKeyMiddleware`, which puts the matched key in the request state."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] not in SESSION_FREE_PATHS:
            client_key = scope.get("state", {}).get("client_key")
            if isinstance(client_key, ClientKey) and client_key.enforce_session:
                connection = HTTPConnection(scope)
                try:
                    if await _resolve(connection) is None:
                        raise missing_session()
                except ApiError as error:
                    await error.response()(scope, receive, send)
                    return
        await self.app(scope, receive, send)
