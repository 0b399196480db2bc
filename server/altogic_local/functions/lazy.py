"""`ctx` set up on first use: a handler that never touches `ctx` does not pay for making a
client (settings, transport, session keeper) on each call.

`LazyAsyncClient` and `LazyClient` are the wrapper's own client classes (`isinstance` holds, and
every method and manager is there); the client's `__init__` runs, with the arguments given,
the first time the handler reads an attribute the instance does not have yet (`ctx.db` reads
`_sender`, for one).
"""

from __future__ import annotations

from typing import Any

from altogic import AltogicClient, AsyncAltogicClient

__all__ = ["LazyAsyncClient", "LazyClient"]

_PENDING = "_altogic_local_pending_init"


class _Deferred:
    """Stores the client's arguments; runs the client's `__init__` on first need."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.__dict__[_PENDING] = (args, kwargs)

    def __getattr__(self, name: str) -> Any:
        pending = self.__dict__.pop(_PENDING, None)
        if pending is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        args, kwargs = pending
        super().__init__(*args, **kwargs)
        return getattr(self, name)


class LazyAsyncClient(_Deferred, AsyncAltogicClient):
    """`AsyncAltogicClient(*args, **kwargs)`, set up on first use."""


class LazyClient(_Deferred, AltogicClient):
    """`AltogicClient(*args, **kwargs)`, set up on first use."""
