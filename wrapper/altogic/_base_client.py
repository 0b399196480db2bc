"""What the sync and async clients share: their options, taken and checked once, and the
connection pool they may own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._settings import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RealtimeOptions, make_settings
from .session import AsyncSessionStorage, MemoryStorage, SessionStorage

POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)
Storage = TypeVar("Storage", SessionStorage, SessionStorage | AsyncSessionStorage)


def default_sync_http(timeout: httpx.Timeout | None, headers: dict[str, str]) -> httpx.Client:
    """The sync client's own pooled httpx client, sending `headers` with every request."""
    return httpx.Client(timeout=timeout or DEFAULT_TIMEOUT, limits=POOL_LIMITS, headers=headers)


def default_async_http(timeout: httpx.Timeout | None, headers: dict[str, str]) -> httpx.AsyncClient:
    """An httpx client on aiohttp's connection pool, sending `headers` with every request:
    httpx's own async pool scans every connection for every queued request, which makes bursts of
    concurrent calls several times slower (see bench/RESULTS.md). Imported here, on first use,
    because aiohttp is slow to import.
    """
    from httpx_aiohttp import AiohttpTransport

    transport = AiohttpTransport(limits=POOL_LIMITS)
    return httpx.AsyncClient(
        transport=transport, timeout=timeout or DEFAULT_TIMEOUT, headers=headers
    )


class BaseClient(Generic[HttpClient, Storage]):
    """A client for one Altogic environment: its settings and its httpx client. The sync and async
    clients add how they send (`_connect`), and their managers."""

    def __init__(
        self,
        env_url: str,
        client_key: str,
        *,
        api_key: str | None = None,
        session_storage: Storage | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpClient | None = None,
        realtime: RealtimeOptions | Mapping[str, Any] | None = None,
    ) -> None:
        self.settings = make_settings(
            env_url,
            client_key,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            realtime=realtime,
        )
        self._owns_http = http_client is None
        self._http: HttpClient = self._default_http() if http_client is None else http_client
        self._connect(session_storage or MemoryStorage())

    def _default_http(self) -> HttpClient:
        """The pooled httpx client the client makes when none is passed in (`http_client`); it
        sends the client's headers (`Settings.headers`) itself."""
        raise NotImplementedError

    def _request_headers(self) -> dict[str, str]:
        """The headers each request carries besides the session: none when the client's own
        httpx client sends them (set once, not merged into every request), all of them through
        an `http_client` passed in."""
        return {} if self._owns_http else self.settings.headers()

    def _connect(self, session_storage: Storage | MemoryStorage) -> None:
        """Set up sending over `self._http`, holding the session kept in `session_storage`."""
        raise NotImplementedError
