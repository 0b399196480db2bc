"""The cache module's operations; the semantics live in `service.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from altogic_models import (
    CacheDecrementRequest,
    CacheDeleteRequest,
    CacheExpireRequest,
    CacheGetParametersQuery,
    CacheIncrementRequest,
    CacheListKeysRequest,
    CacheSetRequest,
)
from pydantic import MISSING
from starlette.responses import Response

from ..jsonutil import dumps, empty_response, json_response
from ..operations import Operations

if TYPE_CHECKING:
    from .module import CacheModule

operations: Operations[CacheModule] = Operations()


def _ttl(ttl: int | object) -> int | None:
    return ttl if isinstance(ttl, int) else None


@operations("cacheGet")
async def cache_get(cache: CacheModule, query: CacheGetParametersQuery) -> Response:
    return json_response(await cache.service.get(query.key))


@operations("cacheSet")
async def cache_set(cache: CacheModule, body: CacheSetRequest) -> Response:
    await cache.service.set(body.key, body.value, _ttl(body.ttl))
    return empty_response()


@operations("cacheDelete")
async def cache_delete(cache: CacheModule, body: CacheDeleteRequest) -> Response:
    await cache.service.delete([key.root for key in body.keys])
    return empty_response()


@operations("cacheIncrement")
async def cache_increment(cache: CacheModule, body: CacheIncrementRequest) -> Response:
    return json_response(await cache.service.increment(body.key, body.increment, _ttl(body.ttl)))


@operations("cacheDecrement")
async def cache_decrement(cache: CacheModule, body: CacheDecrementRequest) -> Response:
    return json_response(await cache.service.increment(body.key, -body.decrement, _ttl(body.ttl)))


@operations("cacheExpire")
async def cache_expire(cache: CacheModule, body: CacheExpireRequest) -> Response:
    await cache.service.expire(body.key, body.ttl)
    return empty_response()


@operations("cacheGetStats")
async def cache_get_stats(cache: CacheModule) -> Response:
    return json_response(dumps(await cache.service.stats()))


@operations("cacheListKeys")
async def cache_list_keys(cache: CacheModule, body: CacheListKeysRequest) -> Response:
    pattern = body.pattern if body.pattern is not MISSING else None
    cursor = body.next if body.next is not MISSING else None
    return json_response(await cache.service.list_keys(pattern, cursor))
