"""What the managers need from their client: the `AsyncSender` protocol, and the client's
implementation of it."""

from __future__ import annotations

from typing import Protocol

from .._call import Call, R
from .._session import loses_session
from .._settings import Settings
from .._transport import Opened
from .session_keeper import AsyncSessionKeeper
from .transport import AsyncTransport


class AsyncSender(Protocol):
    """Sends planned calls for the managers, and holds the signed-in session."""

    @property
    def base_url(self) -> str:
        """The environment's URL (no trailing slash)."""
        ...

    @property
    def session(self) -> AsyncSessionKeeper:
        """The held session and its copy in the session storage."""
        ...

    async def send(self, call: Call[R]) -> R:
        """Send `call` with the held session and answer its result (never raises)."""
        ...

    async def open(self, call: Call[R]) -> R | Opened:
        """Send the `keep_open` call `call` with the held session: its success answer comes back
        `Opened`, to be streamed and closed by the caller; a failure, as its result."""
        ...


class AsyncClientSender:
    """The client's sender: sends over its transport with its headers and the held session, and
    forgets the session when the server says it is no longer valid."""

    def __init__(
        self,
        settings: Settings,
        transport: AsyncTransport,
        session: AsyncSessionKeeper,
        headers: dict[str, str],
    ) -> None:
        self.base_url = settings.base_url
        self.session = session
        self._transport = transport
        self._headers = headers
        """What each request adds to the httpx client's headers (`BaseClient._request_headers`)."""

    async def send(self, call: Call[R]) -> R:
        await self.session.restore()
        token = self.session.token
        headers = self._headers if token is None else {**self._headers, "Session": token}
        result = await self._transport.send(call, headers)
        if loses_session(result):
            await self.session.clear()
        return result

    async def open(self, call: Call[R]) -> R | Opened:
        await self.session.restore()
        token = self.session.token
        headers = self._headers if token is None else {**self._headers, "Session": token}
        outcome = await self._transport.open(call, headers)
        if not isinstance(outcome, Opened) and loses_session(outcome):
            await self.session.clear()
        return outcome
