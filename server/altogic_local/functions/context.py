"""`ctx`: the backend as the `altogic` client API, for handlers, called in-process.

Async handlers get an async client whose httpx transport calls the backend's ASGI app directly;
sync handlers (in the thread pool) a sync client whose transport hands each request to the
backend's event loop (`anyio.from_thread`). No socket is opened either way. The clients send the
app's first client key (any key when none is declared).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import anyio.from_thread
import httpx

from ..backend import Backend

if TYPE_CHECKING:
    from altogic import AltogicClient, AsyncAltogicClient

INTERNAL_KEY = "altogic-local-functions"


class _LoopTransport(httpx.BaseTransport):
    """A sync httpx transport, for threads started by anyio (the thread pool), that runs each
    request on the event loop through the async ASGI transport."""

    def __init__(self, app: Any) -> None:
        self._asgi = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()

        async def send() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            forwarded = httpx.Request(
                request.method, request.url, headers=request.headers, content=content
            )
            response = await self._asgi.handle_async_request(forwarded)
            body = await response.aread()
            return response.status_code, response.headers.raw, body

        status, headers, body = anyio.from_thread.run(send)
        return httpx.Response(status, headers=headers, content=body, request=request)


class Contexts:
    """The clients handed to handlers as `ctx`: a new one for each call (so a session a handler
    signs in or sets stays with that call), over one in-process transport of each kind, made on
    first use."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._async_http: httpx.AsyncClient | None = None
        self._sync_http: httpx.Client | None = None

    def _key(self) -> str:
        keys = self.backend.config.client_keys
        plain = [key for key in keys if not key.enforce_session]
        return (plain or list(keys))[0].key if keys else INTERNAL_KEY

    async def async_client(self, base_url: str) -> AsyncAltogicClient:
        from .lazy import LazyAsyncClient  # set up on first use (`lazy.py`)

        if self._async_http is None:
            transport = httpx.ASGITransport(app=self.backend.asgi_app)
            self._async_http = httpx.AsyncClient(transport=transport)
        return LazyAsyncClient(base_url, self._key(), http_client=self._async_http)

    async def sync_client(self, base_url: str) -> AltogicClient:
        return self.sync_client_here(base_url)

    def sync_client_here(self, base_url: str) -> AltogicClient:
        """`sync_client`, for a thread started by anyio (a sync handler's thread)."""
        from .lazy import LazyClient  # set up on first use (`lazy.py`)

        if self._sync_http is None:
            self._sync_http = httpx.Client(transport=_LoopTransport(self.backend.asgi_app))
        return LazyClient(base_url, self._key(), http_client=self._sync_http)

    async def close(self) -> None:
        if self._async_http is not None:
            await self._async_http.aclose()
        if self._sync_http is not None:
            self._sync_http.close()
        self._async_http = self._sync_http = None
