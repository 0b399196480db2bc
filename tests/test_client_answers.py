"""Answers the client cannot use come back as `invalid_response` errors, never as exceptions and
never as data: JSON nested too deeply to decode (issue 9, item 9), and 200 answers without the
shape their call promises (item 12), which in particular store no session.

Answers are injected at the network layer (httpx's mock transports); each test runs against the
sync and the async client.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import altogic.auth
import altogic.cache
import altogic.db
import httpx
import pytest
from altogic import APIError, MemoryStorage, Result, create_async_client, create_client

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


async def walk(make: str, handler: Handler) -> tuple[list[Any], APIError | None]:
    """What iterating over every page of a query gives, and the error that ended it."""
    async with client_of(make, handler) as client:
        pages = client.db.model("m").iter()
        items = list(pages) if make == "sync" else [item async for item in pages]
        return items, pages.errors


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


# ------------------------------------------------------------------ item 12: wrong shapes
USER = {"_id": "u1", "provider": "altogic", "providerUserId": "u1", "email": "a@example.com"}
AGENT = {"family": "Other", "major": "0", "minor": "0", "patch": "0"}
SESSION = {
    "userId": "u1",
    "token": "t0k3n",
    "accessGroupKeys": [],
    "userAgent": {**AGENT, "device": AGENT, "os": AGENT},
}

WRONG_SHAPES: list[tuple[str, Any]] = [
    ("cache.get_stats", "x"),
    ("cache.get_stats", {"totalKeys": "many"}),
    ("cache.get_stats", [1, 2]),
    ("cache.get", "x"),
    ("cache.list_keys", {"data": {}, "next": None}),
    ("cache.list_keys", {"data": [{"value": 1}], "next": None}),
    ("db.get", {"_id": "not a list"}),
    ("db.get", ["not an object"]),
    ("db.object.get", ["not an object"]),
    ("auth.get_all_sessions", [{"token": 1}]),
    ("auth.sign_in_with_email", {"user": {}, "session": {}}),
    ("auth.sign_in_with_email", "x"),
    ("auth.sign_in_with_email", {"user": USER, "session": {}}),
    ("auth.sign_in_with_email", {"user": USER, "session": {**SESSION, "token": ""}}),
    ("auth.sign_in_with_email", {"user": USER, "session": {**SESSION, "token": 42}}),
    ("auth.sign_in_with_email", {"user": [], "session": SESSION}),
]


@pytest.mark.parametrize("make", ["sync", "async"])
@pytest.mark.parametrize(
    ("name", "answer"), WRONG_SHAPES, ids=[f"{n}:{json.dumps(a)[:40]}" for n, a in WRONG_SHAPES]
)
async def test_a_wrong_shape_is_an_invalid_response(make: str, name: str, answer: Any) -> None:
    storage = MemoryStorage()
    result = await call(make, answering(200, json.dumps(answer).encode()), METHODS[name], storage)
    assert invalid_response(result, 200)
    assert storage.get("session") is None and storage.get("user") is None


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_session_without_a_token_is_not_kept(make: str) -> None:
    """After a sign-in answered without a usable session, no `Session` header is sent."""
    seen: list[httpx.Request] = []
    storage = MemoryStorage()
    answer = json.dumps({"user": {}, "session": {}}).encode()
    async with client_of(make, answering(200, answer, seen), storage) as client:
        signed_in = await resolve(client.auth.sign_in_with_email("a@example.com", "pw"))
        assert invalid_response(signed_in, 200)
        await resolve(client.cache.get("k"))
        assert await resolve(client.auth.get_session()) is None
    assert len(seen) == 2 and "Session" not in seen[1].headers
    assert storage.get("session") is None and storage.get("user") is None


STATS = ["totalKeys", "totalStorageSize", "dailyIngress", "dailyEgress", "monthlyIngress"]
STATS.append("monthlyEgress")

RIGHT_SHAPES: list[tuple[str, Any]] = [
    ("cache.get", None),
    ("cache.get", {"value": 1}),
    ("cache.get", [1, "two"]),
    ("cache.list_keys", {"data": [{"key": "k", "value": {"a": 1}}], "next": "c1"}),
    ("cache.get_stats", dict.fromkeys(STATS, 0)),
    ("db.get", [{"_id": "o1", "nested": {"deep": [1, {"x": None}]}}]),
    ("db.object.get", None),
    ("auth.get_all_sessions", [SESSION, {**SESSION, "creationDtm": "2024-01-01T00:00:00Z"}]),
    # Custom user fields and fields a newer server adds are data too.
    ("auth.sign_in_with_email", {"user": {**USER, "score": 3}, "session": {**SESSION, "x": 1}}),
    ("auth.sign_in_with_email", {"user": USER}),  # no session: `verifyPhone` after a change
]


@pytest.mark.parametrize("make", ["sync", "async"])
@pytest.mark.parametrize(
    ("name", "answer"), RIGHT_SHAPES, ids=[f"{n}:{json.dumps(a)[:40]}" for n, a in RIGHT_SHAPES]
)
async def test_a_right_shape_is_data(make: str, name: str, answer: Any) -> None:
    storage = MemoryStorage()
    result = await call(make, answering(200, json.dumps(answer).encode()), METHODS[name], storage)
    assert result.errors is None
    if name == "auth.sign_in_with_email":
        assert result.data == {"user": answer["user"], "session": answer.get("session")}
        assert (storage.get("session") is None) == ("session" not in answer)
    elif name == "cache.list_keys":
        assert (result.data, result.next) == (answer["data"], answer["next"])  # type: ignore[attr-defined]
    else:
        assert result.data == answer


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_walk_over_pages_that_a_server_says_are_empty_ends(make: str) -> None:
    """A server claiming a page size of 0 and answering empty pages does not make `iter` spin."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) > 5:
            raise AssertionError("the walk did not end")
        info = {"count": 1, "totalPages": 1, "currentPage": len(seen), "pageSize": 0}
        page: Any = {"info": info, "data": []} if len(seen) == 1 else []
        return httpx.Response(200, json=page)

    assert await walk(make, handler) == ([], None)
    assert len(seen) == 1


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_page_without_its_page_size_ends_the_walk_with_an_error(make: str) -> None:
    answer = json.dumps({"info": {"count": 1}, "data": [{"_id": "o1"}]}).encode()
    items, errors = await walk(make, answering(200, answer))
    assert items == [] and errors is not None and errors.codes == ["invalid_response"]


def plan_results() -> list[Any]:
    """The result type of every planned call (`Call[R]` of every `plan_*` function, and the
    request-dependent answers the database plans pick from)."""
    results: list[Any] = []
    for module in (altogic.auth, altogic.cache, altogic.db):
        for name, function in vars(module).items():
            if name.startswith("plan_") and inspect.isfunction(function):
                hints = typing.get_type_hints(function, vars(module))
                results.append(typing.get_args(hints["return"])[0])
        results += [
            value
            for value in vars(module).values()
            if isinstance(value, type | typing._GenericAlias)  # type: ignore[attr-defined]
            and isinstance(typing.get_origin(value) or value, type)
            and issubclass(typing.get_origin(value) or value, Result)
        ]
    return results


def test_every_planned_answer_has_a_shape_check() -> None:
    """Every call's answer type compiles to a check (an unsupported type would make the call
    raise when planned)."""
    from altogic._shapes import reader

    results = plan_results()
    assert len(results) > 40
    for result in results:
        reader(result)
