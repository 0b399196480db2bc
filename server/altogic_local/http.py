"""Operation routes: plain Starlette endpoints that validate their input explicitly with the
generated pydantic models.

FastAPI's per-route machinery (dependency solving, signature-driven validation) costs more than
the work most operations do, so the backend keeps FastAPI for the application (error handlers,
docs) and registers its operations as plain routes:

    routes = Routes()

    @routes.post("/_api/rest/v1/cache")
    async def cache_set(request: Request) -> Response:
        body = await json_body(request, CacheSetRequest)
        ...

Validation failures raise FastAPI's `RequestValidationError`, which the error handlers turn into
400 with one `validation_error` item per field (`details.location` is `body`, `query`, `path`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, TypeAdapter, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
Endpoint = Callable[[Request], Awaitable[Response]]
BlockingHandler = Callable[[Request, Any], Response]


class Routes:
    """The routes of one module."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def route(self, method: str, path: str) -> Callable[[Endpoint], Endpoint]:
        def register(endpoint: Endpoint) -> Endpoint:
            self.routes.append(Route(path, endpoint, methods=[method]))
            return endpoint

        return register

    def get(self, path: str) -> Callable[[Endpoint], Endpoint]:
        return self.route("GET", path)

    def post(self, path: str) -> Callable[[Endpoint], Endpoint]:
        return self.route("POST", path)

    def delete(self, path: str) -> Callable[[Endpoint], Endpoint]:
        return self.route("DELETE", path)

    def blocking(
        self, method: str, path: str, body: type[BaseModel] | None = None
    ) -> Callable[[BlockingHandler], BlockingHandler]:
        """Register `handler(request, body)`, which blocks (e.g. on the database): its JSON body
        is validated as `body` (None when the operation has none), then it runs in the thread
        pool so that the event loop stays free."""

        def register(handler: BlockingHandler) -> BlockingHandler:
            async def endpoint(request: Request) -> Response:
                parsed = await json_body(request, body) if body is not None else None
                return await run_in_threadpool(handler, request, parsed)

            self.routes.append(Route(path, endpoint, methods=[method]))
            return handler

        return register


def _invalid(location: str, errors: Sequence[Any], *prefix: str) -> RequestValidationError:
    return RequestValidationError(
        [{**error, "loc": (location, *prefix, *error["loc"])} for error in errors]
    )


def _missing(location: str, name: str) -> RequestValidationError:
    error = {"type": "missing", "loc": (location, name), "msg": "Field required"}
    return RequestValidationError([error])


def _check_json_content_type(request: Request) -> None:
    content_type = request.headers.get("content-type")
    if content_type is None:
        return
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        error = {
            "type": "content_type",
            "loc": ("body",),
            "msg": f"The body must be JSON (Content-Type: application/json), not {media_type}",
        }
        raise RequestValidationError([error])


async def json_body(request: Request, model: type[M]) -> M:
    """The request's JSON body, validated as `model`."""
    _check_json_content_type(request)
    raw = await request.body()
    if not raw:
        raise RequestValidationError(
            [{"type": "missing", "loc": ("body",), "msg": "Field required"}]
        )
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise _invalid("body", exc.errors()) from None


async def optional_body(request: Request, model: type[M]) -> M:
    """Like `json_body`, but an absent (empty) body means an empty object. Any body sent, even
    `null` or whitespace, must be a valid `model`."""
    if not await request.body():
        return model()
    return await json_body(request, model)


def query(request: Request, name: str, adapter: TypeAdapter[T]) -> T:
    """A required query parameter, validated by `adapter`."""
    value = request.query_params.get(name)
    if value is None:
        raise _missing("query", name)
    try:
        return adapter.validate_python(value)
    except ValidationError as exc:
        raise _invalid("query", exc.errors(), name) from None


def optional_query(request: Request, name: str, adapter: TypeAdapter[T]) -> T | None:
    """An optional query parameter, validated by `adapter` when present."""
    if name not in request.query_params:
        return None
    return query(request, name, adapter)


def path_param(request: Request, name: str, adapter: TypeAdapter[T]) -> T:
    """A path parameter, validated by `adapter`."""
    try:
        return adapter.validate_python(request.path_params[name])
    except ValidationError as exc:
        raise _invalid("path", exc.errors(), name) from None
