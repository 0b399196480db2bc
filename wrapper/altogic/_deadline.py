"""The total deadline of a call: connecting, sending, every read, every retry and every wait
between retries end within the client's `timeout`.

Per-phase timeouts alone do not bound a call: httpx applies its read timeout to each read, so a
server that trickles one byte at a time keeps a call alive for as long as it likes. A `Deadline`
is started when a call starts; from then on

- no retry waits past the deadline (`allows`): the decisions in `_transport.py` then answer the
  last failure instead, and a retry is sent with each phase's timeout cut down to the time left
  (`for_attempt`; the first attempt, which starts with the whole time, is sent as configured);
- the async transport runs the whole call inside `asyncio.timeout` (`limit_async`), which
  interrupts whatever is pending when the time is up;
- the sync transport cannot interrupt a blocking read from the outside, so the deadline is
  enforced inside the reads: `limit_sync` publishes it in `CURRENT`, and the sync client's
  connection pool reads and writes through `altogic._network.DeadlineBackend`, which gives each
  socket operation no more than the time left. Where that backend cannot be installed (an
  `http_client` whose transport is not httpx's own), the body is read chunk by chunk and given up
  between chunks once the time is up (`read_by`); the head of an answer is then bounded only by
  the read timeout of each read.

With `timeout=T` (seconds) the deadline is T; with an `httpx.Timeout` it is its largest phase
timeout, and there is none when a phase has no timeout (`httpx.Timeout(None)`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar, Token
from types import TracebackType

import httpx

CURRENT: ContextVar[float | None] = ContextVar("altogic_deadline", default=None)
"""The `time.monotonic()` instant by which the sync call running in this context must end."""


class DeadlineExceeded(Exception):
    """The call's deadline passed while its answer was still being read."""


def total_seconds(timeout: httpx.Timeout) -> float | None:
    """The time a whole call may take with `timeout`: its largest phase timeout (None: no
    bound, when a phase has none)."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if None in phases:
        return None
    return max(phase for phase in phases if phase is not None)


class Deadline:
    """When a call must end (a `time.monotonic()` instant, or None for no bound), and the phase
    timeouts its attempts are cut from."""

    __slots__ = ("at", "timeout", "total")

    def __init__(self, total: float | None, timeout: httpx.Timeout) -> None:
        self.total = total
        self.timeout = timeout
        self.at = None if total is None else time.monotonic() + total

    def remaining(self) -> float | None:
        """Seconds left (0 once the deadline has passed), or None for no bound."""
        return None if self.at is None else max(0.0, self.at - time.monotonic())

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at

    def allows(self, delay: float) -> bool:
        """Whether waiting `delay` seconds still leaves time for another attempt."""
        return self.at is None or time.monotonic() + delay < self.at

    def for_attempt(self) -> httpx.Timeout:
        """The phase timeouts of a further attempt: each no longer than the time left."""
        left = self.remaining()
        if left is None:
            return self.timeout
        timeout = self.timeout
        return httpx.Timeout(
            connect=_cut(timeout.connect, left),
            read=_cut(timeout.read, left),
            write=_cut(timeout.write, left),
            pool=_cut(timeout.pool, left),
        )


def call_total(total: float | None, time_limit: float | None) -> float | None:
    """The deadline of a call (seconds) of a client whose calls may take `total`, the call
    allowing itself `time_limit` (`Call.time_limit`): the shorter (None: no bound)."""
    if time_limit is None:
        return total
    return time_limit if total is None else min(total, time_limit)


def _cut(phase: float | None, left: float) -> float:
    return left if phase is None or phase > left else phase


class SyncLimit:
    """Publishes a sync call's deadline in `CURRENT` while the call runs (`limit_sync`)."""

    __slots__ = ("at", "token")

    def __init__(self, at: float | None) -> None:
        self.at = at

    def __enter__(self) -> None:
        self.token: Token[float | None] = CURRENT.set(self.at)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        CURRENT.reset(self.token)


def limit_sync(deadline: Deadline) -> SyncLimit:
    """Run a sync call under `deadline`: the socket operations of the sync client's pool
    (`altogic._network`) give up when it passes."""
    return SyncLimit(deadline.at)


def limit_async(deadline: Deadline) -> asyncio.Timeout:
    """Run an async call under `deadline`: whatever it awaits is cancelled when it passes, and
    the block raises `TimeoutError`."""
    return asyncio.timeout(deadline.total)


def body_reader_sync(client: httpx.Client) -> Callable[[httpx.Response, Deadline], bytes]:
    """Make the connection pools of `client` end each socket operation by the call's deadline
    (`altogic._network`), and answer how the sync transport reads a streamed body: whole when
    they do, else chunk by chunk (`read_by`). Imports httpcore, as creating a sync client does."""
    from ._network import enforce_deadlines

    return _read_whole if enforce_deadlines(client) else read_by


def body_reader_async(
    client: httpx.AsyncClient,
) -> Callable[[httpx.Response, Deadline], Awaitable[bytes]]:
    """How the async transport reads a streamed body: whole, as `limit_async` interrupts it."""
    return _aread_whole


def _read_whole(response: httpx.Response, deadline: Deadline) -> bytes:
    return response.read()


async def _aread_whole(response: httpx.Response, deadline: Deadline) -> bytes:
    return await response.aread()


def read_by(response: httpx.Response, deadline: Deadline) -> bytes:
    """The body of the streamed `response`, read chunk by chunk and given up (raising
    `DeadlineExceeded`) once `deadline` has passed: for pools that do not enforce deadlines, a
    server trickling its answer is given up within one read timeout of the deadline."""
    chunks = []
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        if deadline.expired():
            raise DeadlineExceeded("The call's deadline passed while its answer was being read.")
    return b"".join(chunks)
