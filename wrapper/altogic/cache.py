"""The cache manager: a Redis-style key-value store with TTLs.

`client.cache` (sync) and `async_client.cache` (async) have the same methods; both send the calls
planned by the `plan_*` functions below. The async manager is `altogic._async.cache`; the sync
one, `altogic._sync.cache`, is generated from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

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
from ._lazy import lazy_attributes
from .result import KeysResult, Result, VoidResult
from .types import CacheNumericValue, CacheStats, CacheValue, JSONValue

if TYPE_CHECKING:
    from ._async.cache import AsyncCacheManager as AsyncCacheManager
    from ._sync.cache import CacheManager as CacheManager
else:
    __getattr__ = lazy_attributes(
        __name__, AsyncCacheManager="altogic._async.cache", CacheManager="altogic._sync.cache"
    )


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
