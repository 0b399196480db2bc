"""Client key enforcement for the client API (every path under `/_api/`).

A pure ASGI middleware, so the check costs one header lookup and nothing else.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from .config import AppConfig
from .errors import error_item, error_response

API_PREFIX = "/_api/"


class ClientKeyMiddleware:
    def __init__(self, app: ASGIApp, config: AppConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(API_PREFIX):
            key = _header(scope, b"x-client-key").strip()
            if not key:
                message = "The X-Client-Key header with the client library key is missing."
                await _refuse("missing_client_key", message)(scope, receive, send)
                return
            client_key = self.config.client_key(key)
            if client_key is None:
                message = "The client library key in X-Client-Key is not valid for this app."
                await _refuse("invalid_client_key", message)(scope, receive, send)
                return
            scope.setdefault("state", {})["client_key"] = client_key
        await self.app(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str:
    for header, value in scope["headers"]:
        if header == name:
            return str(value.decode("latin-1"))
    return ""


def _refuse(code: str, message: str) -> ASGIApp:
    return error_response(401, [error_item(code, message)])
