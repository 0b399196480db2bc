"""The client for one Altogic environment, and the function that creates it."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from .._base_client import BaseClient, default_async_http
from .._settings import DEFAULT_MAX_RETRIES, RealtimeOptions
from ..session import AsyncSessionStorage, SessionStorage
from .sender import AsyncClientSender
from .session_keeper import AsyncSessionKeeper
from .transport import AsyncTransport

if TYPE_CHECKING:
    from .auth import AsyncAuthManager
    from .cache import AsyncCacheManager
    from .db import AsyncDatabaseManager
    from .endpoint import AsyncEndpointManager
    from .queue import AsyncQueueManager
    from .realtime import AsyncRealtimeManager
    from .storage import AsyncStorageManager
    from .task import AsyncTaskManager


class AsyncAltogicClient(BaseClient[httpx.AsyncClient, SessionStorage | AsyncSessionStorage]):
    """A client for one Altogic environment, with the options that `create_client` describes. Its
    managers (`auth`, `cache`, `db`, `endpoint`, `queue`, `realtime`, `storage`, `task`) are
    created on first use and send their calls through the client's sender."""

    def _default_http(self) -> httpx.AsyncClient:
        return default_async_http(self.settings.timeout, self.settings.headers())

    def _connect(self, session_storage: SessionStorage | AsyncSessionStorage) -> None:
        settings = self.settings
        transport = AsyncTransport(
            settings.base_url, self._http, settings.max_retries, settings.timeout
        )
        keeper = AsyncSessionKeeper(session_storage)
        self._sender = AsyncClientSender(settings, transport, keeper, self._request_headers())

    @cached_property
    def auth(self) -> AsyncAuthManager:
        """Users and sessions."""
        from .auth import AsyncAuthManager

        return AsyncAuthManager(self._sender, lambda: self.realtime)

    @cached_property
    def cache(self) -> AsyncCacheManager:
        """The key-value cache."""
        from .cache import AsyncCacheManager

        return AsyncCacheManager(self._sender)

    @cached_property
    def db(self) -> AsyncDatabaseManager:
        """The database: models, query builders and objects."""
        from .db import AsyncDatabaseManager

        return AsyncDatabaseManager(self._sender)

    @cached_property
    def endpoint(self) -> AsyncEndpointManager:
        """The app's own endpoints."""
        from .endpoint import AsyncEndpointManager

        return AsyncEndpointManager(self._sender)

    @cached_property
    def queue(self) -> AsyncQueueManager:
        """The app's message queues: submit messages and follow them."""
        from .queue import AsyncQueueManager

        return AsyncQueueManager(self._sender)

    @cached_property
    def realtime(self) -> AsyncRealtimeManager:
        """Realtime: channels, broadcast, presence and user events over a socket.io connection,
        opened on first use and kept (it reconnects by itself until `close()`)."""
        from .realtime import AsyncRealtimeManager

        return AsyncRealtimeManager(self._sender, self.settings)

    @cached_property
    def storage(self) -> AsyncStorageManager:
        """File storage: buckets and files."""
        from .storage import AsyncStorageManager

        return AsyncStorageManager(self._sender)

    @cached_property
    def task(self) -> AsyncTaskManager:
        """The app's scheduled tasks: run them once and follow the runs."""
        from .task import AsyncTaskManager

        return AsyncTaskManager(self._sender)

    async def close(self) -> None:
        """Close the realtime connection, if one was opened, and the connection pool (unless it
        was passed in as `http_client`)."""
        if "realtime" in self.__dict__:
            await self.realtime.close()
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


def create_async_client(
    env_url: str,
    client_key: str,
    *,
    api_key: str | None = None,
    session_storage: SessionStorage | AsyncSessionStorage | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    http_client: httpx.AsyncClient | None = None,
    realtime: RealtimeOptions | Mapping[str, Any] | None = None,
) -> AsyncAltogicClient:
    """Create a client for the Altogic environment at `env_url`.

    `client_key` is the environment's client library key; `api_key`, if given, is sent as the
    `Authorization` header. `session_storage` keeps the signed-in session (in memory by
    default; `FileStorage` keeps it across runs; the asyncio client also accepts a storage whose
    methods are coroutines). `timeout` is in seconds (default 60, 10 to connect), a total
    deadline for each call, its retries included; `max_retries` bounds the retries of failed
    requests; `http_client` replaces the client's own httpx client
    (it is then not closed by `close()`).

    Raises `ClientError` if `env_url` or `client_key` is not usable, as the JavaScript client does.
    """
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
