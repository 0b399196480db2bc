"""Operations served from the spec: a module registers a handler by operationId, and everything
the spec states about the operation (verb, path, body and query models, path parameters, whether
a session is needed) is read from the spec once, when the app is built.

    operations = Operations["CacheModule"]()

    @operations("cacheGet")
    async def cache_get(cache: CacheModule, query: CacheGetParametersQuery) -> Response:
        ...

A handler's first parameter is the module that serves it; the others are what it needs, by name:

- `body`: the validated request body (the generated model the spec names; a JSON or form body),
- `query`: the validated query string (the generated `<OperationId>ParametersQuery` model),
- each path parameter by its name (validated as the component schema the spec gives it),
- `session`: the caller's `SignedIn` (`SignedIn | None` where the session is optional),
- `request`: the Starlette request (headers, the raw body of uploads).

The annotations are checked against the spec when the app is built, and an operation's inputs
can only reach its handler validated: a handler must take the `body` and `query` its operation
has. A handler that is not a coroutine function runs in the thread pool (it may block on the
database). Endpoints are plain Starlette routes, one per spec path, with no per-request
signature work.
"""

from __future__ import annotations

import inspect
import re
import threading
import types
import typing
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar
from urllib.parse import parse_qsl

import altogic_models
import anyio
from pydantic import BaseModel, StringConstraints, TypeAdapter, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Route, Router
from starlette.types import Receive, Scope, Send

from . import cancellation
from .backend import Backend
from .config import ClientKey
from .errors import ApiError, ErrorCode, InvalidRequest, error_item, error_response
from .sessions import SignedIn
from .spec import FORM, JSON, OperationSpec
from .spec import spec as spec_document

M = TypeVar("M")
F = TypeVar("F", bound=Callable[..., Any])
Endpoint = Callable[[Request], Awaitable[Response]]
INPUTS = frozenset({"request", "body", "query", "session"})
FORM_MAX_FIELDS = 64
SESSION_HEADER = "session"
_INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,17})")
"""A query string value read as an integer where the spec's schema is one."""


class SpecMismatch(Exception):
    """A handler does not fit the operation the spec describes (raised when the app is built)."""


class Operations(Generic[M]):
    """The handlers of one module, by operationId."""

    def __init__(self) -> None:
        self.handlers: dict[str, Callable[..., Any]] = {}

    def __call__(self, operation_id: str) -> Callable[[F], F]:
        def register(handler: F) -> F:
            if operation_id in self.handlers:
                raise SpecMismatch(f"`{operation_id}` has two handlers")
            self.handlers[operation_id] = handler
            return handler

        return register


def missing_session() -> ApiError:
    return ApiError(
        401,
        ErrorCode.missing_session_token,
        "This operation needs a signed-in user. Sign in first; the client then sends the "
        "session with each call (with the Python client, keep it with `session_storage`), or "
        "send a session token in the `Session` header.",
    )


def invalid_session() -> ApiError:
    return ApiError(
        401,
        ErrorCode.invalid_session_token,
        "The session token is not valid (unknown or signed out).",
    )


# ---------------------------------------------------------------------------- reading inputs
def _check_json_content_type(request: Request) -> None:
    content_type = request.headers.get("content-type")
    if content_type is None:
        return
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type != JSON and not media_type.endswith("+json"):
        message = f"The body must be JSON (Content-Type: application/json), not {media_type}"
        raise InvalidRequest.one("body", "content_type", message)


def _json_reader(model: type[BaseModel], required: bool) -> Callable[[Request], Awaitable[Any]]:
    async def read(request: Request) -> BaseModel:
        raw = await request.body()
        if not raw and not required:
            return model()
        _check_json_content_type(request)
        if not raw:
            raise InvalidRequest.one("body", "missing", "Field required")
        try:
            return model.model_validate_json(raw)
        except ValidationError as exc:
            raise InvalidRequest.at("body", exc.errors()) from None

    return read


def _form_reader(model: type[BaseModel], required: bool) -> Callable[[Request], Awaitable[Any]]:
    async def read(request: Request) -> BaseModel:
        fields: dict[str, Any] = {}
        try:
            async with request.form(max_files=0, max_fields=FORM_MAX_FIELDS) as form:
                for name, value in form.multi_items():
                    fields[name] = None if isinstance(value, UploadFile) else value
        except HTTPException as exc:  # a malformed form, or too many fields
            raise InvalidRequest.one("body", "form", str(exc.detail)) from None
        try:
            return model.model_validate(fields)
        except ValidationError as exc:
            raise InvalidRequest.at("body", exc.errors()) from None

    return read


@dataclass(frozen=True)
class _Parameters:
    """Reads and validates an operation's query string and path parameters together, so that
    every bad parameter is reported at once."""

    query_model: type[BaseModel] | None
    space_means_plus: tuple[str, ...]
    integers: tuple[str, ...]
    path: tuple[tuple[str, TypeAdapter[Any]], ...]

    def read(self, request: Request, into: dict[str, Any]) -> None:
        errors: list[Any] = []
        if self.query_model is not None:
            # As Starlette's `query_params` reads it (the last of repeated names wins), without
            # building the multi-dict.
            query_string = request.scope["query_string"].decode("latin-1")
            raw = dict(parse_qsl(query_string, keep_blank_values=True))
            for name in self.space_means_plus:
                if name in raw:
                    raw[name] = raw[name].replace(" ", "+")
            typed: dict[str, Any] = raw
            for name in self.integers:
                if name in raw and _INTEGER.fullmatch(raw[name]):
                    typed[name] = int(raw[name])
            try:
                into["query"] = self.query_model.model_validate(typed)
            except ValidationError as exc:
                errors += InvalidRequest.at("query", exc.errors()).errors()
        for name, adapter in self.path:
            try:
                into[name] = adapter.validate_python(request.path_params[name])
            except ValidationError as exc:
                errors += InvalidRequest.at("path", exc.errors(), name).errors()
        if errors:
            raise InvalidRequest(errors)


# ---------------------------------------------------------------------------- binding handlers
def _model(name: str | None, where: str) -> Any:
    model = getattr(altogic_models, name, None) if name else None
    if model is None:
        raise SpecMismatch(f"{where}: no generated model `{name}`")
    return model


def _path_schema(name: str | None, where: str) -> tuple[Any, Any]:
    """What a path parameter's handler argument is annotated with, and the type it is validated
    as: the generated model of its schema, or, for a plain string schema the generator inlined
    (`ObjectId`), `str` validated with the schema's constraints as the spec states them."""
    model = getattr(altogic_models, name, None) if name else None
    if model is not None:
        return model, model
    component = spec_document()["components"]["schemas"].get(name) if name else None
    if not isinstance(component, dict) or component.get("type") != "string":
        raise SpecMismatch(f"{where}: no generated model `{name}`")
    constrained = Annotated[
        str,
        StringConstraints(
            strict=True,
            pattern=component.get("pattern"),
            min_length=component.get("minLength"),
            max_length=component.get("maxLength"),
        ),
    ]
    return str, constrained


def _hints(handler: Callable[..., Any], names: Iterable[str]) -> dict[str, Any]:
    """The evaluated annotations of `names` (the first parameter, the module, may be annotated
    with a name imported only for type checking)."""
    annotations = inspect.get_annotations(handler)
    return {
        name: eval(annotation, handler.__globals__) if isinstance(annotation, str) else annotation
        for name, annotation in annotations.items()
        if name in names
    }


def _same_type(annotation: Any, expected: Any) -> bool:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        expected_args = typing.get_args(expected) or (expected,)
        return set(typing.get_args(annotation)) == set(expected_args)
    return bool(annotation is expected)


def _expect(hints: Mapping[str, Any], name: str, expected: Any, operation_id: str) -> None:
    if name in hints and not _same_type(hints[name], expected):
        raise SpecMismatch(
            f"`{operation_id}`: `{name}` is annotated {hints[name]!r}, the spec says {expected!r}"
        )


def bind(
    spec: OperationSpec, handler: Callable[..., Any], owner: Any, backend: Backend
) -> Endpoint:
    """The endpoint serving operation `spec` with `handler(owner, ...)`."""
    op = spec.operation_id
    names = list(inspect.signature(handler).parameters)[1:]
    wanted = set(names)
    hints = _hints(handler, names)
    path_names = {parameter.name for parameter in spec.path_parameters}
    if unknown := wanted - INPUTS - path_names:
        raise SpecMismatch(f"`{op}`: the handler asks for {sorted(unknown)}, not inputs of it")

    body_reader: Callable[[Request], Awaitable[Any]] | None = None
    if spec.body is not None and spec.body.media_types in ((JSON,), (FORM,)):
        model = _model(spec.body.schema_name, f"`{op}` body")
        if "body" not in wanted:
            raise SpecMismatch(f"`{op}`: the handler must take (and so validate) its `body`")
        _expect(hints, "body", model, op)
        reader = _json_reader if spec.body.media_types == (JSON,) else _form_reader
        body_reader = reader(model, spec.body.required)
    elif "body" in wanted:
        raise SpecMismatch(f"`{op}` has no JSON or form body; read the request instead")

    query_model = None
    if spec.query_model_name is not None:
        query_model = _model(spec.query_model_name, f"`{op}` query")
        if "query" not in wanted:
            raise SpecMismatch(f"`{op}`: the handler must take (and so validate) its `query`")
        _expect(hints, "query", query_model, op)
    elif "query" in wanted:
        raise SpecMismatch(f"`{op}` has no query parameters")
    path_adapters = []
    for parameter in spec.path_parameters:
        annotation, schema = _path_schema(
            parameter.schema_name, f"`{op}` path parameter `{parameter.name}`"
        )
        if parameter.name not in wanted:
            raise SpecMismatch(f"`{op}`: the handler must take path parameter `{parameter.name}`")
        _expect(hints, parameter.name, annotation, op)
        path_adapters.append((parameter.name, TypeAdapter(schema)))
    parameters = _Parameters(
        query_model,
        tuple(p.name for p in spec.parameters if p.space_means_plus),
        tuple(p.name for p in spec.parameters if p.integer and p.location == "query"),
        tuple(path_adapters),
    )
    has_parameters = query_model is not None or bool(path_adapters)

    wants_session = "session" in wanted
    if spec.session == "none" and wants_session:
        raise SpecMismatch(f"`{op}` takes no session")
    if wants_session:
        _expect(hints, "session", SignedIn if spec.session == "required" else SignedIn | None, op)
    session_check = _session_check(spec, backend, wants_session)
    wants_request = "request" in wanted
    blocking = not inspect.iscoroutinefunction(handler)
    # Once the body is read (or when there is none), the request's `receive` only reports the
    # client leaving: a blocking handler's work is then cancelled (`altogic_local.cancellation`).
    watch_disconnect = blocking and (spec.body is None or body_reader is not None)

    async def endpoint(request: Request) -> Response:
        kwargs: dict[str, Any] = {}
        if session_check is not None:
            signed_in = await session_check(request)
            if wants_session:
                kwargs["session"] = signed_in
        if has_parameters:
            parameters.read(request, kwargs)
        if body_reader is not None:
            kwargs["body"] = await body_reader(request)
        if wants_request:
            kwargs["request"] = request
        if watch_disconnect:
            return await _cancelled_if_left(request, handler, owner, kwargs)
        if blocking:
            response: Response = await run_in_threadpool(handler, owner, **kwargs)
            return response
        response = await handler(owner, **kwargs)
        return response

    endpoint.__name__ = op
    return endpoint


async def _cancelled_if_left(
    request: Request, handler: Callable[..., Response], owner: Any, kwargs: dict[str, Any]
) -> Response:
    """Run a blocking handler in the thread pool; if the client disconnects meanwhile, set the
    request's cancellation so that its database work stops."""
    left = threading.Event()
    outcome: list[Response | BaseException] = []

    async def watch() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass
        left.set()

    async def run() -> None:
        try:
            with cancellation.cancelled_by(left):
                outcome.append(await run_in_threadpool(handler, owner, **kwargs))
        except Exception as error:  # raised below, outside the task group
            outcome.append(error)
        tasks.cancel_scope.cancel()

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(watch)
        tasks.start_soon(run)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _session_check(
    spec: OperationSpec, backend: Backend, wants_session: bool
) -> Callable[[Request], Awaitable[SignedIn | None]] | None:
    """How the operation checks the `Session` header, as its `security` says: required, optional
    (needed under a client key declared with `enforceSession`; looked at only if the handler
    takes it), or never looked at."""
    if spec.session == "none":
        return None
    always = spec.session == "required"

    async def check(request: Request) -> SignedIn | None:
        client_key = request.scope.get("state", {}).get("client_key")
        enforced = always or (isinstance(client_key, ClientKey) and client_key.enforce_session)
        if not (enforced or wants_session):
            return None
        token = request.headers.get(SESSION_HEADER, "").strip()
        if not token:
            if enforced:
                raise missing_session()
            return None
        signed_in = await backend.sessions.resolve(token)
        if signed_in is None:
            raise invalid_session()
        return signed_in

    return check


def not_implemented(spec: OperationSpec) -> Endpoint:
    """The endpoint of an operation no module serves yet: 404 `not_implemented`."""
    message = f"The local backend does not implement `{spec.operation_id}` yet."

    async def endpoint(request: Request) -> Response:
        return error_response(404, [error_item(ErrorCode.not_implemented, message)])

    endpoint.__name__ = spec.operation_id
    return endpoint


# ---------------------------------------------------------------------------- routing
def get_route_path(scope: Scope) -> str:
    """The request path below the app's root path (as Starlette's routes match it)."""
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    if root_path and path.startswith(root_path) and path[len(root_path) :][:1] in ("/", ""):
        return path[len(root_path) :]
    return path


class OperationRoute(Route):
    """The operations of one spec path, one endpoint per verb.

    As OpenAPI says, a concrete path wins over a templated one that also matches it: the route
    of `/_auth/{provider}` does not match `/_auth/email-link`, whatever the verb."""

    def __init__(
        self, path: str, endpoints: Mapping[str, Endpoint], operation_ids: Mapping[str, str]
    ) -> None:
        self.endpoints = dict(endpoints)
        self.operation_ids = dict(operation_ids)
        """Verb (upper-case) -> operationId."""
        self.shadowed: frozenset[str] = frozenset()
        """Concrete spec paths this templated path would match."""
        handlers = self.endpoints

        async def dispatch(request: Request) -> Response:
            method = request.method
            return await handlers["GET" if method == "HEAD" else method](request)

        super().__init__(path, dispatch, methods=list(self.endpoints), name=path)

        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            # Errors propagate to the application's exception handlers (ExceptionMiddleware):
            # no second layer of exception handling per route.
            response = await dispatch(Request(scope, receive, send))
            await response(scope, receive, send)

        self.app = app

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if self.shadowed and get_route_path(scope) in self.shadowed:
            return Match.NONE, {}
        return super().matches(scope)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.methods and scope["method"] not in self.methods:
            raise HTTPException(405, headers={"Allow": ", ".join(sorted(self.methods))})
        await self.app(scope, receive, send)


class SpecRouter(Router):
    """Starlette's router, with concrete paths found by one dictionary lookup before the
    templated routes and mounts are tried in order."""

    def __init__(self, routes: Iterable[BaseRoute], **options: Any) -> None:
        routes = list(routes)
        super().__init__(routes, **options)
        self.concrete: dict[str, OperationRoute] = {
            route.path: route
            for route in routes
            if isinstance(route, OperationRoute) and not route.param_convertors
        }
        for route in routes:
            if isinstance(route, OperationRoute) and route.param_convertors:
                route.shadowed = frozenset(
                    path for path in self.concrete if route.path_regex.match(path)
                )

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            route = self.concrete.get(get_route_path(scope))
            if route is not None:
                scope.setdefault("router", self)
                scope["route"] = route
                scope.update(route.matches(scope)[1])
                await route.handle(scope, receive, send)
                return
        await super().app(scope, receive, send)

    def operation_of(self, scope: Scope) -> str | None:
        """The operationId a request is (or would have been) routed to."""
        route = scope.get("route")
        if not isinstance(route, OperationRoute):
            route = self.concrete.get(get_route_path(scope)) or next(
                (
                    candidate
                    for candidate in self.routes
                    if isinstance(candidate, OperationRoute)
                    and candidate.matches(scope)[0] is not Match.NONE
                ),
                None,
            )
        if route is None:
            return None
        method = scope["method"]
        return route.operation_ids.get("GET" if method == "HEAD" else method)


def operation_routes(
    specs: Mapping[str, OperationSpec], endpoints: Mapping[str, Endpoint]
) -> list[OperationRoute]:
    """One route per spec path, serving `endpoints` (by operationId); paths in spec order."""
    by_path: dict[str, dict[str, str]] = {}
    for spec in specs.values():
        by_path.setdefault(spec.path, {})[spec.verb] = spec.operation_id
    return [
        OperationRoute(path, {verb: endpoints[op] for verb, op in ids.items()}, ids)
        for path, ids in by_path.items()
    ]
