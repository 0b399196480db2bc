"""A streamed answer read in a `with` block: the part a file's `stream()` and an endpoint's
`stream()` share."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any, Self

import httpx

from .._streams import chunks_async
from .._transport import Opened, stream_error
from ..result import APIError
from .sender import AsyncSender


class AsyncAnswerStream:
    """An answer's body as it arrives. Entering sends the request; errors are not raised (a
    failed request yields no chunk, a connection lost midway ends the iteration with `errors`
    set); leaving the block closes the connection."""

    def __init__(self, sender: AsyncSender, planned: Any) -> None:
        self._sender = sender
        self._planned = planned
        self._response: httpx.Response | None = None
        self._chunks: AsyncIterator[bytes] | None = None
        self.errors: APIError | None = None
        """The error of the request, or the one that ended the iteration; None otherwise."""

    def _opened(self, response: httpx.Response) -> None:
        """Note what the answer's head says (for subclasses)."""

    async def __aenter__(self) -> Self:
        outcome = await self._sender.open(self._planned)
        if isinstance(outcome, Opened):
            self._response = outcome.response
            self._chunks = chunks_async(outcome.response)
            self._opened(outcome.response)
        else:
            self.errors = outcome.errors
        return self

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> bytes:
        if self._chunks is None:
            raise StopAsyncIteration
        try:
            return await self._chunks.__anext__()
        except StopAsyncIteration:
            await self._close()
            raise
        except Exception as exc:  # a connection lost midway: the stream ends with the error
            status = self._response.status_code if self._response is not None else 0
            self.errors = stream_error(exc, status)
            await self._close()
            raise StopAsyncIteration from None

    async def _close(self) -> None:
        self._chunks = None
        response, self._response = self._response, None
        if response is not None:
            with contextlib.suppress(Exception):  # a broken connection: nothing more to report
                await response.aclose()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._close()
