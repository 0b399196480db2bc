"""Answers the client cannot use come back as `invalid_response` errors, never as exceptions and
never as data: JSON nested too deeply to decode (issue 9, item 9).

Answers are injected at the network layer (httpx's mock transports); each test runs against the
sync and the async client.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from altogic import MemoryStorage, Result, create_async_client, create_client

pytestmark = pytest.mark.anyio

Method = Callable[[Any], Result[Any] | Awaitable[Result[Any]]]
Handler = Callable[[httpx.Request], httpx.Response]

DEPTH = 100_000
DEEP_LIST = b"[" * DEPTH + b"]" * DEPTH
DEEP_OBJECT = b'{"a":' * DEPTH + b"1" + b"}" * DEPTH


def answering(status: int, content: bytes, seen: list[httpx.Request] | None = None) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    return handler


@asynccontextmanager
async def client_of(
    make: str, handler: Handler, storage: MemoryStorage | None = None
) -> AsyncIterator[Any]:
    """A client of kind `make` whose every request `handler` answers."""
    options: dict[str, Any] = {"max_retries": 0, "session_storage": storage}
    if make == "sync":
        http = httpx.Client(transport=httpx.MockTransport(handler))
        with create_client("https://env.example.com", "ck", http_client=http, **options) as c:
            yield c
    else:

        async def async_handler(request: httpx.Request) -> httpx.Response:
            return handler(request)

        http_async = httpx.AsyncClient(transport=httpx.MockTransport(async_handler))
        async with create_async_client(
            "https://env.example.com", "ck", http_client=http_async, **options
        ) as async_client:
            yield async_client


async def resolve(value: Any) -> Any:
    """`value`, awaited if the async client answered it."""
    return await value if inspect.isawaitable(value) else value


async def call(
    make: str, handler: Handler, method: Method, storage: MemoryStorage | None = None
) -> Result[Any]:
    """`method` on a client of kind `make` whose every request `handler` answers."""
    async with client_of(make, handler, storage) as client:
        result = await resolve(method(client))
    assert isinstance(result, Result)
    return result


def invalid_response(result: Result[Any], status: int) -> bool:
    errors = result.errors
    return (
        result.data is None
        and errors is not None
        and errors.codes == ["invalid_response"]
        and errors.status == status
    )


METHODS: dict[str, Method] = {
    "cache.get": lambda c: c.cache.get("k"),
    "cache.list_keys": lambda c: c.cache.list_keys(),
    "cache.get_stats": lambda c: c.cache.get_stats(),
    "db.get": lambda c: c.db.model("m").get(),
    "db.object.get": lambda c: c.db.model("m").object("0" * 24).get(),
    "auth.sign_in_with_email": lambda c: c.auth.sign_in_with_email("a@example.com", "pw"),
    "auth.get_all_sessions": lambda c: c.auth.get_all_sessions(),
}


# ------------------------------------------------------------------ item 9: deep nesting
@pytest.mark.parametrize("make", ["sync", "async"])
@pytest.mark.parametrize("method", METHODS.values(), ids=METHODS.keys())
@pytest.mark.parametrize("body", [DEEP_LIST, DEEP_OBJECT], ids=["list", "object"])
@pytest.mark.parametrize("status", [200, 400, 502])
async def test_a_deeply_nested_answer_is_an_invalid_response(
    make: str, method: Method, body: bytes, status: int
) -> None:
    result = await call(make, answering(status, body), method)
    assert invalid_response(result, status)
    assert result.errors is not None and result.errors.items[0].details == {
        "body": body[:200].decode()
    }


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_value_nested_too_deeply_to_send_is_an_invalid_request(make: str) -> None:
    value: Any = []
    for _ in range(DEPTH):
        value = [value]
    seen: list[httpx.Request] = []
    result = await call(make, answering(200, b"null", seen), lambda c: c.cache.set("k", value))
    assert result.errors is not None and result.errors.codes == ["invalid_request"]
    assert seen == []


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_broken_content_encoding_is_an_invalid_response(make: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"not gzip", headers={"content-encoding": "gzip"})

    result = await call(make, handler, lambda c: c.cache.get("k"))
    assert result.errors is not None and result.errors.codes == ["invalid_response"]
