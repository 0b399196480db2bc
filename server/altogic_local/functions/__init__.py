"""Cloud functions: the decorators an app's handler file uses, and what its handlers answer.

`app.yaml` names the handler file (`functions: handlers.py`, relative to `app.yaml`) or an
importable module; the backend loads it at start:

    from altogic_local.functions import endpoint, queue, task, Response, FunctionError

    @endpoint("GET", "/todos/{id}", session=True)
    async def get_todo(req, ctx):
        found = await ctx.db.model("todos").object(req.ids["id"]).get()
        return found.data

Endpoints are served at `BASE/<path>` (see `altogic_local.functions.module`). `queue` and `task`
register message-queue and scheduled-task handlers (see `altogic_local.functions.jobs`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from .schedule import Schedule, ScheduleError, schedule_of

__all__ = [
    "RESERVED_PREFIXES",
    "DefinitionError",
    "EndpointDefinition",
    "FunctionError",
    "FunctionRequest",
    "QueueDefinition",
    "QueueRequest",
    "Response",
    "TaskDefinition",
    "TaskRequest",
    "UploadedFile",
    "endpoint",
    "queue",
    "task",
]

if TYPE_CHECKING:
    from .jobs import QueueRequest, TaskRequest
    from .module import FunctionRequest, UploadedFile

_REQUEST_TYPES = {
    "FunctionRequest": "module",
    "UploadedFile": "module",
    "QueueRequest": "jobs",
    "TaskRequest": "jobs",
}


def __getattr__(name: str) -> Any:
    """The types handlers are given (`req`), for annotations: `def get(req: FunctionRequest,
    ctx: AltogicClient)`, `async def send(req: QueueRequest, ctx: AsyncAltogicClient)`. They
    are imported on first use (their modules import this one)."""
    if name in _REQUEST_TYPES:
        import importlib

        module = importlib.import_module(f"{__name__}.{_REQUEST_TYPES[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


F = TypeVar("F", bound=Callable[..., Any])

METHODS = ("GET", "POST", "PUT", "DELETE")
RESERVED_PREFIXES = (
    "/_api",
    "/_auth",
    "/_storage",
    "/_emulator",
    "/socket.io",
    "/openapi.yaml",
    "/openapi.json",
    "/docs",
)
"""Paths the backend serves itself: no endpoint may be declared under them."""
_SEGMENT = re.compile(r"^(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z0-9._~!$&'()*+,;=:@%-]+)$")
_EVERY = re.compile(r"^\s*(\d+)\s+(minute|minutes|hour|hours)\s*$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class DefinitionError(ValueError):
    """A handler declared with a bad option (the loader says in which file and line)."""


class FunctionError(Exception):
    """Raised by a handler to answer `status` with the shared error body
    `{"errors": [{"origin": "client_error", "code": code, "message": message, "details"}]}`."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        if not 400 <= status <= 599:
            raise ValueError(f"a FunctionError's status is 4xx or 5xx, not {status}")
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = dict(details) if details else None


@dataclass(frozen=True)
class Response:
    """A handler's answer with its own status, headers or media type. `body` is a JSON-able
    value, `str`, `bytes` or None, as for a plain return value."""

    body: Any = None
    status: int = 200
    headers: Mapping[str, str] | None = None
    media_type: str | None = None


@dataclass(frozen=True)
class Origin:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class EndpointDefinition:
    method: str
    path: str
    handler: Callable[..., Any]
    origin: Origin
    session: bool = False
    api_key: bool = False
    access_groups: tuple[str, ...] = ()
    enabled: bool = True

    @property
    def route(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class QueueDefinition:
    name: str
    handler: Callable[..., Any]
    origin: Origin
    concurrency: int = 1


@dataclass(frozen=True)
class TaskDefinition:
    name: str
    handler: Callable[..., Any]
    origin: Origin
    schedule: Mapping[str, Any] = field(default_factory=dict)
    """The options as declared (`every="5 minutes"`, ...)."""
    timing: Schedule | None = None
    """When it runs (`schedule.py`): set by `@task`."""


Definition = EndpointDefinition | QueueDefinition | TaskDefinition

_collected: list[Definition] | None = None
"""The definitions of the handler file being loaded (`loader.py` sets it)."""


def _origin(depth: int = 2) -> Origin:
    frame = sys._getframe(depth)
    return Origin(frame.f_code.co_filename, frame.f_lineno)


def _register(definition: Definition) -> None:
    if _collected is not None:
        _collected.append(definition)


def _unknown(options: Mapping[str, Any], allowed: Sequence[str], what: str) -> None:
    unknown = sorted(set(options) - set(allowed))
    if unknown:
        raise DefinitionError(
            f"unknown option{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} for {what} "
            f"(allowed: {', '.join(allowed)})"
        )


def check_path(path: str) -> str:
    """`path` normalised (a leading `/`, no trailing one); raises DefinitionError for a path
    that is not usable or lies under a reserved prefix."""
    if not isinstance(path, str) or not path.strip("/"):
        raise DefinitionError(f"an endpoint's path is a non-empty string, not {path!r}")
    normal = "/" + path.strip("/")
    for prefix in RESERVED_PREFIXES:
        if normal == prefix or normal.startswith(prefix + "/") or normal.startswith(prefix + "."):
            raise DefinitionError(
                f"the path {normal} is under {prefix}, which the backend serves itself"
            )
    names: set[str] = set()
    for segment in normal[1:].split("/"):
        if not _SEGMENT.match(segment):
            raise DefinitionError(f"the path {normal} has a bad segment {segment!r}")
        if segment.startswith("{"):
            if segment in names:
                raise DefinitionError(f"the path {normal} names {segment} twice")
            names.add(segment)
    return normal


def endpoint(method: str, path: str, **options: Any) -> Callable[[F], F]:
    """Declare the decorated function the handler of `method path` (GET, POST, PUT or DELETE;
    `{name}` segments arrive in `req.ids`). Options: `session=True` (a valid `Session` header
    is needed), `api_key=True` (an API key of `apiKeys` in `Authorization` or `?apikey=`),
    `access_groups=[...]` (the session's user must be in one of them; implies a session),
    `enabled=False` (answers 404 `endpoint_disabled`)."""
    origin = _origin()
    _unknown(options, ("session", "api_key", "access_groups", "enabled"), "an endpoint")
    verb = method.upper() if isinstance(method, str) else method
    if verb not in METHODS:
        raise DefinitionError(
            f"an endpoint's method is one of {', '.join(METHODS)}, not {method!r}"
        )
    normal = check_path(path)
    for flag in ("session", "api_key", "enabled"):
        if flag in options and not isinstance(options[flag], bool):
            raise DefinitionError(f"the option {flag} is True or False, not {options[flag]!r}")
    groups = options.get("access_groups") or ()
    if isinstance(groups, str) or not all(isinstance(g, str) and g for g in groups):
        raise DefinitionError(f"access_groups is a list of group keys, not {groups!r}")

    def register(handler: F) -> F:
        _check_handler(handler)
        _register(
            EndpointDefinition(
                verb,
                normal,
                handler,
                origin,
                session=options.get("session", False),
                api_key=options.get("api_key", False),
                access_groups=tuple(groups),
                enabled=options.get("enabled", True),
            )
        )
        return handler

    return register


def queue(name: str, **options: Any) -> Callable[[F], F]:
    """Declare the decorated function the handler of the message queue `name` (`req.body` is the
    message). Option: `concurrency` (workers, default 1)."""
    origin = _origin()
    _unknown(options, ("concurrency",), "a queue")
    if not isinstance(name, str) or not name:
        raise DefinitionError(f"a queue's name is a non-empty string, not {name!r}")
    concurrency = options.get("concurrency", 1)
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise DefinitionError(f"concurrency is a positive integer, not {concurrency!r}")

    def register(handler: F) -> F:
        _check_handler(handler)
        _register(QueueDefinition(name, handler, origin, concurrency))
        return handler

    return register


def task(name: str, **schedule: Any) -> Callable[[F], F]:
    """Declare the decorated function the scheduled task `name`, with one schedule:
    `every="N minutes|hours"`, `daily_at="03:00"`, `weekly_on=["mon", "thu"], at="09:30"`,
    `monthly_on=1, at="09:30"`, or `cron="0 3 * * *"` (UTC, on the backend's clock; see
    `altogic_local.functions.schedule`)."""
    origin = _origin()
    _unknown(schedule, ("every", "daily_at", "weekly_on", "monthly_on", "at", "cron"), "a task")
    if not isinstance(name, str) or not name:
        raise DefinitionError(f"a task's name is a non-empty string, not {name!r}")
    _check_schedule(schedule)
    try:
        timing = schedule_of(schedule)
    except ScheduleError as exc:
        raise DefinitionError(str(exc)) from None

    def register(handler: F) -> F:
        _check_handler(handler)
        _register(TaskDefinition(name, handler, origin, dict(schedule), timing))
        return handler

    return register


def _check_schedule(schedule: Mapping[str, Any]) -> None:
    kinds = [
        kind
        for kind in ("every", "daily_at", "weekly_on", "monthly_on", "cron")
        if kind in schedule
    ]
    if len(kinds) != 1:
        raise DefinitionError(
            "a task has exactly one schedule: every, daily_at, weekly_on, monthly_on or cron"
        )
    kind = kinds[0]
    value = schedule[kind]
    needs_at = kind in ("weekly_on", "monthly_on")
    if needs_at != ("at" in schedule):
        raise DefinitionError(
            "at= goes with weekly_on and monthly_on" if needs_at else f"at= does not go with {kind}"
        )
    if needs_at and not (isinstance(schedule["at"], str) and _TIME.match(schedule["at"])):
        raise DefinitionError(f"at is a time HH:MM, not {schedule['at']!r}")
    if kind == "every" and not (isinstance(value, str) and _EVERY.match(value)):
        raise DefinitionError(f"every is 'N minutes' or 'N hours', not {value!r}")
    if kind == "daily_at" and not (isinstance(value, str) and _TIME.match(value)):
        raise DefinitionError(f"daily_at is a time HH:MM, not {value!r}")
    if kind == "weekly_on" and (
        isinstance(value, str) or not value or not all(day in _DAYS for day in value)
    ):
        raise DefinitionError(f"weekly_on is a list of days ({', '.join(_DAYS)}), not {value!r}")
    if kind == "monthly_on" and not (
        isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 31
    ):
        raise DefinitionError(f"monthly_on is a day of the month (1-31), not {value!r}")
    if kind == "cron" and not (isinstance(value, str) and len(value.split()) == 5):
        raise DefinitionError(f"cron is a five-field cron string, not {value!r}")


def _check_handler(handler: Any) -> None:
    if not callable(handler):
        raise DefinitionError(f"a handler is a function taking (req, ctx), not {handler!r}")
