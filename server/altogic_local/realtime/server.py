"""The socket.io server: Altogic's realtime protocol (reference: altogic-api.md §5).

- Handshake: the `auth` payload `{clientKey, Session, echoMessages, envId, subdomain}`; a
  missing or unknown client key, an invalid session token, or a missing one under a key that
  enforces sessions refuses the connection (`connect_error` whose `data` is the error body).
- Client → server: `message {channel?, eventName, message, echo?}` (to a channel's members, or
  to every socket without a channel), `join {channel, echo?}`, `leave {channel, echo?}`,
  `update {data, echo?}`. A left-out `echo` falls back to the connection's `echoMessages`.
- Server → client: the app's `eventName` with `{channel, message}`; `channel:join`,
  `channel:leave` and `channel:update` with `{channel, message: {id, data}}`; `user:*` events
  with `(eventName, session, user)`; `error` with the error body for a refused event.

Each socket's events are handled one after another, in the order it sent them (messages keep
their order); a refused event never ends the connection. Deliveries go through the client
manager given to the server (`build_manager`), the seam where python-socketio's Redis manager
fits for several backend processes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Mapping
from functools import wraps
from typing import Any, TypeVar, cast

import socketio

from ..backend import Backend
from ..errors import ApiError, ErrorCode
from ..events import UserEvent
from ..security import check_client_key
from .limits import TokenBucket, size_over
from .payloads import (
    EventError,
    read_channel_request,
    read_message,
    read_profile_update,
)
from .presence import Member, Presence
from .settings import RealtimeSettings

logger = logging.getLogger("altogic_local")
Handler = TypeVar("Handler", bound=Callable[..., Coroutine[Any, Any, None]])
CHANNEL_ROOM = "c:"
USER_ROOM = "u:"
KNOWN_EVENTS = frozenset({"message", "join", "leave", "update"})


def build_manager() -> socketio.AsyncManager:
    """The client manager keeping sockets and rooms: this process's memory. Several backend
    processes would share one through `socketio.AsyncRedisManager(url)` instead."""
    return socketio.AsyncManager()


def _missing_session() -> ApiError:
    return ApiError(
        401,
        ErrorCode.missing_session_token,
        "This client key enforces sessions: connect with a session token (`Session` in the "
        "handshake's auth payload).",
    )


def _invalid_session() -> ApiError:
    return ApiError(
        401, ErrorCode.invalid_session_token, "The session token is not valid (unknown or ended)."
    )


def _guarded(handler: Handler) -> Handler:
    """Log, never raise, what a handler did not expect: one socket's event cannot take the
    server down."""

    @wraps(handler)
    async def guarded(*args: Any) -> None:
        try:
            await handler(*args)
        except Exception:
            logger.exception("realtime: handling %s failed", handler.__name__)

    return cast(Handler, guarded)


class RealtimeServer:
    def __init__(
        self,
        backend: Backend,
        settings: RealtimeSettings,
        manager: socketio.AsyncManager | None = None,
    ) -> None:
        self.backend = backend
        self.settings = settings
        self.presence = Presence()
        self.sio = socketio.AsyncServer(
            async_mode="asgi",
            client_manager=manager or build_manager(),
            # The backend's gate answers CORS for every path (socket.io's polling included).
            cors_allowed_origins=[],
            async_handlers=False,
            # Larger packets than a message may be are refused by the server with an `error`
            # event, not by engine.io, which would close the connection.
            max_http_buffer_size=max(1_000_000, 2 * settings.max_message_size + 4096),
            ping_interval=settings.ping_interval,
            ping_timeout=settings.ping_timeout,
            logger=False,
            engineio_logger=False,
        )
        self.app = socketio.ASGIApp(self.sio, socketio_path="socket.io")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.sio.on("connect", self._connect)
        self.sio.on("disconnect", self._disconnect)
        self.sio.on("message", self._message)
        self.sio.on("join", self._join)
        self.sio.on("leave", self._leave)
        self.sio.on("update", self._update)
        self.sio.on("*", self._unknown)

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.backend.user_events.listen(self.user_event)

    async def stop(self) -> None:
        self.backend.user_events.unlisten(self.user_event)
        await self.disconnect_all()
        await self.sio.shutdown()
        self._loop = None

    async def disconnect_all(self) -> None:
        """Close every connection and forget presence."""
        for sid in list(self.presence.members):
            await self.sio.disconnect(sid)
        self.presence.clear()

    # ------------------------------------------------------------------ handshake
    async def _connect(self, sid: str, environ: Mapping[str, Any], auth: Any) -> None:
        payload: Mapping[str, Any] = auth if isinstance(auth, Mapping) else {}
        try:
            key = check_client_key(
                self.backend.config,
                _text(payload.get("clientKey")) or environ.get("HTTP_X_CLIENT_KEY"),
            )
            token = _text(payload.get("Session")) or environ.get("HTTP_SESSION")
            user_id = None
            if token:
                signed_in = await self.backend.sessions.resolve(token)
                if signed_in is None:
                    raise _invalid_session()
                user_id = signed_in.user_id
            elif key.enforce_session:
                raise _missing_session()
        except ApiError as refusal:
            raise socketio.exceptions.ConnectionRefusedError(
                str(refusal), {"errors": refusal.items}
            ) from None
        echo = payload.get("echoMessages")
        settings = self.settings
        member = Member(
            sid=sid,
            echo=echo if isinstance(echo, bool) else True,
            bucket=TokenBucket(settings.messages_per_second, settings.burst),
            user_id=user_id,
        )
        self.presence.add(member)
        if user_id is not None:
            await self.sio.enter_room(sid, USER_ROOM + user_id)

    @_guarded
    async def _disconnect(self, sid: str, reason: Any = None) -> None:
        member = self.presence.remove(sid)
        if member is None:
            return
        for channel in member.channels:
            await self._presence_event("channel:leave", channel, member, echo=False)

    # ------------------------------------------------------------------ client events
    @_guarded
    async def _message(self, sid: str, *args: Any) -> None:
        member = await self._admit(sid, "message", args)
        if member is None:
            return
        try:
            message = read_message(args)
        except EventError as error:
            await self._refuse(sid, "message", error)
            return
        payload = {"channel": message.channel, "message": message.message}
        skip = None if _echo(message.echo, member) else sid
        if message.channel is None:
            await self.sio.emit(message.event_name, payload, skip_sid=skip)
        else:
            room = CHANNEL_ROOM + message.channel
            await self.sio.emit(message.event_name, payload, room=room, skip_sid=skip)

    @_guarded
    async def _join(self, sid: str, *args: Any) -> None:
        member = await self._admit(sid, "join", args)
        if member is None:
            return
        try:
            request = read_channel_request(args)
        except EventError as error:
            await self._refuse(sid, "join", error)
            return
        if not self.presence.join(member, request.channel):
            return  # joined already: nothing happens
        await self.sio.enter_room(sid, CHANNEL_ROOM + request.channel)
        await self._presence_event(
            "channel:join", request.channel, member, _echo(request.echo, member)
        )

    @_guarded
    async def _leave(self, sid: str, *args: Any) -> None:
        member = await self._admit(sid, "leave", args)
        if member is None:
            return
        try:
            request = read_channel_request(args)
        except EventError as error:
            await self._refuse(sid, "leave", error)
            return
        if not self.presence.leave(member, request.channel):
            return
        # Told before it goes, so that the member itself hears of it when it asks for echo.
        await self._presence_event(
            "channel:leave", request.channel, member, _echo(request.echo, member)
        )
        await self.sio.leave_room(sid, CHANNEL_ROOM + request.channel)

    @_guarded
    async def _update(self, sid: str, *args: Any) -> None:
        member = await self._admit(sid, "update", args)
        if member is None:
            return
        try:
            update = read_profile_update(args)
        except EventError as error:
            await self._refuse(sid, "update", error)
            return
        member.profile = update.data
        echo = _echo(update.echo, member)
        for channel in member.channels:
            await self._presence_event("channel:update", channel, member, echo)

    @_guarded
    async def _unknown(self, event: Any, sid: str, *args: Any) -> None:
        name = str(event)[:200]
        if await self._admit(sid, name, ()) is None:
            return
        error = EventError(
            ErrorCode.invalid_operation,
            f"The realtime server has no `{name}` event: it takes message, join, leave and update.",
        )
        await self._refuse(sid, name, error)

    # ------------------------------------------------------------------ helpers
    async def _admit(self, sid: str, event: str, args: tuple[Any, ...]) -> Member | None:
        """The socket's member, once the event passes its rate limit and size bound; None (the
        socket told why, once per flood) otherwise."""
        member = self.presence.get(sid)
        if member is None:
            return None
        if not member.bucket.take():
            if not member.bucket.warned:
                member.bucket.warned = True
                rate = self.settings.messages_per_second
                error = EventError(
                    ErrorCode.rate_limit_exceeded,
                    f"Too many events: this connection may send {rate:g} per second "
                    f"(bursts of {self.settings.burst}); events over the limit are dropped.",
                )
                await self._refuse(sid, event, error)
            return None
        limit = self.settings.max_message_size
        if args and size_over(args, limit):
            error = EventError(
                ErrorCode.request_body_size_too_large,
                f"The event's payload is larger than {limit} bytes.",
                limit=limit,
            )
            await self._refuse(sid, event, error)
            return None
        return member

    async def _refuse(self, sid: str, event: str, error: EventError) -> None:
        await self.sio.emit("error", error.body(event), to=sid)

    async def _presence_event(self, name: str, channel: str, member: Member, echo: bool) -> None:
        payload = {"channel": channel, "message": member.card()}
        skip = None if echo else member.sid
        await self.sio.emit(name, payload, room=CHANNEL_ROOM + channel, skip_sid=skip)

    def members(self, channel: str) -> list[dict[str, Any]]:
        return self.presence.members_of(channel)

    # ------------------------------------------------------------------ user events
    def user_event(self, event: UserEvent) -> None:
        """Push a user event to the user's sockets (called on any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(self._spawn, event)

    def _spawn(self, event: UserEvent) -> None:
        task = asyncio.ensure_future(self._send_user_event(event))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send_user_event(self, event: UserEvent) -> None:
        name = event.name.value
        session = dict(event.session) if event.session is not None else None
        user = dict(event.user) if event.user is not None else None
        try:
            await self.sio.emit(name, (name, session, user), room=USER_ROOM + event.user_id)
        except Exception:
            logger.exception("realtime: sending %s failed", name)


def _echo(echo: bool | None, member: Member) -> bool:
    return member.echo if echo is None else echo


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
