"""`client.realtime` and `auth.on_user_event` against the local backend over a real socket, for
the sync and the async client: channels, broadcast, echo, presence, `get_members`, profiles,
user events, refused handshakes; and what must never silently stop: a backend killed and
restarted on the same data while clients are joined, a session signed in after the first
connection, a stalled connection the heartbeat watchdog replaces.

Each scenario is one `async def` that serves both clients: `call(x)` awaits what the async client
returns and passes the sync client's results through.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import altogic
import pytest

from .conftest import Backend
from .processes import _free_port, server_process

pytestmark = [pytest.mark.altogic_socket, pytest.mark.anyio]

NO_CONFIRMATION = {"auth": {"emailConfirmation": False}}
FAST = {"reconnection_delay": 0.1, "reconnection_delay_max": 0.5}
"""Realtime options for quick reconnections in tests."""
WAIT = 15.0


async def call(value: Any) -> Any:
    """`value`, awaited if the async client returned a coroutine."""
    return await value if inspect.isawaitable(value) else value


async def eventually(condition: Callable[[], bool], seconds: float = WAIT) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.02)


class Peer:
    """A client and what its realtime callbacks received (from any thread)."""

    def __init__(self, client: Any, name: str) -> None:
        self.client = client
        self.realtime = client.realtime
        self.name = name
        self.events: list[tuple[str, Any]] = []
        self._lock = threading.Lock()
        self.realtime.on_any(self._record)
        for what in ("connect", "disconnect", "reconnect", "error"):
            getattr(self.realtime, f"on_{what}")(self._recorder(what))

    def _record(self, event: str, *args: Any) -> None:
        with self._lock:
            self.events.append((event, args[0] if len(args) == 1 else args))

    def _recorder(self, what: str) -> Callable[..., None]:
        def record(*args: Any) -> None:
            with self._lock:
                self.events.append((f"@{what}", args[0] if args else None))

        return record

    def got(self, event: str) -> list[Any]:
        with self._lock:
            return [payload for name, payload in self.events if name == event]

    def messages(self, event: str = "chat") -> list[Any]:
        return [payload["message"] for payload in self.got(event)]

    async def close(self) -> None:
        await call(self.client.close())


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextlib.asynccontextmanager
async def peers(
    backend: Backend | str, flavour: str, count: int, **realtime: Any
) -> AsyncIterator[list[Peer]]:
    """`count` clients of `backend` (or of the env URL given), closed at the end."""
    options = {**FAST, **realtime}
    made: list[Peer] = []
    for index in range(count):
        if isinstance(backend, str):
            factory = altogic.create_client if flavour == "sync" else altogic.create_async_client
            client = factory(backend, "test-key", realtime=options)
        elif flavour == "sync":
            client = backend.client(realtime=options)
        else:
            client = backend.async_client(realtime=options)
        made.append(Peer(client, f"{flavour}{index}"))
    try:
        yield made
    finally:
        for peer in made:
            await peer.close()


async def open_all(group: list[Peer]) -> None:
    for peer in group:
        opened = await call(peer.realtime.open())
        assert opened.errors is None, opened.errors


async def join_all(group: list[Peer], channel: str) -> None:
    """Join `channel` on every peer and wait until the server lists them all."""
    for peer in group:
        assert (await call(peer.realtime.join(channel))).errors is None
    ids = {peer.realtime.get_socket_id() for peer in group}

    async def listed() -> bool:
        data, errors = await call(group[0].realtime.get_members(channel))
        return errors is None and ids <= {member["id"] for member in data}

    deadline = time.monotonic() + WAIT
    while not await listed():
        assert time.monotonic() < deadline, "the members never showed"
        await asyncio.sleep(0.05)


# ---------------------------------------------------------------- channels and echo
async def test_send_broadcast_and_echo(altogic_backend: Backend, flavour: str) -> None:
    async with peers(altogic_backend, flavour, 3) as (ann, bob, cid):
        await open_all([ann, bob, cid])
        await join_all([ann, bob], "room")
        await call(ann.realtime.send("room", "chat", "to the room"))
        await call(ann.realtime.send("room", "chat", {"not": "to myself"}, echo=False))
        await call(cid.realtime.broadcast("chat", "to everyone"))
        await eventually(lambda: len(bob.messages()) == 3 and len(cid.messages()) == 1)
        await eventually(lambda: len(ann.messages()) == 2)
        # one sender's messages keep their order; two senders' may interleave
        assert [m for m in bob.messages() if m != "to everyone"] == [
            "to the room",
            {"not": "to myself"},
        ]
        assert sorted(ann.messages()) == ["to everyone", "to the room"]
        assert cid.messages() == ["to everyone"]
        assert {"channel": "room", "message": "to the room"} in bob.got("chat")
        assert {"channel": None, "message": "to everyone"} in bob.got("chat")


async def test_a_connection_without_echo(altogic_backend: Backend, flavour: str) -> None:
    async with peers(altogic_backend, flavour, 2, echo_messages=False) as (ann, bob):
        await open_all([ann, bob])
        await join_all([ann, bob], "room")
        await call(ann.realtime.send("room", "chat", 1))
        await call(ann.realtime.send("room", "chat", 2, echo=True))
        await eventually(lambda: len(bob.messages()) == 2 and ann.messages() == [2])
        received: list[Any] = []
        bob.realtime.once("ping", received.append)
        await call(ann.realtime.send("room", "ping", "a"))
        await call(ann.realtime.send("room", "ping", "b"))
        await eventually(lambda: len(bob.messages("ping")) == 2)
        assert received == [{"channel": "room", "message": "a"}]


async def test_one_senders_messages_arrive_in_order(altogic_backend: Backend, flavour: str) -> None:
    async with peers(altogic_backend, flavour, 2) as (ann, bob):
        await open_all([ann, bob])
        await join_all([ann, bob], "room")
        for number in range(150):
            await call(ann.realtime.send("room", "count", number, echo=False))
        await eventually(lambda: len(bob.messages("count")) == 150)
        assert bob.messages("count") == list(range(150))


async def test_fifty_clients_on_one_channel(altogic_backend: Backend, flavour: str) -> None:
    count = 50 if flavour == "async" else 20
    async with peers(altogic_backend, flavour, count) as group:
        await open_all(group)
        await join_all(group, "crowd")
        await call(group[0].realtime.send("crowd", "chat", "hello all"))
        await eventually(lambda: all(peer.messages() == ["hello all"] for peer in group))


# ---------------------------------------------------------------- presence and profiles
async def test_presence_profiles_and_members(altogic_backend: Backend, flavour: str) -> None:
    async with peers(altogic_backend, flavour, 2) as (ann, bob):
        await open_all([ann, bob])
        await call(ann.realtime.update_profile({"name": "Ann"}))
        await join_all([ann], "room")
        await call(bob.realtime.join("room"))
        bob_id = bob.realtime.get_socket_id()
        await eventually(lambda: bob_id in [p["message"]["id"] for p in ann.got("channel:join")])
        await call(bob.realtime.update_profile({"name": "Bob"}))
        update = {"channel": "room", "message": {"id": bob_id, "data": {"name": "Bob"}}}
        await eventually(lambda: update in ann.got("channel:update"))
        data, errors = await call(ann.realtime.get_members("room"))
        assert errors is None
        assert sorted(data, key=lambda member: member["data"]["name"]) == [
            {"id": ann.realtime.get_socket_id(), "data": {"name": "Ann"}},
            {"id": bob_id, "data": {"name": "Bob"}},
        ]
        assert (await call(ann.realtime.get_members("nobody-here"))).data == []
        assert (await call(ann.realtime.get_members(""))).errors.codes == ["invalid_request"]
        await call(bob.realtime.leave("room"))
        await eventually(lambda: len(ann.got("channel:leave")) == 1)
        await call(bob.realtime.join("room"))
        await eventually(lambda: len(ann.got("channel:join")) == 3)  # its own, bob's twice
        await bob.close()  # a disconnect leaves every channel
        await eventually(lambda: len(ann.got("channel:leave")) == 2)
        assert ann.got("channel:leave")[1]["message"]["id"] == bob_id


async def test_server_errors_reach_on_error(altogic_backend: Backend, flavour: str) -> None:
    async with peers(altogic_backend, flavour, 1) as (ann,):
        await open_all([ann])
        await call(ann.realtime.join("x" * 500))  # over the server's bound on channel names
        await eventually(lambda: bool(ann.got("@error")))
        error = ann.got("@error")[0]
        assert isinstance(error, altogic.APIError) and error.codes
        assert ann.realtime.is_connected()


# ---------------------------------------------------------------- handshakes and user events
@pytest.mark.altogic_config({"clientKeys": [{"key": "good", "enforceSession": True}]})
async def test_refused_handshakes_reach_on_error_and_open(
    altogic_backend: Backend, flavour: str
) -> None:
    async with peers(altogic_backend.url, flavour, 1) as (stranger,):
        opened = await call(stranger.realtime.open())
        assert opened.errors is not None and opened.errors.codes == ["invalid_client_key"]
        assert stranger.got("@error")[0].codes == ["invalid_client_key"]
        assert not stranger.realtime.is_connected()
        assert (await call(stranger.realtime.send("room", "chat", "kept"))).errors is None


@pytest.mark.altogic_config(NO_CONFIRMATION)
async def test_user_events(altogic_backend: Backend, flavour: str) -> None:
    async with peers(altogic_backend, flavour, 2) as (here, there):
        signed = await call(here.client.auth.sign_up_with_email("u@example.com", "secret-1", "U"))
        assert signed.errors is None
        user_events: list[tuple[Any, ...]] = []
        here.client.auth.on_user_event(lambda *args: user_events.append(args))
        await open_all([here])
        signed_in = await call(there.client.auth.sign_in_with_email("u@example.com", "secret-1"))
        assert signed_in.errors is None
        await eventually(lambda: [args[0] for args in user_events] == ["user:signin"])
        _, session, *user = user_events[0]
        assert session["token"] == signed_in.session["token"]
        assert user == [] or user[0] is None or user[0]["email"] == "u@example.com"
        changed = await call(there.client.auth.change_password("secret-2", "secret-1"))
        assert changed.errors is None
        await eventually(lambda: "user:pwdchange" in [args[0] for args in user_events])
        await call(there.client.auth.sign_out())
        await eventually(lambda: "user:signout" in [args[0] for args in user_events])


# ---------------------------------------------------------------- never silently stops
class StallingProxy:
    """A TCP proxy to `target_port` that forwards until `stall()`: then the connections open at
    that moment stop forwarding in both directions (while staying open), as a dead network path
    does; connections made afterwards are forwarded."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stalled: set[int] = set()
        self._generation = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stall(self) -> None:
        self.stalled.add(self._generation)
        self._generation += 1

    def _accept(self) -> None:
        while not self._closed:
            try:
                downstream, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            generation = self._generation
            for source, target in ((downstream, upstream), (upstream, downstream)):
                args = (source, target, generation)
                threading.Thread(target=self._pipe, args=args, daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, generation: int) -> None:
        with contextlib.suppress(OSError):
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if generation in self.stalled:
                    continue  # swallowed: the path is dead, the sockets stay open
                target.sendall(data)
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._closed = True
        self.listener.close()


@pytest.mark.altogic_config({"realtime": {"pingInterval": 1, "pingTimeout": 10}})
async def test_a_stalled_connection_is_replaced(altogic_backend: Backend, flavour: str) -> None:
    port = int(altogic_backend.url.rsplit(":", 1)[1])
    proxy = StallingProxy(port)
    try:
        # engine.io would notice after ping interval + ping timeout (11 s); the watchdog, after
        # 2.5 s of silence
        options = {"url": proxy.url, "heartbeat_timeout": 2.5}
        async with (
            peers(altogic_backend, flavour, 1, **options) as (ann,),
            peers(altogic_backend, flavour, 1) as (bob,),
        ):
            await open_all([ann, bob])
            await join_all([ann, bob], "room")
            first_id = ann.realtime.get_socket_id()
            proxy.stall()
            await eventually(lambda: "heartbeat timeout" in ann.got("@disconnect"), 10)
            await eventually(
                lambda: ann.realtime.is_connected() and ann.realtime.get_socket_id() != first_id
            )
            await join_all([ann, bob], "room")
            await call(bob.realtime.send("room", "chat", "after the stall"))
            await eventually(lambda: ann.messages() == ["after the stall"])
    finally:
        proxy.close()


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_clients_survive_a_backend_restart(tmp_path: Path, flavour: str) -> None:
    """Kill the backend (SIGKILL) while clients are joined and restart it on the same data and
    port: every client reconnects by itself, joins again and gets the next message; the
    reconnection uses the session signed in after the first connection."""
    app_file = tmp_path / "app.yaml"
    app_file.write_text("auth:\n  emailConfirmation: false\n")
    serve: dict[str, Any] = {"app_file": app_file, "data_dir": tmp_path / "data"}
    serve.update(port=_free_port(), kill=True)
    backend = contextlib.ExitStack()
    try:
        url = backend.enter_context(server_process(**serve))
        async with peers(url, flavour, 3) as group:
            first, second, third = group
            await open_all(group)
            await join_all(group, "room")
            # signed in after the first connection: the connection is made again with it
            signed = await call(first.client.auth.sign_up_with_email("r@example.com", "pw-12345"))
            assert signed.errors is None
            await eventually(lambda: "session changed" in first.got("@disconnect"))
            await eventually(first.realtime.is_connected)
            user_events: list[tuple[Any, ...]] = []
            first.client.auth.on_user_event(lambda *args: user_events.append(args))

            backend.close()  # SIGKILL: no goodbye to the sockets
            await eventually(lambda: not any(peer.realtime.is_connected() for peer in group))
            await call(third.realtime.send("room", "chat", "sent while down"))
            backend = contextlib.ExitStack()
            assert backend.enter_context(server_process(**serve)) == url
            await eventually(lambda: all(peer.realtime.is_connected() for peer in group), 30)
            for peer in group:
                assert peer.got("@reconnect"), peer.name
            await join_all(group, "room")  # the server lists every client again
            await call(second.realtime.send("room", "chat", "after the restart"))
            await eventually(lambda: all("after the restart" in peer.messages() for peer in group))
            # the reconnection carried the session: the user's events reach this connection
            other = altogic.create_client(url, "test-key")
            try:
                assert other.auth.sign_in_with_email("r@example.com", "pw-12345").errors is None
            finally:
                other.close()
            await eventually(lambda: "user:signin" in [args[0] for args in user_events])
    finally:
        backend.close()
