"""The realtime manager: channels, broadcast, presence and user events over one socket.io
connection that reconnects by itself.

The async manager runs on python-socketio's asyncio client, its background work in an asyncio
task. The sync manager (`altogic._sync.realtime`) is generated from the async one: python-socketio's
threaded client has the same methods as its asyncio client, and the few things that differ (starting
the background work, the lock, awaiting a callback's result) go through the pairs of functions
of `altogic.realtime` whose names say which client they serve. Its background work is a daemon
thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from typing import Any

import engineio
import socketio

from .._settings import Settings
from ..realtime import (
    ERROR_EVENT,
    JOIN_EVENT,
    LEAVE_EVENT,
    UPDATE_EVENT,
    USER_EVENTS,
    Emit,
    Listener,
    Listeners,
    connect_error,
    handshake_auth,
    heartbeat_deadline,
    logger,
    new_async_lock,
    new_async_queue,
    not_connected,
    plan_channel,
    plan_get_members,
    plan_message,
    plan_update,
    realtime_url,
    reconnect_delay,
    refusal,
    run_listener_async,
    server_error,
    start_async_task,
    take_async,
)
from ..result import SESSION_ERROR_CODES, APIError, Result, VoidResult
from ..types import MemberData
from .sender import AsyncSender

TICK = 0.05
"""Seconds between two looks of the supervisor at the connection."""

# Internal listener names for the connection's own events (socket.io reserves them, so no app
# event can use them).
_CONNECT, _DISCONNECT, _RECONNECT = "connect", "disconnect", "reconnect"
_STATE_EVENTS = frozenset({"join", "leave", "update"})
"""Emits that the replay after a reconnection supersedes (with `auto_join_channels`)."""


class AsyncRealtimeManager:
    """`client.realtime`: socket.io channels, broadcast, presence and user events.

    The connection is opened on first use (any method but `get_members`, `off`, `close` and the
    getters) and then kept: after any drop (network, server restart, a server-initiated
    disconnect, a stall the heartbeat watchdog notices, a change of the signed-in session) it
    reconnects with jittered exponential backoff, with the session held at that moment, joins
    the remembered channels again, replays the member profile and delivers the buffered sends.
    Only `close()` stops it. `on_connect`, `on_disconnect`, `on_reconnect` and `on_error` tell
    the app what happened; no method raises.

    Callbacks are called one at a time, in the order the events arrived, off the socket's read
    loop (a slow callback delays the next events, not the socket's answers to pings). In the
    asyncio client they run on the event loop and may be coroutine functions (they are awaited).
    In the sync client they run on the manager's background threads, never on the caller's:
    guard what they share with the rest of the app.
    """

    def __init__(self, sender: AsyncSender, settings: Settings) -> None:
        self._sender = sender
        self._options = settings.realtime
        self._client_key = settings.client_key
        self._endpoint = realtime_url(settings.base_url, self._options.url)
        self._listeners = Listeners()
        self._channels: dict[str, bool | None] = {}
        """The joined channels and the echo each was joined with."""
        self._profile: tuple[Any, bool | None] | None = None
        self._pending: list[Emit] = []
        """Buffered emits, delivered once connected."""
        self._lock = new_async_lock()
        self._inbox: Any = new_async_queue()
        """The sockets' incoming socket.io packets, in the order they arrived, for `_deliver`."""
        self._socket: socketio.AsyncClient | None = None
        self._connecting: socketio.AsyncClient | None = None
        self._ready = False
        """Connected, with the channels joined again and the buffer delivered."""
        self._wanted = False
        self._generation = 0
        self._lost: str | None = None
        self._session_token: str | None = None
        """The session token the connection was made with."""
        self._last_seen = 0.0
        self._deadline = 0.0
        self._watching = False
        """Whether the sockets' packets can be watched (the heartbeat watchdog needs it; without
        it, engine.io's own ping timeout is what notices a stall)."""
        self._failures = 0
        self._last_error: APIError | None = None
        self._socket_id: str | None = None

    # ------------------------------------------------------------ emitting
    async def send(
        self, channel: str, event_name: str, message: Any, echo: bool | None = None
    ) -> VoidResult:
        """Send `message` to the members of `channel` as the event `event_name` (they receive
        `{"channel": channel, "message": message}`). `echo` says whether this connection gets
        it too (default: the `echo_messages` option). While the connection is down the message
        waits and is delivered after the reconnection (`buffer_messages`, the default), or is
        dropped with a `realtime_not_connected` error."""
        planned = plan_message(channel, event_name, message, echo, self._options.buffer_messages)
        return await self._emit(planned)

    async def broadcast(
        self, event_name: str, message: Any, echo: bool | None = None
    ) -> VoidResult:
        """Send `message` as the event `event_name` to every connection of the app (they receive
        `{"channel": None, "message": message}`); buffered as `send` is."""
        planned = plan_message(None, event_name, message, echo, self._options.buffer_messages)
        return await self._emit(planned)

    async def join(self, channel: str, echo: bool | None = None) -> VoidResult:
        """Join `channel` (it needs no creation) and stay in it across reconnections until
        `leave`. Its members get `channel:join`; `echo` says whether this connection gets its
        own presence events there."""
        planned = plan_channel("join", channel, echo)
        if not isinstance(planned, str):
            self._channels[channel] = echo
        return await self._emit(planned)

    async def leave(self, channel: str, echo: bool | None = None) -> VoidResult:
        """Leave `channel`; its members get `channel:leave`."""
        planned = plan_channel("leave", channel, echo)
        if not isinstance(planned, str):
            self._channels.pop(channel, None)
        return await self._emit(planned)

    async def update_profile(self, data: Any, echo: bool | None = None) -> VoidResult:
        """Set this member's profile `data`, shared by all its channels (their members get
        `channel:update`, `get_members` answers it); replayed after every reconnection."""
        planned = plan_update(data, echo)
        if not isinstance(planned, str):
            self._profile = (data, echo)
        return await self._emit(planned)

    async def get_members(self, channel: str) -> Result[list[MemberData]]:
        """The members of `channel` (`[{"id": socket id, "data": profile}]`), over REST."""
        return await self._sender.send(plan_get_members(channel))

    async def _emit(self, planned: Emit | str) -> VoidResult:
        if isinstance(planned, str):
            return VoidResult.from_errors(refusal(planned))
        self._start()
        async with self._lock:
            socket = self._socket
            if self._ready and socket is not None and socket.connected:
                try:
                    await socket.emit(planned.event, planned.payload)
                    return VoidResult()
                except Exception:  # dropped meanwhile: buffered below, as while disconnected
                    pass
            if not planned.buffered:
                return VoidResult.from_errors(not_connected(planned.event))
            self._pending.append(planned)
            return VoidResult()

    # ------------------------------------------------------------ listening
    def on(self, event_name: str, callback: Listener) -> None:
        """Call `callback({"channel": ..., "message": ...})` for each `event_name` received."""
        self._listeners.add(event_name, callback)
        self._start()

    def once(self, event_name: str, callback: Listener) -> None:
        """As `on`, for the next `event_name` only."""
        self._listeners.add(event_name, callback, once=True)
        self._start()

    def off(self, event_name: str | None = None, callback: Listener | None = None) -> None:
        """Remove `callback` from `event_name`, every callback of `event_name`, or (with no
        argument) every callback of every event."""
        self._listeners.remove(event_name, callback)

    def on_any(self, callback: Listener) -> None:
        """Call `callback(event_name, *arguments)` for every event received."""
        self._listeners.add_any(callback)
        self._start()

    def off_any(self, callback: Listener | None = None) -> None:
        """Remove `callback` (or every callback) given to `on_any`."""
        self._listeners.remove_any(callback)

    def get_listeners(self, event_name: str) -> list[Listener]:
        """The callbacks registered for `event_name`."""
        return self._listeners.get(event_name)

    def on_join(self, callback: Listener) -> None:
        """Call `callback({"channel": ..., "message": {"id": ..., "data": ...}})` when a member
        joins one of this connection's channels."""
        self.on(JOIN_EVENT, callback)

    def on_leave(self, callback: Listener) -> None:
        """Call `callback({"channel": ..., "message": {"id": ..., "data": ...}})` when a member
        leaves one of this connection's channels (or disconnects)."""
        self.on(LEAVE_EVENT, callback)

    def on_update(self, callback: Listener) -> None:
        """Call `callback({"channel": ..., "message": {"id": ..., "data": ...}})` when a member
        of one of this connection's channels updates its profile."""
        self.on(UPDATE_EVENT, callback)

    def on_user_event(self, callback: Listener) -> None:
        """Call `callback(event_name, session)`, or `callback(event_name, session, user)` when
        the server sends the user, for the events of the signed-in user: `user:signin`,
        `user:signout`, `user:update`, `user:delete`, `user:pwdchange`, `user:emailchange`,
        `user:phonechange` (`auth.on_user_event`). Define it as `def f(event_name, session,
        user=None)`."""
        for event in USER_EVENTS:
            self.on(event, _user_event_listener(event, callback))

    def on_connect(self, callback: Listener) -> None:
        """Call `callback()` on every connection, the first one and each reconnection, once the
        channels are joined again."""
        self._listeners.add(_CONNECT, callback)
        self._start()

    def on_disconnect(self, callback: Listener) -> None:
        """Call `callback(reason)` when the connection is lost or closed: `"transport error"`,
        `"transport close"`, `"server disconnect"`, `"heartbeat timeout"` (no sign of life from
        the server), `"session changed"` (a sign-in or sign-out: the connection is made again
        with the new session) or `"client disconnect"` (`close()`). All but the last are
        followed by a reconnection."""
        self._listeners.add(_DISCONNECT, callback)
        self._start()

    def on_reconnect(self, callback: Listener) -> None:
        """Call `callback(attempts)` after each reconnection (after `on_connect`'s callbacks),
        with the number of attempts it took."""
        self._listeners.add(_RECONNECT, callback)
        self._start()

    def on_error(self, callback: Listener) -> None:
        """Call `callback(errors)` with an `APIError` for each failed or refused connection
        attempt (the server's error body when it refused the handshake) and each `error` event
        of the server (a refused message, join, ...)."""
        self._listeners.add(ERROR_EVENT, callback)
        self._start()

    # ------------------------------------------------------------ state
    def is_connected(self) -> bool:
        """Whether the connection is up (and the channels joined again)."""
        socket = self._socket
        return self._ready and socket is not None and bool(socket.connected)

    def get_socket_id(self) -> str | None:
        """The connection's socket id (what `get_members` and presence events call `id`), or
        None while disconnected."""
        return self._socket_id if self.is_connected() else None

    async def open(self) -> VoidResult:
        """Connect (or reconnect after `close()`) and wait for the connection, at most the
        `timeout` option: the result carries the error of the first failed attempt. Reconnection
        attempts go on in the background after a failure."""
        self._start()
        failures, started = self._failures, time.monotonic()
        while not self.is_connected() and self._failures == failures:
            if time.monotonic() - started > self._options.timeout or not self._wanted:
                message = "the realtime connection could not be made in time"
                return VoidResult.from_errors(APIError.client("realtime_timeout", message))
            await asyncio.sleep(TICK / 2)
        if self.is_connected():
            return VoidResult()
        return VoidResult.from_errors(self._last_error or _none())

    async def close(self) -> None:
        """Disconnect and stop reconnecting (the channels and the profile are kept for a later
        `open()`). Buffered messages not yet delivered are dropped."""
        self._wanted = False
        self._generation += 1
        async with self._lock:
            socket, self._socket = self._socket, None
            was_ready, self._ready = self._ready, False
            self._pending.clear()
        if socket is not None:
            with contextlib.suppress(Exception):
                await socket.disconnect()
            if was_ready:
                await self._fire(_DISCONNECT, ("client disconnect",))

    # ------------------------------------------------------------ the connection
    def _start(self) -> None:
        """Start the background work that connects and keeps the connection, if not started (in
        the async client, not before an event loop runs: the next awaited call starts it)."""
        if self._wanted:
            return
        self._generation += 1
        generation = self._generation
        self._wanted = True
        try:
            start_async_task(lambda: self._supervise(generation))
        except RuntimeError:
            self._wanted = False
            return
        start_async_task(lambda: self._deliver(generation))

    def _current(self, generation: int) -> bool:
        return self._wanted and generation == self._generation

    async def _supervise(self, generation: int) -> None:
        attempts = 0
        connections = 0
        while self._current(generation):
            try:
                if self._socket is None:
                    if attempts:
                        await self._pause(self._retry_delay(attempts), generation)
                        if not self._current(generation):
                            break
                    attempts += 1
                    if await self._connect(generation):
                        connections += 1
                        await self._fire(_CONNECT, ())
                        if connections > 1:
                            await self._fire(_RECONNECT, (attempts,))
                        attempts = 0
                    continue
                await asyncio.sleep(TICK)
                reason = self._trouble()
                if reason is not None and self._current(generation):
                    await self._drop(reason)
            except Exception as exc:  # the supervisor must outlive anything: start over
                logger.exception("realtime: the connection failed unexpectedly")
                attempts = max(attempts, 1)
                await self._fire(ERROR_EVENT, (connect_error(repr(exc)),))
                await self._drop("transport error")

    async def _deliver(self, generation: int) -> None:
        """Hand the incoming packets to their sockets one after another, in the order they
        arrived: python-socketio would handle each in a task (a thread in the sync client) of its
        own, where two messages can overtake each other. The callbacks run here, not on the
        socket's read loop, so a slow callback does not keep the socket from answering pings."""
        inbox = self._inbox
        while self._current(generation):
            item = await take_async(inbox, TICK * 4)
            if item is None:
                continue
            socket, data = item
            try:
                await socket._handle_eio_message(data)
            except Exception:
                logger.exception("realtime: an incoming event could not be handled")

    def _retry_delay(self, attempts: int) -> float:
        options = self._options
        return reconnect_delay(attempts, options.reconnection_delay, options.reconnection_delay_max)

    async def _pause(self, seconds: float, generation: int) -> None:
        until = time.monotonic() + seconds
        while self._current(generation) and time.monotonic() < until:
            await asyncio.sleep(min(TICK, max(0.0, until - time.monotonic())))

    def _trouble(self) -> str | None:
        """Why the connection needs replacing, if it does."""
        socket = self._socket
        if self._lost is not None:
            return self._lost
        if socket is None or not socket.connected:
            return "transport close"
        if time.monotonic() - self._last_seen > self._deadline:
            return "heartbeat timeout"
        if self._sender.session.token != self._session_token:
            return "session changed"
        return None

    async def _connect(self, generation: int) -> bool:
        """Make one connection attempt; on success the connection is ready (channels joined
        again, profile replayed, buffer delivered)."""
        await self._sender.session.restore()
        token = self._sender.session.token
        echo = self._options.echo_messages
        auth = handshake_auth(self._endpoint, self._client_key, token, echo)
        socket = socketio.AsyncClient(
            reconnection=False, handle_sigint=False, request_timeout=self._options.timeout
        )
        refusals: list[APIError] = []
        self._wire(socket, refusals)
        self._connecting = socket
        try:
            await socket.connect(self._endpoint.url, auth=auth, wait_timeout=self._options.timeout)
        except Exception as exc:
            self._connecting = None
            start_async_task(lambda: self._discard(socket))
            error = refusals[-1] if refusals else connect_error(str(exc))
            self._failures += 1
            self._last_error = error
            if token is not None and not SESSION_ERROR_CODES.isdisjoint(error.codes):
                # the server no longer accepts the session: forget it, as a REST call does
                await self._sender.session.clear()
            await self._fire(ERROR_EVENT, (error,))
            return False
        if not self._current(generation):
            self._connecting = None
            await self._discard(socket)
            return False
        eio = socket.eio
        self._deadline = (
            math.inf
            if not self._watching
            else heartbeat_deadline(
                self._options.heartbeat_timeout,
                _seconds(getattr(eio, "ping_interval", None), 25.0),
                _seconds(getattr(eio, "ping_timeout", None), 20.0),
            )
        )
        self._last_seen = time.monotonic()
        async with self._lock:
            self._socket, self._connecting = socket, None
            self._session_token, self._lost = token, None
            self._socket_id = socket.get_sid()
            await self._replay(socket)
            self._ready = True
        return True

    async def _replay(self, socket: socketio.AsyncClient) -> None:
        """Join the remembered channels again, replay the profile and deliver the buffer."""
        replay: list[Emit] = []
        pending = list(self._pending)
        if self._options.auto_join_channels:
            if self._profile is not None:
                replay.append(Emit("update", {"data": self._profile[0]}))
                if self._profile[1] is not None:
                    replay[-1].payload["echo"] = self._profile[1]
            for channel, echo in list(self._channels.items()):
                payload: dict[str, Any] = {"channel": channel}
                if echo is not None:
                    payload["echo"] = echo
                replay.append(Emit("join", payload))
            pending = [emit for emit in pending if emit.event not in _STATE_EVENTS]
        for emit in replay + pending:
            await socket.emit(emit.event, emit.payload)
        self._pending.clear()  # only once all went: a failure keeps them for the next connection

    async def _drop(self, reason: str) -> None:
        """Give up the current connection (it is replaced by the next attempt)."""
        async with self._lock:
            socket, self._socket = self._socket, None
            was_ready, self._ready = self._ready, False
            self._lost = None
            self._socket_id = None
        if socket is not None:
            start_async_task(lambda: self._discard(socket))
        if was_ready:
            await self._fire(_DISCONNECT, (reason,))

    async def _discard(self, socket: socketio.AsyncClient) -> None:
        """Close a socket that is no longer used, without waiting for a stalled peer."""
        with contextlib.suppress(Exception):
            await socket.eio.disconnect(abort=True)

    def _wire(self, socket: socketio.AsyncClient, refusals: list[APIError]) -> None:
        """Route `socket`'s events to the app's callbacks while it is the manager's socket."""

        def mine() -> bool:
            return socket is self._socket or socket is self._connecting

        async def on_connect_error(data: Any = None) -> None:
            refusals.append(connect_error(data))

        async def on_disconnect(reason: Any = None) -> None:
            if socket is self._socket:
                self._lost = str(reason or "transport close")

        async def on_event(event: str, *args: Any) -> None:
            if mine():
                await self._dispatch(event, args)

        socket.on("connect_error", on_connect_error)
        socket.on("disconnect", on_disconnect)
        socket.on("*", on_event)
        # The heartbeat watchdog: every packet from the server (pings included) is a sign of life.
        # The socket.io packets go through `_deliver`, in order.
        eio = socket.eio
        received = getattr(eio, "_receive_packet", None)
        handle = getattr(socket, "_handle_eio_message", None)
        self._watching = received is not None
        if received is not None:

            async def receive_packet(packet: Any) -> None:
                if mine():
                    self._last_seen = time.monotonic()
                if handle is not None and packet.packet_type == engineio.packet.MESSAGE:
                    self._inbox.put_nowait((socket, packet.data))
                else:
                    await received(packet)

            eio._receive_packet = receive_packet

    async def _dispatch(self, event: str, args: tuple[Any, ...]) -> None:
        if event == ERROR_EVENT:
            args = (server_error(args[0] if args else None),)
        await self._fire(event, args)

    async def _fire(self, event: str, args: tuple[Any, ...]) -> None:
        listeners, any_listeners = self._listeners.take(event)
        for listener in listeners:
            await run_listener_async(listener, args)
        if event not in (_CONNECT, _DISCONNECT, _RECONNECT):
            for listener in any_listeners:
                await run_listener_async(listener, (event, *args))


def _seconds(value: object, default: float) -> float:
    """A duration the handshake gave (engine.io's ping settings), or `default`."""
    return float(value) if isinstance(value, int | float) else default


def _none() -> APIError:
    return APIError.client("realtime_error", "the realtime call failed")


def _user_event_listener(event: str, callback: Listener) -> Listener:
    """`callback` called as `callback(event, session[, user])` from a user event's arguments."""

    def listener(*args: Any) -> object:
        if args and args[0] == event:  # a server that sends the event name first
            args = args[1:]
        session = args[0] if args else None
        return callback(event, session, *args[1:2])

    return listener
