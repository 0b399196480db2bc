"""The functions module: the app's endpoints, served at `BASE/<path>` (not under `/_api`).

Each request to a path outside the backend's own prefixes passes, in order: the client key (as
on every route: 401 `missing_client_key` / `invalid_client_key`), the route (404
`endpoint_not_found`), the endpoint being enabled (404 `endpoint_disabled`), its API key
(`Authorization` header or `?apikey=`: 401 `missing_api_key` / `invalid_api_key`, 403
`endpoint_not_allowed`), its session (401 `missing_session_token` / `invalid_session_token`) and
access groups (403 `access_denied`). The handler then gets `req` (`FunctionRequest`) and `ctx`,
the backend as the `altogic` client API with full rights, called in-process (no network hop):
the sync client in sync handlers (run in the thread pool), the async client in async ones.
"""

from __future__ import annotations

import inspect
import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import anyio
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from ..backend import Backend
from ..errors import (
    SERVER_ERROR,
    ApiError,
    ErrorCode,
    error_item,
    error_response,
    exception_handlers,
)
from ..module import Module
from ..snapshots import SnapshotError, read_json, write_json
from . import RESERVED_PREFIXES, EndpointDefinition, FunctionError
from . import Response as HandlerResponse
from .context import Contexts
from .jobs import Jobs, app_info
from .loader import Functions, load_functions
from .operations import operations

if TYPE_CHECKING:
    from ..auth.module import AuthModule

logger = logging.getLogger("altogic_local.functions")

EXPORT_FILE = "functions.json"

__all__ = ["FunctionRequest", "FunctionsModule", "UploadedFile"]


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart body (`req.files`)."""

    field_name: str
    file_name: str
    encoding: str
    mime_type: str
    size: int
    contents: bytes


@dataclass(frozen=True)
class FunctionRequest:
    """What a handler gets as `req` (Altogic's full-code function request)."""

    ids: dict[str, str]
    """The path's `{name}` segments."""
    query: dict[str, Any]
    """The query string, typed: `123` gives 123, `1.5` 1.5, `true`/`false` booleans; a repeated
    name gives a list."""
    headers: dict[str, str]
    body: Any
    """Parsed JSON, a str (text/*), the form's fields (multipart), bytes, or None (no body)."""
    files: list[UploadedFile]
    session: dict[str, Any] | None
    """The caller's session (with `accessGroupKeys`), or None."""
    client: dict[str, str | None]
    """`ip` and `device_type`."""
    app_info: dict[str, Any]
    """`app_name`, `environment_name`, `environment_type`, `api_base_url`, `execution_start`."""
    app_params: dict[str, Any]
    method: str
    path: str


@dataclass(frozen=True)
class _Route:
    definition: EndpointDefinition
    pattern: re.Pattern[str]


def _pattern(path: str) -> re.Pattern[str]:
    parts = []
    for segment in path[1:].split("/"):
        if segment.startswith("{"):
            parts.append(f"(?P<{segment[1:-1]}>[^/]+)")
        else:
            parts.append(re.escape(segment))
    return re.compile("^/" + "/".join(parts) + "/?$")


_RESERVED = re.compile(
    "^(?:" + "|".join(re.escape(prefix) for prefix in RESERVED_PREFIXES) + ")(?:$|[/.])"
)


def is_reserved(path: str) -> bool:
    """Whether `path` is, or lies under, one of the backend's own prefixes."""
    return _RESERVED.match(path) is not None


ExceptionHandler = Callable[[Request, Exception], Awaitable[Response]]


class Endpoints:
    """ASGI middleware sending the requests to paths outside the backend's own prefixes to the
    app's endpoints (when it has some), before the router would try the spec's templated routes
    one by one; other requests pass on. An exception raised before the answer starts is answered
    by the application's exception handler for it, as for a route (`ExceptionMiddleware`, without
    its cost on every request); any other goes on to the outer `ServerErrorMiddleware`."""

    def __init__(self, app: ASGIApp, module: FunctionsModule) -> None:
        self.app = app
        self.module = module
        self.handlers: dict[type[BaseException], ExceptionHandler] = {
            kind: handler
            for kind, handler in exception_handlers().items()
            if isinstance(kind, type) and kind is not Exception  # the outer middleware's
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.module.routes and not is_reserved(scope["path"]):
            await self.handle(scope, receive, send)
        else:  # with no endpoints, unknown paths answer 404 `resource_not_found`
            await self.app(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            response = await self.module.serve(Request(scope, receive))
        except ApiError as error:
            response = error.response()
        except Exception as exc:
            handler = next(
                (self.handlers[kind] for kind in type(exc).__mro__ if kind in self.handlers), None
            )
            if handler is None:
                raise
            response = await handler(Request(scope, receive), exc)
        await response(scope, receive, send)


class FunctionsModule(Module):
    name = "functions"
    operations = operations

    def __init__(self, backend: Backend) -> None:
        super().__init__(backend)
        self.functions: Functions = load_functions(backend.config.functions)
        self.routes = [
            _Route(definition, _pattern(definition.path)) for definition in self.functions.endpoints
        ]
        self.contexts = Contexts(backend)
        self.jobs = Jobs(backend, self.contexts, self.functions)

    def middleware(self) -> Sequence[Middleware]:
        # Also for a handler file with no endpoints: `serve --reload` may bring some.
        if self.backend.config.functions is None:
            return ()
        return (Middleware(Endpoints, module=self),)

    async def replace_functions(self, functions: Functions) -> None:
        """Serve `functions` from now on instead (`serve --reload`): the endpoints are swapped
        at once, so a request is served wholly by the old handlers or wholly by the new ones.
        Queues and tasks restart on the new handlers."""
        routes = [
            _Route(definition, _pattern(definition.path)) for definition in functions.endpoints
        ]
        self.functions, self.routes = functions, routes
        # The queues' workers and the scheduler restart with the new handlers; a job running
        # meanwhile is cut and runs again (at least once).
        await self.jobs.replace(functions)

    async def start(self) -> None:
        await anyio.to_thread.run_sync(self.backend.engines.jobs.create)
        self.jobs.writer.start()
        await self.jobs.start()

    async def settle(self) -> None:
        """Let the running handlers end (at most `jobs.STOP_GRACE` seconds) and stop the
        workers and the scheduler, so that no handler writes into a module being reset."""
        await self.jobs.stop()

    async def reset(self) -> None:
        """Forget every queue message and task run, and plan the schedules afresh."""
        await self.jobs.reset()

    async def stop(self) -> None:
        await self.jobs.stop()
        await self.jobs.writer.stop()
        await self.contexts.close()

    async def export_to(self, folder: Path) -> None:
        write_json(folder / EXPORT_FILE, {"jobs": await self.jobs.export_records()})

    async def import_from(self, folder: Path) -> None:
        path = folder / EXPORT_FILE
        if not path.is_file():
            return
        content = read_json(path)
        try:
            await self.jobs.import_records(content["jobs"])
        except (KeyError, TypeError, ValueError) as exc:
            raise SnapshotError(f"{path}: not an export of queue messages and task runs") from exc

    # ------------------------------------------------------------------ serving
    async def serve(self, request: Request) -> Response:
        self._check_client_key(request)
        route, ids = self._find(request.method, request.scope["path"])
        definition = route.definition
        if not definition.enabled:
            raise ApiError(
                404, ErrorCode.endpoint_disabled, f"The endpoint {definition.route} is disabled."
            )
        if definition.api_key:
            self._check_api_key(request, definition)
        session = None
        if definition.session or definition.access_groups:
            session = await self._session(request)
            if definition.access_groups and set(definition.access_groups).isdisjoint(
                session.get("accessGroupKeys") or ()
            ):
                raise ApiError(
                    403,
                    ErrorCode.access_denied,
                    f"The endpoint {definition.route} is open to the access groups "
                    f"{', '.join(definition.access_groups)} only.",
                )
        elif _headers(request).get("session"):
            session = await self._session(request, required=False)
        req = await self._request(request, ids, session)
        return await self._call(definition, req, request)

    def _check_client_key(self, request: Request) -> None:
        raw = (_headers(request).get("x-client-key") or "").strip()
        if not raw:
            message = "The X-Client-Key header with the client library key is missing."
            raise ApiError(401, ErrorCode.missing_client_key, message)
        if self.backend.config.client_key(raw) is None:
            message = "The client library key in X-Client-Key is not valid for this app."
            raise ApiError(401, ErrorCode.invalid_client_key, message)

    def _find(self, method: str, path: str) -> tuple[_Route, dict[str, str]]:
        verb = "GET" if method == "HEAD" else method
        for route in self.routes:
            if route.definition.method != verb:
                continue
            found = route.pattern.match(path)
            if found is not None:
                return route, found.groupdict()
        raise ApiError(404, ErrorCode.endpoint_not_found, f"The app has no endpoint {verb} {path}.")

    def _check_api_key(self, request: Request, definition: EndpointDefinition) -> None:
        raw = _headers(request).get("authorization") or request.query_params.get("apikey") or ""
        raw = raw.strip()
        if raw.lower().startswith("bearer "):
            raw = raw[7:].strip()
        if not raw:
            message = "The endpoint needs an API key, in the Authorization header or ?apikey=."
            raise ApiError(401, ErrorCode.missing_api_key, message)
        key = next((k for k in self.backend.config.api_keys if k.key == raw), None)
        if key is None:
            raise ApiError(401, ErrorCode.invalid_api_key, "The API key is not valid for this app.")
        if key.endpoints is not None and definition.route not in key.endpoints:
            raise ApiError(
                403,
                ErrorCode.endpoint_not_allowed,
                f"The API key is not allowed to call {definition.route}.",
            )

    async def _session(self, request: Request, *, required: bool = True) -> dict[str, Any]:
        token = (_headers(request).get("session") or "").strip()
        if not token:
            message = "The endpoint needs a session: the Session header is missing."
            raise ApiError(401, ErrorCode.missing_session_token, message)
        signed_in = await self.backend.sessions.resolve(token)
        full = None
        auth: AuthModule | None = self.backend.modules.get("auth")  # type: ignore[assignment]
        if signed_in is not None and auth is not None:
            full = await run_in_threadpool(auth.service.session_json, signed_in)
        if full is None:
            message = "The session token in the Session header is not valid."
            raise ApiError(401, ErrorCode.invalid_session_token, message)
        return full

    async def _request(
        self, request: Request, ids: dict[str, str], session: dict[str, Any] | None
    ) -> FunctionRequest:
        body, files = await _body(request)
        client = request.client
        agent = _headers(request).get("user-agent", "").lower()
        device = (
            "mobile"
            if any(w in agent for w in ("mobile", "android", "iphone"))
            else ("desktop" if agent else None)
        )
        public_url = self.backend.public_url(request.scope)
        config = self.backend.config
        return FunctionRequest(
            ids=ids,
            query=_typed_query(request),
            headers=_headers(request),
            body=body,
            files=files,
            session=session,
            client={"ip": client.host if client else None, "device_type": device},
            app_info=app_info(self.backend, public_url),
            app_params=dict(config.app_params),
            method=request.method,
            path=request.scope["path"],
        )

    async def _call(
        self, definition: EndpointDefinition, req: FunctionRequest, request: Request
    ) -> Response:
        handler = definition.handler
        base_url: str = req.app_info["api_base_url"]
        try:
            if inspect.isasyncgenfunction(handler):
                ctx = await self.contexts.async_client(base_url)
                return _streaming(handler(req, ctx), definition)
            if inspect.iscoroutinefunction(handler):
                ctx = await self.contexts.async_client(base_url)
                result = await handler(req, ctx)
            else:
                ctx_sync = await self.contexts.sync_client(base_url)
                result = await run_in_threadpool(handler, req, ctx_sync)
            return _answer(result, definition)
        except FunctionError as error:
            request.state.altogic_app_error = True
            item = error_item(ErrorCode.function_error, error.message, error.details)
            item["code"] = error.code
            return error_response(error.status, [item])
        except Exception as exc:
            return _failed(definition, exc)


def _failed(definition: EndpointDefinition, exc: BaseException) -> Response:
    logger.error("the handler of %s (%s) failed", definition.route, definition.origin, exc_info=exc)
    message = f"The function of {definition.route} failed: {type(exc).__name__}: {exc}"
    item = error_item(ErrorCode.function_error, message, origin=SERVER_ERROR)
    return error_response(500, [item])


def _answer(result: Any, definition: EndpointDefinition) -> Response:
    if isinstance(result, HandlerResponse):
        return _plain(result.body, definition, result.status, result.headers, result.media_type)
    return _plain(result, definition, 200, None, None)


def _plain(
    body: Any,
    definition: EndpointDefinition,
    status: int,
    headers: Any,
    media_type: str | None,
) -> Response:
    headers = dict(headers) if headers else None
    if body is None:
        return Response(status_code=204 if status == 200 else status, headers=headers)
    if isinstance(body, str):
        return Response(body, status, headers, media_type or "text/plain; charset=utf-8")
    if isinstance(body, bytes | bytearray | memoryview):
        return Response(bytes(body), status, headers, media_type or "application/octet-stream")
    if inspect.isasyncgen(body) or inspect.isgenerator(body):
        return _streaming(body, definition, status, headers, media_type)
    try:
        content = _ENCODER.encode(body)
    except (TypeError, ValueError) as exc:
        return _failed(definition, exc)
    return Response(content, status, headers, media_type or JSONResponse.media_type)


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, default=_json_default)
"""`json.dumps` with these options, made once rather than for each answer."""


def _streaming(
    chunks: Any,
    definition: EndpointDefinition,
    status: int = 200,
    headers: Any = None,
    media_type: str | None = None,
) -> Response:
    async def checked_async() -> AsyncIterator[bytes]:
        try:
            async for chunk in chunks:
                yield _chunk(chunk)
        except Exception:
            logger.exception("the streamed answer of %s failed", definition.route)
            raise

    def checked_sync() -> Iterator[bytes]:
        try:
            for chunk in chunks:
                yield _chunk(chunk)
        except Exception:
            logger.exception("the streamed answer of %s failed", definition.route)
            raise

    content = checked_async() if inspect.isasyncgen(chunks) else checked_sync()
    return StreamingResponse(content, status, headers, media_type or "application/octet-stream")


def _chunk(chunk: Any) -> bytes:
    if isinstance(chunk, str):
        return chunk.encode()
    return bytes(chunk)


def _typed(value: str) -> Any:
    if value == "true":
        return True
    if value == "false":
        return False
    if re.fullmatch(r"-?(0|[1-9]\d{0,17})", value):
        return int(value)
    if re.fullmatch(r"-?(0|[1-9]\d*)\.\d+([eE][-+]?\d+)?", value):
        return float(value)
    return value


def _typed_query(request: Request) -> dict[str, Any]:
    query: dict[str, Any] = {}
    if not request.scope.get("query_string"):
        return query
    for name, value in request.query_params.multi_items():
        typed = _typed(value)
        if name in query:
            earlier = query[name]
            query[name] = [*earlier, typed] if isinstance(earlier, list) else [earlier, typed]
        else:
            query[name] = typed
    return query


BodyKind = Literal["json", "text", "form", "bytes"]

_HEADERS = "altogic_local.function_headers"


def _headers(request: Request) -> dict[str, str]:
    """The request's headers as a dict (as `dict(request.headers)`: the first of repeated
    names), built once per request: each lookup is then one dictionary access."""
    headers: dict[str, str] | None = request.scope.get(_HEADERS)
    if headers is None:
        headers = request.scope[_HEADERS] = {
            name.decode("latin-1"): value.decode("latin-1")
            for name, value in reversed(request.scope["headers"])
        }
    return headers


async def _body(request: Request) -> tuple[Any, list[UploadedFile]]:
    media_type = _headers(request).get("content-type", "").split(";")[0].strip().lower()
    if media_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.form()
        fields: dict[str, Any] = {}
        files: list[UploadedFile] = []
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                contents = await value.read()
                files.append(
                    UploadedFile(
                        field_name=name,
                        file_name=value.filename or "",
                        encoding=value.headers.get("content-transfer-encoding", "7bit"),
                        mime_type=value.content_type or "application/octet-stream",
                        size=len(contents),
                        contents=contents,
                    )
                )
            else:
                fields[name] = value
        return fields, files
    headers = _headers(request)
    if headers.get("content-length", "0") == "0" and "transfer-encoding" not in headers:
        return None, []  # nothing to read: HTTP/1.1 sends a body with either header only
    raw = await request.body()
    if not raw:
        return None, []
    if media_type == "application/json" or media_type.endswith("+json"):
        try:
            return json.loads(raw), []
        except (ValueError, RecursionError) as exc:
            raise ApiError(
                400,
                ErrorCode.invalid_request_body_syntax,
                f"The request body is not valid JSON: {exc}",
            ) from exc
    if media_type.startswith("text/"):
        charset = _headers(request).get("content-type", "").partition("charset=")[2] or "utf-8"
        try:
            return raw.decode(charset.strip('"; ')), []
        except (LookupError, UnicodeDecodeError):
            return raw, []
    return raw, []
