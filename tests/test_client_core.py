"""The wrapper core: construction, headers, results, transport faults, retries, sessions.

Faults are injected at the network layer (httpx transports), never by mocking our own code.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import altogic
import httpx
import pytest
from altogic import (
    AltogicError,
    APIError,
    ClientError,
    ErrorEntry,
    FileStorage,
    MemoryStorage,
    Result,
    create_async_client,
    create_client,
)
from altogic_local.runner import LocalServer

pytestmark = pytest.mark.anyio

Handler = Callable[[httpx.Request], httpx.Response]


def mock_client(handler: Handler, **options: Any) -> Any:
    return create_client(
        "https://env.example.com/",
        "ck",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **options,
    )


def mock_async_client(handler: Handler, **options: Any) -> Any:
    async def async_handler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    transport = httpx.MockTransport(async_handler)
    return create_async_client(
        "https://env.example.com",
        "ck",
        http_client=httpx.AsyncClient(transport=transport),
        **options,
    )


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def recorder(seen: list[httpx.Request], body: Any = None) -> Handler:
    """A handler answering 200 with `body` and recording each request."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, body)

    return handler


# ------------------------------------------------------------------ construction
@pytest.mark.parametrize(
    "env_url",
    [None, "", "  ", "ftp://x", "env.altogic.com", 42, "http://", "https://", "http:///x"],
)
def test_bad_env_url_raises_client_error(env_url: Any) -> None:
    with pytest.raises(ClientError) as caught:
        create_client(env_url, "key")
    assert caught.value.code == "missing_required_value"
    assert str(caught.value) == (
        "env_url is required: your environment's URL, e.g. https://<env>.c1-na.altogic.com "
        "(or http://127.0.0.1:8080 for `altogic-local serve`)"
    )
    assert caught.value.origin == "client_error"


@pytest.mark.parametrize("key", [None, "", "   "])
def test_missing_client_key_raises_client_error(key: Any) -> None:
    with pytest.raises(ClientError) as caught:
        create_client("https://x.altogic.com", key)
    assert caught.value.code == "missing_required_value"
    assert str(caught.value) == (
        "client_key is required: a client key of your app (any non-empty string for "
        "`altogic-local serve` without declared keys)"
    )


def test_non_string_client_key_raises_invalid_client_key() -> None:
    with pytest.raises(ClientError) as caught:
        create_async_client("https://x.altogic.com", 123)  # type: ignore[arg-type]
    assert caught.value.code == "invalid_client_key"
    assert str(caught.value) == "client_key must be a string, not int"


def test_env_url_is_trimmed_and_one_trailing_slash_removed() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return json_response(200, None)

    client = create_client(
        "  https://c1-na.altogic.com/e:abc/  ",
        "ck",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client.cache.get("k")
    assert seen == ["https://c1-na.altogic.com/e:abc/_api/rest/v1/cache?key=k"]


# ------------------------------------------------------------------ headers
def test_every_request_carries_client_headers_and_api_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, None)

    mock_client(handler, api_key="my-api-key").cache.set("k", 1)
    headers = seen[0].headers
    assert headers["X-Client"] == "altogic-python"
    assert headers["X-Client-Key"] == "ck"
    assert headers["Authorization"] == "my-api-key"
    assert headers["Content-Type"] == "application/json"
    assert "Session" not in headers
    assert json.loads(seen[0].content) == {"key": "k", "value": 1}


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_the_clients_own_pool_sends_the_same_headers(make: str) -> None:
    """The client's own httpx client carries the client's headers (set once, not merged into
    every request); each request adds the session."""
    heads: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += connection.recv(65536)
                heads.append(data.partition(b"\r\n\r\n")[0].lower())
                reply = b"HTTP/1.1 200 OK\r\ncontent-length: 4\r\nconnection: close\r\n\r\nnull"
                connection.sendall(reply)

    threading.Thread(target=serve, daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    storage = MemoryStorage()
    storage.set("session", json.dumps({"token": "tok-1"}))
    try:
        if make == "sync":
            with create_client(url, "ck", api_key="ak", session_storage=storage) as client:
                client.cache.get("k")
        else:
            async with create_async_client(url, "ck", api_key="ak", session_storage=storage) as c:
                await c.cache.get("k")
    finally:
        listener.close()
    lines = heads[0].split(b"\r\n")
    for line in (b"x-client: altogic-python", b"x-client-key: ck", b"authorization: ak"):
        assert lines.count(line) == 1
    assert b"session: tok-1" in lines
    assert [line for line in lines if line.startswith(b"user-agent: ")] == [
        b"user-agent: altogic-python/" + altogic.__version__.encode()
    ]


def test_no_authorization_header_without_api_key() -> None:
    seen: list[httpx.Request] = []
    mock_client(recorder(seen)).cache.get("k")
    assert "Authorization" not in seen[0].headers


def test_stored_session_is_restored_and_sent() -> None:
    storage = MemoryStorage()
    storage.set("session", json.dumps({"token": "tok-123", "userId": "u"}))
    seen: list[httpx.Request] = []
    mock_client(recorder(seen), session_storage=storage).cache.get("k")
    assert seen[0].headers["Session"] == "tok-123"


# ------------------------------------------------------------------ results
def test_result_unpacks_serialises_and_unwraps() -> None:
    ok = Result({"a": 1})
    data, errors = ok
    assert data == {"a": 1} and errors is None and ok.ok
    assert ok.unwrap() == {"a": 1}
    failure: Result[Any] = Result(
        None, APIError(404, "Not Found", (ErrorEntry("client_error", "x", "no", {"k": 1}),))
    )
    assert failure.to_dict() == {
        "data": None,
        "errors": {
            "status": 404,
            "statusText": "Not Found",
            "items": [
                {"origin": "client_error", "code": "x", "message": "no", "details": {"k": 1}}
            ],
        },
    }
    with pytest.raises(AltogicError) as caught:
        failure.unwrap()
    assert caught.value.errors.codes == ["x"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"errors": [{"origin": "client_error", "code": "a", "message": "m"}]}, ["a"]),
        ({"errors": {"origin": "client_error", "code": "b", "message": "m"}}, ["b"]),
        ([{"code": "c", "message": "m"}, {"code": "d", "message": "m"}], ["c", "d"]),
        ({"code": "e", "message": "m"}, ["e"]),
        ({"detail": "Not Found"}, ["unknown_error"]),
    ],
)
def test_error_bodies_are_normalised_like_the_js_client(body: Any, expected: list[str]) -> None:
    result = mock_client(lambda r: json_response(418, body)).cache.get("k")
    assert result.data is None
    assert result.errors.status == 418
    assert result.errors.codes == expected


def test_empty_status_text_falls_back_to_bad_request() -> None:
    response = httpx.Response(
        400, content=b'{"errors":[{"code":"x","message":"m"}]}', extensions={"reason_phrase": b""}
    )
    result = mock_client(lambda r: response).cache.get("k")
    assert result.errors.status_text == "Bad Request"


# ------------------------------------------------------------------ transport faults
def test_server_down_is_a_network_error_result() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = create_client(f"http://127.0.0.1:{port}", "ck", max_retries=0)
    data, errors = client.cache.get("k")
    assert data is None and errors is not None
    assert errors.status == 0 and errors.codes == ["network_error"]
    assert errors.items[0].origin == "client_error"
    message = errors.items[0].message
    assert message.startswith(f"The request to http://127.0.0.1:{port}/_api/rest/v1/cache failed")
    assert message.endswith("(is the local backend running? Start it with `altogic-local serve`.)")


async def test_async_server_down_is_a_network_error_result() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with create_async_client(f"http://127.0.0.1:{port}", "ck", max_retries=0) as client:
        data, errors = await client.cache.get("k")
    assert data is None and errors is not None and errors.codes == ["network_error"]
    message = errors.items[0].message
    assert message.startswith(f"The request to http://127.0.0.1:{port}/_api/rest/v1/cache failed")
    assert message.endswith("(is the local backend running? Start it with `altogic-local serve`.)")


class Misbehaving:
    """A raw TCP server answering every connection with fixed bytes (or resetting it)."""

    def __init__(self) -> None:
        self.servers: list[socket.socket] = []
        self.connections = 0

    def __call__(self, reply: bytes | None, delay: float = 0.0) -> str:
        return self.start(reply, delay)

    def start(self, reply: bytes | None, delay: float = 0.0) -> str:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        self.servers.append(listener)

        def serve() -> None:
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                self.connections += 1
                conn.recv(65536)
                if delay:
                    time.sleep(delay)
                if reply is None:  # reset the connection
                    conn.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                    )
                else:
                    conn.sendall(reply)
                conn.close()

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}"


@pytest.fixture
def misbehaving_server() -> Iterator[Misbehaving]:
    server = Misbehaving()
    yield server
    for listener in server.servers:
        listener.close()


HTML_502 = b"<html><body>Bad gateway</body></html>"
REPLY_502 = (
    b"HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\ncontent-length: %d\r\n\r\n%s"
    % (len(HTML_502), HTML_502)
)


async def test_async_transport_faults_are_results(misbehaving_server: Misbehaving) -> None:
    """The async client's default (aiohttp) transport maps faults the same way."""
    reset = misbehaving_server(None)
    slow = misbehaving_server(b"HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\nnull", 2.0)
    gateway = misbehaving_server(REPLY_502)
    async with create_async_client(reset, "ck", max_retries=0) as client:
        data, errors = await client.cache.get("k")
        assert data is None and errors is not None
        assert errors.status == 0 and errors.codes == ["network_error"]
    async with create_async_client(slow, "ck", max_retries=0, timeout=0.3) as client:
        # The server answers after 2 s; a `timeout` error means the client gave up first.
        data, errors = await client.cache.get("k")
        assert data is None and errors is not None and errors.codes == ["timeout"]
    async with create_async_client(gateway, "ck", max_retries=0) as client:
        data, errors = await client.cache.get("k")
        assert errors is not None
        assert errors.status == 502 and errors.codes == ["invalid_response"]


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_dropped_connection_is_not_retried_for_non_idempotent_calls(
    misbehaving_server: Misbehaving, make: str, no_sleep: list[float]
) -> None:
    url = misbehaving_server(None)  # every request reaches the server, which then drops it
    if make == "sync":
        result = create_client(url, "ck", max_retries=2).cache.increment("k")
    else:
        async with create_async_client(url, "ck", max_retries=2) as client:
            result = await client.cache.increment("k")
    assert result.errors is not None and result.errors.codes == ["network_error"]
    assert misbehaving_server.connections == 1, "the increment may have happened: no retry"
    assert no_sleep == []


def test_connection_reset_is_a_network_error(misbehaving_server: Any) -> None:
    url = misbehaving_server(None)
    data, errors = create_client(url, "ck", max_retries=0).cache.get("k")
    assert data is None and errors is not None
    assert errors.status == 0 and errors.codes == ["network_error"]


def test_timeout_is_a_timeout_error_not_a_hang(misbehaving_server: Any) -> None:
    url = misbehaving_server(b"HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\nnull", 2.0)
    # The server answers after 2 s; a `timeout` error means the client gave up first.
    data, errors = create_client(url, "ck", timeout=0.3, max_retries=0).cache.get("k")
    assert data is None and errors is not None
    assert errors.status == 0 and errors.codes == ["timeout"]


def test_non_json_502_body_is_an_invalid_response_error(misbehaving_server: Any) -> None:
    url = misbehaving_server(REPLY_502)
    data, errors = create_client(url, "ck", max_retries=0).cache.get("k")
    assert data is None and errors is not None
    assert errors.status == 502 and errors.codes == ["invalid_response"]
    details = errors.items[0].details
    assert details is not None and "Bad gateway" in details["body"]


def test_undecodable_success_body_is_an_invalid_response_error() -> None:
    result = mock_client(lambda r: httpx.Response(200, content=b"{not json")).cache.get("k")
    assert result.data is None and result.errors.codes == ["invalid_response"]
    assert result.errors.status == 200


def test_wrong_shape_success_body_is_an_invalid_response_error() -> None:
    result = mock_client(lambda r: json_response(200, {"unexpected": True})).cache.list_keys()
    assert result.data is None and result.errors.codes == ["invalid_response"]


def test_unexpected_exception_in_the_transport_is_a_result() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("proxy exploded")

    result = mock_client(handler, max_retries=0).cache.get("k")
    assert (
        result.errors.codes == ["network_error"]
        and "proxy exploded" in result.errors.items[0].message
    )


# ------------------------------------------------------------------ retries
def flaky(responses: list[Any]) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        outcome = responses[min(len(seen), len(responses)) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        assert isinstance(outcome, httpx.Response)
        return outcome

    return handler, seen


class _Sleepless:
    """A stand-in for the `time` or `asyncio` module in the clients' transports: `sleep` records
    the delay; anything else is the module's own."""

    def __init__(self, module: Any, sleep: Any) -> None:
        self._module = module
        self.sleep = sleep

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the clients' retry delays instead of sleeping them. Only the transports' names
    are replaced, not `time.sleep` and `asyncio.sleep` themselves: other threads (a backend the
    session keeps running, with its event loop) go on sleeping and do not show up here."""
    import asyncio
    import time

    from altogic._async import transport as async_transport
    from altogic._sync import transport as sync_transport

    delays: list[float] = []

    async def fake_sleep(delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr(sync_transport, "time", _Sleepless(time, delays.append))
    monkeypatch.setattr(async_transport, "asyncio", _Sleepless(asyncio, fake_sleep))
    return delays


def test_idempotent_calls_retry_gateway_errors_with_backoff(no_sleep: list[float]) -> None:
    handler, seen = flaky(
        [json_response(503, {}), json_response(502, {}), json_response(200, {"a": 1})]
    )
    result = mock_client(handler, max_retries=2).cache.get("k")
    assert result.data == {"a": 1} and len(seen) == 3
    assert 0.375 <= no_sleep[0] <= 0.5 and 0.75 <= no_sleep[1] <= 1.0


def test_retries_stop_after_max_retries(no_sleep: list[float]) -> None:
    handler, seen = flaky([json_response(500, {"errors": [{"code": "boom", "message": "m"}]})])
    result = mock_client(handler, max_retries=3).cache.get("k")
    assert len(seen) == 4 and result.errors.status == 500 and result.errors.codes == ["boom"]


def test_non_idempotent_calls_are_not_retried_after_a_possible_send(no_sleep: list[float]) -> None:
    handler, seen = flaky([json_response(502, {}), json_response(200, {"value": 1})])
    assert mock_client(handler).cache.increment("k").errors.status == 502
    handler, seen = flaky([httpx.ReadTimeout("slow"), json_response(200, {"value": 1})])
    assert mock_client(handler).cache.increment("k").errors.codes == ["timeout"]
    assert len(seen) == 1


def test_connection_failures_are_retried_for_any_call(no_sleep: list[float]) -> None:
    handler, seen = flaky([httpx.ConnectError("refused"), json_response(200, {"value": 1})])
    assert mock_client(handler).cache.increment("k").data == {"value": 1}
    assert len(seen) == 2


def test_retry_after_is_honoured_even_for_non_idempotent_429(no_sleep: list[float]) -> None:
    handler, _seen = flaky(
        [json_response(429, {}, **{"Retry-After": "3"}), json_response(200, {"value": 1})]
    )
    assert mock_client(handler).cache.increment("k").data == {"value": 1}
    assert no_sleep == [3.0]


def test_a_long_retry_after_is_not_waited_for(no_sleep: list[float]) -> None:
    handler, seen = flaky(
        [
            json_response(
                429,
                {"errors": [{"code": "rate_limit_exceeded", "message": "m"}]},
                **{"Retry-After": "11"},
            )
        ]
    )
    result = mock_client(handler).cache.get("k")
    assert result.errors.codes == ["rate_limit_exceeded"] and len(seen) == 1 and no_sleep == []


def test_client_errors_are_not_retried(no_sleep: list[float]) -> None:
    handler, seen = flaky(
        [json_response(400, {"errors": [{"code": "validation_error", "message": "m"}]})]
    )
    mock_client(handler).cache.get("k")
    assert len(seen) == 1


async def test_async_client_retries_too(no_sleep: list[float]) -> None:
    handler, seen = flaky(
        [httpx.ConnectError("refused"), json_response(504, {}), json_response(200, None)]
    )
    async with mock_async_client(handler) as client:
        result = await client.cache.get("k")
    assert result.errors is None and len(seen) == 3 and len(no_sleep) == 2


# ------------------------------------------------------------------ session invalidation
@pytest.mark.parametrize("code", ["invalid_session_token", "missing_session_token"])
def test_session_is_cleared_on_session_error_codes(code: str) -> None:
    storage = MemoryStorage()
    storage.set("session", json.dumps({"token": "tok"}))
    storage.set("user", json.dumps({"_id": "u"}))
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(
            401, {"errors": [{"origin": "client_error", "code": code, "message": "m"}]}
        )

    client = mock_client(handler, session_storage=storage)
    result = client.cache.get("k")
    assert result.errors.codes == [code]
    assert storage.get("session") is None and storage.get("user") is None
    client.cache.get("k")
    assert seen[0].headers["Session"] == "tok" and "Session" not in seen[1].headers


def test_other_errors_keep_the_session() -> None:
    storage = MemoryStorage()
    storage.set("session", json.dumps({"token": "tok"}))
    client = mock_client(
        lambda r: json_response(401, {"errors": [{"code": "invalid_client_key", "message": "m"}]}),
        session_storage=storage,
    )
    client.cache.get("k")
    assert storage.get("session") is not None


class AsyncDictStorage:
    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    async def get(self, key: str) -> str | None:
        return self.items.get(key)

    async def set(self, key: str, value: str) -> None:
        self.items[key] = value

    async def remove(self, key: str) -> None:
        self.items.pop(key, None)


async def test_async_client_accepts_async_storage_and_clears_it() -> None:
    storage = AsyncDictStorage()
    storage.items["session"] = json.dumps({"token": "tok"})
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(401, {"errors": [{"code": "invalid_session_token", "message": "m"}]})

    async with mock_async_client(handler, session_storage=storage) as client:
        await client.cache.get("k")
        await client.cache.get("k")
    assert seen[0].headers["Session"] == "tok" and "Session" not in seen[1].headers
    assert "session" not in storage.items


# ------------------------------------------------------------------ storage and logging
def test_file_storage_persists_across_instances_with_private_permissions(tmp_path: Path) -> None:
    path = tmp_path / "state" / "session.json"
    first = FileStorage(path)
    first.set("session", json.dumps({"token": "t1"}))
    first.set("user", "{}")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    second = FileStorage(path)
    assert json.loads(second.get("session") or "") == {"token": "t1"}
    second.remove("user")
    assert FileStorage(path).get("user") is None
    assert json.loads(path.read_text()) == {"session": json.dumps({"token": "t1"})}


def test_file_storage_tolerates_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("not json")
    storage = FileStorage(path)
    assert storage.get("session") is None
    storage.set("session", "x")
    assert storage.get("session") == "x"


def test_requests_are_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    storage = MemoryStorage()
    storage.set("session", json.dumps({"token": "secret-session-token"}))
    client = mock_client(
        lambda r: json_response(200, None), api_key="secret-api-key", session_storage=storage
    )
    with caplog.at_level(logging.DEBUG, logger="altogic"):
        client.cache.set("secret-key-name", "secret-value")
        client.cache.get("secret-key-name")
    text = caplog.text
    assert "POST /_api/rest/v1/cache -> 200" in text and "GET /_api/rest/v1/cache -> 200" in text
    for secret in (
        "secret-session-token",
        "secret-api-key",
        "secret-value",
        "secret-key-name",
        "ck",
    ):
        assert secret not in text


def test_clients_are_context_managers_that_close_their_pool() -> None:
    with LocalServer() as server, create_client(server.url, "ck") as client:
        assert client.cache.set("k", 1).errors is None
    assert client._http.is_closed


def test_a_429_without_retry_after_is_retried_even_for_non_idempotent_calls(
    no_sleep: list[float],
) -> None:
    handler, seen = flaky([json_response(429, {}), json_response(200, {"value": 1})])
    assert mock_client(handler).cache.increment("k").data == {"value": 1}
    assert len(seen) == 2 and 0.375 <= no_sleep[0] <= 0.5


def test_a_503_without_retry_after_is_not_retried_for_non_idempotent_calls(
    no_sleep: list[float],
) -> None:
    handler, seen = flaky([json_response(503, {}), json_response(200, {"value": 1})])
    assert mock_client(handler).cache.increment("k").errors.status == 503
    assert len(seen) == 1
