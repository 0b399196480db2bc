"""The gate every request and connection passes first: CORS for browser apps, and the client key.

Client keys are checked on every entry into the client API:

- HTTP requests and websockets under `/_api/` need a key in `X-Client-Key` (401
  `missing_client_key` / `invalid_client_key`);
- the emulator routes (`/_emulator/`) hold live sign-in links: when the app declares keys, they
  need one of them, or the emulator's own token in `X-Emulator-Token` (`emulatorToken` in
  `app.yaml`, else a random one that `altogic-local serve` prints);
- socket.io connections (`/socket.io/`, websocket and long polling) carry the key in their
  handshake payload, which the realtime module checks with `check_client_key`; a key sent in the
  header there is checked here too.

CORS: origins listed in `cors.allowedOrigins` get their origin echoed with
`Access-Control-Allow-Credentials: true` (the JavaScript client sends `credentials: "include"`);
any other origin gets `Access-Control-Allow-Origin: *` without credentials, so a page of another
site cannot make a credentialed call and read the answer.

The spec's `security` of each operation must agree with these path rules; `create_app` checks
that it does. One pure ASGI middleware reads the headers once: requests without an `Origin`
header (every non-browser client) pay for nothing but the client key lookup.
"""

from __future__ import annotations

import hmac

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .backend import Backend
from .config import AppConfig, ClientKey
from .errors import ApiError, ErrorCode, error_item, error_response
from .spec import ClientKeyMode

API_PREFIX = "/_api/"
EMULATOR_PREFIX = "/_emulator/"
SOCKET_PREFIX = "/socket.io/"
CORS_METHODS = b"GET, POST, PUT, DELETE, PATCH, OPTIONS"
CORS_MAX_AGE = b"600"


def client_key_mode(path: str) -> ClientKeyMode:
    """Which client key a path needs (the spec's `security` of its operations must agree)."""
    if path.startswith(API_PREFIX):
        return "required"
    if path.startswith(EMULATOR_PREFIX):
        return "declared"
    return "none"


def check_client_key(config: AppConfig, raw: str | None) -> ClientKey:
    """The client key `raw` stands for; raises 401 `missing_client_key` or `invalid_client_key`.
    With no declared keys, any non-empty key is accepted."""
    key = raw.strip() if raw else ""
    if not key:
        message = "The X-Client-Key header with the client library key is missing."
        raise ApiError(401, ErrorCode.missing_client_key, message)
    client_key = config.client_key(key)
    if client_key is None:
        message = "The client library key in X-Client-Key is not valid for this app."
        raise ApiError(401, ErrorCode.invalid_client_key, message)
    return client_key


class Gate:
    def __init__(self, app: ASGIApp, backend: Backend) -> None:
        self.app = app
        self.backend = backend
        self.config: AppConfig = backend.config
        self.trusted_origins = frozenset(
            origin.encode("latin-1") for origin in self.config.cors.allowed_origins
        )
        self.emulator_token = backend.emulator_token.encode()

    def client_key(self, raw: str | None) -> ClientKey:
        """The client key `raw` stands for (see `check_client_key`)."""
        return check_client_key(self.config, raw)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        origin = client_key = emulator_token = None
        preflight = False
        for name, value in scope["headers"]:
            if name == b"x-client-key":
                client_key = value
            elif name == b"origin":
                origin = value
            elif name == b"access-control-request-method":
                preflight = scope.get("method") == "OPTIONS"
            elif name == b"x-emulator-token":
                emulator_token = value
        if kind == "http" and origin is not None:
            trusted = origin in self.trusted_origins
            if preflight:
                await _preflight(scope, origin, trusted)(scope, receive, send)
                return
            send = _with_cors_headers(send, origin, trusted)
        if not self.backend.started:
            await _not_started(scope, receive, send)
            return
        path: str = scope["path"]
        mode = client_key_mode(path)
        check = mode == "required" or (
            (mode == "declared" and bool(self.config.client_keys))
            or (path.startswith(SOCKET_PREFIX) and client_key is not None)
        )
        if check and mode == "declared" and emulator_token is not None:
            check = not hmac.compare_digest(emulator_token, self.emulator_token)
        if check:
            try:
                key = self.client_key(client_key.decode("latin-1") if client_key else None)
            except ApiError as refusal:
                await _refuse(refusal, scope, receive, send)
                return
            scope.setdefault("state", {})["client_key"] = key
        await self.app(scope, receive, send)


async def _refuse(refusal: ApiError, scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008, "reason": refusal.items[0]["code"]})
        return
    await refusal.response()(scope, receive, send)


async def _not_started(scope: Scope, receive: Receive, send: Send) -> None:
    message = (
        "The backend has not been started: run the app's lifespan (an ASGI server does; in "
        "tests use `altogic_local.app.started(app)`, `LocalServer`, or `with TestClient(app)`)."
    )
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1011, "reason": "backend_not_started"})
        return
    item = error_item(ErrorCode.backend_not_started, message)
    await error_response(503, [item])(scope, receive, send)


def _cors_headers(origin: bytes, trusted: bool) -> list[tuple[bytes, bytes]]:
    if trusted:
        return [
            (b"access-control-allow-origin", origin),
            (b"access-control-allow-credentials", b"true"),
            (b"vary", b"Origin"),
        ]
    return [(b"access-control-allow-origin", b"*")]


def _preflight(scope: Scope, origin: bytes, trusted: bool) -> ASGIApp:
    """Answer a CORS preflight: the requested headers, credentials only for trusted origins."""
    requested = Headers(scope=scope).get("access-control-request-headers", "")
    headers = [
        *_cors_headers(origin, trusted),
        (b"access-control-allow-methods", CORS_METHODS),
        (b"access-control-max-age", CORS_MAX_AGE),
    ]
    if requested:
        headers.append((b"access-control-allow-headers", requested.encode("latin-1")))

    async def respond(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    return respond


def _with_cors_headers(send: Send, origin: bytes, trusted: bool) -> Send:
    added = _cors_headers(origin, trusted)

    async def send_with_cors(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), *added]
        await send(message)

    return send_with_cors
