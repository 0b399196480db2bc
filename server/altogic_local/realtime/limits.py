"""What keeps one socket from hurting the others: a rate limit per socket and a bound on the size
of what it sends."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any


class TokenBucket:
    """`rate` events per second on average, `burst` at once."""

    __slots__ = ("_clock", "_stamp", "_tokens", "burst", "rate", "warned")

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._clock = clock
        self._tokens = float(burst)
        self._stamp = clock()
        self.warned = False
        """Whether the socket was told it is over its limit since its last accepted event (it is
        told once per flood, not once per dropped event)."""

    def take(self) -> bool:
        """Spend one token; False (nothing spent) when none is left."""
        now = self._clock()
        tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if tokens < 1.0:
            self._tokens = tokens
            return False
        self._tokens = tokens - 1.0
        self.warned = False
        return True


def size_over(value: Any, limit: int) -> bool:
    """Whether `value` (decoded JSON, possibly holding binary attachments) takes more than `limit`
    bytes, roughly as JSON would; stops counting once over."""
    budget = limit
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            budget -= len(item) + 2 if item.isascii() else len(item.encode("utf-8", "replace")) + 2
        elif isinstance(item, bytes | bytearray | memoryview):
            budget -= len(item)
        elif isinstance(item, Mapping):
            budget -= 2
            for key, sub in item.items():
                budget -= len(str(key)) + 4
                stack.append(sub)
        elif isinstance(item, Sequence):
            budget -= 2 + len(item)
            stack.extend(item)
        else:  # numbers, booleans, null
            budget -= 8
        if budget < 0:
            return True
    return False
