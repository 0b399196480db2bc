"""A planned request: what to send and how to read the answer, independent of how it is sent.

Managers build `Call`s (from the generated client's request builders); the sync and async clients
send them. Keeping planning apart from I/O is what lets both clients share every manager's logic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from ._shapes import reader
from .result import APIError, Result

if TYPE_CHECKING:
    from ._streams import FileSink, UploadSource

R = TypeVar("R", bound=Result[Any])


@dataclass(frozen=True, slots=True)
class Call(Generic[R]):
    request: dict[str, Any]
    """httpx request arguments: method, url (relative to the env URL), params, json, ..."""
    parse: Callable[[Any], R]
    """Builds the success result from the decoded body; raising means the body is malformed."""
    fail: Callable[[APIError], R]
    """Builds the failure result."""
    idempotent: bool
    """Whether the request may be repeated after a failure that may have reached the server."""
    body: Literal["json", "bytes"] = "json"
    """How to decode a success body."""
    error: APIError | None = None
    """Set when the call cannot be made as asked (a bad argument found while planning): it is
    answered with this error without sending anything."""
    upload: UploadSource | None = None
    """A streamed request body (`_streams.py`), read afresh by each attempt."""
    sink: FileSink | None = None
    """Where a success body is written as it arrives (`_streams.py`); the result is then built
    from the number of bytes written."""
    keep_open: bool = False
    """A success answer is handed over unread, for its body to be streamed by the caller."""
    time_limit: float | None = None
    """Seconds the call may take, when fewer than the client's timeout allows (the wait of
    `wait_for_message` gives its polls no more than the time it has left)."""

    @property
    def repeatable(self) -> bool:
        """Whether another attempt can be sent: not when the last one used up a body or a
        destination that cannot start again."""
        upload, sink = self.upload, self.sink
        return (upload is None or upload.replayable) and (sink is None or sink.replayable)

    @property
    def method(self) -> str:
        return str(self.request["method"]).upper()

    @property
    def path(self) -> str:
        return str(self.request["url"])


def call(
    request: dict[str, Any],
    result: type[R],
    *,
    idempotent: bool,
    body: Literal["json", "bytes"] = "json",
) -> Call[R]:
    """Plan a request whose outcome is a `result` (a `Result` subclass, or `Result[T]`); its
    answer must have the result's shape (`_shapes.py`)."""
    try:
        parse, fail = _OUTCOMES[result]
    except KeyError:
        parse, fail = _OUTCOMES[result] = reader(result), result.from_errors
    return Call(request, parse, fail, idempotent, body)


def refused(planned: Call[R], message: str) -> Call[R]:
    """`planned`, answered with an `invalid_request` error saying `message` instead of sent."""
    error = APIError.client("invalid_request", message)
    return replace(planned, error=error)


_OUTCOMES: dict[Any, tuple[Callable[[Any], Any], Callable[[APIError], Any]]] = {}
"""How each result type reads an answer and makes a failure, built on its first call."""
