"""Shared fixtures: a fresh local backend per test, reached by the sync or the async client,
in-process (ASGI) or over a real socket.

Tests that take `api` run four times: {sync, async} x {asgi, socket}. `api` has the shape of a
client whose every call is awaitable, so one test body serves both clients.
"""

from __future__ import annotations

import inspect
import warnings
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from altogic import AltogicClient, AsyncAltogicClient, create_async_client, create_client
from altogic_local.app import create_app, error_listeners, started
from altogic_local.clock import ManualClock
from altogic_local.config import AppConfig
from altogic_local.runner import LocalServer
from starlette.applications import Starlette

from . import exploring  # noqa: F401  (loads the Hypothesis profile)
from .browser import chromium  # noqa: F401  (a fixture)
from .error_codes import RECORDER

# Every app the tests build tells RECORDER its error answers; the run fails if one is not
# listed in the spec's `x-error-codes` for its operation (see `pytest_sessionfinish`).
error_listeners.append(RECORDER)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette deprecates its httpx-based test client
    from starlette.testclient import TestClient

CLIENT_KEY = "test-client-key"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=1_750_000_000.0)


@pytest.fixture
def config() -> AppConfig:
    """The app settings for the test; override this fixture to change them."""
    return AppConfig()


@pytest.fixture
def app(config: AppConfig, clock: ManualClock) -> Starlette:
    """The backend app, not started yet (`backend` starts it, or `started(app)`)."""
    return create_app(config, clock=clock)


@dataclass
class Backend:
    app: Starlette
    url: str
    transport: str


@pytest.fixture(params=["asgi", "socket"])
def backend(request: pytest.FixtureRequest, app: Starlette) -> Iterator[Backend]:
    """The started backend: in-process (ASGI), or served over a real socket."""
    if request.param == "asgi":
        with started(app):
            yield Backend(app, "http://testserver", "asgi")
    else:
        with LocalServer(app) as server:
            yield Backend(app, server.url, "socket")


def sync_client(backend: Backend, **options: Any) -> AltogicClient:
    http = TestClient(backend.app) if backend.transport == "asgi" else None
    return create_client(backend.url, CLIENT_KEY, http_client=http, **options)


def async_client(backend: Backend, **options: Any) -> AsyncAltogicClient:
    http = (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=backend.app))
        if backend.transport == "asgi"
        else None
    )
    return create_async_client(backend.url, CLIENT_KEY, http_client=http, **options)


class Awaitable:
    """Wraps a sync or async client so that every method call can be awaited."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value):

            async def call(*args: Any, **kwargs: Any) -> Any:
                result = value(*args, **kwargs)
                return await result if inspect.isawaitable(result) else result

            return call
        return Awaitable(value)


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, backend: Backend) -> AsyncIterator[Any]:
    if request.param == "sync":
        client: Any = sync_client(backend)
        yield Awaitable(client)
        client.close()
    else:
        client = async_client(backend)
        yield Awaitable(client)
        await client.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any error answer of any test is not listed in the spec for its
    operation and status."""
    problems = RECORDER.unlisted()
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if problems:
        if reporter is not None:
            reporter.section("error codes the spec does not list", sep="=", red=True)
            for line in problems:
                reporter.line(line)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif reporter is not None and RECORDER.seen:
        count = sum(RECORDER.seen.values())
        operations = len(RECORDER.operations_seen())
        reporter.line(
            f"error codes: {count} error answers from {operations} operations, "
            "all listed in the spec"
        )
