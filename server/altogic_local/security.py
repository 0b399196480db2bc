"""The gate every request passes first: CORS for browser apps and the client key check for the
client API (every path under `/_api/`).

One pure ASGI middleware that reads the request headers once; requests without an `Origin`
header (every non-browser client) pay for nothing but the client key lookup.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .config import AppConfig
from .errors import error_item, error_response

API_PREFIX = "/_api/"
CORS_METHODS = b"GET, POST, PUT, DELETE, PATCH, OPTIONS"
CORS_MAX_AGE = b"600"


class Gate:
    def __init__(self, app: ASGIApp, config: AppConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        origin = client_key = None
        preflight = False
        for name, value in scope["headers"]:
            if name == b"x-client-key":
                client_key = value
            elif name == b"origin":
                origin = value
            elif name == b"access-control-request-method":
                preflight = scope["method"] == "OPTIONS"
        if origin is not None:
            if preflight:
                await _preflight(scope, origin)(scope, receive, send)
                return
            send = _with_cors_headers(send, origin)
        if scope["path"].startswith(API_PREFIX):
            refusal = self._check_client_key(scope, client_key)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _check_client_key(self, scope: Scope, raw: bytes | None) -> ASGIApp | None:
        key = raw.decode("latin-1").strip() if raw else ""
        if not key:
            message = "The X-Client-Key header with the client library key is missing."
            return error_response(401, [error_item("missing_client_key", message)])
        client_key = self.config.client_key(key)
        if client_key is None:
            message = "The client library key in X-Client-Key is not valid for this app."
            return error_response(401, [error_item("invalid_client_key", message)])
        scope.setdefault("state", {})["client_key"] = client_key
        return None


def _preflight(scope: Scope, origin: bytes) -> ASGIApp:
    """Answer a CORS preflight: any origin, with credentials, any requested headers."""
    requested = Headers(scope=scope).get("access-control-request-headers", "")
    headers = {
        "Access-Control-Allow-Origin": origin.decode("latin-1"),
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": CORS_METHODS.decode(),
        "Access-Control-Max-Age": CORS_MAX_AGE.decode(),
        "Vary": "Origin",
    }
    if requested:
        headers["Access-Control-Allow-Headers"] = requested

    async def respond(scope: Scope, receive: Receive, send: Send) -> None:
        raw = [(k.lower().encode(), v.encode("latin-1")) for k, v in headers.items()]
        await send({"type": "http.response.start", "status": 204, "headers": raw})
        await send({"type": "http.response.body", "body": b""})

    return respond


def _with_cors_headers(send: Send, origin: bytes) -> Send:
    """Browser apps call with `credentials: "include"`, so the origin is echoed, never `*`."""

    async def send_with_cors(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [
                *message.get("headers", []),
                (b"access-control-allow-origin", origin),
                (b"access-control-allow-credentials", b"true"),
                (b"vary", b"Origin"),
            ]
        await send(message)

    return send_with_cors
