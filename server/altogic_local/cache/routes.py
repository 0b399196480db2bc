"""HTTP routes of the cache module; the semantics live in `service.py`."""

from __future__ import annotations

from typing import Annotated

from altogic_models import (
    CacheDecrementRequest,
    CacheDeleteRequest,
    CacheExpireRequest,
    CacheIncrementRequest,
    CacheListKeysRequest,
    CacheSetRequest,
)
from pydantic import MISSING, StringConstraints, TypeAdapter
from starlette.requests import Request
from starlette.responses import Response

from ..backend import backend_of
from ..http import Routes, json_body, optional_body, query
from ..jsonutil import dumps, empty_response, json_response
from .service import CacheService

PREFIX = "/_api/rest/v1/cache"
CacheKey = TypeAdapter(Annotated[str, StringConstraints(min_length=1, max_length=1024)])

routes = Routes()


def _service(request: Request) -> CacheService:
    backend = backend_of(request)
    return CacheService(backend.cache, backend.config.cache)


def _ttl(ttl: int | object) -> int | None:
    return ttl if isinstance(ttl, int) else None


@routes.get(PREFIX)
async def cache_get(request: Request) -> Response:
    key = query(request, "key", CacheKey)
    return json_response(await _service(request).get(key))


@routes.post(PREFIX)
async def cache_set(request: Request) -> Response:
    body = await json_body(request, CacheSetRequest)
    await _service(request).set(body.key, body.value, _ttl(body.ttl))
    return empty_response()


@routes.delete(PREFIX)
async def cache_delete(request: Request) -> Response:
    body = await json_body(request, CacheDeleteRequest)
    await _service(request).delete([key.root for key in body.keys])
    return empty_response()


@routes.post(f"{PREFIX}/increment")
async def cache_increment(request: Request) -> Response:
    body = await json_body(request, CacheIncrementRequest)
    value = await _service(request).increment(body.key, body.increment, _ttl(body.ttl))
    return json_response(value)


@routes.post(f"{PREFIX}/decrement")
async def cache_decrement(request: Request) -> Response:
    body = await json_body(request, CacheDecrementRequest)
    value = await _service(request).increment(body.key, -body.decrement, _ttl(body.ttl))
    return json_response(value)


@routes.post(f"{PREFIX}/expire")
async def cache_expire(request: Request) -> Response:
    body = await json_body(request, CacheExpireRequest)
    await _service(request).expire(body.key, body.ttl)
    return empty_response()


@routes.get(f"{PREFIX}/stats")
async def cache_get_stats(request: Request) -> Response:
    return json_response(dumps(await _service(request).stats()))


@routes.post(f"{PREFIX}/list-keys")
async def cache_list_keys(request: Request) -> Response:
    body = await optional_body(request, CacheListKeysRequest)
    pattern = body.pattern if body.pattern is not MISSING else None
    cursor = body.next if body.next is not MISSING else None
    return json_response(await _service(request).list_keys(pattern, cursor))
