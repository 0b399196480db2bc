"""`create_client` / `create_async_client`: the entry points of the library.

Both clients hold one pooled httpx client, the settings, and the signed-in user's session, and
expose the same managers (`client.cache`, ...), created on first use. The managers plan calls;
`_send` sends them and forgets the session when the server says it is no longer valid.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._call import Call, R
from ._session import AsyncSessionKeeper, SessionKeeper
from ._settings import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RealtimeOptions, make_settings
from ._transport import AsyncTransport, SyncTransport
from .result import SESSION_ERROR_CODES, Result
from .session import AsyncSessionStorage, MemoryStorage, SessionStorage

if TYPE_CHECKING:
    from .auth import AsyncAuthManager, AuthManager
    from .cache import AsyncCacheManager, CacheManager
    from .db import AsyncDatabaseManager, DatabaseManager

POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def _default_async_http(timeout: httpx.Timeout | None) -> httpx.AsyncClient:
    """An httpx client on aiohttp's connection pool: httpx's own async pool scans every
    connection for every queued request, which makes bursts of concurrent calls several times
    slower (see bench/RESULTS.md). Imported here, on first use, because aiohttp is slow to import.
    """
    from httpx_aiohttp import AiohttpTransport

    transport = AiohttpTransport(limits=POOL_LIMITS)
    return httpx.AsyncClient(transport=transport, timeout=timeout or DEFAULT_TIMEOUT)


def _loses_session(result: Result[Any]) -> bool:
    return result.errors is not None and not SESSION_ERROR_CODES.isdisjoint(result.errors.codes)


class AltogicClient:
    """A client for one Altogic environment. Create it with `create_client`."""

    def __init__(
        self,
        env_url: str,
        client_key: str,
        *,
        api_key: str | None = None,
        session_storage: SessionStorage | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        realtime: RealtimeOptions | None = None,
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
        self._http = http_client or httpx.Client(
            timeout=self.settings.timeout or DEFAULT_TIMEOUT, limits=POOL_LIMITS
        )
        self._transport = SyncTransport(
            self.settings.base_url, self._http, max_retries, self.settings.timeout
        )
        self._headers = self.settings.headers()
        self._session = SessionKeeper(session_storage or MemoryStorage())

    @cached_property
    def auth(self) -> AuthManager:
        from .auth import AuthManager

        return AuthManager(self)

    @cached_property
    def cache(self) -> CacheManager:
        from .cache import CacheManager

        return CacheManager(self)

    @cached_property
    def db(self) -> DatabaseManager:
        from .db import DatabaseManager

        return DatabaseManager(self)

    def _send(self, call: Call[R]) -> R:
        token = self._session.token
        headers = self._headers if token is None else {**self._headers, "Session": token}
        result = self._transport.send(call, headers)
        if _loses_session(result):
            self._session.clear()
        return result

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> AltogicClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAltogicClient:
    """The asyncio twin of `AltogicClient`. Create it with `create_async_client`."""

    def __init__(
        self,
        env_url: str,
        client_key: str,
        *,
        api_key: str | None = None,
        session_storage: SessionStorage | AsyncSessionStorage | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        realtime: RealtimeOptions | None = None,
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
        self._http = http_client or _default_async_http(self.settings.timeout)
        self._transport = AsyncTransport(
            self.settings.base_url, self._http, max_retries, self.settings.timeout
        )
        self._headers = self.settings.headers()
        self._session = AsyncSessionKeeper(session_storage or MemoryStorage())

    @cached_property
    def auth(self) -> AsyncAuthManager:
        from .auth import AsyncAuthManager

        return AsyncAuthManager(self)

    @cached_property
    def cache(self) -> AsyncCacheManager:
        from .cache import AsyncCacheManager

        return AsyncCacheManager(self)

    @cached_property
    def db(self) -> AsyncDatabaseManager:
        from .db import AsyncDatabaseManager

        return AsyncDatabaseManager(self)

    async def _send(self, call: Call[R]) -> R:
        await self._session.restore()
        token = self._session.token
        headers = self._headers if token is None else {**self._headers, "Session": token}
        result = await self._transport.send(call, headers)
        if _loses_session(result):
            await self._session.clear()
        return result

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncAltogicClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def create_client(
    env_url: str,
    client_key: str,
    *,
    api_key: str | None = None,
    session_storage: SessionStorage | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    http_client: httpx.Client | None = None,
    realtime: RealtimeOptions | None = None,
) -> AltogicClient:
    """Create a client for the Altogic environment at `env_url`.

    `client_key` is the environment's client library key; `api_key`, if given, is sent as the
    `Authorization` header. `session_storage` keeps the signed-in session (in memory by
    default; `FileStorage` keeps it across runs). `timeout` is in seconds (default 60, 10 to
    connect); `max_retries` bounds the retries of failed requests; `http_client` replaces the
    client's own httpx client (it is then not closed by `close()`).

    Raises `ClientError` if `env_url` or `client_key` is not usable, as the JavaScript client does.
    """
    return AltogicClient(
        env_url,
        client_key,
        api_key=api_key,
        session_storage=session_storage,
        timeout=timeout,
        max_retries=max_retries,
        http_client=http_client,
        realtime=realtime,
    )


def create_async_client(
    env_url: str,
    client_key: str,
    *,
    api_key: str | None = None,
    session_storage: SessionStorage | AsyncSessionStorage | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    http_client: httpx.AsyncClient | None = None,
    realtime: RealtimeOptions | None = None,
) -> AsyncAltogicClient:
    """Create an asyncio client; the arguments are those of `create_client`, and
    `session_storage` may also have `async` methods."""
    return AsyncAltogicClient(
        env_url,
        client_key,
        api_key=api_key,
        session_storage=session_storage,
        timeout=timeout,
        max_retries=max_retries,
        http_client=http_client,
        realtime=realtime,
    )
