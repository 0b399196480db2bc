# Generated from wrapper/altogic/_async/cache.py by generator/unasync.py (`make generate`).
# Do not edit: change the async source and regenerate.
"""The cache manager: store and read JSON values by key, with optional expiry."""

from __future__ import annotations

from collections.abc import Sequence

from ..cache import (
    plan_decrement,
    plan_delete,
    plan_expire,
    plan_get,
    plan_get_stats,
    plan_increment,
    plan_list_keys,
    plan_set,
)
from ..result import KeysResult, Result, VoidResult
from ..types import CacheNumericValue, CacheStats, CacheValue, JSONValue
from .sender import Sender


class CacheManager:
    """`client.cache`: store and read JSON values by key, with optional expiry."""

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def get(self, key: str) -> Result[CacheValue]:
        """The value under `key`: objects and arrays as stored, other values as
        `{"value": ...}`, and None (with no error) when the key does not exist (`CacheValue`)."""
        return self._sender.send(plan_get(key))

    def set(self, key: str, value: JSONValue, ttl: int | None = None) -> VoidResult:
        """Store any JSON value under `key`; with `ttl` it expires after that many seconds."""
        return self._sender.send(plan_set(key, value, ttl))

    def delete(self, keys: str | Sequence[str]) -> VoidResult:
        """Delete one key or several; keys that do not exist are skipped."""
        return self._sender.send(plan_delete(keys))

    def increment(
        self, key: str, increment: float = 1, ttl: int | None = None
    ) -> Result[CacheNumericValue]:
        """Add `increment` to the number under `key` (0 when absent); data is `{"value": n}`."""
        return self._sender.send(plan_increment(key, increment, ttl))

    def decrement(
        self, key: str, decrement: float = 1, ttl: int | None = None
    ) -> Result[CacheNumericValue]:
        """Subtract `decrement` from the number under `key` (0 when absent)."""
        return self._sender.send(plan_decrement(key, decrement, ttl))

    def expire(self, key: str, ttl: int) -> VoidResult:
        """Make `key` expire `ttl` seconds from now."""
        return self._sender.send(plan_expire(key, ttl))

    def get_stats(self) -> Result[CacheStats]:
        """Key count, storage bytes, and bytes written and read today and this month."""
        return self._sender.send(plan_get_stats())

    def list_keys(self, pattern: str | None = None, next: str | None = None) -> KeysResult:
        """One page of `{key, value}` entries whose keys match the glob `pattern`; pass the
        result's `next` back to get the following page (`next` is None at the end)."""
        return self._sender.send(plan_list_keys(pattern, next))
