"""Resolving `Session` tokens, with the sessions already resolved kept in memory.

A session check is on the path of every call that needs one, so resolved sessions are cached by
the digest of their token: a check then costs no SQL and no thread hop. The auth service drops
cached sessions whenever it ends sessions (sign-out, sign-out-all, password change or reset). A
lookup that raced with such a change is not cached (`_epoch`), so a session once ended is never
answered from the cache. The cache belongs to this process: several backend processes will need
a shared invalidation channel (a later engine).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool

from ..sessions import SignedIn

MAX_CACHED = 10_000


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class SessionCache:
    """Sessions by token digest (at most `MAX_CACHED`, the oldest dropped first)."""

    def __init__(self) -> None:
        self._by_digest: dict[str, SignedIn] = {}
        self._lock = threading.Lock()
        self._epoch = 0
        """Counts invalidations: a lookup started before one is not cached."""

    @property
    def epoch(self) -> int:
        return self._epoch

    def get(self, token_digest: str) -> SignedIn | None:
        return self._by_digest.get(token_digest)

    def put(self, token_digest: str, signed_in: SignedIn, epoch: int) -> None:
        with self._lock:
            if epoch != self._epoch:
                return
            if len(self._by_digest) >= MAX_CACHED:
                self._by_digest.pop(next(iter(self._by_digest)))
            self._by_digest[token_digest] = signed_in

    def forget(self, keep: Callable[[SignedIn], bool]) -> None:
        """Drop every cached session for which `keep` is false."""
        with self._lock:
            self._epoch += 1
            self._by_digest = {key: value for key, value in self._by_digest.items() if keep(value)}

    def forget_session(self, session_id: str) -> None:
        self.forget(lambda signed_in: signed_in.session_id != session_id)

    def forget_user(self, user_id: str, except_session: str | None = None) -> None:
        self.forget(
            lambda signed_in: signed_in.user_id != user_id or signed_in.session_id == except_session
        )

    def clear(self) -> None:
        self.forget(lambda signed_in: False)


class CachedSessions:
    """The backend's `SessionResolver`: the cache first, then `lookup` in a worker thread."""

    def __init__(self, cache: SessionCache, lookup: Callable[[str, str], SignedIn | None]) -> None:
        self.cache = cache
        self.lookup = lookup
        """`lookup(token, digest)`: the stored session with this token digest, or None."""

    async def resolve(self, token: str) -> SignedIn | None:
        token_digest = digest(token)
        cached = self.cache.get(token_digest)
        if cached is not None:
            return cached
        epoch = self.cache.epoch
        found = await run_in_threadpool(self.lookup, token, token_digest)
        if found is not None:
            self.cache.put(token_digest, found, epoch)
        return found
