"""Work done for a request stops when its client has gone.

The operations layer gives each request served in a worker thread a `threading.Event`, set when
the client disconnects, and makes it the current one (a context variable, which worker threads
inherit). Engines check it where they can stop cheaply: the SQL engine between steps of a
statement.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_current: ContextVar[threading.Event | None] = ContextVar("altogic_cancelled", default=None)


def current() -> threading.Event | None:
    """The event set when the current request's client disconnects (None outside a request)."""
    return _current.get()


@contextmanager
def cancelled_by(event: threading.Event) -> Iterator[None]:
    """Make `event` the current request's cancellation for the duration of the block."""
    token = _current.set(event)
    try:
        yield
    finally:
        _current.reset(token)
