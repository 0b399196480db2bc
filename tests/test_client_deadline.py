"""Every call ends within its `timeout`, retries included, however slowly a server answers
(issue 9, item 9).

The servers here are real sockets served by threads, misbehaving on purpose: trickling their
answer one byte at a time (which per-read timeouts never stop), or failing slowly so that the
client retries. Each runs against the sync and the async client. Bounds are generous (three
times the timeout): they tell a call that ends from one that goes on for as long as the server
likes (each server gives up after `GIVE_UP` seconds, so that the old behaviour fails the test
instead of hanging it).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
from altogic import Result, create_async_client, create_client

pytestmark = pytest.mark.anyio

TIMEOUT = 1.0
BOUND = 3 * TIMEOUT
GIVE_UP = 5.0
"""Seconds after which a misbehaving server stops and closes the connection."""

Handle = Callable[[socket.socket, threading.Event], None]


class FakeServer:
    """A TCP server on a free port: each connection gets its own thread, which reads one
    request and hands the connection to `handle`. `close()` stops every handler."""

    def __init__(self, handle: Handle) -> None:
        self.handle = handle
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.stopped = threading.Event()
        self.requests = 0
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            try:
                read_request(connection)
                self.requests += 1
                self.handle(connection, self.stopped)
            except OSError:  # the client gave up
                pass

    def close(self) -> None:
        self.stopped.set()
        self.listener.close()


def read_request(connection: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            raise ConnectionError("the client left")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            while len(body) < int(value):
                body += connection.recv(65536)


@pytest.fixture
def serve() -> Iterator[Callable[[Handle], FakeServer]]:
    servers: list[FakeServer] = []

    def start(handle: Handle) -> FakeServer:
        servers.append(FakeServer(handle))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def trickle(prefix: bytes, byte: bytes, every: float = 0.2) -> Handle:
    """Send `prefix`, then `byte` every `every` seconds until `GIVE_UP`."""

    def handle(connection: socket.socket, stopped: threading.Event) -> None:
        connection.sendall(prefix)
        end = time.monotonic() + GIVE_UP
        while not stopped.wait(every) and time.monotonic() < end:
            connection.sendall(byte)

    return handle


def slow_failure(delay: float) -> Handle:
    """Answer 502 after `delay` seconds (a gateway error, which idempotent calls retry)."""

    def handle(connection: socket.socket, stopped: threading.Event) -> None:
        if not stopped.wait(delay):
            body = b'{"errors": [{"code": "bad_gateway", "message": "m"}]}'
            head = b"HTTP/1.1 502 Bad Gateway\r\ncontent-type: application/json\r\n"
            connection.sendall(head + b"content-length: %d\r\n\r\n%s" % (len(body), body))

    return handle


TRICKLED_BODY = trickle(
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n[",
    b" ",
)
TRICKLED_HEAD = trickle(b"HTTP/1.1 200 OK\r\nx-slow: ", b"x")

Method = Callable[[Any], Result[Any] | Awaitable[Result[Any]]]


async def timed(make: str, url: str, method: Method, **options: Any) -> tuple[Result[Any], float]:
    """Call `method` on a new client of kind `make` for `url`: its result, and how long it
    took."""
    started = time.monotonic()
    if make == "sync":
        with create_client(url, "ck", **options) as client:
            result = method(client)
    else:
        async with create_async_client(url, "ck", **options) as client:
            result = await method(client)  # type: ignore[misc]
    assert isinstance(result, Result)
    return result, time.monotonic() - started


@pytest.mark.parametrize("make", ["sync", "async"])
@pytest.mark.parametrize("handle", [TRICKLED_BODY, TRICKLED_HEAD], ids=["body", "head"])
async def test_a_trickled_answer_ends_by_the_deadline(
    serve: Callable[[Handle], FakeServer], make: str, handle: Handle
) -> None:
    server = serve(handle)
    result, took = await timed(make, server.url, lambda c: c.cache.get("k"), timeout=TIMEOUT)
    assert took < BOUND, f"a {TIMEOUT} s call took {took:.1f} s"
    assert result.data is None and result.errors is not None
    assert result.errors.codes == ["timeout"] and result.errors.status == 0


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_retries_end_by_the_deadline(
    serve: Callable[[Handle], FakeServer], make: str
) -> None:
    """Each attempt fails after 0.4 s: three retries with their backoff would take about 4 s."""
    server = serve(slow_failure(0.4))
    method = lambda c: c.cache.get("k")  # noqa: E731
    result, took = await timed(make, server.url, method, timeout=TIMEOUT, max_retries=3)
    assert took < BOUND, f"a {TIMEOUT} s call took {took:.1f} s"
    assert result.errors is not None and result.errors.codes in (["timeout"], ["bad_gateway"])
    assert server.requests >= 1


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_call_sent_as_a_body_ends_by_the_deadline(
    serve: Callable[[Handle], FakeServer], make: str
) -> None:
    """The same for a call with a request body (a sign-in, which is not retried)."""
    server = serve(TRICKLED_BODY)
    method = lambda c: c.auth.sign_in_with_email("ada@example.com", "secret")  # noqa: E731
    result, took = await timed(make, server.url, method, timeout=TIMEOUT)
    assert took < BOUND and result.errors is not None and result.errors.codes == ["timeout"]


class Delegating(httpx.BaseTransport):
    """A transport the client cannot see into (as an app's logging or caching transport)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_a_trickled_body_ends_by_the_deadline_through_any_transport(
    serve: Callable[[Handle], FakeServer],
) -> None:
    """Through an `http_client` whose pool the client cannot reach, the body is given up between
    chunks: within one read timeout of the deadline."""
    server = serve(TRICKLED_BODY)
    http = httpx.Client(transport=Delegating(httpx.HTTPTransport()))
    started = time.monotonic()
    with http, create_client(server.url, "ck", http_client=http, timeout=TIMEOUT) as client:
        result = client.cache.get("k")
    took = time.monotonic() - started
    assert took < BOUND and result.errors is not None and result.errors.codes == ["timeout"]


def test_the_sync_pools_enforce_deadlines() -> None:
    """The sync client reaches into httpx for its pools' network backend: this fails when an
    httpx release moves it, before deadlines silently stop applying to socket reads."""
    from altogic._network import DeadlineBackend, enforce_deadlines

    proxied = httpx.Client(mounts={"http://": httpx.HTTPTransport(proxy="http://127.0.0.1:9")})
    for http in (create_client("http://127.0.0.1:9", "ck")._http, proxied):
        assert enforce_deadlines(http)
        transports = [http._transport, *http._mounts.values()]
        for transport in transports:
            assert isinstance(transport._pool._network_backend, DeadlineBackend)  # type: ignore[union-attr]
    assert not enforce_deadlines(httpx.Client(transport=Delegating(httpx.HTTPTransport())))


async def test_a_quick_answer_is_not_cut_short(serve: Callable[[Handle], FakeServer]) -> None:
    """The deadline leaves calls that answer in time alone."""

    def answer(connection: socket.socket, stopped: threading.Event) -> None:
        body = b'{"value": 1}'
        connection.sendall(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body))

    server = serve(answer)
    for make in ("sync", "async"):
        result, _ = await timed(make, server.url, lambda c: c.cache.get("k"), timeout=5)
        assert result.errors is None and result.data == {"value": 1}
    assert server.requests == 2
