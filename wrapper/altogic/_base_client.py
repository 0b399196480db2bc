"""What the sync and async clients share: their options, checked once, and the connection pool
they may own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from ._settings import DEFAULT_TIMEOUT, RealtimeOptions, make_settings

POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)


def default_sync_http(timeout: httpx.Timeout | None) -> httpx.Client:
    """The sync client's own pooled httpx client."""
    return httpx.Client(timeout=timeout or DEFAULT_TIMEOUT, limits=POOL_LIMITS)


def default_async_http(timeout: httpx.Timeout | None) -> httpx.AsyncClient:
    """An httpx client on aiohttp's connection pool: httpx's own async pool scans every
    connection for every queued request, which makes bursts of concurrent calls several times
    slower (see bench/RESULTS.md). Imported here, on first use, because aiohttp is slow to import.
    """
    from httpx_aiohttp import AiohttpTransport

    transport = AiohttpTransport(limits=POOL_LIMITS)
    return httpx.AsyncClient(transport=transport, timeout=timeout or DEFAULT_TIMEOUT)


class BaseClient(Generic[HttpClient]):
    """The settings of a client for one Altogic environment, and its httpx client."""

    def __init__(
        self,
        env_url: str,
        client_key: str,
        *,
        api_key: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        realtime: RealtimeOptions | None,
        http_client: HttpClient | None,
        default_http: Callable[[httpx.Timeout | None], HttpClient],
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
        self._http: HttpClient = (
            default_http(self.settings.timeout) if http_client is None else http_client
        )
