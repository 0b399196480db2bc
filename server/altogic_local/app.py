"""`create_app`: the local backend as an ASGI application.

The app serves exactly the operations of the spec: each module's handlers (by operationId), a 404
`not_implemented` for operations no module serves yet, and the modules' mounts. Its lifespan
starts the modules in order and stops them in reverse; `started(app)` runs it for code that calls
the app in-process without an ASGI server.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

import anyio.from_thread
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .auth.module import AuthModule
from .backend import Backend
from .cache.module import CacheModule
from .clock import Clock, SystemClock
from .config import AppConfig, load_config
from .database.module import DatabaseModule
from .emulator.module import EmulatorModule
from .engines import build_engines
from .errors import exception_handlers
from .functions.module import FunctionsModule
from .limits import RequestLimits
from .module import Module
from .operations import (
    Endpoint,
    OperationRoute,
    SpecMismatch,
    SpecRouter,
    bind,
    not_implemented,
    operation_routes,
)
from .realtime.module import RealtimeModule
from .security import SOCKET_PREFIX, Gate, client_key_mode
from .spec import OperationSpec, operation_specs
from .storage.module import StorageModule

MODULES: tuple[type[Module], ...] = (
    EmulatorModule,
    CacheModule,
    AuthModule,
    DatabaseModule,
    StorageModule,
    FunctionsModule,
    RealtimeModule,
)
"""The backend's modules, in start-up order. Adding a module is its package and a line here."""

ErrorListener = Callable[[str | None, int, list[str]], None]
error_listeners: list[ErrorListener] = []
"""Called with (operationId or None, status, codes) for every error the apps created from now
on answer. The test suite uses it to check every answer against the spec's `x-error-codes`."""


def create_app(
    config: AppConfig | None = None,
    *,
    app_file: Path | None = None,
    data_dir: Path | None = None,
    clock: Clock | None = None,
    import_dir: Path | None = None,
    export_on_exit: Path | None = None,
) -> Starlette:
    """Build the backend. With no arguments it runs on embedded engines with default settings,
    keeping nothing once it stops.

    `config` (or `app_file`, an `app.yaml`) sets the app's settings; `data_dir` is the folder the
    engines keep their data in (None: nothing is kept); `clock` lets tests move time. The app's
    lifespan starts and stops the modules: an ASGI server runs it, and so do `started(app)`,
    `LocalServer` and `with TestClient(app)`. `import_dir` is an export (`altogic_local.snapshots`)
    loaded once the modules have started, replacing their state; `export_on_exit` a folder the
    state is exported to when the backend stops.
    """
    config = config if config is not None else load_config(app_file)
    clock = clock or SystemClock()
    engines = build_engines(data_dir, clock, config.cache.snapshot_interval)
    backend = Backend(config, clock, data_dir, engines)
    if config.emulator_token is not None:
        backend.emulator_token = config.emulator_token
    modules = [module_type(backend) for module_type in MODULES]
    backend.modules = {module.name: module for module in modules}
    routes = _routes(modules, backend)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if backend.started:
            raise RuntimeError("the backend is already running: an app is started once")
        running: list[Module] = []
        await backend.engines.open()
        try:
            for module in modules:
                await module.start()
                running.append(module)
            if import_dir is not None:
                await backend.import_(import_dir)
            backend.started = True
            yield
            if export_on_exit is not None:
                await backend.export(export_on_exit)
        finally:
            backend.started = False
            for module in reversed(running):
                await module.stop()
            await backend.engines.close()

    middleware = [
        Middleware(Gate, backend=backend),
        Middleware(
            RequestLimits,
            max_size=config.max_request_size,
            idle_timeout=config.request_body_timeout,
            path_limits={
                path: limit for module in modules for path, limit in module.body_limits().items()
            },
        ),
        *(item for module in modules for item in module.middleware()),
    ]
    app = Starlette(middleware=middleware, exception_handlers=exception_handlers())
    app.router = SpecRouter(routes, lifespan=lifespan)
    app.state.backend = backend
    backend.asgi_app = app
    app.state.modules = backend.modules
    if error_listeners:
        app.add_middleware(_ErrorCodes, router=app.router, listeners=tuple(error_listeners))
    return app


def _routes(modules: Sequence[Module], backend: Backend) -> list[BaseRoute]:
    """The spec's operations, served by the modules' handlers or answered `not_implemented`,
    then the modules' mounts. Refuses handlers for operations the spec does not describe, two
    handlers for one operation, and operations whose security the gate would not enforce."""
    specs = operation_specs()
    _check_security(specs.values())
    endpoints: dict[str, Endpoint] = {}
    for module in modules:
        for operation_id, handler in module.operations.handlers.items():
            spec = specs.get(operation_id)
            if spec is None:
                raise SpecMismatch(f"{module.name}: the spec has no operation `{operation_id}`")
            if operation_id in endpoints:
                raise SpecMismatch(f"`{operation_id}` is served by two modules")
            endpoints[operation_id] = bind(spec, handler, module, backend)
    for operation_id, spec in specs.items():
        if operation_id not in endpoints:
            endpoints[operation_id] = not_implemented(spec)
    mounts = [mount for module in modules for mount in module.mounts()]
    return [*operation_routes(specs, endpoints), *mounts]


def _check_security(specs: Iterable[OperationSpec]) -> None:
    for spec in specs:
        if spec.client_key != client_key_mode(spec.path):
            raise SpecMismatch(
                f"`{spec.operation_id}`: its security asks for a {spec.client_key} client key, "
                f"but the gate's rule for {spec.path} is {client_key_mode(spec.path)}"
            )


def set_bound_url(app: ASGIApp, url: str) -> None:
    """Tell a backend made by `create_app` the address its server listens on: the links it hands
    out point there unless the app's `publicUrl` says otherwise. Other ASGI apps are left alone."""
    backend = getattr(getattr(app, "state", None), "backend", None)
    if isinstance(backend, Backend):
        backend.bound_url = url


def implemented_operations(app: Starlette) -> frozenset[str]:
    """The operationIds the app's modules serve (the others answer `not_implemented`)."""
    modules: dict[str, Module] = app.state.modules
    return frozenset(op for module in modules.values() for op in module.operations.handlers)


@contextmanager
def started(app: Starlette) -> Iterator[None]:
    """Run `app`'s lifespan (start its modules) for the duration of the block, for code that
    calls the app in-process (e.g. through `httpx.ASGITransport`) rather than through a server.
    The lifespan runs on an event loop in a background thread."""
    with (
        anyio.from_thread.start_blocking_portal() as portal,
        portal.wrap_async_context_manager(app.router.lifespan_context(app)),
    ):
        yield


class _ErrorCodes:
    """Tells the error listeners the operation, status and codes of every error answer."""

    def __init__(self, app: ASGIApp, router: SpecRouter, listeners: tuple[ErrorListener, ...]):
        self.app = app
        self.router = router
        self.listeners = listeners

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(SOCKET_PREFIX):
            # socket.io's own answers (engine.io's 400 for a closed session) are not the API's
            await self.app(scope, receive, send)
            return
        status = 0
        body = bytearray()

        async def observe(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and status >= 400:
                body.extend(message.get("body", b""))
                if not message.get("more_body", False):
                    self._tell(scope, status, bytes(body))
            await send(message)

        await self.app(scope, receive, observe)

    def _tell(self, scope: Scope, status: int, body: bytes) -> None:
        if scope.get("state", {}).get("altogic_app_error"):
            return  # a handler's own FunctionError: the app's status and code, not the spec's
        try:
            codes = [str(item["code"]) for item in json.loads(body)["errors"]]
        except (ValueError, KeyError, TypeError):
            codes = ["<not an error body>"]
        operation = self.router.operation_of(scope)
        for listener in self.listeners:
            listener(operation, status, codes)


__all__ = [
    "MODULES",
    "OperationRoute",
    "create_app",
    "error_listeners",
    "implemented_operations",
    "set_bound_url",
    "started",
]
