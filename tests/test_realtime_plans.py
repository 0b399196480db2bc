"""The realtime client without a server: where it connects, what it sends, its argument checks,
and its connection policy (reconnection, replay, buffering, the current session, the heartbeat
watchdog) on a fake socket.io transport, for both clients."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import altogic
import altogic._async.realtime
import altogic._sync.realtime
import pytest
from altogic import ClientError, RealtimeOptions
from altogic.realtime import (
    Listeners,
    handshake_auth,
    heartbeat_deadline,
    plan_channel,
    plan_message,
    plan_update,
    realtime_url,
    reconnect_delay,
)


# ---------------------------------------------------------------- pure planning
@pytest.mark.parametrize(
    ("env_url", "url", "subdomain", "env_id"),
    [
        # altogic-api.md §5.6
        (
            "https://fqle-avzr.c1-na.altogic.com",
            "https://realtime.c1-na.altogic.com",
            "fqle-avzr",
            "",
        ),
        (
            "https://c1-na.altogic.com/e:62863f06bb75ed002ed0f207",
            "https://realtime.c1-na.altogic.com",
            "",
            "62863f06bb75ed002ed0f207",
        ),
        ("https://engine.altogic.com/e:abc", "https://realtime.altogic.com", "", "abc"),
        ("https://c1-na.altogic.com", "https://realtime.c1-na.altogic.com", "", ""),
        # the local backend and any other host: the same origin
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080", "", ""),
        ("http://localhost:8080/", "http://localhost:8080", "", ""),
        ("https://api.example.com", "https://api.example.com", "", ""),
        ("http://app.localhost:9000", "http://app.localhost:9000", "", ""),
    ],
)
def test_the_realtime_url_follows_altogics_rules(
    env_url: str, url: str, subdomain: str, env_id: str
) -> None:
    endpoint = realtime_url(env_url)
    assert (endpoint.url, endpoint.subdomain, endpoint.env_id) == (url, subdomain, env_id)


def test_an_explicit_realtime_url_wins() -> None:
    client = altogic.create_client(
        "https://x.c1-na.altogic.com", "key", realtime={"url": "http://127.0.0.1:1/"}
    )
    assert client.realtime._endpoint.url == "http://127.0.0.1:1"
    assert realtime_url("https://c1-na.altogic.com/e:abc", "https://rt.example").env_id == "abc"


def test_realtime_options_as_a_dict_are_checked() -> None:
    client = altogic.create_client("http://h", "k", realtime={"echo_messages": False})
    assert client.settings.realtime == RealtimeOptions(echo_messages=False)
    with pytest.raises(ClientError) as raised:
        altogic.create_client("http://h", "k", realtime={"urll": "x"})
    assert "urll" in str(raised.value)


def test_the_handshake_carries_the_session_held_then() -> None:
    endpoint = realtime_url("https://fqle-avzr.c1-na.altogic.com")
    assert handshake_auth(endpoint, "ck", "tok", False) == {
        "clientKey": "ck",
        "echoMessages": False,
        "envId": "",
        "subdomain": "fqle-avzr",
        "Session": "tok",
    }
    assert "Session" not in handshake_auth(endpoint, "ck", None, True)


def test_payloads_keep_the_per_call_echo() -> None:
    sent = plan_message("room", "chat", {"a": 1}, False, True)
    assert not isinstance(sent, str)
    assert sent.payload == {
        "channel": "room",
        "eventName": "chat",
        "message": {"a": 1},
        "echo": False,
    }
    broadcast = plan_message(None, "chat", "hi", None, False)
    assert not isinstance(broadcast, str)
    assert (broadcast.payload, broadcast.buffered) == (
        {"eventName": "chat", "message": "hi"},
        False,
    )
    assert plan_channel("join", "room", True) == plan_channel("join", "room", True)
    update = plan_update({"name": "x"}, None)
    assert not isinstance(update, str) and update.payload == {"data": {"name": "x"}}


@pytest.mark.parametrize(
    "planned",
    [
        lambda: plan_message("", "chat", 1, None, True),
        lambda: plan_message("room", "", 1, None, True),
        lambda: plan_message("room", "connect", 1, None, True),
        lambda: plan_message("room", "chat", 1, "yes", True),  # type: ignore[arg-type]
        lambda: plan_channel("join", 3, None),  # type: ignore[arg-type]
        lambda: plan_update({}, 1),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_are_refused(planned: Callable[[], object]) -> None:
    assert isinstance(planned(), str)


def test_reconnection_delays_grow_with_jitter_up_to_a_bound() -> None:
    assert reconnect_delay(1, 1.0, 10.0, lambda: 0.0) == 0.5
    assert reconnect_delay(1, 1.0, 10.0, lambda: 1.0) == 1.5
    assert reconnect_delay(3, 1.0, 10.0, lambda: 0.5) == 4.0
    assert reconnect_delay(30, 1.0, 10.0, lambda: 0.5) == 10.0
    delays = {reconnect_delay(2, 1.0, 10.0) for _ in range(20)}
    assert len(delays) > 1 and all(1.0 <= delay <= 3.0 for delay in delays)


def test_the_heartbeat_deadline_never_undercuts_the_servers_pings() -> None:
    assert heartbeat_deadline(None, 25, 20) == 45
    assert heartbeat_deadline(2, 25, 20) == 26
    assert heartbeat_deadline(5, 1, 1) == 5


def test_listeners_once_off_and_any() -> None:
    listeners = Listeners()
    calls: list[str] = []

    def first(*_: Any) -> None:
        calls.append("first")

    listeners.add("e", first)
    listeners.add("e", lambda *_: calls.append("once"), once=True)
    listeners.add_any(first)
    assert len(listeners.take("e")[0]) == 2
    assert len(listeners.take("e")[0]) == 1
    listeners.remove("e", first)
    assert listeners.take("e") == ([], [first])
    listeners.remove_any()
    listeners.add("e", None)  # type: ignore[arg-type]  # ignored, as in the JS client
    assert listeners.take("e") == ([], [])


# ---------------------------------------------------------------- a fake socket.io transport
class FakeServer:
    """Records what the clients' sockets do; a test drops, refuses or stalls them."""

    def __init__(self) -> None:
        self.sockets: list[Any] = []
        self.auths: list[dict[str, Any]] = []
        self.refuse = 0
        self.ping_interval = 100.0

    def emitted(self, socket: Any) -> list[tuple[str, Any]]:
        return list(socket.emitted)


class FakeEio:
    def __init__(self, server: FakeServer) -> None:
        self.ping_interval = server.ping_interval
        self.ping_timeout = server.ping_interval

    def _receive_packet(self, packet: Any) -> None:
        pass

    def disconnect(self, abort: bool = False) -> None:
        pass


def fake_socket_class(server: FakeServer, asynchronous: bool) -> type:
    class FakeSocket:
        def __init__(self, **options: Any) -> None:
            self.options = options
            self.handlers: dict[str, Callable[..., Any]] = {}
            self.connected = False
            self.eio = FakeEio(server)
            self.emitted: list[tuple[str, Any]] = []
            self.sid = f"sid{len(server.sockets)}"
            server.sockets.append(self)

        def on(self, event: str, handler: Callable[..., Any]) -> None:
            self.handlers[event] = handler

        def get_sid(self) -> str:
            return self.sid

        def _connect(self, auth: dict[str, Any]) -> Any:
            server.auths.append(auth)
            if server.refuse:
                server.refuse -= 1
                body = {
                    "errors": [{"origin": "x", "code": "invalid_session_token", "message": "m"}]
                }
                return self.handlers["connect_error"]({"message": "refused", "data": body})
            self.connected = True
            return None

        def _drop(self, reason: str) -> Any:
            self.connected = False
            return self.handlers["disconnect"](reason)

    if asynchronous:

        class AsyncFakeSocket(FakeSocket):
            async def connect(self, url: str, **options: Any) -> None:
                outcome = self._connect(options["auth"])
                if inspect.isawaitable(outcome):
                    await outcome
                if not self.connected:
                    raise ConnectionError("One or more namespaces failed to connect")

            async def emit(self, event: str, data: Any) -> None:
                self.emitted.append((event, data))

            async def disconnect(self) -> None:
                self.connected = False

            async def drop(self, reason: str) -> None:
                await self._drop(reason)

        return AsyncFakeSocket

    class SyncFakeSocket(FakeSocket):
        def connect(self, url: str, **options: Any) -> None:
            self._connect(options["auth"])
            if not self.connected:
                raise ConnectionError("One or more namespaces failed to connect")

        def emit(self, event: str, data: Any) -> None:
            self.emitted.append((event, data))

        def disconnect(self) -> None:
            self.connected = False

        def drop(self, reason: str) -> None:
            self._drop(reason)

    return SyncFakeSocket


class Harness:
    """One client on the fake transport; every method is called the same way for both."""

    def __init__(self, asynchronous: bool, server: FakeServer, **options: Any) -> None:
        self.asynchronous = asynchronous
        self.server = server
        realtime = {"reconnection_delay": 0.01, "reconnection_delay_max": 0.05, **options}
        if asynchronous:
            self.client: Any = altogic.create_async_client("http://fake", "ck", realtime=realtime)
        else:
            self.client = altogic.create_client("http://fake", "ck", realtime=realtime)
        self.realtime = self.client.realtime


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def asynchronous(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def server(asynchronous: bool, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    fake = FakeServer()
    socket_class = fake_socket_class(fake, asynchronous)
    module = altogic._async.realtime if asynchronous else altogic._sync.realtime
    name = "AsyncClient" if asynchronous else "Client"
    monkeypatch.setattr(module, "socketio", SimpleNamespace(**{name: socket_class}))
    yield fake


def run(asynchronous: bool, scenario: Callable[..., Any], *args: Any) -> Any:
    """Run `scenario(call, wait_until, *args)`, where `call(x)` awaits x in the async client."""

    if asynchronous:

        async def main() -> Any:
            async def call(value: Any) -> Any:
                return await value if inspect.isawaitable(value) else value

            async def wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
                deadline = time.monotonic() + seconds
                while not condition():
                    assert time.monotonic() < deadline, "timed out"
                    await asyncio.sleep(0.01)

            return await scenario(call, wait_until, *args)

        return asyncio.run(main())

    async def sync_main() -> Any:
        async def call(value: Any) -> Any:
            return value

        async def wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
            deadline = time.monotonic() + seconds
            while not condition():
                assert time.monotonic() < deadline, "timed out"
                time.sleep(0.01)

        return await scenario(call, wait_until, *args)

    return asyncio.run(sync_main())


def test_a_drop_is_followed_by_a_reconnection_that_replays_state_and_buffer(
    asynchronous: bool, server: FakeServer
) -> None:
    harness = Harness(asynchronous, server)
    realtime = harness.realtime
    events: list[Any] = []
    realtime.on_disconnect(lambda reason: events.append(("disconnect", reason)))
    realtime.on_reconnect(lambda attempts: events.append(("reconnect", attempts)))

    async def scenario(call: Any, wait_until: Any) -> None:
        assert (await call(realtime.update_profile({"name": "ann"}))).errors is None
        await call(realtime.join("a", echo=False))
        await call(realtime.join("b"))
        await call(realtime.leave("b"))
        assert (await call(realtime.open())).errors is None
        first = server.sockets[0]
        # whether joined before the connection (replayed) or after (sent): sent once
        assert server.emitted(first).count(("join", {"channel": "a", "echo": False})) == 1
        assert server.emitted(first).count(("update", {"data": {"name": "ann"}})) == 1
        await call(first.drop("server disconnect"))
        await wait_until(lambda: len(server.sockets) > 1 or not realtime.is_connected())
        await call(realtime.send("a", "chat", "while down"))
        await wait_until(realtime.is_connected)
        second = server.sockets[-1]
        assert (
            server.emitted(second)
            == [
                ("update", {"data": {"name": "ann"}}),
                ("join", {"channel": "a", "echo": False}),
                ("message", {"channel": "a", "eventName": "chat", "message": "while down"}),
            ][: len(server.emitted(second))]
        )
        await wait_until(lambda: len(server.emitted(second)) == 3)
        assert realtime.get_socket_id() == second.sid
        await call(realtime.close())

    run(asynchronous, scenario)
    assert events[0] == ("disconnect", "server disconnect")
    assert events[1][0] == "reconnect"
    assert events[-1] == ("disconnect", "client disconnect")


def test_volatile_sends_are_dropped_while_down_and_refusals_reach_on_error(
    asynchronous: bool, server: FakeServer
) -> None:
    options = {"reconnection_delay": 0.4, "reconnection_delay_max": 0.4}
    harness = Harness(asynchronous, server, buffer_messages=False, **options)
    realtime = harness.realtime
    errors: list[Any] = []
    server.refuse = 2
    realtime.on_error(errors.append)

    async def scenario(call: Any, wait_until: Any) -> None:
        opened = await call(realtime.open())
        assert opened.errors.codes == ["invalid_session_token"]
        dropped = await call(realtime.broadcast("chat", "lost"))
        assert dropped.errors.codes == ["realtime_not_connected"]
        await wait_until(realtime.is_connected)
        sent = await call(realtime.broadcast("chat", "kept", echo=True))
        assert sent.errors is None
        assert server.emitted(server.sockets[-1]) == [
            ("message", {"eventName": "chat", "message": "kept", "echo": True})
        ]
        bad = await call(realtime.send("", "chat", 1))
        assert bad.errors.codes == ["invalid_request"]
        await call(realtime.close())

    run(asynchronous, scenario)
    assert [error.codes for error in errors] == [["invalid_session_token"]] * 2


def test_each_connection_uses_the_session_held_then(asynchronous: bool, server: FakeServer) -> None:
    harness = Harness(asynchronous, server)
    realtime = harness.realtime
    reasons: list[str] = []
    realtime.on_disconnect(reasons.append)

    async def scenario(call: Any, wait_until: Any) -> None:
        await call(realtime.open())
        assert "Session" not in server.auths[0]
        harness.client._sender.session.token = "signed-in-later"
        await wait_until(lambda: len(server.auths) == 2 and realtime.is_connected())
        assert server.auths[1]["Session"] == "signed-in-later"
        await call(server.sockets[-1].drop("transport error"))
        await wait_until(lambda: len(server.auths) == 3 and realtime.is_connected())
        assert server.auths[2]["Session"] == "signed-in-later"
        await call(realtime.close())

    run(asynchronous, scenario)
    assert reasons[:2] == ["session changed", "transport error"]


def test_the_watchdog_replaces_a_silent_connection(asynchronous: bool, server: FakeServer) -> None:
    server.ping_interval = 0.05  # a deadline of ping interval + 1 s: nothing arrives
    harness = Harness(asynchronous, server, heartbeat_timeout=0.2)
    realtime = harness.realtime
    reasons: list[str] = []
    realtime.on_disconnect(reasons.append)

    async def scenario(call: Any, wait_until: Any) -> None:
        await call(realtime.open())
        await wait_until(lambda: len(server.sockets) >= 2 and realtime.is_connected(), 5)
        await call(realtime.close())

    run(asynchronous, scenario)
    assert reasons[0] == "heartbeat timeout"


def test_nothing_raises_when_no_server_answers() -> None:
    client = altogic.create_client("http://127.0.0.1:9", "ck", realtime={"timeout": 2})
    errors: list[Any] = []
    client.realtime.on_error(errors.append)
    opened = client.realtime.open()
    assert opened.errors is not None and opened.errors.status == 0
    assert client.realtime.send("room", "chat", "x").errors is None  # buffered
    assert not client.realtime.is_connected() and client.realtime.get_socket_id() is None
    client.close()
    assert errors and errors[0].codes == ["realtime_connection_failed"]


def test_a_session_the_server_refuses_is_forgotten(asynchronous: bool, server: FakeServer) -> None:
    harness = Harness(asynchronous, server)
    realtime = harness.realtime
    harness.client._sender.session.token = "ended-elsewhere"
    server.refuse = 1

    async def scenario(call: Any, wait_until: Any) -> None:
        realtime.on_error(lambda errors: None)
        await wait_until(realtime.is_connected)
        await call(realtime.close())

    run(asynchronous, scenario)
    assert server.auths[0]["Session"] == "ended-elsewhere"
    assert "Session" not in server.auths[1]
    assert harness.client._sender.session.token is None
