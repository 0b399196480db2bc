"""The realtime manager: socket.io channels, broadcast, presence and user events.

`client.realtime` (sync) and `async_client.realtime` (async) have the same methods. This module
holds what they share and what needs no socket: where the socket server is (`realtime_url`), the
handshake `auth` payload, the payloads of the emitted events, the checks of their arguments, the
reconnection delays, the listener registry, and the REST call `get_members`. The async manager is
`altogic._async.realtime` (on python-socketio's `AsyncClient`); the sync one,
`altogic._sync.realtime` (on its threaded `Client`), is generated from it.

The wire protocol is the JavaScript client's `RealtimeManager` (reference: altogic-api.md §5):

- client → server: `message` `{channel?, eventName, message, echo?}`, `join` `{channel, echo?}`,
  `leave` `{channel, echo?}`, `update` `{data, echo?}`;
- server → client: the app's event names with `{channel, message}`; presence `channel:join`,
  `channel:leave`, `channel:update` with `{channel, message: {id, data}}`; the user events
  `user:signin`, ... with `(event name, session[, user])`; `error` with an error body.

Unlike the JavaScript client, the per-call `echo` of `send` and `broadcast` is always sent.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import queue
import random
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from altogic_api.api.realtime import get_members
from altogic_api.models import GetMembersRequest

from ._call import Call, call, refused
from ._lazy import lazy_attributes
from .result import APIError, Result
from .types import MemberData

if TYPE_CHECKING:
    from ._async.realtime import AsyncRealtimeManager as AsyncRealtimeManager
    from ._sync.realtime import RealtimeManager as RealtimeManager
else:
    __getattr__ = lazy_attributes(
        __name__,
        AsyncRealtimeManager="altogic._async.realtime",
        RealtimeManager="altogic._sync.realtime",
    )

logger = logging.getLogger("altogic.realtime")

USER_EVENTS = (
    "user:signin",
    "user:signout",
    "user:update",
    "user:delete",
    "user:pwdchange",
    "user:emailchange",
    "user:phonechange",
)
"""The events the auth module sends to every socket of a user (`auth.on_user_event`)."""

JOIN_EVENT, LEAVE_EVENT, UPDATE_EVENT = "channel:join", "channel:leave", "channel:update"
ERROR_EVENT = "error"

RESERVED_EVENTS = frozenset(
    {"connect", "connect_error", "disconnect", "disconnecting", "newListener", "removeListener"}
)
"""Names socket.io keeps for itself: no app event can carry them."""

Listener = Callable[..., object]
"""A callback; in the async client it may also be a coroutine function (it is then awaited)."""


# ---------------------------------------------------------------- where the socket server is
@dataclass(frozen=True, slots=True)
class RealtimeEndpoint:
    url: str
    """The socket.io server's origin (the client adds `/socket.io/`)."""
    subdomain: str
    env_id: str


def realtime_url(env_url: str, explicit: str | None = None) -> RealtimeEndpoint:
    """Where the realtime server of the environment at `env_url` is.

    An `explicit` URL (the `realtime={"url": ...}` option) wins. For `*.altogic.com` env URLs the
    JavaScript client's rules apply (`parseRealtimeEnvUrl`, altogic-api.md §5.6):
    `https://<env>.<cluster>.altogic.com` → `https://realtime.<cluster>.altogic.com` (subdomain
    `<env>`), `https://<cluster>.altogic.com/e:<id>` → `https://realtime.<cluster>.altogic.com`
    (env id `<id>`; `engine.altogic.com` becomes `realtime.altogic.com`). Any other URL (the
    local backend, a custom domain) is served on its own origin, as `altogic-local serve` does.
    """
    parts = urlsplit(env_url.strip())
    scheme = "https" if parts.scheme == "https" else "http"
    host = parts.hostname or ""
    path = parts.path
    env_id = path[3:].split("/", 1)[0].strip() if path[:3].lower() == "/e:" else ""
    if explicit:
        return RealtimeEndpoint(explicit.strip().rstrip("/"), "", env_id)
    labels = host.split(".")
    if not host.lower().endswith(".altogic.com") or len(labels) not in (3, 4):
        return RealtimeEndpoint(f"{scheme}://{parts.netloc}", "", env_id)
    if len(labels) == 4:  # <env>.<cluster>.altogic.com
        return RealtimeEndpoint(f"{scheme}://realtime.{'.'.join(labels[1:])}", labels[0], "")
    rest = labels[1:] if labels[0].lower() == "engine" else labels
    return RealtimeEndpoint(f"{scheme}://realtime.{'.'.join(rest)}", "", env_id)


def handshake_auth(
    endpoint: RealtimeEndpoint, client_key: str, session_token: str | None, echo_messages: bool
) -> dict[str, Any]:
    """The handshake `auth` payload, built afresh for every (re)connection so that it carries the
    session held at that moment (the JavaScript client keeps the one it started with)."""
    auth: dict[str, Any] = {
        "clientKey": client_key,
        "echoMessages": echo_messages,
        "envId": endpoint.env_id,
        "subdomain": endpoint.subdomain,
    }
    if session_token:
        auth["Session"] = session_token
    return auth


# ---------------------------------------------------------------- emitted events
@dataclass(frozen=True, slots=True)
class Emit:
    """An event to emit: its name and payload, whether it waits for a connection (buffered) or
    is dropped when there is none (volatile)."""

    event: str
    payload: dict[str, Any]
    buffered: bool = True


def _with_echo(payload: dict[str, Any], echo: bool | None) -> dict[str, Any]:
    if echo is not None:
        payload["echo"] = echo
    return payload


def _bad_name(value: object, what: str) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"{what} needs to be a non-empty string"
    return None


def _bad_echo(echo: object) -> str | None:
    if echo is not None and not isinstance(echo, bool):
        return "echo needs to be True, False or None"
    return None


def check_event_name(event_name: object) -> str | None:
    """Why `event_name` cannot name an app event, or None."""
    problem = _bad_name(event_name, "event_name")
    if problem is None and event_name in RESERVED_EVENTS:
        problem = f"event_name {event_name!r} is reserved by socket.io"
    return problem


def plan_message(
    channel: str | None, event_name: str, message: Any, echo: bool | None, buffered: bool
) -> Emit | str:
    """The `message` event of `send` (with a channel) or `broadcast` (without); or why not."""
    problem = (_bad_name(channel, "channel") if channel is not None else None) or (
        check_event_name(event_name) or _bad_echo(echo)
    )
    if problem is not None:
        return problem
    payload: dict[str, Any] = {} if channel is None else {"channel": channel}
    payload.update(eventName=event_name, message=message)
    return Emit("message", _with_echo(payload, echo), buffered)


def plan_channel(event: str, channel: str, echo: bool | None) -> Emit | str:
    """The `join` or `leave` event; or why not."""
    problem = _bad_name(channel, "channel") or _bad_echo(echo)
    if problem is not None:
        return problem
    return Emit(event, _with_echo({"channel": channel}, echo))


def plan_update(data: Any, echo: bool | None) -> Emit | str:
    """The `update` event (the member profile); or why not."""
    problem = _bad_echo(echo)
    if problem is not None:
        return problem
    return Emit("update", _with_echo({"data": data}, echo))


def refusal(problem: str) -> APIError:
    """The error of a call refused for a bad argument."""
    return APIError.client("invalid_request", problem)


def not_connected(event: str) -> APIError:
    """The error of a volatile emit dropped for want of a connection."""
    message = f"the realtime connection is down: the volatile {event!r} was dropped"
    return APIError.client("realtime_not_connected", message)


def plan_get_members(channel: str) -> Call[Result[list[MemberData]]]:
    planned = call(
        get_members._get_kwargs(body=GetMembersRequest(channel=channel)),
        Result[list[MemberData]],
        idempotent=True,
    )
    problem = _bad_name(channel, "channel")
    return planned if problem is None else refused(planned, problem)


# ---------------------------------------------------------------- connection policy
def reconnect_delay(
    attempt: int, base: float, maximum: float, rng: Callable[[], float] = random.random
) -> float:
    """Seconds to wait before reconnection attempt `attempt` (1, 2, ...): exponential from
    `base`, capped at `maximum`, with ±50 % jitter so that many clients dropped together do not
    come back together."""
    delay: float = min(maximum, base * 2.0 ** max(0, attempt - 1))
    return max(0.0, delay * (0.5 + rng()))


def heartbeat_deadline(
    configured: float | None, ping_interval: float, ping_timeout: float
) -> float:
    """Seconds of silence after which a connection counts as stalled: the configured
    `heartbeat_timeout`, but never less than the server's ping interval plus a second (the server
    pings that often, so a healthy idle connection is not replaced); by default the server's
    ping interval plus ping timeout, as engine.io clients do."""
    floor = ping_interval + 1.0
    if configured is None:
        return max(floor, ping_interval + ping_timeout)
    return max(floor, configured)


def connect_error(data: object) -> APIError:
    """The error of a refused or failed connection, from what socket.io passed `connect_error`
    (the server's `{message, data}`, where `data` may be an error body, or a message)."""
    if isinstance(data, dict):
        body = data.get("data")
        if isinstance(body, dict) and body.get("errors"):
            return APIError.from_body(0, "", body)
        message = str(data.get("message") or "the realtime connection was refused")
        return APIError.client("realtime_connection_refused", message)
    return APIError.client("realtime_connection_failed", str(data or "connection failed"))


def server_error(data: object) -> APIError:
    """The error the server sent in an `error` event (an error body, normally)."""
    if isinstance(data, dict) and data.get("errors"):
        return APIError.from_body(0, "", data)
    return APIError.client("realtime_error", str(data))


# ---------------------------------------------------------------- listeners
class Listeners:
    """The app's callbacks by event name, and those for any event. Kept apart from the socket,
    so that they survive every reconnection (each connection gets a fresh socket). Safe to use
    from several threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_event: dict[str, list[tuple[Listener, bool]]] = {}
        self._any: list[Listener] = []

    def add(self, event: str, listener: Listener, *, once: bool = False) -> None:
        if callable(listener):  # as the JS client: a missing callback is ignored
            with self._lock:
                self._by_event.setdefault(event, []).append((listener, once))

    def remove(self, event: str | None = None, listener: Listener | None = None) -> None:
        with self._lock:
            if event is None:
                self._by_event.clear()
            elif listener is None:
                self._by_event.pop(event, None)
            else:
                kept = [entry for entry in self._by_event.get(event, []) if entry[0] != listener]
                self._by_event[event] = kept

    def add_any(self, listener: Listener) -> None:
        if callable(listener):
            with self._lock:
                self._any.append(listener)

    def remove_any(self, listener: Listener | None = None) -> None:
        with self._lock:
            self._any = [] if listener is None else [f for f in self._any if f != listener]

    def take(self, event: str) -> tuple[list[Listener], list[Listener]]:
        """The callbacks for `event` (the `once` ones removed as they are taken), and those for
        any event."""
        with self._lock:
            entries = self._by_event.get(event, [])
            if any(once for _, once in entries):
                self._by_event[event] = [entry for entry in entries if not entry[1]]
            return [listener for listener, _ in entries], list(self._any)

    def get(self, event: str) -> list[Listener]:
        with self._lock:
            return [listener for listener, _ in self._by_event.get(event, [])]


def run_listener_sync(listener: Listener, args: tuple[Any, ...]) -> None:
    """Call `listener`; an exception is logged, never raised into the socket's thread."""
    try:
        listener(*args)
    except Exception:
        logger.exception("a realtime callback raised")


async def run_listener_async(listener: Listener, args: tuple[Any, ...]) -> None:
    """Call `listener` and await what it returns if it is awaitable (a coroutine function); an
    exception is logged, never raised into the socket's task."""
    try:
        outcome = listener(*args)
        if inspect.isawaitable(outcome):
            await outcome
    except Exception:
        logger.exception("a realtime callback raised")


# ---------------------------------------------------------------- sync/async primitives
# The managers' background work, written once in the async manager: these pairs are what the
# generated sync twin calls instead (`..._async_...` becomes `..._sync_...`).
_RUNNING: set[asyncio.Task[None]] = set()
"""The background tasks: the event loop keeps only weak references to its tasks, and a task
nothing else refers to may be collected mid-way (a supervisor silently gone)."""


def start_async_task(target: Callable[[], Coroutine[Any, Any, None]]) -> asyncio.Task[None]:
    """Run `target` in the background on the running event loop (raises RuntimeError if none)."""
    task = asyncio.get_running_loop().create_task(target())
    _RUNNING.add(task)
    task.add_done_callback(_RUNNING.discard)
    return task


def start_sync_task(target: Callable[[], None]) -> threading.Thread:
    """Run `target` in a daemon thread."""
    thread = threading.Thread(target=target, name="altogic-realtime", daemon=True)
    thread.start()
    return thread


def new_async_queue() -> asyncio.Queue[Any]:
    return asyncio.Queue()


def new_sync_queue() -> queue.SimpleQueue[Any]:
    return queue.SimpleQueue()


async def take_async(items: asyncio.Queue[Any], timeout: float) -> Any:
    """The next item of `items`, or None after `timeout` seconds."""
    try:
        return await asyncio.wait_for(items.get(), timeout)
    except TimeoutError:
        return None


def take_sync(items: queue.SimpleQueue[Any], timeout: float) -> Any:
    """The next item of `items`, or None after `timeout` seconds."""
    try:
        return items.get(timeout=timeout)
    except queue.Empty:
        return None


def new_async_lock() -> asyncio.Lock:
    return asyncio.Lock()


def new_sync_lock() -> threading.RLock:
    return threading.RLock()
