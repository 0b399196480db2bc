# Generated from wrapper/altogic/_async/client.py by generator/unasync.py (`make generate`).
# Do not edit: change the async source and regenerate.
"""The client for one Altogic environment, and the function that creates it."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from .._base_client import BaseClient, default_sync_http
from .._settings import DEFAULT_MAX_RETRIES, RealtimeOptions
from ..session import SessionStorage
from .sender import ClientSender
from .session_keeper import SessionKeeper
from .transport import Transport

if TYPE_CHECKING:
    from .auth import AuthManager
    from .cache import CacheManager
    from .db import DatabaseManager
    from .endpoint import EndpointManager
    from .queue import QueueManager
    from .realtime import RealtimeManager
    from .storage import StorageManager
    from .task import TaskManager


class AltogicClient(BaseClient[httpx.Client, SessionStorage]):
    """A client for one Altogic environment, with the options that `create_client` describes. Its
    managers (`auth`, `cache`, `db`, `endpoint`, `queue`, `realtime`, `storage`, `task`) are
    created on first use and send their calls through the client's sender."""

    def _default_http(self) -> httpx.Client:
        return default_sync_http(self.settings.timeout, self.settings.headers())

    def _connect(self, session_storage: SessionStorage) -> None:
        settings = self.settings
        transport = Transport(settings.base_url, self._http, settings.max_retries, settings.timeout)
        keeper = SessionKeeper(session_storage)
        self._sender = ClientSender(settings, transport, keeper, self._request_headers())

    @cached_property
    def auth(self) -> AuthManager:
        """Users and sessions."""
        from .auth import AuthManager

        return AuthManager(self._sender, lambda: self.realtime)

    @cached_property
    def cache(self) -> CacheManager:
        """The key-value cache."""
        from .cache import CacheManager

        return CacheManager(self._sender)

    @cached_property
    def db(self) -> DatabaseManager:
        """The database: models, query builders and objects."""
        from .db import DatabaseManager

        return DatabaseManager(self._sender)

    @cached_property
    def endpoint(self) -> EndpointManager:
        """The app's own endpoints."""
        from .endpoint import EndpointManager

        return EndpointManager(self._sender)

    @cached_property
    def queue(self) -> QueueManager:
        """The app's message queues: submit messages and follow them."""
        from .queue import QueueManager

        return QueueManager(self._sender)

    @cached_property
    def realtime(self) -> RealtimeManager:
        """Realtime: channels, broadcast, presence and user events over a socket.io connection,
        opened on first use and kept (it reconnects by itself until `close()`)."""
        from .realtime import RealtimeManager

        return RealtimeManager(self._sender, self.settings)

    @cached_property
    def storage(self) -> StorageManager:
        """File storage: buckets and files."""
        from .storage import StorageManager

        return StorageManager(self._sender)

    @cached_property
    def task(self) -> TaskManager:
        """The app's scheduled tasks: run them once and follow the runs."""
        from .task import TaskManager

        return TaskManager(self._sender)

    def close(self) -> None:
        """Close the realtime connection, if one was opened, and the connection pool (unless it
        was passed in as `http_client`)."""
        if "realtime" in self.__dict__:
            self.realtime.close()
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


def create_client(
    env_url: str,
    client_key: str,
    *,
    api_key: str | None = None,
    session_storage: SessionStorage | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    http_client: httpx.Client | None = None,
    realtime: RealtimeOptions | Mapping[str, Any] | None = None,
) -> AltogicClient:
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
