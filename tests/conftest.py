"""Shared fixtures, on the pytest plugin the project ships (`altogic_local.pytest_plugin`): the
project's tests use the fixtures an app's tests use.

- `altogic_backend` (the plugin's): the started backend, kept for the session (one per
  configuration and transport) and reset after each test through its modules' `reset()`. Every
  test that uses it runs twice, in-process (ASGI) and over a real socket:
  `pytest_generate_tests` parametrizes the plugin's `altogic_socket`, unless the test is marked
  `@pytest.mark.altogic_socket` (socket only) or `@pytest.mark.altogic_socket(False)`
  (in-process only).
- `altogic_config` (the plugin's): override it in a test module or class for other `app.yaml`
  settings (an `AppConfig` or a dict), or mark a test `@pytest.mark.altogic_config({...})`.
- `altogic_clock` (the plugin's): every test runs on a manual clock starting at `START`
  (`pytest_collection_modifyitems` marks each one `altogic_clock(start=START)`), so time moves
  only when a test moves it.
- `api`: a client whose every call is awaitable, so one test body serves both clients; tests
  that take it run four times: {sync, async} x {asgi, socket}.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from typing import Any

import pytest
from altogic_local.app import error_listeners
from altogic_local.testing import TestBackend

from . import exploring  # noqa: F401  (loads the Hypothesis profile)
from .browser import chromium  # noqa: F401  (a fixture)
from .error_codes import RECORDER

# Every app the tests build tells RECORDER its error answers; the run fails if one is not
# listed in the spec's `x-error-codes` for its operation (see `pytest_sessionfinish`).
error_listeners.append(RECORDER)

START = 1_750_000_000.0
"""Where every test's clock starts (2025-06-15T15:06:40Z)."""

Backend = TestBackend
"""The type of `altogic_backend` (and of its alias `backend`)."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test that uses the backend in-process and over a real socket."""
    if (
        "altogic_backend" in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("altogic_socket") is None
    ):
        metafunc.parametrize("altogic_socket", [False, True], ids=["asgi", "socket"])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Start each test's clock at `START`, unless the test says otherwise."""
    for item in items:
        if item.get_closest_marker("altogic_clock") is None:
            item.add_marker(pytest.mark.altogic_clock(start=START))


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def backend(altogic_backend: TestBackend) -> TestBackend:
    """An alias of `altogic_backend`, for tests written before the plugin; take
    `altogic_backend`."""
    return altogic_backend


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
async def api(request: pytest.FixtureRequest, altogic_backend: TestBackend) -> AsyncIterator[Any]:
    """A client of the test's backend, sync or async, whose every call can be awaited."""
    if request.param == "sync":
        with altogic_backend.client() as client:
            yield Awaitable(client)
    else:
        async with altogic_backend.async_client() as async_client:
            yield Awaitable(async_client)


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
