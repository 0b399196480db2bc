"""The cache manager: a Redis-style key-value store with TTLs.

`client.cache` (sync) and `async_client.cache` (async) have the same methods; both send the calls
planned by the `plan_*` functions below.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from altogic_api.api.cache import (
    cache_decrement,
    cache_delete,
    cache_expire,
    cache_get,
    cache_get_stats,
    cache_increment,
    cache_list_keys,
    cache_set,
)
from altogic_api.models import (
    CacheDecrementRequest,
    CacheDeleteRequest,
    CacheExpireRequest,
    CacheIncrementRequest,
    CacheListKeysRequest,
    CacheSetRequest,
)
from altogic_api.types import UNSET, Unset

from ._call import Call, call
from .result import KeysResult, Result, VoidResult
from .types import CacheNumericValue, CacheStats, JSONValue

if TYPE_CHECKING:
    from .client import AltogicClient, AsyncAltogicClient

CacheValue = dict[str, Any] | list[Any] | None
"""What `get` answers: an object or array as stored, `{"value": primitive}`, or None."""


def _ttl(ttl: int | None) -> int | Unset:
    # As in the JavaScript client, a TTL is only sent when given and non-zero.
    return ttl if ttl else UNSET


def plan_get(key: str) -> Call[Result[CacheValue]]:
    return call(cache_get._get_kwargs(key=key), Result[CacheValue], idempotent=True)


def plan_set(key: str, value: JSONValue, ttl: int | None) -> Call[VoidResult]:
    body = CacheSetRequest(key=key, value=value, ttl=_ttl(ttl))
    return call(cache_set._get_kwargs(body=body), VoidResult, idempotent=True)


def plan_delete(keys: str | Sequence[str]) -> Call[VoidResult]:
    body = CacheDeleteRequest(keys=[keys] if isinstance(keys, str) else list(keys))
    return call(cache_delete._get_kwargs(body=body), VoidResult, idempotent=True)


def plan_increment(key: str, increment: float, ttl: int | None) -> Call[Result[CacheNumericValue]]:
    body = CacheIncrementRequest(key=key, increment=increment, ttl=_ttl(ttl))
    return call(cache_increment._get_kwargs(body=body), Result[CacheNumericValue], idempotent=False)


def plan_decrement(key: str, decrement: float, ttl: int | None) -> Call[Result[CacheNumericValue]]:
    body = CacheDecrementRequest(key=key, decrement=decrement, ttl=_ttl(ttl))
    return call(cache_decrement._get_kwargs(body=body), Result[CacheNumericValue], idempotent=False)


def plan_expire(key: str, ttl: int) -> Call[VoidResult]:
    body = CacheExpireRequest(key=key, ttl=ttl)
    return call(cache_expire._get_kwargs(body=body), VoidResult, idempotent=True)


def plan_get_stats() -> Call[Result[CacheStats]]:
    return call(cache_get_stats._get_kwargs(), Result[CacheStats], idempotent=True)


def plan_list_keys(pattern: str | None, next: str | None) -> Call[KeysResult]:
    body = CacheListKeysRequest(
        pattern=pattern if pattern is not None else UNSET,
        next_=next if next is not None else UNSET,
    )
    return call(cache_list_keys._get_kwargs(body=body), KeysResult, idempotent=True)


class CacheManager:
    """`client.cache`: store and read JSON values by key, with optional expiry."""

    def __init__(self, client: AltogicClient) -> None:
        self._client = client

    def get(self, key: str) -> Result[CacheValue]:
        """The value under `key`: objects and arrays as stored, other values as
        `{"value": ...}`, and None (with no error) when the key does not exist."""
        return self._client._send(plan_get(key))

    def set(self, key: str, value: JSONValue, ttl: int | None = None) -> VoidResult:
        """Store any JSON value under `key`; with `ttl` it expires after that many seconds."""
        return self._client._send(plan_set(key, value, ttl))

    def delete(self, keys: str | Sequence[str]) -> VoidResult:
        """Delete one key or several; keys that do not exist are skipped."""
        return self._client._send(plan_delete(keys))

    def increment(
        self, key: str, increment: float = 1, ttl: int | None = None
    ) -> Result[CacheNumericValue]:
        """Add `increment` to the number under `key` (0 when absent); data is `{"value": n}`."""
        return self._client._send(plan_increment(key, increment, ttl))

    def decrement(
        self, key: str, decrement: float = 1, ttl: int | None = None
    ) -> Result[CacheNumericValue]:
        """Subtract `decrement` from the number under `key` (0 when absent)."""
        return self._client._send(plan_decrement(key, decrement, ttl))

    def expire(self, key: str, ttl: int) -> VoidResult:
        """Make `key` expire `ttl` seconds from now."""
        return self._client._send(plan_expire(key, ttl))

    def get_stats(self) -> Result[CacheStats]:
        """Key count, storage bytes, and bytes written and read today and this month."""
        return self._client._send(plan_get_stats())

    def list_keys(self, pattern: str | None = None, next: str | None = None) -> KeysResult:
        """One page of `{key, value}` entries whose keys match the glob `pattern`; pass the
        result's `next` back to get the following page (`next` is None at the end)."""
        return self._client._send(plan_list_keys(pattern, next))


class AsyncCacheManager:
    """`async_client.cache`: the async twin of `CacheManager`."""

    def __init__(self, client: AsyncAltogicClient) -> None:
        self._client = client

    async def get(self, key: str) -> Result[CacheValue]:
        """See `CacheManager.get`."""
        return await self._client._send(plan_get(key))

    async def set(self, key: str, value: JSONValue, ttl: int | None = None) -> VoidResult:
        """See `CacheManager.set`."""
        return await self._client._send(plan_set(key, value, ttl))

    async def delete(self, keys: str | Sequence[str]) -> VoidResult:
        """See `CacheManager.delete`."""
        return await self._client._send(plan_delete(keys))

    async def increment(
        self, key: str, increment: float = 1, ttl: int | None = None
    ) -> Result[CacheNumericValue]:
        """See `CacheManager.increment`."""
        return await self._client._send(plan_increment(key, increment, ttl))

    async def decrement(
        self, key: str, decrement: float = 1, ttl: int | None = None
    ) -> Result[CacheNumericValue]:
        """See `CacheManager.decrement`."""
        return await self._client._send(plan_decrement(key, decrement, ttl))

    async def expire(self, key: str, ttl: int) -> VoidResult:
        """See `CacheManager.expire`."""
        return await self._client._send(plan_expire(key, ttl))

    async def get_stats(self) -> Result[CacheStats]:
        """See `CacheManager.get_stats`."""
        return await self._client._send(plan_get_stats())

    async def list_keys(self, pattern: str | None = None, next: str | None = None) -> KeysResult:
        """See `CacheManager.list_keys`."""
        return await self._client._send(plan_list_keys(pattern, next))
