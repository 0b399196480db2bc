"""The pytest plugin of the local backend (registered as `altogic_local` through the `pytest11`
entry point): an app's tests are one fixture away.

    def test_sign_up(altogic_client, altogic_outbox):
        altogic_client.auth.sign_up_with_email("ada@example.com", "secret-1")
        link = altogic_outbox.latest(to="ada@example.com").link

Fixtures:

- `altogic_backend`: a started `altogic_local.testing.TestBackend` (`url`, `reset()`, `client()`,
  `async_client()`, `http()`, `outbox`, `clock`), in-process unless the test asks for a socket.
  Backends are kept for the whole session, one per configuration, and every module is reset
  after each test, so each test starts from an empty backend.
- `altogic_client`, `altogic_async_client`: a sync and an async client of it (closed after the
  test), with the first client key `app.yaml` declares, if any.
- `altogic_clock`: the backend's clock taken over by the test (a `ManualClock`: `advance(s)`);
  it follows the system time again after the test. Mark a test
  `@pytest.mark.altogic_clock(start=timestamp)` to run it on a manual clock that starts there
  (whether or not it takes `altogic_clock`).
- `altogic_outbox`: the backend's outbox (`latest(to=...)`, `messages()`, `clear()`).
- `altogic_config`: the `app.yaml` settings (a dict, or an `AppConfig`); override it in a
  `conftest.py` for a folder, or mark a test `@pytest.mark.altogic_config({...})` (merged over
  the fixture's value).
- `altogic_socket`: whether the backend is served on a real socket (default: the `altogic_socket`
  ini option, else False); mark a test `@pytest.mark.altogic_socket` to ask for one, or
  `@pytest.mark.altogic_socket(False)` to keep it in-process whatever the ini option says. A
  suite that runs each test both ways parametrizes it (see the project's `tests/conftest.py`):
  `metafunc.parametrize("altogic_socket", [False, True])`.

The plugin imports the backend only when a fixture is used, so that pytest runs without the
`local` extra installed until a test asks for the backend.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from altogic import AltogicClient, AsyncAltogicClient

    from .clock import ManualClock
    from .config import AppConfig
    from .testing import Outbox, TestBackend

KEPT_BACKENDS = 4
"""Backends kept started at once (one per configuration and transport, least recently used out)."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "altogic_socket",
        "Serve the altogic_backend fixture on a real socket (default: in-process).",
        type="bool",
        default=False,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "altogic_config(settings): app.yaml settings (a dict) for this test's local backend.",
    )
    config.addinivalue_line(
        "markers",
        "altogic_socket(on=True): serve this test's local backend on a real socket (or, with "
        "False, in-process).",
    )
    config.addinivalue_line(
        "markers",
        "altogic_clock(start=None): run this test's local backend on a manual clock starting at "
        "`start` (seconds since the epoch; default: now).",
    )


class BackendPool:
    """The started backends of a session, by configuration and transport."""

    def __init__(self) -> None:
        self._backends: OrderedDict[tuple[str, bool], TestBackend] = OrderedDict()

    def get(self, config: AppConfig, socket: bool) -> TestBackend:
        from .testing import TestBackend

        key = (json.dumps(config.model_dump(mode="json", by_alias=True), sort_keys=True), socket)
        backend = self._backends.get(key)
        if backend is None:
            backend = TestBackend(config, socket=socket).start()
            self._backends[key] = backend
            while len(self._backends) > KEPT_BACKENDS:
                _, oldest = self._backends.popitem(last=False)
                oldest.stop()
        self._backends.move_to_end(key)
        return backend

    def close(self) -> None:
        while self._backends:
            _, backend = self._backends.popitem()
            backend.stop()


@pytest.fixture(scope="session")
def _altogic_pool() -> Iterator[BackendPool]:
    pool = BackendPool()
    yield pool
    pool.close()


@pytest.fixture
def altogic_config() -> Mapping[str, Any] | AppConfig:
    """The app.yaml settings of the test's backend; override this fixture to change them."""
    return {}


@pytest.fixture
def altogic_socket(request: pytest.FixtureRequest) -> bool:
    """Whether the test's backend is served on a real socket."""
    marker = request.node.get_closest_marker("altogic_socket")
    if marker is not None:
        return _socket_of(marker)
    return bool(request.config.getini("altogic_socket"))


@pytest.fixture
def altogic_backend(
    request: pytest.FixtureRequest,
    altogic_config: Mapping[str, Any] | AppConfig,
    altogic_socket: bool,
    _altogic_pool: BackendPool,
) -> Iterator[TestBackend]:
    """The started local backend, empty at the start of the test."""
    try:
        from .config import AppConfig
    except ImportError as exc:  # pragma: no cover (the `local` extra is missing)
        pytest.fail(f"the local backend needs its extra: pip install 'altogic[local]' ({exc})")
    config = _merged(altogic_config, request.node.get_closest_marker("altogic_config"), AppConfig)
    backend = _altogic_pool.get(config, altogic_socket)
    clock = request.node.get_closest_marker("altogic_clock")
    if clock is not None:
        backend.clock.manual(start=_clock_start(clock))
    try:
        yield backend
    finally:
        backend.reset()


@pytest.fixture
def altogic_client(altogic_backend: TestBackend) -> Iterator[AltogicClient]:
    """A sync client of the test's backend."""
    with altogic_backend.client() as client:
        yield client


@pytest.fixture
def altogic_async_client(altogic_backend: TestBackend) -> Iterator[AsyncAltogicClient]:
    """An async client of the test's backend. The test's event loop (anyio's, pytest-asyncio's)
    may be gone when this fixture ends, taking with it any connection left open: so over a
    socket the client keeps no connection open between calls, and there is nothing to close."""
    import httpx

    if not altogic_backend.socket:  # in-process: no connection at all
        yield altogic_backend.async_client()
        return
    limits = httpx.Limits(max_keepalive_connections=0)
    http = httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(60.0, connect=10.0))
    yield altogic_backend.async_client(http_client=http)
    with contextlib.suppress(RuntimeError):  # a connection still open belongs to a loop gone
        asyncio.run(http.aclose())


@pytest.fixture
def altogic_clock(altogic_backend: TestBackend) -> ManualClock:
    """The backend's clock, taken over by the test: it moves only with `advance(seconds)`. It
    starts now, or where the test's `altogic_clock(start=...)` marker says."""
    return altogic_backend.clock.taken_over or altogic_backend.clock.manual()


@pytest.fixture
def altogic_outbox(altogic_backend: TestBackend) -> Outbox:
    """The mails and SMS messages the backend stored instead of sending them."""
    return altogic_backend.outbox


def _socket_of(marker: pytest.Mark) -> bool:
    if marker.kwargs or len(marker.args) > 1 or not all(isinstance(a, bool) for a in marker.args):
        raise pytest.UsageError("@pytest.mark.altogic_socket takes nothing, True or False")
    return bool(marker.args[0]) if marker.args else True


def _clock_start(marker: pytest.Mark) -> float | None:
    if len(marker.args) + len(marker.kwargs) > 1 or set(marker.kwargs) - {"start"}:
        raise pytest.UsageError("@pytest.mark.altogic_clock takes one argument, start")
    start = marker.args[0] if marker.args else marker.kwargs.get("start")
    if start is not None and (isinstance(start, bool) or not isinstance(start, int | float)):
        raise pytest.UsageError("@pytest.mark.altogic_clock(start=...) is seconds since the epoch")
    return None if start is None else float(start)


def _merged(
    value: Mapping[str, Any] | AppConfig,
    marker: pytest.Mark | None,
    config_type: type[AppConfig],
) -> AppConfig:
    settings = (
        value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if isinstance(value, config_type)
        else dict(value)
    )
    if marker is not None:
        if len(marker.args) != 1 or not isinstance(marker.args[0], Mapping):
            raise pytest.UsageError("@pytest.mark.altogic_config takes one dict of settings")
        settings = _deep_merge(settings, marker.args[0])
    return config_type.model_validate(settings)


def _deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        current = merged.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            merged[key] = _deep_merge(current, value)
        else:
            merged[key] = value
    return merged
