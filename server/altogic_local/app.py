"""`create_app`: the local backend as an ASGI application."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response

from . import auth, cache, database
from .backend import Backend
from .clock import Clock, SystemClock
from .config import AppConfig, load_config
from .engines.cache import MemoryCacheStore
from .engines.sql import SqlDatabase
from .errors import error_item, error_response, install_error_handlers
from .security import Gate
from .spec import install_spec_routes, spec, spec_operations


def create_app(
    config: AppConfig | None = None,
    *,
    app_file: Path | None = None,
    data_dir: Path | None = None,
    clock: Clock | None = None,
) -> FastAPI:
    """Build the backend. With no arguments it runs on embedded engines with default settings,
    keeping everything in memory.

    `config` (or `app_file`, an `app.yaml`) sets the app's settings; `data_dir` is the folder the
    engines keep their data in (None: memory only); `clock` lets tests move time.
    """
    config = config if config is not None else load_config(app_file)
    clock = clock or SystemClock()
    backend = Backend(
        config=config,
        clock=clock,
        data_dir=data_dir,
        cache=MemoryCacheStore(clock),
        sql=SqlDatabase(data_dir),
    )

    app = FastAPI(
        title=spec()["info"]["title"],
        version=spec()["info"]["version"],
        docs_url="/docs",
        redoc_url=None,
        # FastAPI's OpenTelemetry hooks look up the global providers on every request.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.backend = backend
    auth.setup(app, backend)
    install_error_handlers(app)
    # The modules' routes go first: the router tries routes in order.
    modules = (cache, auth, database)
    app.router.routes[:0] = [route for module in modules for route in module.routes.routes]
    install_spec_routes(app)
    _answer_unimplemented_operations(app)
    app.add_middleware(auth.EnforceSessionMiddleware)  # runs after the gate's client key check
    app.add_middleware(Gate, config=config)
    return app


def _answer_unimplemented_operations(app: FastAPI) -> None:
    """Give every spec operation without a route a clear 404 until its module is implemented."""
    served = {
        (method.lower(), getattr(route, "path", ""))
        for route in app.router.routes
        for method in getattr(route, "methods", None) or ()
    }
    implemented: set[str] = set()
    app.state.implemented_operations = implemented
    for verb, path, operation in spec_operations():
        if (verb, path) in served:
            implemented.add(operation["operationId"])
            continue
        endpoint = _not_implemented(operation["operationId"])
        app.add_api_route(path, endpoint, methods=[verb.upper()], include_in_schema=False)


def _not_implemented(operation_id: str) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        message = f"The local backend does not implement `{operation_id}` yet."
        return error_response(404, [error_item("not_implemented", message)])

    return endpoint
