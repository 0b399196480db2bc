# Generated from wrapper/altogic/_async/answer.py by generator/unasync.py (`make generate`).
# Do not edit: change the async source and regenerate.
"""A streamed answer read in a `with` block: the part a file's `stream()` and an endpoint's
`stream()` share."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from types import TracebackType
from typing import Any, Self

import httpx

from .._streams import chunks_sync
from .._transport import Opened, stream_error
from ..result import APIError
from .sender import Sender


class AnswerStream:
    """An answer's body as it arrives. Entering sends the request; errors are not raised (a
    failed request yields no chunk, a connection lost midway ends the iteration with `errors`
    set); leaving the block closes the connection."""

    def __init__(self, sender: Sender, planned: Any) -> None:
        self._sender = sender
        self._planned = planned
        self._response: httpx.Response | None = None
        self._chunks: Iterator[bytes] | None = None
        self.errors: APIError | None = None
        """The error of the request, or the one that ended the iteration; None otherwise."""

    def _opened(self, response: httpx.Response) -> None:
        """Note what the answer's head says (for subclasses)."""

    def __enter__(self) -> Self:
        outcome = self._sender.open(self._planned)
        if isinstance(outcome, Opened):
            self._response = outcome.response
            self._chunks = chunks_sync(outcome.response)
            self._opened(outcome.response)
        else:
            self.errors = outcome.errors
        return self

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> bytes:
        if self._chunks is None:
            raise StopIteration
        try:
            return self._chunks.__next__()
        except StopIteration:
            self._close()
            raise
        except Exception as exc:  # a connection lost midway: the stream ends with the error
            status = self._response.status_code if self._response is not None else 0
            self.errors = stream_error(exc, status)
            self._close()
            raise StopIteration from None

    def _close(self) -> None:
        self._chunks = None
        response, self._response = self._response, None
        if response is not None:
            with contextlib.suppress(Exception):  # a broken connection: nothing more to report
                response.close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._close()
